// bench:memory's browser part: the remembered articles written into a real IndexedDB by the
// extension's own store code (src/memory/idb-store.ts, bundled with esbuild) in headless Chromium,
// on a page served from 127.0.0.1; then the database's size as the browser counts it
// (navigator.storage.estimate) and the People page's data path timed there (src/memory/people.ts
// currentPeople, then the first 100 names' entries), each time in a fresh page: first just after
// the records were written (it reads and groups them all, and keeps the grouping), then with the
// grouping kept, as after the background regrouped.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import type { MemoryRecord } from '../../src/memory/record';
import { CHROMIUM_BINARY } from '../../tests/e2e/lib/paths';
import { serveStatic } from './static-server';

const root = resolve(import.meta.dirname, '../..');
const CHUNK = 250;

export interface BrowserFigures {
  /** IndexedDB bytes the browser reports for the origin (usageDetails.indexedDB, else usage). */
  indexedDbBytes: number;
  /** Median of the runs with the grouping kept: read from IndexedDB, first 100 entries made. */
  peopleMs: number;
  /** The first opening after the records were written, nothing kept yet: all read, grouped; first entries made. */
  groupingMs: number;
  /** An opening after one more article was stored: the kept grouping drawn at once, then the regrouped view. */
  staleMs: number;
  staleRegroupedMs: number;
  /** Of which reading the records from IndexedDB. */
  peopleLoadMs: number;
  browser: string;
}

const ENTRY = `
import { IdbStore } from './src/memory/idb-store';
import { firstPeopleView, openPeople, People } from './src/memory/people';
const store = new IdbStore('context-lens-memory-bench');
globalThis.memoryBench = {
  add: (records) => store.addMissing(records),
  count: () => store.count(),
  // The page's path: what it draws first, then (when articles were stored since the kept grouping) the regrouped view.
  async people() {
    const t0 = performance.now();
    const { people, fresher, kept } = await openPeople(store);
    await firstPeopleView(people, store);
    const total = performance.now() - t0;
    const regrouped = fresher ? await fresher : null;
    if (regrouped) await firstPeopleView(regrouped, store);
    const fresherMs = regrouped ? performance.now() - t0 : null;
    await kept; // the page does not wait for it; the next opening reads it
    return { total, fresherMs, names: (regrouped ?? people).rows.length, shown: (regrouped ?? people).articleCount };
  },
  async load() {
    const t0 = performance.now();
    const summaries = await store.peopleSources();
    return { load: performance.now() - t0, names: new People(summaries).rows.length };
  },
  async estimate() {
    const e = await navigator.storage.estimate();
    return e.usageDetails?.indexedDB ?? e.usage ?? 0;
  },
};
`;

export async function measureInChromium(records: readonly MemoryRecord[], runs: number, log: (line: string) => void): Promise<BrowserFigures> {
  const bundle = await build({ stdin: { contents: ENTRY, resolveDir: root, loader: 'ts' }, bundle: true, write: false, format: 'iife', target: 'chrome105', logLevel: 'warning' });
  const script = bundle.outputFiles[0]!.text;
  const dir = mkdtempSync(join(tmpdir(), 'context-lens-bench-memory-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>bench</title>');
  const server = await serveStatic(dir);
  const profile = mkdtempSync(join(tmpdir(), 'context-lens-bench-profile-'));
  const browser = await puppeteer.launch({ executablePath: CHROMIUM_BINARY, headless: true, userDataDir: profile, args: ['--no-sandbox'] });
  try {
    const open = async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/index.html`);
      await page.addScriptTag({ content: script });
      return page;
    };
    let page = await open();
    log(`bench:memory: writing ${records.length} records into IndexedDB in ${await browser.version()} …`);
    for (let i = 0; i < records.length; i += CHUNK) {
      await page.evaluate((chunk) => (globalThis as unknown as { memoryBench: { add(r: unknown[]): Promise<number> } }).memoryBench.add(chunk), records.slice(i, i + CHUNK) as unknown[]);
    }
    const count = await page.evaluate(() => (globalThis as unknown as { memoryBench: { count(): Promise<number> } }).memoryBench.count());
    if (count !== records.length) throw new Error(`IndexedDB holds ${count} records, not ${records.length}`);
    type Opening = { total: number; fresherMs: number | null; names: number; shown: number };
    type Bench = { memoryBench: { people(): Promise<Opening>; load(): Promise<{ load: number }>; estimate(): Promise<number>; add(r: unknown[]): Promise<number> } };
    /** Calls one of the bench functions in a fresh page, as when the People page is opened. */
    const fresh = async <K extends 'people' | 'load'>(name: K): Promise<Awaited<ReturnType<Bench['memoryBench'][K]>>> => {
      await page.close();
      page = await open();
      return page.evaluate((n: 'people' | 'load') => (globalThis as unknown as Bench).memoryBench[n](), name) as Promise<Awaited<ReturnType<Bench['memoryBench'][K]>>>;
    };
    const first = await fresh('people');
    if (first.shown !== records.length) throw new Error(`the first opening shows ${first.shown} articles, not ${records.length}`);
    const kept: number[] = [];
    for (let r = 0; r < runs; r++) {
      const timing = await fresh('people');
      if (timing.fresherMs !== null) throw new Error('the grouping was not kept');
      kept.push(timing.total);
    }
    // One more article stored (a copy of the first under another address): the page draws the kept grouping, then the regrouped one.
    const extra = { ...records[0]!, id: `${records[0]!.id}#bench-extra`, url: `${records[0]!.url}?bench-extra` };
    await page.evaluate((r) => (globalThis as unknown as Bench).memoryBench.add([r]), extra as unknown);
    const stale = await fresh('people');
    if (stale.fresherMs === null || stale.shown !== records.length + 1) throw new Error('the opening after a new article did not regroup it');
    const load = await fresh('load');
    // After the grouping was kept: the database as it stands once the page has been opened.
    const indexedDbBytes = await page.evaluate(() => (globalThis as unknown as Bench).memoryBench.estimate());
    const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
    return { indexedDbBytes, peopleMs: median(kept), groupingMs: first.total, staleMs: stale.total, staleRegroupedMs: stale.fresherMs, peopleLoadMs: load.load, browser: await browser.version() };
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}
