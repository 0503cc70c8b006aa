// Finds the documents of the index related to an analysed article, each with a score and the
// reasons (shared names and words as written in the article).
//   score = (terms + ENTITY_WEIGHT · entities) · (1 + date prior)
// terms: BM25 between the article's strongest terms and each document's stored weights, the
//   article's words stemmed for each language of the index (so cognates and names meet across
//   languages) plus concept terms shared by French and English (countries, cities, organisations);
// entities: shared named entities (aliases and transliterations resolved), weighted by type and
//   rarity; date prior: a small bonus for documents published close to the article.
import type { Analysis, Entity, EntityType } from '../analysis/types';
import { dayNumber, idf, K1 } from './scoring';
import { ENTITIES_PER_DOC, entityKeys, prominence, valueProminence } from './entity-keys';
import { fold } from '../text/normalize';
import { IndexData } from './format';
import { hammingDistance, NEAR_DUPLICATE_BITS, simhash } from './simhash';
import { familyOf, fingerprint, stopWords, termBag, termFamily, tokenize } from './text';
import type { RelatedDoc } from './types';

/** People and organisations say more about a story than places do. */
const TYPE_WEIGHT: Record<EntityType, number> = { PER: 1.0, ORG: 0.8, MISC: 0.7, LOC: 0.5 };
const ENTITY_WEIGHT = 0.5;
/** Date prior: at most +10 %, halved every 30 days apart. Set a priori, not tuned. */
const DATE_BONUS = 0.1;
const DATE_HALF_LIFE_DAYS = 30;
/** Query terms used in the article's own language, strongest first: enough for a news article;
 * fewer in another language, where only cognates and names can match. */
const QUERY_TERMS = 40;
const QUERY_TERMS_OTHER_LANGUAGE = 20;
/** Words of the article read for its query terms: a news story is told in its first paragraphs,
 * and long features cost time without changing the strongest terms. Fewer for other languages. */
const QUERY_WORDS = 1000;
const QUERY_WORDS_OTHER_LANGUAGE = 400;
/** Terms and entities in more than a fifth of a large index's documents add time, not information
 * (measured on the news corpus: cutting at 35 % → 20 % left nDCG@5 unchanged, query time −25 %). */
const MAX_DF_SHARE = 0.2;
const MIN_DOCS_FOR_DF_CUT = 50;
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
  idf: number;
}

interface QueryEntity {
  entity: Entity;
  keys: number[];
  weight: number;
}

export class RelatedIndex {
  private readonly data: IndexData;
  private readonly families: string[];
  /** Family number of each document. */
  private readonly docFamily: Uint8Array;
  /** Number of documents of each family. */
  private readonly familyDocs: number[];
  /** Per-document accumulators, allocated on the first query and left zeroed after each. */
  private buffers: { termScore: Float32Array; entityScore: Float32Array; seenBy: Int32Array; best: Float32Array } | null = null;
  /** The posting list last read by readPostings: one entry per document at most, so sized once. */
  private readonly decoded: { postDocs: Int32Array; postValues: Uint8Array };

