// Finds the documents of the index related to an analysed article, each with a score and the
// reasons (shared names and words as written in the article).
//   score = (terms + ENTITY_WEIGHT · entities) · (1 + date prior)
// terms: BM25 between the article's strongest terms and each document's stored weights, the
//   article's words stemmed for each language of the index (so cognates and names meet across
//   languages) plus concept terms shared by French and English (countries, cities, organisations);
// entities: shared named entities (aliases and transliterations resolved), weighted by type and
//   rarity; date prior: a small bonus for documents published close to the article.
import type { Analysis, Entity, EntityType } from '../analysis/types';
import { dayNumber, idf, K1 } from './build';
import { ENTITIES_PER_DOC, entityKeys, prominence, valueProminence } from './entity-keys';
import { fold } from './fold';
import { IndexData } from './format';
import { hammingDistance, NEAR_DUPLICATE_BITS } from './simhash';
import { fingerprint, stopWords, termBag, tokenize } from './text';
import type { RelatedDoc } from './types';

/** People and organisations say more about a story than places do. */
const TYPE_WEIGHT: Record<EntityType, number> = { PER: 1.0, ORG: 0.8, MISC: 0.7, LOC: 0.5 };
const ENTITY_WEIGHT = 0.5;
/** Date prior: at most +10 %, halved every 30 days apart. Set a priori, not tuned. */
const DATE_BONUS = 0.1;
const DATE_HALF_LIFE_DAYS = 30;
/** Query terms used per language, strongest first: enough for a news article. */
const QUERY_TERMS = 40;
/** Query saturation of repeated words (BM25's k3). */
const K3 = 1.2;
const MIN_SCORE = 0.1;
const WHY_ENTITIES = 4;
const WHY_TERMS = 3;
/** Candidates examined for near-duplicates before cutting to the limit. */
const POOL = 4;

export interface QueryArticle {
  analysis: Analysis;
  url?: string;
  /** Id of the article when it is itself a document of the index (e.g. a seed used as a query). */
  id?: string;
  /** Publication date of the article ("YYYY-MM[-DD…]"), for the date prior. */
  date?: string | null;
}

interface QueryTerm {
  term: number;
  weight: number;
  surface: string;
  /** Stemmer family of the documents this term is matched against. */
  family: number;
}

interface QueryEntity {
  entity: Entity;
  keys: number[];
  weight: number;
}

/** Stemmer family of a language: documents of one family share a stemmer. */
function familyOf(lang: string): string {
  return lang === 'fr' || lang === 'en' ? lang : 'other';
}

export class RelatedIndex {
  private readonly data: IndexData;
  private readonly families: string[];
  /** Family number of each document. */
  private readonly docFamily: Uint8Array;

  constructor(data: IndexData | ArrayBuffer) {
    this.data = data instanceof IndexData ? data : new IndexData(data);
    this.families = [...new Set(this.data.header.langs.map(familyOf))];
    const langFamily = this.data.header.langs.map((lang) => this.families.indexOf(familyOf(lang)));
    this.docFamily = this.data.docLang.map((lang) => langFamily[lang] ?? 0);
  }

  static fromBytes(bytes: Uint8Array): RelatedIndex {
    const copy = new Uint8Array(bytes.length);
    copy.set(bytes);
    return new RelatedIndex(copy.buffer);
  }

  get size(): number {
    return this.data.docCount;
  }

  /** Ids of the indexed documents, in index order (for tools and tests). */
  documentIds(): string[] {
    return Array.from({ length: this.data.docCount }, (_, i) => this.data.doc(i).id);
  }

