// Builds the related-documents index from source documents. Runs at build time (Node), with the
// same analysis code as the content script, so query-time work stays small.
import { analyze } from '../analysis';
import type { Entity } from '../analysis/types';
import { entityKey, fingerprint, terms } from './tokenize';
import {
  INDEX_FORMAT,
  INDEX_VERSION,
  type IndexFile,
  type IndexedDoc,
  type IndexedEntity,
  type SourceDocument,
} from './types';

/** Terms kept per document: enough to describe it, small enough to ship thousands. */
const TERMS_PER_DOC = 40;
/** Entities kept per document, most important first. */
const ENTITIES_PER_DOC = 20;

export interface BuildResult {
  index: IndexFile;
  /** Ids of documents skipped because their normalised text was already indexed. */
  duplicates: string[];
}

interface Pending {
  doc: Omit<IndexedDoc, 'terms'>;
  counts: Map<string, number>;
}

export function entityEntries(entities: readonly Entity[]): IndexedEntity[] {
  const out: IndexedEntity[] = [];
  const seen = new Set<string>();
  for (const entity of entities.slice(0, ENTITIES_PER_DOC)) {
    for (const name of [entity.text, ...entity.aliases]) {
      const key = entityKey(name);
      if (key.length < 2 || seen.has(key)) continue;
      seen.add(key);
      out.push([key, entity.text, entity.type]);
    }
  }
  return out;
}

export function termCounts(title: string, text: string): Map<string, number> {
  const counts = new Map<string, number>();
  // The title counts twice: it says what the document is about.
  for (const term of [...terms(title), ...terms(title), ...terms(text)]) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

export function idf(df: number, docCount: number): number {
  return Math.log(1 + docCount / Math.max(1, df));
}

export function buildIndex(sources: Iterable<SourceDocument>, builtAt = new Date().toISOString()): BuildResult {
  const pending: Pending[] = [];
  const seen = new Set<string>();
  const duplicates: string[] = [];
  const termDfAll = new Map<string, number>();
  const entityDf: Record<string, number> = {};

  for (const source of sources) {
    const analysis = analyze({ title: source.title, text: source.text, langHint: source.lang });
    const print = fingerprint(analysis.text || source.text);
    if (seen.has(print)) {
      duplicates.push(source.id);
      continue;
    }
    seen.add(print);
    const entities = entityEntries(analysis.entities);
    for (const [key] of entities) entityDf[key] = (entityDf[key] ?? 0) + 1;
    const counts = termCounts(analysis.title, analysis.text);
    for (const term of counts.keys()) termDfAll.set(term, (termDfAll.get(term) ?? 0) + 1);
    pending.push({
      doc: {
        id: source.id,
        title: source.title,
        date: source.date,
        lang: analysis.lang,
        ...(source.url ? { url: source.url } : {}),
        fingerprint: print,
        entities,
      },
      counts,
    });
  }

  const termDf: Record<string, number> = {};
  const docs: IndexedDoc[] = pending.map(({ doc, counts }) => {
    const weighted = [...counts].map(([term, tf]): [string, number] => [
      term,
      (1 + Math.log(tf)) * idf(termDfAll.get(term) ?? 1, pending.length),
    ]);
    weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const top = weighted.slice(0, TERMS_PER_DOC);
    const norm = Math.hypot(...top.map(([, w]) => w)) || 1;
    for (const [term] of top) termDf[term] = termDfAll.get(term) ?? 1;
    return { ...doc, terms: top.map(([term, w]): [string, number] => [term, Number((w / norm).toFixed(4))]) };
  });

  return {
    index: { format: INDEX_FORMAT, version: INDEX_VERSION, builtAt, entityDf, termDf, docs },
    duplicates,
  };
}
