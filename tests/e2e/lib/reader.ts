// The reader view (reader.html), in both browsers: opened from the popup on an article page, it
// shows the article (title, paragraphs) with its claims in the margin (speakers as in the popup),
// scrolls to a claim, filters, and exports Markdown and the contract JSON; pages built to attack it
// render as inert text and structure: no script runs, nothing is fetched, no request leaves 127.0.0.1.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launch, type BrowserName, type ExtensionSession } from './browsers';
import { findNewTabId, openPopup, readPopupArticle, tabIds, waitForTabStatus, WAIT } from './extension';
import { describeRequests } from './network-watch';
import { runAxe, seriousOrCritical } from './page-probes';
import { speakerGroups } from './popup-probes';
import { REPO_ROOT } from './paths';
import { useBrowser } from './session';

/** Where README screenshots go when CONTEXT_LENS_SCREENSHOTS names a folder (npm run screenshots:e2e). */
const SCREENSHOT_DIR = process.env.CONTEXT_LENS_SCREENSHOTS ? join(REPO_ROOT, process.env.CONTEXT_LENS_SCREENSHOTS) : null;
/** Every URL the hostile payloads would load if they ever ran. */
const PAYLOAD_PATH = '/__hostile__/';

async function screenshot(page: Page, file: string): Promise<void> {
  if (!SCREENSHOT_DIR) return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.setViewport({ width: 1280, height: 860 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOT_DIR, file) });
}

/** Waits until the reader has left its loading state; returns that state ('article' or 'unavailable'). */
async function readerState(reader: Page, timeout: number = WAIT.timeout): Promise<string> {
  const handle = await reader.waitForFunction(() => {
    const state = document.getElementById('app')?.getAttribute('data-state');
    return state && state !== 'loading' ? state : false;
  }, { ...WAIT, timeout });
  return String(await handle.jsonValue());
}

/** Opens reader.html for a tab directly (a watched page), as the popup's button and the shortcut do. */
async function openReader(session: ExtensionSession, tabId: number, label: string): Promise<Page> {
  const page = await session.newPage(label);
  await session.gotoExtensionPage(page, `reader.html?tab=${tabId}`);
  return page;
}

/**
 * The tab the extension opened at a URL containing `part`. Chromium hands it to puppeteer; Firefox
 * (WebDriver BiDi) does not list tabs an extension opens, so there the tab is found through the
 * extension's own tabs API, closed, and the same URL opened in a page the test drives.
 */
async function newPageAt(session: ExtensionSession, control: Page, part: string): Promise<Page> {
  const deadline = Date.now() + WAIT.timeout;
  while (Date.now() < deadline) {
    const page = (await session.browser.pages()).find((p) => p.url().includes(part));
    if (page) return page;
    const opened = await control.evaluate(async (wanted: string) => {
      const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>>; remove(id: number): Promise<void> } } }).browser;
      const tab = (await api.tabs.query({})).find((t) => (t.url ?? '').includes(wanted));
      if (!tab || tab.id === undefined) return null;
      await api.tabs.remove(tab.id);
      return tab.url ?? null;
    }, part);
    if (opened) {
      const page = await session.newPage(`reader:${part}`);
      await session.gotoExtensionPage(page, opened.slice(session.origin.length + 1));
      return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no tab opened at …${part}`);
}

/**
 * Opens a page that keeps the browser busy for a long time (the 5 MB article) and finds its tab id
 * as the only new tab, waiting as long as that takes.
 */
async function openBusyFixture(session: ExtensionSession, control: Page, url: string, label: string): Promise<{ tab: Page; tabId: number }> {
  const before = await tabIds(control);
  const tab = await session.newPage(label);
  await tab.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const fresh = (await tabIds(control)).filter((id) => !before.includes(id));
    if (fresh.length === 1) return { tab, tabId: fresh[0]! };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no tab id for ${url}`);
}