  constructor(data: IndexData | ArrayBuffer) {
    this.data = data instanceof IndexData ? data : new IndexData(data);
    this.families = [...new Set(this.data.header.langs.map(familyOf))];
    const langFamily = this.data.header.langs.map((lang) => this.families.indexOf(familyOf(lang)));
    this.docFamily = this.data.docLang.map((lang) => langFamily[lang] ?? 0);
    this.familyDocs = this.families.map(() => 0);
    this.decoded = { postDocs: new Int32Array(this.data.docCount), postValues: new Uint8Array(this.data.docCount) };
    for (const f of this.docFamily) this.familyDocs[f]!++;
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
    if (n === 0 || limit <= 0) return [];
    const terms = this.queryTerms(analysis);
    const entities = this.queryEntities(analysis);
    this.buffers ??= { termScore: new Float32Array(n), entityScore: new Float32Array(n), seenBy: new Int32Array(n), best: new Float32Array(n) };
    const { termScore, entityScore, seenBy, best } = this.buffers;
    const docFamily = this.docFamily;
    const { postDocs, postValues } = this.decoded;
    const touched: number[] = [];

    const scale = this.data.header.impactScale;
    const selfScore = new Float64Array(this.families.length);
    for (const q of terms) {
      selfScore[q.family]! += q.weight * q.idf * (K1 + 1);
      const factor = q.weight * scale;
      const family = q.family;
      const count = this.readPostings(q.term);
      for (let i = 0; i < count; i++) {
        const doc = postDocs[i]!;
        if (docFamily[doc] !== family) continue;
        if (termScore[doc] === 0 && entityScore[doc] === 0) touched.push(doc);
        termScore[doc]! += factor * postValues[i]!;
      }
    }
    const entityTotal = entities.reduce((sum, e) => sum + e.weight, 0) || 1;
    entities.forEach((e, ei) => {
      // One referent counts once, whichever of its names a document uses.
      const docs: number[] = [];
      for (const key of e.keys) {
        const count = this.readPostings(key);
        for (let i = 0; i < count; i++) {
          const doc = postDocs[i]!;
          const p = valueProminence(postValues[i]!);
          if (seenBy[doc] !== ei + 1) {
            seenBy[doc] = ei + 1;
            best[doc] = p;
            docs.push(doc);
          } else if (p > best[doc]!) best[doc] = p;
        }
      }
      const w = e.weight / entityTotal;
      for (const doc of docs) {
        if (termScore[doc] === 0 && entityScore[doc] === 0) touched.push(doc);
        entityScore[doc]! += w * (0.5 + 0.5 * best[doc]!);
      }
    });

    // Scores are relative to what the article's own words could reach in its own language: a
    // document of another language that shares two words is not "fully" related to it.
    const ownFamily = this.families.indexOf(familyOf(analysis.lang));
    const termNorm = (ownFamily >= 0 ? selfScore[ownFamily]! : Math.max(...selfScore)) || 1;
    const ownDay = dayNumber(article.date);
    // The best few candidates, sorted; the article itself and re-posts are weeded out of them below.
    const poolSize = Math.max(limit * POOL, 20);
    const pool: Candidate[] = [];
    for (const doc of touched) {
      let score = termScore[doc]! / termNorm + ENTITY_WEIGHT * entityScore[doc]!;
      termScore[doc] = 0;
      entityScore[doc] = 0;
      seenBy[doc] = 0;
      // Most documents touched cannot reach the pool even with the full date bonus: skip them early.
      const ceiling = score * (1 + DATE_BONUS);
      if (ceiling < MIN_SCORE || (pool.length === poolSize && ceiling < pool[poolSize - 1]!.score)) continue;
      const day = this.data.docDays[doc]!;
      if (ownDay && day) score *= 1 + DATE_BONUS * 2 ** (-Math.abs(day - ownDay) / DATE_HALF_LIFE_DAYS);
      if (score >= MIN_SCORE) insertSorted(pool, { doc, score }, poolSize);
    }

    const ownPrint = fingerprint(analysis.text);
    // A page's extracted text differs a little from the indexed file of the same article: when the
    // article is known only by its page (no id), a near-identical text is the article itself.
    // When its id is known, a near-identical document is another copy (a re-post) and may be listed.
    const [ownHi, ownLo] = article.id === undefined ? simhash(`${analysis.title}\n${analysis.text}`) : [0, 0];
    const chosen: Candidate[] = [];
    for (const candidate of pool) {
      if (chosen.length >= limit) break;
      const { doc } = candidate;
      if (analysis.text.trim() !== '' && this.data.docPrint[doc] === ownPrint) continue;
      if (article.id === undefined && analysis.text.trim() !== '' && this.nearDuplicateOf(doc, ownHi, ownLo)) continue;
      const record = this.data.doc(doc);
      if ((article.id !== undefined && record.id === article.id) || (article.url && record.url === article.url)) continue;
      // Re-posts of one article are one result: keep the best-ranked copy.
      if (chosen.some((c) => this.nearDuplicates(c.doc, doc))) continue;
      chosen.push(candidate);
    }
    return this.explain(chosen, terms, entities);
  }

  /**
   * Decodes a posting list into `this.decoded` (documents ascending, with their stored values), up
   * to document `upTo`; returns the number of postings read. One plain loop for every list, rather
   * than a callback per posting: this is where a query spends its time.
   */
  private readPostings(entry: number, upTo = Infinity): number {
    const bytes = this.data.postings;
    const { at, end } = this.data.postingStart(entry);
    const { postDocs, postValues } = this.decoded;
    const capacity = postDocs.length; // a list longer than the index has documents is corrupt: stop there
    let doc = 0;
    let p = at;
    let n = 0;
    while (p < end && doc <= upTo && n < capacity) {
      // inline varint: gaps are nearly always one or two bytes
      let b = bytes[p++]!;
      let gap = b & 0x7f;
      for (let shift = 7; b & 0x80; shift += 7) {
        b = bytes[p++]!;
        gap += (b & 0x7f) * 2 ** shift;
      }
      doc += gap;
      postDocs[n] = doc;
      postValues[n++] = bytes[p++]!;
    }
    return n;
  }

