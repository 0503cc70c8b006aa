// Development aid for the benchmarks: per-document analyses (and their measured times) kept in a
// gzipped file, reused while the code a document's analysis depends on is unchanged.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { AnalysedDoc } from '../../src/index/build';

export type AnalysisCache = Map<string, { doc: AnalysedDoc; ms: number }>;

type TermMaps = 'titleTerms' | 'leadTerms' | 'bodyTerms';
/** An analysed document as JSON: its term maps as entry lists. */
type StoredDoc = Omit<AnalysedDoc, TermMaps> & Record<TermMaps, Array<[string, number]>>;

const root = resolve(import.meta.dirname, '..', '..');

/** Hash of the code a document's analysis depends on (not the corpus-level build or the ranking):
 * the index's per-document modules, and all of src/analysis and src/text. */
function codeStamp(): string {
  const perDocument = ['analyse-document.ts', 'text.ts', 'concepts.ts', 'entity-places.ts', 'simhash.ts', 'data/countries.ts', 'data/curated-aliases.ts'];
  const tree = (dir: string): string[] =>
    readdirSync(resolve(root, dir), { recursive: true, encoding: 'utf8' }).map((f) => `${dir}/${f}`);
  const files = [...perDocument.map((f) => `src/index/${f}`), ...tree('src/analysis'), ...tree('src/text')]
    .filter((f) => f.endsWith('.ts') && existsSync(resolve(root, f)))
    .sort();
  const text = files.map((f) => readFileSync(resolve(root, f), 'utf8')).join('\u0000');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return String(h >>> 0);
}

export function loadAnalysisCache(file: string | undefined, log: (line: string) => void): AnalysisCache {
  const out: AnalysisCache = new Map();
  if (!file || !existsSync(file)) return out;
  const [stamp, ...lines] = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
  if (stamp !== codeStamp()) {
    log(`analysis cache ${file} is from other code: ignored`);
    return out;
  }
  for (const line of lines) {
    if (!line) continue;
    const { ms, doc } = JSON.parse(line) as { ms: number; doc: StoredDoc };
    const { titleTerms, leadTerms, bodyTerms } = doc;
    out.set(doc.id, { ms, doc: { ...doc, titleTerms: new Map(titleTerms), leadTerms: new Map(leadTerms), bodyTerms: new Map(bodyTerms) } });
  }
  log(`analysis cache: ${out.size} documents from ${file}`);
  return out;
}

export function saveAnalysisCache(file: string | undefined, cache: AnalysisCache): void {
  if (!file) return;
  const stored = (doc: AnalysedDoc): StoredDoc => ({ ...doc, titleTerms: [...doc.titleTerms], leadTerms: [...doc.leadTerms], bodyTerms: [...doc.bodyTerms] });
  const lines = [codeStamp(), ...[...cache.values()].map(({ ms, doc }) => JSON.stringify({ ms, doc: stored(doc) }))];
  writeFileSync(file, gzipSync(lines.join('\n')));
}
