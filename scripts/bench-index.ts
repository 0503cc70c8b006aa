// Related-documents benchmark: the project's index against MiniSearch and FlexSearch indexing the
// same title + text, in the same run, on ../shared/corpus/news (see its QRELS.md).
//   npm run bench:index [-- --qrels FILE] [--json] [--sizes 1000,10000,all] [--corpus DIR]
// Per size (each subset holds every judged document): nDCG@5 and P@5 against the judgments,
// the precision of what is shown (the project shows nothing under its relevance floor; the
// baselines always fill their five) and the queries left with an empty list, build time, index
// bytes (and gzipped), query p50/p95 (ranking only: the query article's analysis is timed apart;
// each query's time is the median of 5 runs when there are under 100 queries), heap used by the
// built index. --json ends each size with one JSON line. Then the default bundle's floor
// (scripts/lib/seed-bundle-check.ts): the index built from seeds/ queried with corpus articles
// unrelated to its one article (all must get an empty list) and related to it
// (--seed-check N: N OrangeSum articles in the unrelated sample, 0 to skip).
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import { analyze } from '../src/analysis';
import type { Analysis } from '../src/analysis/types';
import { analyseDocument, assembleIndex } from '../src/index/build';
import { RelatedIndex } from '../src/index/query';
import { stopWords, tokenize } from '../src/index/text';
import type { SourceDocument } from '../src/index/types';
import { readSourceFile } from './lib/documents';
import { loadAnalysisCache, saveAnalysisCache } from './lib/analysis-cache';
import { endUnmeasured, type BenchSummary } from './lib/bench-summary';
import { mean, ndcgAt, parseQrels, percentile, precisionAt, type Qrels } from './lib/ranking-metrics';
import { seedBundleCheck } from './lib/seed-bundle-check';

const root = resolve(import.meta.dirname, '..');
const K = 5;
/** Timed runs of each query (its time is their median), for every system alike: with few queries,
 * p95 would otherwise be one unlucky run; a long judgments file has enough queries for one run each. */
const QUERY_ROUNDS = (queryCount: number): number => (queryCount < 100 ? 5 : 1);
const CORPUS_FILES = ['bbc_en.jsonl', 'ukraine2022_en.jsonl', 'orangesum_fr.jsonl.gz'];

const { values } = parseArgs({
  options: {
    qrels: { type: 'string' },
    json: { type: 'boolean', default: false },
    sizes: { type: 'string', default: '1000,10000,all' },
    corpus: { type: 'string', default: resolve(root, '..', 'shared', 'corpus', 'news') },
    // Development aid: keep the per-document analyses (and their measured times) in FILE, reused
    // while the analysis and index code is unchanged; build times then come from the run that wrote it.
    'analysis-cache': { type: 'string' },
    'seed-check': { type: 'string', default: '1000' },
  },
});
const corpusDir = resolve(values.corpus);
const qrelsPath = values.qrels ? resolve(values.qrels) : resolve(corpusDir, 'qrels-dev-xling.tsv');
const log = (line: string): void => void process.stderr.write(`${line}\n`);

/** Ends the run with nothing measured, saying why (and, with --json, a "partial" summary line). */
const absent = (message: string): never => endUnmeasured('index', message, !!values.json);
if (!existsSync(corpusDir) || !CORPUS_FILES.every((f) => existsSync(resolve(corpusDir, f)))) {
  absent(`the news corpus is absent (${corpusDir} with ${CORPUS_FILES.join(', ')}); it lives in ../shared beside the project: nothing measured`);
}
if (!existsSync(qrelsPath)) absent(`judgments file not found: ${qrelsPath}: nothing measured`);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) log('bench:index: run with node --expose-gc (npm run bench:index does) for heap figures');

// --- corpus and judgments -----------------------------------------------------------------------

const corpus: SourceDocument[] = [];
for (const file of CORPUS_FILES) for (const doc of readSourceFile(resolve(corpusDir, file))) corpus.push(doc);
const byId = new Map(corpus.map((d) => [d.id, d]));
const { qrels, problems } = parseQrels(readFileSync(qrelsPath, 'utf8'));
for (const p of problems) log(`qrels: ${p}`);

