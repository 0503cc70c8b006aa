// Page-side cost of the extension, in headless Chromium, on the largest real pages of the shared
// Readability corpus. For each page, loaded alternately without and with the extension in the same
// run (two browsers, same flags), it prints the load time and longest main-thread task (Long Tasks
// API), the time from the content script's start (document_idle) to highlights shown, the duration
// of each content-script step (each runs in its own task, marks are found in slices; "extract" is
// Readability's parse; the
// analysis runs in the background, "analyze-wait" is the page's wait for it, not a page task), and
// the popup's time to first render.
// Peer: the same page without the extension.
//   npm run bench:page [-- --pages N] [-- --runs N] [-- --corpus DIR] [-- --json]
// With --json (as `npm run bench` calls it) the table goes to stderr and stdout ends with the
// summary line of scripts/lib/bench-summary.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { endUnmeasured, type BenchSummary } from './lib/bench-summary';
import { serveStatic } from './lib/static-server';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '6' },
    runs: { type: 'string', default: '3' },
    corpus: { type: 'string', default: join(root, '../shared/corpus/readability-pages') },
    json: { type: 'boolean', default: false },
  },
});
/** With --json, stdout is for the summary line only. */
const log = values.json ? console.error : console.log;
const corpus = resolve(values.corpus);
const CHROMIUM = process.env.CHROMIUM_BINARY ?? '/usr/lib/chromium/chromium';
const STEPS = ['extract', 'analyze-wait', 'find-marks', 'find-marks-total', 'paint'] as const;
const TARGET_MS = 50;

if (!existsSync(corpus)) {
  endUnmeasured('page', `the shared corpus is absent (${corpus}); nothing measured.`, !!values.json, `corpus absent: ${corpus}`);
}

// The test build records each content-script step as a performance measure.
const extensionRoot = join(root, 'artifacts/bench-page-extension');
const build = spawnSync('npx', ['tsx', 'scripts/build.ts', '--out', extensionRoot, '--test-hooks'], { cwd: root, encoding: 'utf8' });
if (build.status !== 0) throw new Error(`build failed: ${build.stdout}${build.stderr}`);

const pages = readdirSync(corpus)
  .filter((name) => existsSync(join(corpus, name, 'source.html')))
  .map((name) => ({ name, bytes: statSync(join(corpus, name, 'source.html')).size }))
  .sort((a, b) => b.bytes - a.bytes)
  .slice(0, Number(values.pages));

interface Sample {
  loadMs: number;
  longestTaskMs: number;
  idleToHighlightsMs: number | null;
  steps: Record<string, number>;
}

const LONGTASK_WATCH = `(() => {
  window.__benchLongest = 0;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__benchLongest = Math.max(window.__benchLongest, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
})()`;

async function launch(withExtension: boolean): Promise<{ browser: Browser; extensionId: string | null }> {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    enableExtensions: withExtension,
    args: ['--no-sandbox', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
  });
  const extensionId = withExtension ? await browser.installExtension(join(extensionRoot, 'chrome')) : null;
  return { browser, extensionId };
}

async function measure(browser: Browser, url: string, withExtension: boolean): Promise<{ sample: Sample; page: Page }> {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(LONGTASK_WATCH);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  if (withExtension) {
    // Done when the content script has painted (it paints, possibly nothing, after every read), at most 20 s.
    await page
      .waitForFunction(() => performance.getEntriesByName('context-lens:paint').length > 0, { timeout: 20_000, polling: 100 })
      .catch(() => undefined);
  }
  await new Promise((r) => setTimeout(r, 600)); // let pending long tasks be reported
  // A string, not a function: tsx would wrap named inner functions in a __name() the page lacks.
  const sample = (await page.evaluate(`(() => {
    const steps = ${JSON.stringify(STEPS)};
    const nav = performance.getEntriesByType('navigation')[0];
    const first = (name) => { const e = performance.getEntriesByName(name)[0]; return e ? e.startTime : null; };
    const start = first('context-lens:start');
    const shown = first('context-lens:highlights-shown');
    const durations = {};
    for (const step of steps) {
      const entries = performance.getEntriesByName('context-lens:' + step);
      if (entries.length > 0) durations[step] = Math.max(...entries.map((e) => e.duration));
    }
    return {
      loadMs: nav ? nav.loadEventEnd - nav.startTime : NaN,
      longestTaskMs: window.__benchLongest,
      idleToHighlightsMs: start !== null && shown !== null ? shown - start : null,
      steps: durations,
    };
  })()`)) as Sample;
  return { sample, page };
}

