// Speed of the on-device analysis in headless Chromium, against @mozilla/readability measured in the
// same tab and the same run (issue 3, "Speed"). Per page: analyze() time on the extracted title+text
// (median of --runs warm runs) and its ratio to Readability's parse (median, on a fresh clone each
// run; target ≤ 0.5), and the longest main-thread task the content script causes apart from
// Readability's parse (cold, first run; target ≤ 50 ms): the extraction's own steps, since the
// analysis runs in the extension's background and the highlights are found in 12 ms slices.
//   npm run bench:analysis [-- --json] [-- --runs N] [-- --cold-loads N] [-- --shared DIR]
// Pages: the dev pages of ../shared/eval/dev-pages.txt (saved pages of ../shared/corpus), plus two
// synthetic 10,000-word articles (en, fr) made of real paragraphs from tests/fixtures/news. Without
// ../shared: the synthetic articles and the saved pages in tests/fixtures/pages.
//
// Why a bench bundle rather than the built extension: the content script cannot be timed from
// outside without changing it, and its one task mixes Readability with our own work. So the same
// modules it runs (extractArticle's steps, the highlights) are bundled by esbuild with the
// extension's build options (scripts/lib/bench-page.ts) and replayed step by step in the tab; the
// analysis, which the extension runs in its background, comes in a bundle of its own evaluated
// first (scripts/lib/bench-page-analysis.ts), so "script load" is the content script's part only.
import { build } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer, { type Browser } from 'puppeteer-core';
import { parseSeed } from '../src/index/seed-format';
import type { ContentScriptSections, PageMeasurement } from './lib/bench-page';
import { formatTable, type BenchSummary } from './lib/bench-summary';
import { syntheticArticle } from './lib/bench-synthetic';
import { CHROMIUM } from './lib/demo-session';
import { demoPage } from './lib/demo-page';
import { serveStatic } from './lib/static-server';

const RATIO_TARGET = 0.5;
const LONG_TASK_MS = 50;
const SYNTHETIC_WORDS = 10_000;
/** Readability and the boilerplate filter drop a little (date line, short lines): build a bit more. */
const SYNTHETIC_MARGIN = 1.04;
/** Stops the saved pages' own scripts (they would run half-broken, offline, and add noise); the
 * DevTools protocol, which injects the bench, is not bound by it. */
const NO_PAGE_SCRIPTS = { 'content-security-policy': "script-src 'none'" };

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
    'cold-loads': { type: 'string', default: '3' },
    shared: { type: 'string', default: resolve(root, '..', 'shared') },
  },
});
const shared = resolve(values.shared);
const runs = Math.max(1, Number.parseInt(values.runs, 10) || 5);
/** Cold figures are one-shot by nature: each page is loaded this many times and the median load kept. */
const coldLoads = Math.max(1, Number.parseInt(values['cold-loads'], 10) || 3);
const json = values.json;

interface BenchPage {
  name: string;
  kind: 'dev' | 'fixture' | 'synthetic';
  html: string;
}