  private nearDuplicateOf(doc: number, hi: number, lo: number): boolean {
    const sim = this.data.docSim;
    return hammingDistance(sim[2 * doc]!, sim[2 * doc + 1]!, hi, lo) <= NEAR_DUPLICATE_BITS;
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
    const textTokens = tokenize(analysis.text).slice(0, QUERY_WORDS);
    this.families.forEach((family, f) => {
      const own = familyOf(analysis.lang) === family;
      const bag = termBag(titleTokens, own ? textTokens : textTokens.slice(0, QUERY_WORDS_OTHER_LANGUAGE), analysis.lang, {
        stemLang: family === 'other' ? analysis.lang : family,
        surfaces: true,
        ...(own ? {} : { alsoStop: ownStop }),
      });
      const scored: Array<QueryTerm & { rank: number }> = [];
      for (const [term, tf] of bag.counts) {
        const t = this.data.findTerm(term);
        if (t < 0) continue;
        const weight = (tf * (K3 + 1)) / (tf + K3);
        const { df } = this.data.postingStart(t);
        const docs = termFamily(term) === null ? n : this.familyDocs[f]!;
        if (tooCommon(df, docs)) continue;
        const rarity = idf(df, docs);
        scored.push({ term: t, weight, surface: bag.surfaces?.get(term) ?? term, family: f, idf: rarity, rank: weight * rarity });
      }
      scored.sort((a, b) => b.rank - a.rank || a.term - b.term);
      for (const q of scored.slice(0, own ? QUERY_TERMS : QUERY_TERMS_OTHER_LANGUAGE)) {
        out.push({ term: q.term, weight: q.weight, surface: q.surface, family: q.family, idf: q.idf });
      }
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
      if (tooCommon(df, n)) continue;
      const rarity = idf(df, n) / idf(1, n);
      out.push({ entity, keys, weight: TYPE_WEIGHT[entity.type] * rarity * (0.25 + 0.75 * prominence(entity, foldedTitle)) });
    }
    return out;
  }

  /** Result records with their reasons: the shared entities and words that weigh most. */
  private explain(chosen: Candidate[], terms: QueryTerm[], entities: QueryEntity[]): RelatedDoc[] {
    const wanted = new Set(chosen.map((c) => c.doc));
    const last = Math.max(-1, ...wanted);
    const names = new Map<number, Map<string, number>>();
    const words = new Map<number, Map<string, number>>();
    const note = (map: Map<number, Map<string, number>>, doc: number, label: string, weight: number): void => {
      const labels = map.get(doc) ?? new Map<string, number>();
      labels.set(label, Math.max(labels.get(label) ?? 0, weight));
      map.set(doc, labels);
    };
    const { postDocs, postValues } = this.decoded;
    for (const e of entities) {
      for (const key of e.keys) {
        const count = this.readPostings(key, last);
        for (let i = 0; i < count; i++) if (wanted.has(postDocs[i]!)) note(names, postDocs[i]!, displayName(e.entity.text), e.weight);
      }
    }
    for (const q of terms) {
      const count = this.readPostings(q.term, last);
      for (let i = 0; i < count; i++) {
        const doc = postDocs[i]!;
        if (wanted.has(doc) && this.docFamily[doc] === q.family) note(words, doc, q.surface, q.weight * postValues[i]!);
      }
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

function tooCommon(df: number, docs: number): boolean {
  return docs >= MIN_DOCS_FOR_DF_CUT && df > MAX_DF_SHARE * docs;
}

interface Candidate {
  doc: number;
  score: number;
}

/** Inserts into a list sorted by score (best first, then document order), kept to `size` entries. */
function insertSorted(list: Candidate[], item: Candidate, size: number): void {
  const worse = (a: Candidate, b: Candidate): boolean => a.score < b.score || (a.score === b.score && a.doc > b.doc);
  if (list.length === size && !worse(list[size - 1]!, item)) return;
  let i = list.length < size ? list.length : size - 1;
  while (i > 0 && worse(list[i - 1]!, item)) {
    list[i] = list[i - 1]!;
    i--;
  }
  list[i] = item;
}

/** An entity name as a reason: without a possessive ("Turkey’s") or a leading article ("La Russie"). */
function displayName(name: string): string {
  return name.replace(/[’']s$/u, '').replace(/^(?:la|le|les|l[’']|the)\s+(?=\p{Lu})/iu, '');
}