async function popupFirstRender(browser: Browser, extensionId: string, url: string): Promise<number | null> {
  const article = await browser.newPage();
  await article.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const popup = await browser.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const tabId = await popup.evaluate(async () => {
    const { tabs } = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>>; getCurrent(): Promise<{ id?: number } | undefined> } } }).chrome;
    const self = await tabs.getCurrent();
    return (await tabs.query({})).filter((t) => t.id !== self?.id).map((t) => t.id).pop() ?? null;
  });
  await new Promise((r) => setTimeout(r, 3000)); // the page has been analysed: time the popup alone
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  const handle = await popup.waitForFunction(() => performance.getEntriesByName('context-lens:popup-rendered')[0]?.startTime ?? false, { timeout: 20_000 }).catch(() => null);
  const value = handle ? Number(await handle.jsonValue()) : null;
  await popup.close();
  await article.close();
  return value;
}

const median = (xs: number[]): number => {
  const sorted = [...xs].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : NaN;
};
const fmt = (x: number | null): string => (x === null || !Number.isFinite(x) ? '—' : x.toFixed(0));

const server = await serveStatic(corpus);
const plain = await launch(false);
const extended = await launch(true);
try {
  log(`bench:page — headless Chromium, ${pages.length} largest pages of ${corpus}, median of ${values.runs} run(s) each`);
  log('(pages served raw from 127.0.0.1; their external resources fail fast, the same in both browsers)\n');
  log('page                  KiB  load ms (without / with / ratio)  longest task ms (without / with)  idle→highlights ms  extract  analyze-wait(off-page)  find-marks (longest slice / total)  paint  worst page task excl. extract');
  const worst: number[] = [];
  const loadRatios: number[] = [];
  const idleTimes: number[] = [];
  for (const { name, bytes } of pages) {
    const url = `${server.origin}/${name}/source.html`;
    const without: Sample[] = [];
    const withExt: Sample[] = [];
    for (let run = 0; run < Number(values.runs); run++) {
      const a = await measure(plain.browser, url, false);
      without.push(a.sample);
      await a.page.close();
      const b = await measure(extended.browser, url, true);
      withExt.push(b.sample);
      await b.page.close();
    }
    const step = (s: string): number => median(withExt.map((x) => x.steps[s] ?? NaN));
    const excl = Math.max(...['find-marks', 'paint'].map(step).filter(Number.isFinite));
    const loadWithout = median(without.map((x) => x.loadMs));
    const loadWith = median(withExt.map((x) => x.loadMs));
    const idle = withExt.map((x) => x.idleToHighlightsMs).filter((x): x is number => x !== null);
    if (Number.isFinite(excl)) worst.push(excl);
    loadRatios.push(loadWith / loadWithout);
    if (idle.length) idleTimes.push(median(idle));
    log(
      `${name.padEnd(20)} ${String(Math.round(bytes / 1024)).padStart(5)}  ${fmt(loadWithout).padStart(6)} / ${fmt(loadWith).padStart(6)} / ${(loadWith / loadWithout).toFixed(2)}x` +
        `          ${fmt(median(without.map((x) => x.longestTaskMs))).padStart(6)} / ${fmt(median(withExt.map((x) => x.longestTaskMs))).padStart(6)}` +
        `              ${idle.length ? fmt(median(idle)).padStart(6) : '  none (no highlight)'}  ${fmt(step('extract')).padStart(7)}  ${fmt(step('analyze-wait')).padStart(20)}  ${fmt(step('find-marks')).padStart(10)} / ${fmt(step('find-marks-total')).padStart(5)}  ${fmt(step('paint')).padStart(5)}  ${Number.isFinite(excl) ? `${fmt(excl)} ${excl <= TARGET_MS ? '(≤ 50 ok)' : '(> 50 MISSED)'}` : '—'}`,
    );
  }
  const popupTimes: number[] = [];
  for (const { name } of pages.slice(0, 3)) {
    const t = await popupFirstRender(extended.browser, extended.extensionId!, `${server.origin}/${name}/source.html`);
    if (t !== null) popupTimes.push(t);
  }
  log(`\npopup time to first render of the tab's state (ms from navigation start, ${popupTimes.length} pages): ${popupTimes.map((x) => x.toFixed(0)).join(', ')} — median ${fmt(median(popupTimes))}`);
  const over = worst.filter((x) => x > TARGET_MS).length;
  log(`content-script steps other than Readability's parse over ${TARGET_MS} ms: ${over} of ${worst.length} page(s)`);
  if (values.json) {
    const summary: BenchSummary = {
      summary: true,
      bench: 'page',
      status: 'ok',
      targetsMet: over === 0,
      figures: {
        'worst page task excl. Readability (ms)': Math.round(Math.max(...worst)),
        [`pages with a step over ${TARGET_MS} ms`]: `${over}/${worst.length}`,
        'median load time with/without': `${median(loadRatios).toFixed(2)}x`,
        'median idle→highlights (ms)': Math.round(median(idleTimes)),
        'median popup first render (ms)': Math.round(median(popupTimes)),
      },
    };
    console.log(JSON.stringify(summary));
  }
} finally {
  await plain.browser.close();
  await extended.browser.close();
  await server.close();
}