interface ReaderView {
  title: string;
  paragraphs: string[];
  notes: Array<{ speaker: string; initials: string; colour: string; indices: number[]; text: string; rationale: string }>;
  entities: string[];
}

async function readReader(reader: Page): Promise<ReaderView> {
  // The margin notes are drawn in an effect after the article is in place: wait for them.
  await reader.waitForSelector('.article-body[data-margin="drawn"]', WAIT);
  return reader.evaluate(() => {
    const norm = (x: string | null | undefined): string => (x ?? '').replace(/\s+/g, ' ').trim();
    return {
      title: norm(document.querySelector('h1.reader-title')?.textContent),
      paragraphs: [...document.querySelectorAll('.article-body p')].filter((p) => !p.closest('.margin-notes')).map((p) => norm(p.textContent)),
      notes: [...document.querySelectorAll('.margin-notes .margin-note, [data-section="unplaced"] .margin-note')].map((note) => ({
        speaker: norm(note.querySelector('.claim-speaker')?.textContent),
        initials: norm(note.querySelector('.initials')?.textContent),
        colour: getComputedStyle(note.querySelector('.initials')!).backgroundColor,
        indices: (note.querySelector('li[data-claim-indices]')?.getAttribute('data-claim-indices') ?? '').split(' ').filter((x) => x !== '').map(Number),
        text: norm(note.querySelector('.claim-text')?.textContent),
        rationale: norm([...note.querySelectorAll('.claim-rationale')].map((r) => r.textContent).join(' ')),
      })),
      entities: [...document.querySelectorAll('li[data-entity-type] .entity-name')].map((e) => norm(e.textContent)),
    };
  });
}

/** Records the Blobs the page makes into object URLs (the exports), without changing what happens. */
async function recordExports(reader: Page): Promise<void> {
  await reader.evaluate(() => {
    const w = window as unknown as { __exports?: Blob[] };
    if (w.__exports) return;
    w.__exports = [];
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource): string => {
      if (blob instanceof Blob) w.__exports!.push(blob);
      return original(blob);
    };
  });
}

async function exported(reader: Page, action: string): Promise<{ type: string; text: string }> {
  const before = await reader.evaluate(() => (window as unknown as { __exports: Blob[] }).__exports.length);
  await reader.click(`button[data-action="${action}"]`);
  await reader.waitForFunction((n: number) => (window as unknown as { __exports: Blob[] }).__exports.length > n, WAIT, before);
  return reader.evaluate(async (n: number) => {
    const blob = (window as unknown as { __exports: Blob[] }).__exports[n]!;
    return { type: blob.type, text: await blob.text() };
  }, before);
}

/** Markup of the page that the reader would show if it rendered page HTML as written. */
async function unsafeMarkup(reader: Page): Promise<string[]> {
  return reader.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('script, style, iframe, frame, object, embed, svg, math, form, input, button, link, meta, base, img, video, audio')) {
      if (el.tagName === 'SCRIPT' && el.getAttribute('src') === 'reader.js') continue;
      if (el.tagName === 'LINK' && /^(popup|reader)\.css$/.test(el.getAttribute('href') ?? '')) continue;
      if (el.tagName === 'META' && el.closest('head')) continue;
      if (el.tagName === 'BUTTON' && el.closest('.reader-bar, .reader-panel, .margin-notes')) continue;
      if (el.tagName === 'INPUT' && el.closest('.reader-bar, .reader-panel')) continue;
      found.push(el.outerHTML.slice(0, 120));
    }
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) if (/^on/i.test(attr)) found.push(`<${el.tagName} ${attr}>`);
      if (el.closest('.article-body') && !el.closest('.margin-notes') && el.hasAttribute('style')) found.push(`<${el.tagName} style>`);
    }
    for (const a of document.querySelectorAll('.article-body a')) {
      const href = a.getAttribute('href') ?? '';
      if (!/^https?:\/\//.test(href) || a.getAttribute('target') !== '_blank' || a.getAttribute('rel') !== 'noopener noreferrer') found.push(a.outerHTML.slice(0, 120));
    }
    return found;
  });
}

