// "Is this an article?" on the saved pages of ../shared/corpus/readability-pages (index.tsv has a
// `kind` column): the confusion matrix of the project's detection (extractArticle, the content
// script's path, on a jsdom DOM) next to Readability's isProbablyReaderable in the same run.
// news, magazine, blog, howto are articles; home, landing, about-page, news-multi are not;
// docs, reference, fiction and synthetic pages are reported apart. With --extraction-set, the 181
// pages of ../shared/corpus/article-extraction-benchmark (all articles) are checked as well.
//
//   npm run bench:detection [-- --json] [--extraction-set]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { isProbablyReaderable } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../src/extraction/article';
import { requireShared } from './lib/shared-data';

const { values } = parseArgs({
  options: { json: { type: 'boolean', default: false }, 'extraction-set': { type: 'boolean', default: false } },
});
const ARTICLE_KINDS = new Set(['news', 'magazine', 'blog', 'howto']);
const NON_ARTICLE_KINDS = new Set(['home', 'landing', 'about-page', 'news-multi']);

interface Verdict {
  name: string;
  kind: string;
  ours: boolean;
  readerable: boolean;
  reason: string;
}

const quiet = new VirtualConsole();
function judge(name: string, kind: string, html: string, url: string): Verdict {
  const dom = new JSDOM(html, { url, virtualConsole: quiet });
  const doc = dom.window.document;
  let readerable = false;
  try {
    readerable = isProbablyReaderable(doc);
  } catch {
    readerable = false;
  }
  const result = extractArticle(doc);
  return { name, kind, ours: result.isArticle, readerable, reason: result.isArticle ? '' : result.reason };
}

const pagesDir = requireShared('corpus/readability-pages', 'bench:detection');
const rows = readFileSync(join(pagesDir, 'index.tsv'), 'utf8').trim().split('\n');
const header = rows.shift()?.split('\t') ?? [];
const col = (name: string): number => {
  const i = header.indexOf(name);
  if (i < 0) throw new Error(`index.tsv has no "${name}" column`);
  return i;
};
const [folderCol, kindCol, urlCol] = [col('folder'), col('kind'), col('url')];
const verdicts: Verdict[] = rows.map((row) => {
  const cells = row.split('\t');
  const folder = cells[folderCol] ?? '';
  const url = cells[urlCol] || `http://127.0.0.1/${folder}/`;
  return judge(folder, cells[kindCol] ?? '', readFileSync(join(pagesDir, folder, 'source.html'), 'utf8'), url);
});

interface Matrix { tp: number; fn: number; fp: number; tn: number }
function matrix(list: Verdict[], pick: (v: Verdict) => boolean): Matrix {
  const m: Matrix = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const v of list) {
    const actual = ARTICLE_KINDS.has(v.kind);
    const said = pick(v);
    if (actual) m[said ? 'tp' : 'fn']++;
    else m[said ? 'fp' : 'tn']++;
  }
  return m;
}
const scored = verdicts.filter((v) => ARTICLE_KINDS.has(v.kind) || NON_ARTICLE_KINDS.has(v.kind));
const ours = matrix(scored, (v) => v.ours);
const readability = matrix(scored, (v) => v.readerable);
const show = (label: string, m: Matrix): void => {
  console.log(`\n${label}`);
  console.log(`                     said article   said not`);
  console.log(`  article (${String(m.tp + m.fn).padStart(3)})      ${String(m.tp).padStart(8)}   ${String(m.fn).padStart(8)}`);
  console.log(`  not article (${String(m.fp + m.tn).padStart(2)})   ${String(m.fp).padStart(8)}   ${String(m.tn).padStart(8)}`);
};
console.log(`readability-pages: ${scored.length} pages scored (articles: news, magazine, blog, howto; not: home, landing, about-page, news-multi)`);
show('context-lens (extractArticle)', ours);
show('Readability isProbablyReaderable (same run)', readability);
const listed = (pick: (v: Verdict) => boolean): string =>
  scored.filter(pick).map((v) => `${v.name} (${v.kind})`).join(', ') || 'none';
console.log(`\ncontext-lens: articles missed: ${listed((v) => ARTICLE_KINDS.has(v.kind) && !v.ours)}`);
console.log(`context-lens: non-articles taken for articles: ${listed((v) => !ARTICLE_KINDS.has(v.kind) && v.ours)}`);
console.log(`readerable: non-articles taken for articles: ${listed((v) => !ARTICLE_KINDS.has(v.kind) && v.readerable)}`);
console.log(`\nnon-articles, with the reason shown to the reader:`);
for (const v of scored.filter((x) => NON_ARTICLE_KINDS.has(x.kind))) console.log(`  ${v.name.padEnd(18)} ${v.kind.padEnd(11)} ${v.ours ? 'ARTICLE' : v.reason}`);

const apart: Record<string, { total: number; ours: number; readerable: number }> = {};
for (const v of verdicts.filter((x) => !ARTICLE_KINDS.has(x.kind) && !NON_ARTICLE_KINDS.has(x.kind))) {
  const entry = (apart[v.kind] ??= { total: 0, ours: 0, readerable: 0 });
  entry.total++;
  if (v.ours) entry.ours++;
  if (v.readerable) entry.readerable++;
}
console.log(`\nreported apart (taken for an article / pages; readerable):`);
for (const [kind, e] of Object.entries(apart)) console.log(`  ${kind.padEnd(10)} context-lens ${e.ours}/${e.total}   readerable ${e.readerable}/${e.total}`);

let extractionSet: { pages: number; missed: string[] } | undefined;
if (values['extraction-set']) {
  const benchDir = requireShared('corpus/article-extraction-benchmark', 'bench:detection --extraction-set');
  const truth = JSON.parse(readFileSync(join(benchDir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  const files = readdirSync(join(benchDir, 'html')).filter((f) => f.endsWith('.html.gz'));
  const missed: string[] = [];
  for (const file of files) {
    const id = file.replace(/\.html\.gz$/, '');
    const v = judge(id, 'news', gunzipSync(readFileSync(join(benchDir, 'html', file))).toString('utf8'), truth[id]?.url ?? 'http://127.0.0.1/');
    if (!v.ours) missed.push(`${id.slice(0, 12)} (${v.reason})`);
  }
  extractionSet = { pages: files.length, missed };
  console.log(`\narticle-extraction-benchmark (every page an article): ${files.length - missed.length}/${files.length} taken for articles`);
  for (const m of missed) console.log(`  missed ${m}`);
}
if (values.json) {
  console.log(JSON.stringify({ contextLens: ours, readerable: readability, apart, ...(extractionSet ? { extractionSet: { pages: extractionSet.pages, missed: extractionSet.missed.length } } : {}) }));
}
