// One browser with the extension for a whole test file: launched in beforeAll, closed in afterAll,
// with an extension page kept open to query tabs and states, and the check that no request left
// 127.0.0.1 (pages, extension pages, background) during the file.
import { afterAll, beforeAll, expect, inject } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launch, type BrowserName, type ExtensionSession } from './browsers';
import { findNewTabId, tabIds } from './extension';
import { describeRequests, hostOf } from './network-watch';

export interface FileSession {
  fixtures: string;
  current(): { session: ExtensionSession; control: Page };
  /** Opens `path` (relative to the fixture server) in a new watched tab and finds its tab id. */
  openFixture(path: string, label?: string): Promise<{ tab: Page; tabId: number; url: string }>;
  expectNoOutsideRequests(): Promise<void>;
}

export interface BrowserOptions {
  /** Hosts a test requests on purpose (e.g. the network watch's self-check): not counted as leaks. */
  ignoreHosts?: readonly string[];
}

export function useBrowser(name: BrowserName, options: BrowserOptions = {}): FileSession {
  const ignored = new Set(options.ignoreHosts ?? []);
  const fixtures = inject('fixturesOrigin');
  let session: ExtensionSession | undefined;
  let control: Page | undefined;
  const current = (): { session: ExtensionSession; control: Page } => {
    if (!session || !control) throw new Error('browser not started');
    return { session, control };
  };
  const expectNoOutsideRequests = async (): Promise<void> => {
    const outside = (await current().session.network.outside()).filter((r) => !ignored.has(hostOf(r.url)));
    expect(outside, `requests outside 127.0.0.1:\n${describeRequests(outside)}`).toEqual([]);
  };

  beforeAll(async () => {
    session = await launch(name);
    control = await session.newPage('control');
    await session.gotoExtensionPage(control, 'popup.html');
  });
  afterAll(async () => {
    const s = session;
    if (!s) return;
    try {
      await expectNoOutsideRequests();
    } finally {
      await s.close();
    }
  });

  return {
    fixtures,
    current,
    expectNoOutsideRequests,
    async openFixture(path, label = path) {
      const { session: s, control: c } = current();
      const url = `${fixtures}/${path}`;
      const before = await tabIds(c);
      const tab = await s.newPage(label);
      await tab.goto(url, { waitUntil: 'load', timeout: 30_000 });
      return { tab, tabId: await findNewTabId(c, before, url), url };
    },
  };
}