export function defineReaderSuite(name: BrowserName): void {
  describe(`${name}: the reader view`, () => {
    const file = useBrowser(name);

    /** Requests for payload URLs made by the reader page since `since` (Chromium: its page watch; Firefox: the extension's principal). */
    const requestsSoFar = async (): Promise<number> => (await file.current().session.network.all()).length;
    const payloadRequestsFromReader = async (label: string, since: number): Promise<string[]> => {
      const { session } = file.current();
      return (await session.network.all())
        .slice(since)
        .filter((r) => r.url.includes(PAYLOAD_PATH) && (r.source === `page:${label}` || r.source === `firefox-observer:${session.origin}`))
        .map((r) => `${r.url} (${r.source})`);
    };

    it('bbc-1: opened from the popup, the article with its claims in the margin as in the popup; scroll, filters, exports; axe-clean', async () => {
      const { session, control } = file.current();
      const { tab, tabId } = await file.openFixture('bbc-1/', 'bbc-1');
      let popup: Page | undefined;
      let reader: Page | null = null;
      try {
        expect(await waitForTabStatus(control, tabId)).toBe('article');
        popup = (await openPopup(session, tabId, 'popup:reader')).page;
        const popupView = await readPopupArticle(popup);
        const popupTitle = await popup.$eval('h1.article-title', (el) => el.textContent ?? '');
        const popupSpeakers = await speakerGroups(popup);

        // The popup's button opens reader.html?tab=<id> in a new tab.
        await popup.click('button[data-action="open-reader"]');
        reader = await newPageAt(session, control, `/reader.html?tab=${tabId}`);
        session.network.watchPage(reader!, 'reader:bbc-1');
        expect(await readerState(reader!)).toBe('article');
        await reader!.waitForSelector('.margin-note', WAIT);
        const view = await readReader(reader!);

        expect(view.title).toBe(popupTitle.replace(/\s+/g, ' ').trim());
        expect(view.paragraphs.length).toBeGreaterThan(5);
        expect(view.paragraphs.join(' ')).toMatch(/Obama/);
        // Every claim of the analysis is in the margin once, with the popup's speaker, initials and colour.
        const indices = view.notes.flatMap((n) => n.indices).sort((a, b) => a - b);
        expect(indices).toEqual(popupView.claims.map((c) => c.index).sort((a, b) => a - b));
        for (const note of view.notes) {
          const group = popupSpeakers.find((g) => g.speaker.replace(/\s+/g, ' ').trim() === note.speaker);
          expect(group, `speaker ${note.speaker} in the popup`).toBeDefined();
          expect(note.initials).toBe(group!.initials);
          expect(note.colour).toBe(group!.colour);
          expect(note.rationale).not.toBe('');
        }
        // Most claims sit next to the paragraph that holds their sentence.
        const placed = await reader!.$$eval('.margin-notes .margin-note', (els) => els.length);
        expect(placed).toBeGreaterThanOrEqual(Math.ceil(view.notes.length * 0.8));
        // Side by side (on a wide window): a slot's first note starts level with the block that follows it (its block).
        await reader!.setViewport({ width: 1280, height: 860 });
        const offsets = await reader!.$$eval('.margin-notes', (slots) =>
          slots.map((slot) => {
            let block = slot.nextElementSibling;
            while (block?.classList.contains('margin-notes')) block = block.nextElementSibling;
            return block ? Math.round(slot.getBoundingClientRect().top - block.getBoundingClientRect().top) : null;
          }),
        );
        expect(offsets[0], `first note beside its block (offsets ${offsets.join(', ')})`).toBeGreaterThanOrEqual(-2);
        expect(offsets[0]).toBeLessThanOrEqual(30);
        // The margin is beside the text, not under it.
        const columns = await reader!.evaluate(() => ({
          text: document.querySelector('.article-body > p')!.getBoundingClientRect().right,
          note: document.querySelector('.margin-notes')!.getBoundingClientRect().left,
        }));
        expect(columns.note).toBeGreaterThan(columns.text);
        expect(view.entities.length).toBeGreaterThan(0);

        // A click on the last claim scrolls its paragraph into view and marks it.
        await reader!.evaluate(() => window.scrollTo(0, 0));
        const buttons = await reader!.$$('.margin-notes button.reveal');
        await buttons[buttons.length - 1]!.click();
        await reader!.waitForFunction(() => {
          const flashed = document.querySelector('.article-body .flash');
          if (!flashed) return false;
          const box = flashed.getBoundingClientRect();
          return box.bottom > 0 && box.top < innerHeight;
        }, WAIT);
        // Keyboard: the margin's claims are buttons in the tab order.
        await reader!.focus('.margin-notes button.reveal');
        expect(await reader!.evaluate(() => document.activeElement?.classList.contains('reveal'))).toBe(true);

        // Filters: one speaker off hides that speaker's notes; a kind off hides the claims of that kind only.
        const first = view.notes[0]!;
        const count = (): Promise<number> => reader!.$$eval('.margin-notes .margin-note', (els) => els.length);
        const all = await count();
        await reader!.click(`input[data-speaker="${first.speaker === 'Unattributed' ? '' : first.speaker}"]`);
        await reader!.waitForFunction((n: number) => document.querySelectorAll('.margin-notes .margin-note').length < n, WAIT, all);
        const speakersShown = await reader!.$$eval('.margin-notes .claim-speaker', (els) => els.map((e) => e.textContent ?? ''));
        expect(speakersShown).not.toContain(first.speaker);
        await reader!.click(`input[data-speaker="${first.speaker === 'Unattributed' ? '' : first.speaker}"]`);
        await reader!.waitForFunction((n: number) => document.querySelectorAll('.margin-notes .margin-note').length === n, WAIT, all);
        await reader!.click('input[data-kind="direct"]');
        await reader!.waitForFunction(() => [...document.querySelectorAll('.margin-notes li[data-claim-kinds]')].every((li) => (li.getAttribute('data-claim-kinds') ?? '').split(' ').some((k) => k !== 'direct')), WAIT);
        await reader!.click('input[data-kind="direct"]');
        await reader!.waitForFunction((n: number) => document.querySelectorAll('.margin-notes .margin-note').length === n, WAIT, all);

        // Exports: Markdown of the annotated article, JSON of the analysis contract.
        await recordExports(reader!);
        const markdown = await exported(reader!, 'export-markdown');
        expect(markdown.type).toMatch(/^text\/markdown/);
        expect(markdown.text.split('\n')[0]).toBe(`# ${view.title.replace(/[\\`*_{}[\]()<>#+!|~]/g, '\\$&')}`);
        expect(markdown.text).toMatch(/Obama/);
        expect(markdown.text).toContain(`**${first.speaker}**`);
        expect(markdown.text).toMatch(/no rationale stated|\*\*because\*\*|\*\*\w+\*\*/);
        const json = await exported(reader!, 'export-json');
        expect(json.type).toMatch(/^application\/json/);
        const contract = JSON.parse(json.text) as { id: string; title: string; lang: string; text: string; claims: unknown[]; entities: unknown[]; related: Array<{ id: string }> };
        expect(contract.title).toBe(popupTitle.trim());
        expect(contract.id).toBe(`${file.fixtures}/bbc-1/`);
        expect(contract.lang).toBe('en');
        expect(contract.claims.length).toBe(popupView.claims.length);
        expect(contract.entities.length).toBeGreaterThanOrEqual(popupView.entities.length);
        expect(contract.related.map((r) => r.id)).toEqual(popupView.related.map((r) => r.id));

        expect(seriousOrCritical(await runAxe(reader!)), 'axe-core on the reader').toEqual([]);
        await screenshot(reader!, `${name}-en-reader-bbc-1.png`);
        if (name === 'chromium') {
          await reader!.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
          expect(await reader!.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(28, 31, 35)');
          expect(seriousOrCritical(await runAxe(reader!)), 'axe-core on the dark reader').toEqual([]);
          await screenshot(reader!, `${name}-en-reader-dark-bbc-1.png`);
          await reader!.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
        }
      } finally {
        await reader?.close();
        await popup?.close();
        await tab.close();
      }
      await file.expectNoOutsideRequests();
    });

    it('a page built to attack the reader: inert text and structure, no script ran, nothing fetched; images only when allowed', async () => {
      const { session, control } = file.current();
      const { tab, tabId } = await file.openFixture('hostile/reader/');
      const label = 'reader:hostile';
      let reader: Page | undefined;
      try {
        expect(await waitForTabStatus(control, tabId)).toBe('article');
        // The page's own scripts ran, in the page: the payloads are live.
        expect(await tab.evaluate(() => (window as unknown as { __hostileRan: string[] }).__hostileRan)).toContain('script');
        const mark = await requestsSoFar();
        reader = await openReader(session, tabId, label);
        expect(await readerState(reader)).toBe('article');
        const view = await readReader(reader);
        expect(view.title).toBe('Bridge closed after council vote');
        const text = view.paragraphs.join('\n');
        expect(text).toMatch(/The city council of Springfield voted/);
        expect(text).toMatch(/a stray list item|Broken markup from here/);
        expect(view.notes.some((n) => n.speaker === 'Mary Smith')).toBe(true);
        // The blocked image is its alt text.
        expect(await reader.$$eval('.image-placeholder', (els) => els.map((e) => e.textContent ?? ''))).toContain('A photo of the cracked beams');
        // Hover and click everything in the article: handlers, if any had survived, would fire now.
        for (const element of await reader.$$('.article-body b, .article-body i, .article-body p')) await element.hover().catch(() => undefined);
        expect(await unsafeMarkup(reader)).toEqual([]);
        // No element of the article is positioned over the page (the page's overlay is gone).
        const positioned = await reader.$$eval('.article-body *', (els) => els.filter((e) => getComputedStyle(e).position !== 'static' && !e.closest('.margin-notes')).map((e) => e.tagName));
        expect(positioned).toEqual([]);
        expect(await reader.evaluate(() => ({ ran: (window as unknown as { __hostileRan?: unknown }).__hostileRan ?? null, title: document.title }))).toEqual({
          ran: null,
          title: 'Bridge closed after council vote — Reader view',
        });
        expect(await payloadRequestsFromReader(label, mark)).toEqual([]);

        // Images: off by default (no request for the article's image); on, the reader loads it.
        await reader.click('input[data-toggle="images"]');
        await reader.waitForSelector('.article-body img', WAIT);
        await reader.waitForFunction(() => [...document.querySelectorAll('.article-body img')].every((img) => (img as HTMLImageElement).complete), WAIT);
        const images = await payloadRequestsFromReader(label, mark);
        expect(images.length).toBeGreaterThan(0);
        for (const request of images) expect(request).toMatch(/\/__hostile__\/reader-onerror-missing\.png/);
        // The image failed to load (a 404): its onerror did not exist to run.
        expect(await reader.evaluate(() => (window as unknown as { __hostileRan?: unknown }).__hostileRan ?? null)).toBeNull();
        expect(await unsafeMarkup(reader).then((found) => found.filter((f) => !f.startsWith('<img')))).toEqual([]);
      } finally {
        await reader?.close();
        await tab.close();
      }
      await file.expectNoOutsideRequests();
    });

    it('10,000 levels of nesting and a 5 MB article: the reader shows them or says why, and nothing runs', async () => {
      const { session, control } = file.current();
      for (const page of ['hostile/deep/', 'hostile/reader-long/']) {
        const { tab, tabId } = await openBusyFixture(session, control, `${file.fixtures}/${page}`, page);
        const label = `reader:${page}`;
        let reader: Page | undefined;
        try {
          const status = await waitForTabStatus(control, tabId);
          const mark = await requestsSoFar();
          reader = await openReader(session, tabId, label);
          const started = Date.now();
          // The 5 MB article is read from its page again, sent, sanitised and laid out: give it time.
          const state = await readerState(reader, 150_000);
          expect(state).toBe(status === 'article' ? 'article' : 'unavailable');
          if (state === 'article') {
            const view = await readReader(reader);
            expect(view.paragraphs.length).toBeGreaterThan(0);
            if (page === 'hostile/reader-long/') {
              // Every paragraph of the 5 MB article is in the reader, as text.
              const onPage = await tab.evaluate(() => ({ bytes: Number(document.documentElement.dataset.articleBytes), paragraphs: document.querySelectorAll('#story p').length }));
              expect(onPage.bytes).toBeGreaterThanOrEqual(5 * 1024 * 1024);
              expect(view.paragraphs.length).toBeGreaterThanOrEqual(onPage.paragraphs);
            }
          } else {
            expect(await reader.$eval('#app', (el) => el.textContent ?? '')).toMatch(/\w+\./);
          }
          const reason = await reader.$eval('#app', (el) => el.querySelector('[data-reason]')?.getAttribute('data-reason') ?? '');
          console.log(`[e2e] ${name}: reader on ${page} → ${state} ${reason} in ${Date.now() - started} ms`);
          expect(await unsafeMarkup(reader)).toEqual([]);
          expect(await payloadRequestsFromReader(label, mark)).toEqual([]);
        } finally {
          await reader?.close();
          await tab.close();
        }
      }
      await file.expectNoOutsideRequests();
    }, 300_000);
  });

  describe(`${name} in French and in dark mode: the reader`, () => {
    const fixtures = inject('fixturesOrigin');

    it('lemonde-1: the reader speaks French, follows dark mode, is axe-clean', async () => {
      const session = await launch(name, { locale: 'fr', colorScheme: 'dark' });
      try {
        const control = await session.newPage('control-fr');
        await session.gotoExtensionPage(control, 'popup.html');
        const before = await tabIds(control);
        const tab = await session.newPage('fr:lemonde-1');
        const url = `${fixtures}/lemonde-1/`;
        await tab.goto(url, { waitUntil: 'load', timeout: 30_000 });
        const tabId = await findNewTabId(control, before, url);
        expect(await waitForTabStatus(control, tabId)).toBe('article');
        const reader = await openReader(session, tabId, 'reader-fr:lemonde-1');
        expect(await readerState(reader)).toBe('article');
        expect(await reader.evaluate(() => document.documentElement.lang)).toBe('fr');
        expect(await reader.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(28, 31, 35)');
        expect(await reader.$eval('button[data-action="export-markdown"]', (el) => el.textContent ?? '')).toBe('Exporter en Markdown');
        const view = await readReader(reader);
        expect(view.notes.length).toBeGreaterThan(0);
        for (const note of view.notes) expect(note.rationale === 'aucune justification donnée' || !/no rationale/.test(note.rationale)).toBe(true);
        expect(seriousOrCritical(await runAxe(reader)), 'axe-core on the French, dark reader').toEqual([]);
        await screenshot(reader, `${name}-fr-reader-dark-lemonde-1.png`);
        if (name === 'chromium') {
          // The same French reader in light mode (media emulation is CDP-only, so Chromium only).
          await reader.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
          expect(await reader.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
          expect(seriousOrCritical(await runAxe(reader)), 'axe-core on the French, light reader').toEqual([]);
          await screenshot(reader, `${name}-fr-reader-lemonde-1.png`);
        }
        const outside = await session.network.outside();
        expect(outside, describeRequests(outside)).toEqual([]);
      } finally {
        await session.close();
      }
    }, 120_000);
  });
}