interface PageRow {
  page: string;
  kind: BenchPage['kind'];
  lang: string | null;
  words: number;
  isArticle: boolean;
  reason?: string;
  error?: string;
  runs: number;
  /** Medians of the warm runs. */
  readabilityMs: number | null;
  analysisMs: number | null;
  ratio: number | null;
  ratioOk: boolean | null;
  /** First (cold) run of analyze(), as a reader's tab runs it. */
  coldAnalysisMs: number | null;
  /** The content script's task without Readability's parse (detect + clone + text + analyze + highlights), cold. */
  contentTaskMs: number | null;
  /** Top-level evaluation of the bundle, a task of its own when the content script is injected. */
  scriptLoadMs: number;
  longestTaskMs: number;
  longestTask: string;
  taskOk: boolean;
  coldSections: ContentScriptSections | null;
  /** Long tasks the browser itself reported during the cold run (they include Readability's parse). */
  observedLongTasksMs: number[];
  sameTextAsExtractArticle: boolean;
  blockedRequests: number;
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const round = (x: number | null, digits = 1): number | null => (x === null || Number.isNaN(x) ? null : Number(x.toFixed(digits)));

function devPages(): BenchPage[] {
  const list = readFileSync(join(shared, 'eval', 'dev-pages.txt'), 'utf8');
  const pages: BenchPage[] = [];
  for (const line of list.split('\n')) {
    const name = line.split('\t')[0]?.trim();
    if (!name || name.startsWith('#')) continue;
    const file = join(shared, 'corpus', 'readability-pages', name, 'source.html');
    if (!existsSync(file)) {
      log(`bench:analysis: ${name} is listed in dev-pages.txt but ${file} is missing; skipped`);
      continue;
    }
    pages.push({ name, kind: 'dev', html: readFileSync(file, 'utf8') });
  }
  return pages;
}

function fixturePages(): BenchPage[] {
  const dir = join(root, 'tests', 'fixtures', 'pages');
  return ['bbc-1', 'lemonde-1', 'mozilla-2']
    .filter((name) => existsSync(join(dir, name, 'index.html')))
    .map((name) => ({ name, kind: 'fixture' as const, html: readFileSync(join(dir, name, 'index.html'), 'utf8') }));
}

function syntheticPages(): BenchPage[] {
  const news = join(root, 'tests', 'fixtures', 'news');
  const read = (ids: string[]) => ids.map((id) => parseSeed(id, readFileSync(join(news, `${id}.txt`), 'utf8')));
  const specs = [
    { lang: 'en', ids: ['bbc-politics-373', 'ruua-guardian-099', 'bbc-business-015', 'ruua-guardian-094'] },
    { lang: 'fr', ids: ['orangesum-29606', 'orangesum-6196', 'orangesum-32354', 'orangesum-20338'] },
  ];
  return specs.map(({ lang, ids }) => {
    const doc = syntheticArticle(`synthetic-10k-${lang}`, read(ids), Math.ceil(SYNTHETIC_WORDS * SYNTHETIC_MARGIN));
    return { name: doc.id, kind: 'synthetic' as const, html: demoPage(doc, lang) };
  });
}

function log(message: string): void {
  // With --json, stdout is for JSON lines only.
  (json ? console.error : console.log)(message);
}

/** `entry` bundled with the extension's build options (scripts/build.ts). */
async function bundleScript(entry: string, banner?: string): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'scripts', 'lib', entry)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome105',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
    ...(banner ? { banner: { js: banner } } : {}),
  });
  return result.outputFiles[0]!.text;
}

/** The analysis (evaluated first, untimed: the background's code) and the content script's part. */
async function bundlePageScripts(): Promise<PageScripts> {
  return {
    analysis: await bundleScript('bench-page-analysis.ts'),
    page: await bundleScript('bench-page.ts', 'globalThis.__contextLensBenchStart=performance.now();'),
  };
}

interface PageScripts {
  analysis: string;
  page: string;
}

function toRow(page: BenchPage, m: PageMeasurement, blockedRequests: number): PageRow {
  const readabilityMs = median(m.readabilityMs);
  const analysisMs = median(m.analysisMs);
  const ratio = readabilityMs && analysisMs !== null ? analysisMs / readabilityMs : null;
  const c = m.cold;
  // What the content script runs in one task besides Readability: detection, the inert clone and the
  // text. The analysis runs in the background (service worker / event page), off the page's main
  // thread, and the highlights are found in slices of at most 12 ms (src/content/index.ts), so
  // neither is one page task; bench:page observes the real extension's tasks in the page.
  const contentTaskMs = c ? c.detect + c.clone + c.text : null;
  const tasks: Array<[string, number]> = [['script load', m.scriptLoadMs]];
  if (contentTaskMs !== null) tasks.push(['content task w/o Readability', contentTaskMs]);
  const [longestTask, longestTaskMs] = tasks.reduce((a, b) => (b[1] > a[1] ? b : a));
  const r = (x: number): number => round(x, 2)!;
  return {
    page: page.name,
    kind: page.kind,
    lang: m.lang ?? null,
    words: m.words,
    isArticle: m.isArticle,
    ...(m.reason ? { reason: m.reason } : {}),
    runs: m.analysisMs.length,
    readabilityMs: round(readabilityMs),
    analysisMs: round(analysisMs),
    ratio: round(ratio, 2),
    ratioOk: ratio === null ? null : ratio <= RATIO_TARGET,
    coldAnalysisMs: round(c?.analyze ?? null),
    contentTaskMs: round(contentTaskMs),
    scriptLoadMs: r(m.scriptLoadMs),
    longestTaskMs: r(longestTaskMs),
    longestTask,
    taskOk: longestTaskMs <= LONG_TASK_MS,
    coldSections: c ? (Object.fromEntries(Object.entries(c).map(([k, v]) => [k, r(v)])) as unknown as ContentScriptSections) : null,
    observedLongTasksMs: m.coldLongTasks.map((d) => Math.round(d)),
    sameTextAsExtractArticle: m.sameTextAsExtractArticle,
    blockedRequests,
  };
}

