// The reading memory end to end (tests/fixtures/pages/memory/: two hand-written articles about one
// story, a tram line): turned on in the options page, the first article is stored in IndexedDB by
// the background; the second's popup lists it as "you read this on …" and never lists itself; the
// People page shows the speakers of both; "delete everything" empties it; a corrupted or foreign
// import is refused with a message and the stored article is still there.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import type { BrowserName } from './browsers';
import { openPopup, waitForTabStatus, WAIT } from './extension';
import { useBrowser } from './session';

const FIRST = 'memory/tram-vote/';
const SECOND = 'memory/tram-works/';

/** Ids of the remembered articles, read from IndexedDB in an extension page (the store the background writes). */
async function storedIds(extensionPage: Page): Promise<string[]> {
  return extensionPage.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('context-lens-memory');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('articles')) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction('articles', 'readonly').objectStore('articles').getAllKeys();
          request.onsuccess = () => {
            db.close();
            resolve(request.result.map(String));
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** What else the database holds: the index features and the index snapshot (built from the articles' words). */
/** What the database holds besides the articles: their index features, the index snapshot, the People grouping. */
async function leftovers(extensionPage: Page): Promise<{ features: number; snapshot: boolean; people: boolean }> {
  return extensionPage.evaluate(
    () =>
      new Promise<{ features: number; snapshot: boolean; people: boolean }>((resolve, reject) => {
        const open = indexedDB.open('context-lens-memory');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['features', 'meta'], 'readonly');
          const features = tx.objectStore('features').count();
          const snapshot = tx.objectStore('meta').get('snapshot');
          const people = tx.objectStore('meta').get('people');
          tx.oncomplete = () => {
            db.close();
            resolve({ features: features.result, snapshot: snapshot.result !== undefined, people: people.result !== undefined });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/**
 * Clicks the options page's Export button and returns the file it made: the download link's click
 * is caught in the page (a headless browser's download is not readable from the test) and its blob
 * read there.
 */
async function exportFromOptions(options: Page): Promise<{ name: string; text: string }> {
  await options.evaluate(() => {
    const g = globalThis as { exported?: { name: string; text: string } };
    delete g.exported;
    document.addEventListener(
      'click',
      (event) => {
        const link = event.target instanceof HTMLAnchorElement && event.target.hasAttribute('download') ? event.target : null;
        if (!link) return;
        event.preventDefault();
        void fetch(link.href)
          .then((response) => response.text())
          .then((text) => (g.exported = { name: link.download, text }));
      },
      { capture: true },
    );
  });
  await (await options.waitForSelector('button[data-action="export"]:not([disabled])', WAIT))!.click();
  const handle = await options.waitForFunction(() => (globalThis as { exported?: { name: string; text: string } }).exported ?? false, WAIT);
  return (await handle.jsonValue()) as { name: string; text: string };
}

async function waitForStored(extensionPage: Page, ids: string[]): Promise<void> {
  const deadline = Date.now() + WAIT.timeout;
  let last: string[] = [];
  while (Date.now() < deadline) {
    last = (await storedIds(extensionPage)).sort();
    if (JSON.stringify(last) === JSON.stringify([...ids].sort())) return;
    await new Promise((resolve) => setTimeout(resolve, WAIT.polling));
  }
  throw new Error(`remembered articles: expected ${JSON.stringify(ids)}, found ${JSON.stringify(last)}`);
}

async function optionsCount(options: Page): Promise<number> {
  await options.waitForSelector('section[data-section="memory"][data-loaded="true"] [data-memory-count]', WAIT);
  return Number(await options.$eval('[data-memory-count]', (el) => el.getAttribute('data-memory-count')));
}

async function remembered(popup: Page): Promise<Array<{ id: string; source: string; label: string; text: string }>> {
  return popup.$$eval('section[data-section="related"] li[data-related-id]', (items) =>
    items.map((li) => ({ id: li.getAttribute('data-related-id') ?? '', source: li.getAttribute('data-source') ?? '', label: li.querySelector('.related-source')?.textContent ?? '', text: (li.textContent ?? '').replace(/\s+/g, ' ') })),
  );
}

async function fileInput(options: Page): Promise<ElementHandle<HTMLInputElement>> {
  const input = await options.waitForSelector('input[data-field="import"]', WAIT);
  if (!input) throw new Error('no import field');
  return input as ElementHandle<HTMLInputElement>;
}

export function defineMemorySuite(name: BrowserName): void {
  describe(`${name}: reading memory`, () => {
    const file = useBrowser(name);
    const dir = mkdtempSync(join(tmpdir(), 'context-lens-memory-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('off by default; once on, the second article lists the first as read, never itself; People; delete everything; export; damaged imports refused, the export restores; delete one, delete a site', async () => {
      const { session, control } = file.current();
      const pages: Page[] = [];
      const page = async (label: string, path: string): Promise<Page> => {
        const p = await session.newPage(label);
        pages.push(p);
        await session.gotoExtensionPage(p, path);
        return p;
      };
      try {
        // Off by default, explained; turned on from the options page.
        const options = await page('options', 'options.html');
        // Opened afresh (a new address each time: Firefox never settles a reload of an extension page) and in front, where clicks land.
        let visits = 0;
        const openOptions = async (): Promise<void> => {
          await options.bringToFront();
          await session.gotoExtensionPage(options, `options.html?visit=${++visits}`);
        };
        const enabled = await options.waitForSelector('input[data-option="memory:enabled"]', WAIT);
        expect(await enabled!.evaluate((el) => (el as HTMLInputElement).checked)).toBe(false);
        expect(await options.$eval('[data-statement="memory"]', (el) => el.textContent ?? '')).toMatch(/IndexedDB/);
        expect(await optionsCount(options)).toBe(0);
        await enabled!.click();
        await options.waitForFunction(() => document.querySelector<HTMLInputElement>('input[data-option="memory:enabled"]')?.checked === true, WAIT);

        // The first article is read and remembered by the background.
        const first = await file.openFixture(FIRST);
        pages.push(first.tab);
        expect(await waitForTabStatus(control, first.tabId)).toBe('article');
        await waitForStored(control, [first.url]);

        // The second lists the first as read before, labelled with the day; not itself.
        const second = await file.openFixture(SECOND);
        pages.push(second.tab);
        expect(await waitForTabStatus(control, second.tabId)).toBe('article');
        const popup = await openPopup(session, second.tabId, 'popup:second');
        pages.push(popup.page);
        expect(popup.state).toBe('article');
        const listed = await remembered(popup.page);
        const firstListed = listed.find((r) => r.id === first.url);
        expect(firstListed?.source).toBe('memory');
        expect(firstListed?.text).toMatch(/Harbourton council approves the northern tram line/);
        expect(firstListed?.label).toMatch(/^You read this on (\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2})$/);
        expect(listed.map((r) => r.id)).not.toContain(second.url);
        await waitForStored(control, [first.url, second.url]);

        // The first, read again, does not list itself (it is stored under its own address).
        await first.tab.reload({ waitUntil: 'load', timeout: 30_000 });
        expect(await waitForTabStatus(control, first.tabId)).toBe('article');
        const again = await openPopup(session, first.tabId, 'popup:first-again');
        pages.push(again.page);
        const againListed = await remembered(again.page);
        expect(againListed.map((r) => r.id)).not.toContain(first.url);
        expect(againListed.find((r) => r.id === second.url)?.source).toBe('memory');

        // The People page: the mayor, with claims from both articles, found by search.
        const people = await page('people', 'people.html');
        await people.bringToFront();
        await people.waitForSelector('main#people[data-state="ready"] li.person', WAIT);
        await people.type('input[data-field="search"]', 'Vasquez');
        // One name left, its claims (read from the store for the names shown) from both articles.
        await people.waitForFunction(() => document.querySelectorAll('li.person').length === 1 && document.querySelectorAll('li.person .claim-source a').length >= 2, WAIT);
        const mayor = await people.$eval('li.person', (li) => ({
          name: li.querySelector('.person-name')?.textContent ?? '',
          sources: [...li.querySelectorAll('.claim-source a')].map((a) => a.textContent ?? ''),
        }));
        expect(mayor.name).toBe('Elena Vasquez');
        expect(new Set(mayor.sources).size).toBe(2);
        // The page keeps its grouping for the next opening, after it is drawn (names of both articles: dropped with them below).
        const keptBy = Date.now() + WAIT.timeout;
        while (!(await leftovers(control)).people && Date.now() < keptBy) await new Promise((resolve) => setTimeout(resolve, 100));
        expect((await leftovers(control)).people).toBe(true);

        // Delete everything (two clicks): the memory is empty and the popup lists nothing from it.
        await openOptions();
        expect(await optionsCount(options)).toBe(2);
        // Exported from the options page: a JSON file of both articles.
        const exported = await exportFromOptions(options);
        expect(exported.name).toMatch(/^context-lens-memory-\d{4}-\d{2}-\d{2}\.json$/);
        const exportedFile = JSON.parse(exported.text) as { format: string; version: number; articles: Array<{ url: string; claims: unknown[] }> };
        expect(exportedFile.format).toBe('context-lens-memory');
        expect(exportedFile.articles.map((a) => a.url).sort()).toEqual([first.url, second.url].sort());
        expect(exportedFile.articles.every((a) => a.claims.length > 0)).toBe(true);
        const backup = join(dir, 'backup.json');
        writeFileSync(backup, exported.text);
        await (await options.waitForSelector('button[data-action="delete-all"]', WAIT))!.click();
        await (await options.waitForSelector('button[data-action="delete-all-confirm"]', WAIT))!.click();
        await options.waitForSelector('[data-memory-count="0"]', WAIT);
        expect(await storedIds(control)).toEqual([]);
        expect(await leftovers(control)).toEqual({ features: 0, snapshot: false, people: false });
        await second.tab.reload({ waitUntil: 'load' });
        expect(await waitForTabStatus(control, second.tabId)).toBe('article');
        const after = await openPopup(session, second.tabId, 'popup:after-delete');
        pages.push(after.page);
        expect((await remembered(after.page)).filter((r) => r.source === 'memory')).toEqual([]);
        // Still on: the second article, read again, is remembered again.
        await waitForStored(control, [second.url]);

        // A corrupted export and a foreign file are refused with a message; the stored article stays.
        await openOptions();
        expect(await optionsCount(options)).toBe(1);
        const broken = join(dir, 'broken.json');
        writeFileSync(broken, '{"format":"context-lens-memory","version":1,"articles":[{"id":');
        await (await fileInput(options)).uploadFile(broken);
        await options.waitForSelector('[data-memory-status="error"]:not(:empty)', WAIT);
        expect(await options.$eval('[data-memory-status]', (el) => el.textContent ?? '')).toMatch(/^Import refused: the file is not JSON/);
        const foreign = join(dir, 'bookmarks.json');
        writeFileSync(foreign, JSON.stringify({ format: 'context-lens-memory', version: 1, articles: [{ id: 'javascript:alert(1)', url: 'javascript:alert(1)' }] }));
        await (await fileInput(options)).uploadFile(foreign);
        await options.waitForFunction(() => /damaged/.test(document.querySelector('[data-memory-status="error"]')?.textContent ?? ''), WAIT);
        expect(await storedIds(control)).toEqual([second.url]);
        await openOptions();
        expect(await optionsCount(options)).toBe(1);

        // The export is imported back: what is missing is added, what is stored is kept.
        await (await fileInput(options)).uploadFile(backup);
        await options.waitForFunction(() => /^Imported: 1 new article\(s\), 1 already remembered\.$/.test(document.querySelector('[data-memory-status="ok"]')?.textContent ?? ''), WAIT);
        expect((await storedIds(control)).sort()).toEqual([first.url, second.url].sort());

        // Delete one article, then the site's articles.
        await openOptions();
        expect(await optionsCount(options)).toBe(2);
        await (await options.waitForSelector(`li[data-memory-article="${first.url}"] button[data-action="delete-article"]`, WAIT))!.click();
        await options.waitForSelector('[data-memory-count="1"]', WAIT);
        expect(await storedIds(control)).toEqual([second.url]);
        await (await options.waitForSelector('li[data-memory-site="127.0.0.1"] button[data-action="delete-site"]', WAIT))!.click();
        await options.waitForSelector('[data-memory-count="0"]', WAIT);
        expect(await storedIds(control)).toEqual([]);
      } finally {
        for (const p of pages.reverse()) await p.close().catch(() => undefined);
      }
      await file.expectNoOutsideRequests();
    });
  });
}
