// Finds the documents of the index related to an analysed article, each with a reason.
import type { Analysis } from '../analysis/types';
import { entityEntries, idf, termCounts } from './build';
import { fingerprint } from './tokenize';
import { INDEX_FORMAT, INDEX_VERSION, type IndexFile, type RelatedDoc } from './types';

/** People and organisations say more about a story than places do. */
const TYPE_WEIGHT: Record<string, number> = { PER: 1.0, ORG: 0.8, MISC: 0.8, LOC: 0.4 };
const MIN_SCORE = 0.12;
/** Term cosine at or above which a document is the article itself (or a re-post of it). */
const SELF_SIMILARITY = 0.9;
const WHY_ENTITIES = 4;
const WHY_TERMS = 3;

export interface QueryArticle {
  analysis: Analysis;
  url?: string;
  /** Id of the article when it is itself a document of the index (e.g. a seed used as a query). */
  id?: string;
}

export class RelatedIndex {
  private readonly postings = new Map<string, Array<[doc: number, weight: number]>>();
  private readonly entityPostings = new Map<string, Array<[doc: number, display: string, type: string]>>();

  constructor(private readonly file: IndexFile) {
    if (file.format !== INDEX_FORMAT || file.version !== INDEX_VERSION) {
      throw new Error(`unsupported index format ${String(file.format)} v${String(file.version)}`);
    }
    file.docs.forEach((doc, i) => {
      for (const [term, weight] of doc.terms) push(this.postings, term, [i, weight]);
      for (const [key, display, type] of doc.entities) push(this.entityPostings, key, [i, display, type]);
    });
  }

  get size(): number {
    return this.file.docs.length;
  }

  query(article: QueryArticle, limit = 5): RelatedDoc[] {
    const { analysis } = article;
    const n = this.file.docs.length;
    const termScore = new Map<number, number>();
    const sharedTerms = new Map<number, Array<[string, number]>>();
    const entityScore = new Map<number, number>();
    const sharedEntities = new Map<number, Map<string, number>>();

    // Term part: cosine between the article's tf·idf vector and each document's stored vector.
    const counts = termCounts(analysis.title, analysis.text);
    const queryWeights: Array<[string, number]> = [];
    for (const [term, tf] of counts) {
      const df = this.file.termDf[term];
      if (df !== undefined) queryWeights.push([term, (1 + Math.log(tf)) * idf(df, n)]);
    }
    const queryNorm = Math.hypot(...queryWeights.map(([, w]) => w)) || 1;
    for (const [term, w] of queryWeights) {
      for (const [doc, dw] of this.postings.get(term) ?? []) {
        const contribution = (w / queryNorm) * dw;
        termScore.set(doc, (termScore.get(doc) ?? 0) + contribution);
        push(sharedTerms, doc, [term, contribution]);
      }
    }

    // Entity part: shared named entities, weighted by type and rarity in the index.
    for (const [key, display, type] of entityEntries(analysis.entities)) {
      const weight = (TYPE_WEIGHT[type] ?? 0.5) * idf(this.file.entityDf[key] ?? 1, n) / Math.log(1 + n);
      for (const [doc, docDisplay] of this.entityPostings.get(key) ?? []) {
        const names = sharedEntities.get(doc) ?? new Map<string, number>();
        if (names.has(docDisplay)) continue; // one referent counts once, whatever the alias
        names.set(display.length >= docDisplay.length ? display : docDisplay, weight);
        sharedEntities.set(doc, names);
        entityScore.set(doc, (entityScore.get(doc) ?? 0) + weight);
      }
    }

    const ownPrint = fingerprint(analysis.text);
    const results: RelatedDoc[] = [];
    const seenPrints = new Set<string>();
    for (const doc of new Set([...termScore.keys(), ...entityScore.keys()])) {
      const entry = this.file.docs[doc];
      if (!entry) continue;
      if (entry.fingerprint === ownPrint || entry.id === article.id || (article.url && entry.url === article.url)) continue;
      // The same text extracted from a page differs slightly from the indexed file: near-identical is self.
      if ((termScore.get(doc) ?? 0) >= SELF_SIMILARITY) continue;
      const score = (termScore.get(doc) ?? 0) + 0.25 * Math.min(entityScore.get(doc) ?? 0, 3);
      if (score < MIN_SCORE) continue;
      const entities = [...(sharedEntities.get(doc) ?? new Map<string, number>())]
        .sort((a, b) => b[1] - a[1])
        .slice(0, WHY_ENTITIES)
        .map(([name]) => name);
      const topTerms = (sharedTerms.get(doc) ?? [])
        .sort((a, b) => b[1] - a[1])
        .slice(0, WHY_TERMS)
        .map(([term]) => term);
      results.push({
        id: entry.id,
        title: entry.title,
        date: entry.date,
        lang: entry.lang,
        ...(entry.url ? { url: entry.url } : {}),
        score: Number(score.toFixed(3)),
        why: [...entities, ...topTerms],
      });
    }
    results.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    // Re-posts of one article share a fingerprint: keep the best-ranked copy only.
    return results
      .filter((r) => {
        const print = this.file.docs.find((d) => d.id === r.id)?.fingerprint ?? r.id;
        if (seenPrints.has(print)) return false;
        seenPrints.add(print);
        return true;
      })
      .slice(0, limit);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