function errorRow(page: BenchPage, error: unknown): PageRow {
  return {
    page: page.name, kind: page.kind, lang: null, words: 0, isArticle: false, error: error instanceof Error ? error.message : String(error),
    runs: 0, readabilityMs: null, analysisMs: null, ratio: null, ratioOk: null, coldAnalysisMs: null, contentTaskMs: null,
    scriptLoadMs: 0, longestTaskMs: 0, longestTask: 'none', taskOk: false, coldSections: null, observedLongTasksMs: [],
    sameTextAsExtractArticle: false, blockedRequests: 0,
  };
}

/** One fresh tab on `page`: the cold run, then `warmRuns` warm runs. */
async function loadOnce(browser: Browser, origin: string, page: BenchPage, bundle: PageScripts, warmRuns: number): Promise<{ m: PageMeasurement; blocked: number }> {
  const tab = await browser.newPage();
  let blocked = 0;
  try {
    await tab.setRequestInterception(true);
    tab.on('request', (request) => {
      if (request.url().startsWith(`${origin}/`)) void request.continue().catch(() => undefined);
      else {
        blocked++;
        void request.abort('blockedbyclient').catch(() => undefined);
      }
    });
    await tab.goto(`${origin}/${page.name}/`, { waitUntil: 'load', timeout: 60_000 });
    await tab.evaluate(bundle.analysis);
    await tab.evaluate(bundle.page);
    const m = await tab.evaluate(
      (n: number) => (globalThis as unknown as { contextLensBench: { runPage(runs: number): Promise<PageMeasurement> } }).contextLensBench.runPage(n),
      warmRuns,
    );
    return { m, blocked };
  } finally {
    await tab.close().catch(() => undefined);
  }
}

const coldTask = (m: PageMeasurement): number => {
  const c = m.cold;
  return c ? c.detect + c.clone + c.text + c.analyze + c.highlights : m.scriptLoadMs;
};

/** `coldLoads` fresh loads of `page`; warm medians from the first, cold figures from the median load. */
async function measure(browser: Browser, origin: string, page: BenchPage, bundle: PageScripts): Promise<PageRow> {
  try {
    const loads: Array<{ m: PageMeasurement; blocked: number }> = [];
    for (let i = 0; i < coldLoads; i++) loads.push(await loadOnce(browser, origin, page, bundle, i === 0 ? runs : 0));
    const byTask = [...loads].sort((a, b) => coldTask(a.m) - coldTask(b.m));
    const typical = byTask[Math.floor((byTask.length - 1) / 2)]!.m;
    const first = loads[0]!;
    const scriptLoadMs = median(loads.map((l) => l.m.scriptLoadMs)) ?? Number.NaN;
    return toRow(page, { ...first.m, cold: typical.cold, coldLongTasks: typical.coldLongTasks, scriptLoadMs }, first.blocked);
  } catch (error) {
    return errorRow(page, error);
  }
}

function summarise(rows: PageRow[], sharedPresent: boolean, loadBefore: number): BenchSummary {
  const articles = rows.filter((r) => r.ratio !== null);
  const real = articles.filter((r) => r.kind !== 'synthetic');
  const ratios = real.map((r) => r.ratio!);
  const longest = rows.reduce<PageRow | null>((a, b) => (!a || b.longestTaskMs > a.longestTaskMs ? b : a), null);
  const overRatio = real.filter((r) => r.ratioOk === false).map((r) => r.page);
  const overTask = rows.filter((r) => !r.error && !r.taskOk).map((r) => `${r.page} ${r.longestTaskMs} ms`);
  const failed = rows.filter((r) => r.error).map((r) => r.page);
  const synthetic = Object.fromEntries(
    rows.filter((r) => r.kind === 'synthetic').flatMap((r) => [
      [`${r.page} analysisMs`, r.analysisMs],
      [`${r.page} ratio`, r.ratio],
      [`${r.page} longestTaskMs`, r.longestTaskMs],
    ]),
  );
  return {
    summary: true,
    bench: 'analysis',
    status: sharedPresent ? 'ok' : 'partial',
    targetsMet: failed.length === 0 && overRatio.length === 0 && overTask.length === 0,
    figures: {
      pages: real.length,
      ratioMedian: round(median(ratios), 2),
      ratioMax: ratios.length ? round(Math.max(...ratios), 2) : null,
      pagesOverRatio: overRatio.join(' ') || 'none',
      longestTaskMs: longest?.longestTaskMs ?? null,
      longestTaskPage: longest?.page ?? null,
      tasksOver50ms: overTask.join(', ') || 'none',
      ...synthetic,
      ...(failed.length ? { failed: failed.join(' ') } : {}),
      // Wall-clock figures on a shared machine: the load says how much to trust them.
      loadAverage1m: `${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after`,
    },
    ...(sharedPresent ? {} : { note: `${shared} absent: synthetic articles and tests/fixtures/pages only` }),
  };
}

