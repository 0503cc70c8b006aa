// Time vs input size, 10 KB → 5 MB: the content script's whole path (parse, detect and extract,
// analyse, find the quotes in the page for the highlights) on synthetic news pages, with plain
// @mozilla/readability on the same documents as the named peer. Reports ms, µs per KB and the
// growth exponent between successive sizes (1.0 = linear). Times are CPU time of this process.
//   npm run bench:scaling [-- --sizes 10,100,1000,5000] [--json]
// With --json (as `npm run bench` runs it) the table goes to stderr; stdout holds one line of rows,
// then the summary line of scripts/lib/bench-summary.ts (target: growth no worse than linear).
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyze } from '../src/analysis';
import { quoteRanges } from '../src/content/highlights';
import { extractArticle } from '../src/extraction/article';
import type { BenchSummary } from './lib/bench-summary';
import { newsPage } from './lib/synthetic-pages';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '10,50,100,500,1000,2000,5000' }, json: { type: 'boolean', default: false } },
});
const sizesKb = values.sizes.split(',').map(Number);
const window = new JSDOM('', { url: 'http://127.0.0.1/', virtualConsole: new VirtualConsole() }).window;
const parse = (html: string): Document => new window.DOMParser().parseFromString(html, 'text/html');
/** CPU time (user + system) of `f`, in ms: on a shared machine, wall time measures the neighbours. */
const time = <T>(f: () => T): [T, number] => {
  const started = process.cpuUsage();
  const value = f();
  const used = process.cpuUsage(started);
  return [value, (used.user + used.system) / 1000];
};

interface Row { kb: number; parseMs: number; extractMs: number; analyseMs: number; highlightMs: number; totalMs: number; readabilityMs: number; chars: number }
const rows: Row[] = [];
parse(newsPage(20_000)); // warm-up: JIT and lazy module state
extractArticle(parse(newsPage(20_000)));
for (const kb of sizesKb) {
  const html = newsPage(kb * 1024);
  const [doc, parseMs] = time(() => parse(html));
  const [extraction, extractMs] = time(() => extractArticle(doc));
  if (!extraction.isArticle) throw new Error(`${kb} KB page not taken for an article: ${extraction.reason}`);
  const [analysis, analyseMs] = time(() => analyze({ title: extraction.title, text: extraction.text, langHint: extraction.lang }));
  const [, highlightMs] = time(() => quoteRanges(doc, analysis));
  const peerDoc = parse(html);
  const [, readabilityMs] = time(() => new Readability(peerDoc).parse());
  rows.push({ kb, parseMs, extractMs, analyseMs, highlightMs, totalMs: parseMs + extractMs + analyseMs + highlightMs, readabilityMs, chars: extraction.text.length });
}

/** The table is for people: on stderr when stdout carries the JSON lines. */
const show = (line: string): void => (values.json ? console.error(line) : console.log(line));
/** Growth exponent over the whole range above which the path is worse than linear. */
const MAX_EXPONENT = 1;
const f = (ms: number): string => ms.toFixed(0).padStart(8);
show(`CPU ms    parse  extract  analyse highlight    total  µs/KB  growth | readability  extract/readability`);
rows.forEach((r, i) => {
  const previous = rows[i - 1];
  const growth = previous ? Math.log(r.totalMs / previous.totalMs) / Math.log(r.kb / previous.kb) : NaN;
  show(
    `${`${r.kb} KB`.padEnd(8)}${f(r.parseMs)} ${f(r.extractMs)} ${f(r.analyseMs)} ${f(r.highlightMs)} ${f(r.totalMs)} ${((r.totalMs * 1000) / r.kb).toFixed(0).padStart(6)} ${Number.isNaN(growth) ? '     -' : growth.toFixed(2).padStart(6)} | ${f(r.readabilityMs)}    ${(r.extractMs / r.readabilityMs).toFixed(2).padStart(8)}`,
  );
});
const first = rows[0];
const last = rows[rows.length - 1];
const overall = first && last && last !== first ? Math.log(last.totalMs / first.totalMs) / Math.log(last.kb / first.kb) : null;
if (first && last && overall !== null) show(`growth exponent ${first.kb} KB → ${last.kb} KB: ${overall.toFixed(2)} (1.00 = linear, 2.00 = quadratic)`);
if (values.json) {
  console.log(JSON.stringify({ rows, exponent: overall }));
  const summary: BenchSummary = {
    summary: true,
    bench: 'scaling',
    status: 'ok',
    targetsMet: overall !== null && overall <= MAX_EXPONENT,
    figures: {
      exponent: overall === null ? null : Number(overall.toFixed(2)),
      [`totalMs@${last?.kb ?? 0}KB`]: last ? Math.round(last.totalMs) : null,
      [`readabilityMs@${last?.kb ?? 0}KB`]: last ? Math.round(last.readabilityMs) : null,
      'extract/readability': last ? Number((last.extractMs / last.readabilityMs).toFixed(2)) : null,
    },
    note: `target: growth exponent ≤ ${MAX_EXPONENT.toFixed(2)} (no worse than linear) over ${first?.kb ?? 0} KB → ${last?.kb ?? 0} KB`,
  };
  console.log(JSON.stringify(summary));
}