  query(article: QueryArticle, limit = 5): RelatedDoc[] {
    const { analysis } = article;
    const n = this.data.docCount;
    if (n === 0) return [];
    const terms = this.queryTerms(analysis);
    const entities = this.queryEntities(analysis);

    const termScore = new Float32Array(n);
    const entityScore = new Float32Array(n);
    const touched: number[] = [];
    const touch = (doc: number): void => {
      if (termScore[doc] === 0 && entityScore[doc] === 0) touched.push(doc);
    };
    const scale = this.data.header.impactScale;
    const selfScore = new Float64Array(this.families.length);
    for (const q of terms) {
      const { df, at, end } = this.data.postingStart(q.term);
      selfScore[q.family]! += q.weight * idf(df, n) * (K1 + 1);
      this.eachPosting(at, end, (doc, value) => {
        if (this.docFamily[doc] !== q.family) return;
        touch(doc);
        termScore[doc]! += q.weight * value * scale;
      });
    }
    const entityTotal = entities.reduce((sum, e) => sum + e.weight, 0) || 1;
    for (const e of entities) {
      // One referent counts once, whichever of its names a document uses.
      const best = new Map<number, number>();
      for (const key of e.keys) {
        const { at, end } = this.data.postingStart(key);
        this.eachPosting(at, end, (doc, value) => {
          best.set(doc, Math.max(best.get(doc) ?? 0, valueProminence(value)));
        });
      }
      for (const [doc, p] of best) {
        touch(doc);
        entityScore[doc]! += (e.weight * (0.5 + 0.5 * p)) / entityTotal;
      }
    }

    const ownPrint = fingerprint(analysis.text);
    const ownDay = dayNumber(article.date);
    const candidates: Array<{ doc: number; score: number }> = [];
    for (const doc of touched) {
      const family = this.docFamily[doc]!;
      const termPart = termScore[doc]! / (selfScore[family] || 1);
      let score = termPart + ENTITY_WEIGHT * entityScore[doc]!;
      const day = this.data.docDays[doc]!;
      if (ownDay && day) score *= 1 + DATE_BONUS * 2 ** (-Math.abs(day - ownDay) / DATE_HALF_LIFE_DAYS);
      if (score >= MIN_SCORE) candidates.push({ doc, score });
    }
    candidates.sort((a, b) => b.score - a.score || a.doc - b.doc);

    const chosen: Array<{ doc: number; score: number }> = [];
    for (const candidate of candidates.slice(0, Math.max(limit * POOL, 20))) {
      if (chosen.length >= limit) break;
      const { doc } = candidate;
      if (this.data.docPrint[doc] === ownPrint && analysis.text.trim() !== '') continue;
      const record = this.data.doc(doc);
      if ((article.id !== undefined && record.id === article.id) || (article.url && record.url === article.url)) continue;
      // Re-posts of one article are one result: keep the best-ranked copy.
      if (chosen.some((c) => this.nearDuplicates(c.doc, doc))) continue;
      chosen.push(candidate);
    }
    return this.explain(chosen, terms, entities);
  }

  private eachPosting(at: number, end: number, visit: (doc: number, value: number) => void): void {
    const bytes = this.data.postings;
    let doc = 0;
    let p = at;
    while (p < end) {
      // inline varint: gaps are nearly always one or two bytes
      let b = bytes[p++]!;
      let gap = b & 0x7f;
      let shift = 7;
      while (b & 0x80) {
        b = bytes[p++]!;
        gap += (b & 0x7f) * 2 ** shift;
        shift += 7;
      }
      doc += gap;
      visit(doc, bytes[p++]!);
    }
  }

  private nearDuplicates(a: number, b: number): boolean {
    const sim = this.data.docSim;
    return hammingDistance(sim[2 * a]!, sim[2 * a + 1]!, sim[2 * b]!, sim[2 * b + 1]!) <= NEAR_DUPLICATE_BITS;
  }