const fmt = (x: number | null, digits = 1): string => (x === null ? '—' : x.toFixed(digits));

function printTable(rows: PageRow[], summary: BenchSummary): void {
  const header = ['page', 'lang', 'words', 'Readability ms', 'analysis ms', 'ratio', 'cold analysis ms', 'content task ms', 'script load ms', 'longest task ms', 'browser long tasks'];
  const body = rows.map((r) => [
    r.page, r.lang ?? '—', r.words ? String(r.words) : '—', fmt(r.readabilityMs), fmt(r.analysisMs),
    r.ratio === null ? (r.error ? `error: ${r.error.slice(0, 60)}` : r.reason ?? '—') : `${r.ratio.toFixed(2)}${r.ratioOk ? '' : ' > 0.5'}`,
    fmt(r.coldAnalysisMs), fmt(r.contentTaskMs), fmt(r.scriptLoadMs), `${fmt(r.longestTaskMs)}${r.taskOk ? '' : ' > 50'}`,
    r.observedLongTasksMs.join(' ') || '—',
  ]);
  console.log(formatTable(header, body));
  console.log(`
analysis ms / Readability ms: medians of ${runs} warm runs in the same tab (Readability 0.6 parse of a fresh clone, extension options).
Cold figures are from the median of ${coldLoads} fresh loads of the page. cold analysis ms: the first analyze() in the tab, as a reader's tab runs it. content task ms: the content script's one
synchronous task minus Readability's parse (detect + clone + text + analyze + highlights), cold. script load ms: top-level
evaluation of the bundled modules. longest task = max(content task, script load); target ≤ ${LONG_TASK_MS} ms. browser long tasks:
what Chromium's 'longtask' observer reported for the cold task (it includes Readability's parse).`);
  const sameText = rows.filter((r) => r.isArticle && !r.sameTextAsExtractArticle).map((r) => r.page);
  if (sameText.length) console.log(`WARNING: the replayed steps no longer give extractArticle()'s text on: ${sameText.join(', ')}`);
  console.log(`\nsummary: ${summary.targetsMet ? 'targets met' : 'targets NOT met'}`);
  for (const [key, value] of Object.entries(summary.figures)) console.log(`  ${key}: ${value ?? '—'}`);
  if (summary.note) console.log(`  note: ${summary.note}`);
}

async function main(): Promise<void> {
  const sharedPresent = existsSync(join(shared, 'eval', 'dev-pages.txt'));
  if (!sharedPresent) log(`bench:analysis: ${shared} is absent: benchmarking only the synthetic articles and tests/fixtures/pages.`);
  const loadBefore = loadavg()[0]!;
  const pages = [...(sharedPresent ? devPages() : fixturePages()), ...syntheticPages()];
  const site = mkdtempSync(join(tmpdir(), 'context-lens-bench-'));
  for (const page of pages) {
    mkdirSync(join(site, page.name));
    writeFileSync(join(site, page.name, 'index.html'), page.html);
  }
  const bundle = await bundlePageScripts();
  const server = await serveStatic(site, 0, NO_PAGE_SCRIPTS);
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_BINARY ?? CHROMIUM,
    headless: true,
    pipe: true,
    args: [
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  const rows: PageRow[] = [];
  try {
    // The browser's first tab pays for starting a renderer: a throwaway load keeps that out of the figures.
    await loadOnce(browser, server.origin, pages[0]!, bundle, 1).catch(() => undefined);
    for (const page of pages) {
      const row = await measure(browser, server.origin, page, bundle);
      rows.push(row);
      if (json) console.log(JSON.stringify(row));
    }
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
    rmSync(site, { recursive: true, force: true });
  }
  const summary = summarise(rows, sharedPresent, loadBefore);
  if (json) console.log(JSON.stringify(summary));
  else printTable(rows, summary);
}

await main();
