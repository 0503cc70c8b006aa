// Article-body extraction benchmark on the Zyte article-extraction benchmark (181 pages in
// ../shared/corpus/article-extraction-benchmark): the project's extraction path (extractArticle,
// the code the content script runs, on a jsdom DOM built from the file) next to plain
// @mozilla/readability run in the same process on the same pages, both scored by
// ../shared/eval/extraction-score.mjs.
//
//   npm run bench:extraction [-- --json] [--worst N] [--out DIR]
// With --json the last line is {"f1","precision","recall","readability":{"f1","precision","recall"}}.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../src/extraction/article';
import { PROJECT_ROOT, requireShared } from './lib/shared-data';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    worst: { type: 'string', default: '8' },
    out: { type: 'string', default: 'artifacts/bench' },
  },
});
const corpus = requireShared('corpus/article-extraction-benchmark', 'bench:extraction');
const scorer = requireShared('eval/extraction-score.mjs', 'bench:extraction');
const truth = JSON.parse(readFileSync(join(corpus, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
const log = (line: string): void => console.log(line);

type Predictions = Record<string, { articleBody: string }>;
const ours: Predictions = {};
const plain: Predictions = {};
const time = { ours: 0, plain: 0 };
let notArticles = 0;
const quiet = new VirtualConsole();
/** Per clean-up rule: lines it dropped that were not article text (right) and that were (wrong). */
const drops: Record<string, { right: number; wrong: number }> = {};
const normalWords = (text: string): string => (text.match(/[\p{L}\p{N}_]+/gu) ?? []).join(' ').toLowerCase();

function parse(html: string, url: string): JSDOM {
  return new JSDOM(html, { url, virtualConsole: quiet });
}

const ids = readdirSync(join(corpus, 'html'))
  .filter((f) => f.endsWith('.html.gz'))
  .map((f) => f.replace(/\.html\.gz$/, ''))
  .sort();
for (const id of ids) {
  const html = gunzipSync(readFileSync(join(corpus, 'html', `${id}.html.gz`))).toString('utf8');
  const url = truth[id]?.url ?? 'http://127.0.0.1/';
  // Each extractor gets its own DOM, built outside the timed part.
  const domOurs = parse(html, url);
  let started = performance.now();
  const goldWords = normalWords(truth[id]?.articleBody ?? '');
  const result = extractArticle(domOurs.window.document, {
    onDrop: (rule, block) => {
      const entry = (drops[rule] ??= { right: 0, wrong: 0 });
      // A dropped line of 3+ words that the ground truth contains was article text.
      const line = normalWords(block.text);
      if (line.split(' ').length >= 3 && goldWords.includes(line)) entry.wrong++;
      else entry.right++;
    },
  });
  time.ours += performance.now() - started;
  if (!result.isArticle) notArticles++;
  ours[id] = { articleBody: result.isArticle ? result.text : '' };

  const domPlain = parse(html, url);
  started = performance.now();
  let body = '';
  try {
    body = new Readability(domPlain.window.document).parse()?.textContent ?? '';
  } catch {
    body = '';
  }
  time.plain += performance.now() - started;
  plain[id] = { articleBody: body.trim() };
}

const outDir = resolve(PROJECT_ROOT, values.out);
mkdirSync(outDir, { recursive: true });
const oursFile = join(outDir, 'context-lens.json');
const plainFile = join(outDir, 'readability-plain.json');
writeFileSync(oursFile, JSON.stringify(ours));
writeFileSync(plainFile, JSON.stringify(plain));

interface Score { f1: number; precision: number; recall: number }
const run = spawnSync(process.execPath, [scorer, oursFile, plainFile], { encoding: 'utf8' });
if (run.status !== 0) {
  console.error(`extraction-score.mjs failed (exit ${String(run.status)}):\n${run.stderr}`);
  process.exit(1);
}
const [scoreOurs, scorePlain] = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Score);
if (!scoreOurs || !scorePlain) throw new Error(`unexpected scorer output: ${run.stdout}`);

// Per-page view of where the two differ most, to see what to improve.
const words = (s: string): string[] => s.match(/[\p{L}\p{N}_]+/gu) ?? [];
function pageF1(gold: string, pred: string): number {
  const grams = (text: string): Map<string, number> => {
    const w = words(text);
    const bag = new Map<string, number>();
    for (let i = 0; i < Math.max(1, w.length - 3); i++) {
      const key = w.slice(i, i + 4).join(' ');
      if (key) bag.set(key, (bag.get(key) ?? 0) + 1);
    }
    return bag;
  };
  const g = grams(gold);
  const p = grams(pred);
  let tp = 0;
  for (const [k, n] of p) tp += Math.min(n, g.get(k) ?? 0);
  const np = [...p.values()].reduce((a, b) => a + b, 0);
  const ng = [...g.values()].reduce((a, b) => a + b, 0);
  return np + ng === 0 ? 1 : (2 * tp) / (np + ng);
}
const perPage = ids.map((id) => {
  const gold = truth[id]?.articleBody ?? '';
  return { id, ours: pageF1(gold, ours[id]?.articleBody ?? ''), plain: pageF1(gold, plain[id]?.articleBody ?? '') };
});
const worst = Number(values.worst);
const fmt = (x: number): string => x.toFixed(3);
log(`pages: ${ids.length} (${notArticles} not taken for an article by the project's detection)`);
log(`${'extractor'.padEnd(30)} ${'F1'.padStart(6)} ${'prec'.padStart(6)} ${'recall'.padStart(6)} ${'ms/page'.padStart(8)}`);
log(`${'context-lens (extractArticle)'.padEnd(30)} ${fmt(scoreOurs.f1).padStart(6)} ${fmt(scoreOurs.precision).padStart(6)} ${fmt(scoreOurs.recall).padStart(6)} ${(time.ours / ids.length).toFixed(1).padStart(8)}`);
log(`${'@mozilla/readability (plain)'.padEnd(30)} ${fmt(scorePlain.f1).padStart(6)} ${fmt(scorePlain.precision).padStart(6)} ${fmt(scorePlain.recall).padStart(6)} ${(time.plain / ids.length).toFixed(1).padStart(8)}`);
log(`F1 difference: ${(scoreOurs.f1 - scorePlain.f1 >= 0 ? '+' : '')}${fmt(scoreOurs.f1 - scorePlain.f1)}; time ratio context-lens/readability: ${(time.ours / time.plain).toFixed(2)}`);
log(`clean-up rules (lines dropped from Readability's output: not in the ground truth / in it):`);
for (const [rule, d] of Object.entries(drops).sort((a, b) => b[1].right - a[1].right)) log(`  ${rule.padEnd(18)} ${String(d.right).padStart(5)} / ${d.wrong}`);
log(`published on this set: Readability.js 0.947, trafilatura 0.958, best (AutoExtract) 0.970`);
if (worst > 0) {
  log(`pages where context-lens loses most vs plain Readability (per-page 4-gram F1):`);
  for (const p of [...perPage].sort((a, b) => a.ours - a.plain - (b.ours - b.plain)).slice(0, worst)) {
    log(`  ${p.id.slice(0, 12)} ours ${fmt(p.ours)} plain ${fmt(p.plain)}  ${truth[p.id]?.url ?? ''}`);
  }
  log(`pages where context-lens gains most:`);
  for (const p of [...perPage].sort((a, b) => b.ours - b.plain - (a.ours - a.plain)).slice(0, worst)) {
    log(`  ${p.id.slice(0, 12)} ours ${fmt(p.ours)} plain ${fmt(p.plain)}  ${truth[p.id]?.url ?? ''}`);
  }
  log(`lowest per-page F1 (context-lens):`);
  for (const p of [...perPage].sort((a, b) => a.ours - b.ours).slice(0, worst)) {
    log(`  ${p.id.slice(0, 12)} ours ${fmt(p.ours)} plain ${fmt(p.plain)}  ${truth[p.id]?.url ?? ''}`);
  }
}
log(`predictions: ${oursFile}, ${plainFile}`);
if (values.json) {
  const pick = (s: Score): Score => ({ f1: s.f1, precision: s.precision, recall: s.recall });
  console.log(JSON.stringify({ ...pick(scoreOurs), readability: pick(scorePlain) }));
}