  /** The article's strongest terms, stemmed for each stemmer family of the index. */
  private queryTerms(analysis: Analysis): QueryTerm[] {
    const n = this.data.docCount;
    const out: QueryTerm[] = [];
    const ownStop = stopWords(analysis.lang);
    const titleTokens = tokenize(analysis.title);
    const textTokens = tokenize(analysis.text);
    this.families.forEach((family, f) => {
      const stemLang = family === 'other' ? analysis.lang : family;
      const bag = termBag(titleTokens, textTokens, analysis.lang, {
        stemLang,
        surfaces: true,
        ...(familyOf(analysis.lang) !== family ? { alsoStop: ownStop } : {}),
      });
      const scored: Array<QueryTerm & { rank: number }> = [];
      for (const [term, tf] of bag.counts) {
        const t = this.data.findTerm(term);
        if (t < 0) continue;
        const weight = (tf * (K3 + 1)) / (tf + K3);
        const { df } = this.data.postingStart(t);
        scored.push({ term: t, weight, surface: bag.surfaces?.get(term) ?? term, family: f, rank: weight * idf(df, n) });
      }
      scored.sort((a, b) => b.rank - a.rank || a.term - b.term);
      for (const { term, weight, surface, family: fam } of scored.slice(0, QUERY_TERMS)) out.push({ term, weight, surface, family: fam });
    });
    return out;
  }

  private queryEntities(analysis: Analysis): QueryEntity[] {
    const n = this.data.docCount;
    const foldedTitle = fold(analysis.title);
    const out: QueryEntity[] = [];
    const used = new Set<number>();
    for (const entity of analysis.entities.slice(0, ENTITIES_PER_DOC)) {
      const keys = entityKeys(entity)
        .map((key) => this.data.findTerm(key))
        .filter((t) => t >= 0);
      // "Congress" and "US Congress" are one referent: the more important one speaks for both.
      if (keys.length === 0 || keys.some((t) => used.has(t))) continue;
      for (const t of keys) used.add(t);
      const df = Math.min(...keys.map((t) => this.data.postingStart(t).df));
      const rarity = idf(df, n) / idf(1, n);
      out.push({ entity, keys, weight: TYPE_WEIGHT[entity.type] * rarity * (0.25 + 0.75 * prominence(entity, foldedTitle)) });
    }
    return out;
  }

  /** Result records with their reasons: the shared entities and words that weigh most. */
  private explain(chosen: Array<{ doc: number; score: number }>, terms: QueryTerm[], entities: QueryEntity[]): RelatedDoc[] {
    const wanted = new Set(chosen.map((c) => c.doc));
    const names = new Map<number, Map<string, number>>();
    const words = new Map<number, Map<string, number>>();
    const note = (map: Map<number, Map<string, number>>, doc: number, label: string, weight: number): void => {
      const labels = map.get(doc) ?? new Map<string, number>();
      labels.set(label, Math.max(labels.get(label) ?? 0, weight));
      map.set(doc, labels);
    };
    for (const e of entities) {
      for (const key of e.keys) {
        const { at, end } = this.data.postingStart(key);
        this.eachPosting(at, end, (doc) => {
          if (wanted.has(doc)) note(names, doc, e.entity.text, e.weight);
        });
      }
    }
    for (const q of terms) {
      const { at, end } = this.data.postingStart(q.term);
      this.eachPosting(at, end, (doc, value) => {
        if (wanted.has(doc) && this.docFamily[doc] === q.family) note(words, doc, q.surface, q.weight * value);
      });
    }
    return chosen.map(({ doc, score }) => {
      const record = this.data.doc(doc);
      const top = (labels: Map<string, number> | undefined, count: number): string[] =>
        [...(labels ?? new Map<string, number>())].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, count).map(([label]) => label);
      const shownNames = top(names.get(doc), WHY_ENTITIES);
      const foldedNames = shownNames.map(fold);
      const shownWords = top(words.get(doc), WHY_TERMS + WHY_ENTITIES)
        .filter((word) => !foldedNames.some((name) => name.includes(fold(word))))
        .slice(0, WHY_TERMS);
      return {
        id: record.id,
        title: record.title,
        date: record.date,
        lang: this.data.header.langs[this.data.docLang[doc]!] ?? 'und',
        ...(record.url ? { url: record.url } : {}),
        score: Number(score.toFixed(3)),
        why: [...shownNames, ...shownWords],
      };
    });
  }
}