/** Queries are corpus ids, or seed-like files (analysed as queries, never indexed). */
const queries: Array<{ key: string; doc: SourceDocument; external: boolean }> = [];
for (const key of qrels.keys()) {
  const inCorpus = byId.get(key);
  if (inCorpus) {
    queries.push({ key, doc: inCorpus, external: false });
    continue;
  }
  const path = [resolve(root, key), resolve(corpusDir, key), isAbsolute(key) ? key : ''].find((p) => p && existsSync(p));
  const [doc] = path ? [...readSourceFile(path)] : [];
  if (doc) queries.push({ key, doc, external: true });
  else log(`qrels: query ${key} is neither a corpus document nor a readable file; skipped`);
}
const judgedIds = new Set<string>();
for (const [query, judged] of qrels) {
  if (byId.has(query)) judgedIds.add(query);
  for (const id of judged.keys()) if (byId.has(id)) judgedIds.add(id);
}

const sizes = values.sizes.split(',').map((s) => (s.trim() === 'all' ? corpus.length : Number(s)));
/** Deterministic subset of `size` documents holding every judged one. */
function subset(size: number): SourceDocument[] {
  if (size >= corpus.length) return corpus;
  const others = corpus.filter((d) => !judgedIds.has(d.id)).sort((a, b) => hash(a.id) - hash(b.id) || (a.id < b.id ? -1 : 1));
  const keep = new Set([...judgedIds, ...others.slice(0, Math.max(0, size - judgedIds.size)).map((d) => d.id)]);
  return corpus.filter((d) => keep.has(d.id));
}

// --- the project's analysis, once per document ---------------------------------------------------

const largest = subset(Math.max(...sizes));
const analysed = loadAnalysisCache(values['analysis-cache'], log);
const missing = largest.filter((d) => !analysed.has(d.id));
if (missing.length) log(`analysing ${missing.length} documents with src/analysis (once; each size sums its documents' times)…`);
let done = 0;
for (const source of missing) {
  const t = performance.now();
  const doc = analyseDocument(source);
  analysed.set(source.id, { doc, ms: performance.now() - t });
  if (++done % 2000 === 0) log(`  ${done}/${missing.length}`);
}
if (missing.length) saveAnalysisCache(values['analysis-cache'], analysed);


const queryAnalyses = new Map<string, { analysis: Analysis; ms: number }>();
for (const q of queries) {
  const t = performance.now();
  const analysis = analyze({ title: q.doc.title, text: q.doc.text, langHint: q.doc.lang });
  queryAnalyses.set(q.key, { analysis, ms: performance.now() - t });
}

// --- systems ------------------------------------------------------------------------------------

interface Figures {
  docs: number;
  ndcg5: number;
  p5: number;
  /** Share of the results shown that are judged relevant (grade ≥ 1). */
  shownPrecision: number;
  /** Queries with no result shown. */
  emptyQueries: number;
  buildMs: number;
  bytes: number;
  gzipBytes: number;
  p50Ms: number;
  p95Ms: number;
  heapBytes: number;
}

interface Built {
  buildMs: number;
  bytes: number;
  gzipBytes: number;
  heapBytes: number;
  search: (q: (typeof queries)[number]) => string[];
}

