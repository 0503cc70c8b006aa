// Opens Chromium with the built extension on a local page made from a source document, plus the
// popup (as a tab) for that page. Used by the demo and by the README screenshot script.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { SourceDocument } from '../../src/index/types';
import { demoPage } from './demo-page';
import { serveStatic, type StaticServer } from './static-server';

export const CHROMIUM = '/usr/lib/chromium/chromium';

export interface DemoSession {
  browser: Browser;
  site: StaticServer;
  article: Page;
  popup: Page;
  close(): Promise<void>;
}

export async function openDemo(doc: SourceDocument, extensionDir: string, workDir: string, headless: boolean): Promise<DemoSession> {
  mkdirSync(workDir, { recursive: true });
  writeFileSync(join(workDir, 'index.html'), demoPage(doc));
  const site = await serveStatic(workDir);
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless,
    pipe: true,
    enableExtensions: true,
    defaultViewport: headless ? { width: 1100, height: 900 } : null,
    args: [
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  try {
    const extensionId = await browser.installExtension(extensionDir);
    const article = (await browser.pages())[0] ?? (await browser.newPage());
    await article.goto(`${site.origin}/`);
    // A toolbar popup cannot be opened by a script: open the popup page as a tab for this article.
    const popup = await browser.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    // Without the "tabs" permission Chromium hides tab URLs: the article is the tab that is not this one.
    const tabId = await popup.evaluate(async (origin) => {
      type Tab = { id?: number; url?: string };
      type Tabs = { query(filter: object): Promise<Tab[]>; getCurrent(): Promise<Tab | undefined> };
      const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
      const self = await tabs.getCurrent();
      const all = await tabs.query({});
      return all.find((t) => t.id !== self?.id && (t.url === undefined || t.url.startsWith(origin)))?.id ?? null;
    }, site.origin);
    if (tabId === null) throw new Error('the demo article tab was not found');
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('#app:not([data-state="loading"])', { timeout: 15_000 });
    return {
      browser, site, article, popup,
      close: async () => {
        await browser.close().catch(() => undefined);
        await site.close();
      },
    };
  } catch (error) {
    await browser.close().catch(() => undefined);
    await site.close();
    throw error;
  }
}