function heapNow(): number {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

function evaluate(docs: number, built: Built, judgments: Qrels): Figures & { perQuery: Array<{ key: string; ndcg: number; ranked: string[] }> } {
  // One untimed pass first, for every system alike: timings are of warm code, as in a long-lived background.
  for (const q of queries.slice(0, 10)) built.search(q);
  const times: number[] = [];
  const perQuery: Array<{ key: string; ndcg: number; ranked: string[] }> = [];
  for (const q of queries) {
    const judged = judgments.get(q.key)!;
        const runs: number[] = [];
    let ranked: string[] = [];
    for (let round = 0; round < QUERY_ROUNDS(queries.length); round++) {
      const t = performance.now();
      ranked = built.search(q);
      runs.push(performance.now() - t);
    }
    times.push(percentile(runs, 50));
    perQuery.push({ key: q.key, ndcg: ndcgAt(K, ranked, judged), ranked });
  }
  const shown = perQuery.flatMap((p) => p.ranked.slice(0, K).map((id) => judgments.get(p.key)!.get(id) ?? 0));
  const shownCount = shown.length;
  const shownRelevant = shown.filter((grade) => grade >= 1).length;
  return {
    docs,
    ndcg5: round(mean(perQuery.map((p) => p.ndcg)), 4),
    p5: round(mean(queries.map((q, i) => precisionAt(K, perQuery[i]!.ranked, judgments.get(q.key)!))), 4),
    shownPrecision: round(shownRelevant / Math.max(1, shownCount), 4),
    emptyQueries: perQuery.filter((p) => p.ranked.length === 0).length,
    buildMs: Math.round(built.buildMs),
    bytes: built.bytes,
    gzipBytes: built.gzipBytes,
    p50Ms: round(percentile(times, 50), 3),
    p95Ms: round(percentile(times, 95), 3),
    heapBytes: built.heapBytes,
    perQuery,
  };
}

function buildProject(docs: SourceDocument[]): Built {
  const before = heapNow();
  const t = performance.now();
  const result = assembleIndex(docs.map((d) => analysed.get(d.id)!.doc), { builtAt: 'bench' });
  const assembleMs = performance.now() - t;
  const index = new RelatedIndex(result.data.buffer as ArrayBuffer); // writeData's own buffer: no copy
  const manifest = JSON.stringify(result.manifest);
  const heapBytes = heapNow() - before;
  return {
    buildMs: assembleMs + docs.reduce((sum, d) => sum + analysed.get(d.id)!.ms, 0),
    bytes: result.data.length + manifest.length,
    gzipBytes: gzipSync(result.data).length + gzipSync(manifest).length,
    heapBytes,
    search: (q) => {
      const { analysis } = queryAnalyses.get(q.key)!;
      return index
        .query({ analysis, ...(q.external ? {} : { id: q.doc.id }), date: q.doc.date, ...(q.doc.url ? { url: q.doc.url } : {}) }, K)
        .map((r) => r.id);
    },
  };
}

/** The query the baselines get, built from the same article text: its 40 most frequent words
 * (title words twice), stop words of its language removed — the same budget as the project's 40
 * query terms. The whole article as a query takes MiniSearch seconds per query at 10,000 documents. */
const BASELINE_QUERY_WORDS = 40;
const baselineQueries = new Map<string, string>();
function queryText(q: (typeof queries)[number]): string {
  const cached = baselineQueries.get(q.key);
  if (cached !== undefined) return cached;
  const stop = stopWords(q.doc.lang ?? 'und');
  const counts = new Map<string, number>();
  const count = (text: string, weight: number): void => {
    for (const token of tokenize(text)) {
      if (token.lower.length < 3 || stop.has(token.lower)) continue;
      counts.set(token.lower, (counts.get(token.lower) ?? 0) + weight);
    }
  };
  count(q.doc.title, 2);
  count(q.doc.text, 1);
  const words = [...counts].sort((a, b) => b[1] - a[1]).slice(0, BASELINE_QUERY_WORDS).map(([word]) => word);
  const text = words.join(' ');
  baselineQueries.set(q.key, text);
  return text;
}

function buildMiniSearch(docs: SourceDocument[]): Built {
  const before = heapNow();
  const t = performance.now();
  const ms = new MiniSearch<SourceDocument>({ fields: ['title', 'text'], idField: 'id' });
  ms.addAll(docs);
  const buildMs = performance.now() - t;
  const heapBytes = heapNow() - before;
  const serialised = JSON.stringify(ms);
  return {
    buildMs,
    bytes: Buffer.byteLength(serialised),
    gzipBytes: gzipSync(serialised).length,
    heapBytes,
    search: (q) =>
      ms
        .search(queryText(q), { combineWith: 'OR' })
        .map((r) => String(r.id))
        .filter((id) => id !== q.doc.id)
        .slice(0, K),
  };
}

function buildFlexSearch(docs: SourceDocument[]): Built {
  const before = heapNow();
  const t = performance.now();
  const index = new FlexSearch.Index();
  docs.forEach((d, i) => index.add(i, `${d.title}\n${d.text}`));
  const buildMs = performance.now() - t;
  const heapBytes = heapNow() - before;
  let bytes = 0;
  const chunks: string[] = [];
  void index.export((key: string | number, data: unknown) => {
    const chunk = `${String(key)}\n${typeof data === 'string' ? data : JSON.stringify(data ?? null)}`;
    chunks.push(chunk);
    bytes += Buffer.byteLength(chunk);
  });
  return {
    buildMs,
    bytes,
    gzipBytes: gzipSync(chunks.join('\n')).length,
    heapBytes,
    search: (q) =>
      (index.search(queryText(q), { limit: K + 1, suggest: true }) as number[])
        .map((i) => docs[i]!.id)
        .filter((id) => id !== q.doc.id)
        .slice(0, K),
  };
}

// --- run ----------------------------------------------------------------------------------------

const FIELDS: Array<[keyof Figures, string, (v: number) => string]> = [
  ['ndcg5', 'nDCG@5', (v) => v.toFixed(3)],
  ['p5', 'P@5', (v) => v.toFixed(3)],
  ['shownPrecision', 'shown P', (v) => v.toFixed(3)],
  ['emptyQueries', 'empty', (v) => String(v)],
  ['buildMs', 'build', (v) => `${(v / 1000).toFixed(1)} s`],
  ['bytes', 'bytes', (v) => `${(v / 1e6).toFixed(2)} MB`],
  ['gzipBytes', 'gzip', (v) => `${(v / 1e6).toFixed(2)} MB`],
  ['p50Ms', 'p50', (v) => `${v.toFixed(2)} ms`],
  ['p95Ms', 'p95', (v) => `${v.toFixed(2)} ms`],
  ['heapBytes', 'heap', (v) => `${(v / 1e6).toFixed(1)} MB`],
];

console.log(`bench:index — ${qrelsPath.replace(`${root}/`, '')}: ${queries.length} queries, ${judgedIds.size} judged documents; corpus ${corpus.length} documents`);
const analysisTimes = [...queryAnalyses.values()].map((a) => a.ms);
console.log(`baselines: MiniSearch ${packageVersion('minisearch')} and FlexSearch ${packageVersion('flexsearch')} over title + text; their query: the article's ${BASELINE_QUERY_WORDS} most frequent non-stop words`);
console.log(`query article analysis (apart from ranking): p50 ${percentile(analysisTimes, 50).toFixed(2)} ms, p95 ${percentile(analysisTimes, 95).toFixed(2)} ms`);
const results: Array<{ project: Figures; mini: Figures; flex: Figures }> = [];
for (const size of sizes) {
  const docs = subset(size);
  const { perQuery, ...project } = evaluate(docs.length, buildProject(docs), qrels);
  const mini = evaluate(docs.length, buildMiniSearch(docs), qrels);
  const flex = evaluate(docs.length, buildFlexSearch(docs), qrels);
  const rows: Array<[string, Figures]> = [['context-lens', project], ['minisearch', mini], ['flexsearch', flex]];
  console.log(`\n${docs.length} documents`);
  console.log(['system'.padEnd(14), ...FIELDS.map(([, label]) => label.padStart(10))].join(' '));
  for (const [name, f] of rows) console.log([name.padEnd(14), ...FIELDS.map(([key, , fmt]) => fmt(f[key]).padStart(10))].join(' '));
  const best = Math.max(mini.ndcg5, flex.ndcg5);
  console.log(
    `vs best baseline: nDCG@5 ${project.ndcg5 - best >= 0 ? '+' : ''}${(project.ndcg5 - best).toFixed(3)} (target ≥ +0.05); ` +
      `bytes ${(project.bytes / mini.bytes).toFixed(2)}× MiniSearch (target ≤ 1); p95 ${project.p95Ms.toFixed(2)} ms (target ≤ 10 ms)`,
  );
  results.push({ project, mini, flex });
  const worst = [...perQuery].sort((a, b) => a.ndcg - b.ndcg).slice(0, 3);
  console.log(`worst queries: ${worst.map((w) => `${w.key} ${w.ndcg.toFixed(2)}`).join(', ')}`);
  if (values.json) {
    const strip = ({ perQuery: _p, ...f }: Figures & { perQuery: unknown }): Figures => f;
    console.log(JSON.stringify({ ...project, peers: { minisearch: strip(mini), flexsearch: strip(flex) } }));
  }
}

// The default bundle: unrelated articles must get an empty list.
const seedSample = Number(values['seed-check']);
const seedSets = seedSample > 0 ? seedBundleCheck(root, corpusDir, seedSample) : [];
let unrelatedEmpty: number | null = null;
let relatedListed: number | null = null;
if (seedSets.length) {
  console.log('\ndefault bundle (seeds/, one article on the war in Ukraine): articles of the corpus as queries');
  for (const set of seedSets) {
    const share = set.related ? set.listed / set.articles : 1 - set.listed / set.articles;
    const what = set.related ? 'with a related document' : 'with an empty list';
    console.log(`  ${set.related ? 'related  ' : 'unrelated'} ${set.name}: ${set.related ? set.listed : set.articles - set.listed}/${set.articles} ${what} (${(100 * share).toFixed(1)} %)`);
    for (const w of set.wrong) console.log(`      ${w.id} ${w.title.slice(0, 80)}${w.why ? ` — ${w.why}` : ''}`);
  }
  const unrelated = seedSets.filter((x) => !x.related);
  const related = seedSets.filter((x) => x.related);
  const sum = (sets: typeof seedSets, f: (x: (typeof seedSets)[number]) => number): number => sets.reduce((a, x) => a + f(x), 0);
  unrelatedEmpty = round(1 - sum(unrelated, (x) => x.listed) / Math.max(1, sum(unrelated, (x) => x.articles)), 4);
  relatedListed = round(sum(related, (x) => x.listed) / Math.max(1, sum(related, (x) => x.articles)), 4);
  console.log(`  unrelated articles with an empty list: ${(100 * unrelatedEmpty).toFixed(1)} % (target 100 %); related articles listing the seed: ${(100 * relatedListed).toFixed(1)} %`);
}

// The last line with --json: what `npm run bench` shows. Targets are read at the largest size.
const largestRun = results.at(-1);
if (largestRun) {
  const { project, mini, flex } = largestRun;
  const best = Math.max(mini.ndcg5, flex.ndcg5);
  const summary: BenchSummary = {
    summary: true,
    bench: 'index',
    status: 'ok',
    targetsMet: project.ndcg5 >= best + 0.05 && project.bytes <= mini.bytes && project.p95Ms <= 10 && (unrelatedEmpty === null || unrelatedEmpty === 1),
    figures: {
      qrels: qrelsPath.split('/').pop() ?? qrelsPath,
      docs: project.docs,
      ndcg5: project.ndcg5,
      bestBaselineNdcg5: best,
      bytesVsMiniSearch: round(project.bytes / mini.bytes, 3),
      p95Ms: project.p95Ms,
      shownPrecision: project.shownPrecision,
      unrelatedEmpty,
      relatedListed,
    },
  };
  if (values.json) console.log(JSON.stringify(summary));
  else console.log(`\ntargets at ${project.docs} documents: ${summary.targetsMet ? 'met' : 'NOT met'}`);
}

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(resolve(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

function round(v: number, digits: number): number {
  return Number(v.toFixed(digits));
}

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
