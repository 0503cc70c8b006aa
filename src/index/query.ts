// Finds the documents of the index related to an analysed article, each with a score, the
// reasons (shared names and words as written in the article) and the evidence the relevance
// floor (./relevance.ts) judges: a document below the floor is not shown.
//   score = (terms + entity weight · entities) · (1 + date prior) + title similarity
// terms: BM25 between the article's strongest terms and each document's stored weights, over what
//   the article's own words could reach; across languages only concept terms (Russie/Russia → ~RU)
//   match, never a stem; entities: shared named entities (aliases and transliterations resolved),
//   weighted by type, rarity and how central they are in the article and in the document (title,
//   lead, mentions); title similarity: how alike the two titles are (same language only); date
//   prior: a small bonus for documents published close to the article.
import { memoized } from '../text/memo';
import type { Entity } from '../analysis/types';
import { valueProminence } from './entity-keys';
import { IndexData, MASS_SCALE } from './format';
import { prepareQuery, type PreparedQuery, type QueryArticle } from './query-article';
import { isRelated, type RelevanceEvidence, type SharedName } from './relevance';
import { dayNumber, idf, K1, MIN_DOCS_FOR_RARITY, termIdf, TYPE_WEIGHT } from './scoring';
import { hammingDistance, NEAR_DUPLICATE_BITS } from './simhash';
import { familyOf, isConceptTerm, termBag, tokenize } from './text';
import { fold } from '../text/normalize';
import type { RelatedDoc } from './types';

/**
 * How much shared entities add to shared terms. In the article's language the terms say most
 * (0.3 beat 0.5 on the French same-story judgments: +0.01 nDCG@5); in another language only
 * names and concept terms can match, so entities weigh more there (0.8: +0.06 on the
 * cross-lingual judgments, the French ones unchanged).
 */
const ENTITY_WEIGHT = 0.3;
const ENTITY_WEIGHT_OTHER_LANGUAGE = 0.8;
/** An entity shared by a document counts 0.25 when a side mention there, up to 1 when central. */
const DOC_PROMINENCE_BASE = 0.25;
/** An entity of the article weighs 0.25 when a side mention, up to 1 when central. */
const QUERY_PROMINENCE_BASE = 0.25;
/** Title similarity (idf-weighted Dice of the two titles' terms, 0..1) is added with this weight
 * to the best POOL_SIZE candidates: same-story articles have alike titles (+0.04 nDCG@5 on the
 * French same-story judgments). */
const TITLE_SIMILARITY_WEIGHT = 0.3;
const POOL_SIZE = 50;
/** Date prior: at most +30 %, halved every 7 days apart — same-story news is told within days. Chosen
 * on the dev judgments: +0.023 nDCG@5 on the hand-judged cross-lingual queries at 1,000 documents
 * (was +10 % halved every 30 days), −0.005 at all 36,444 (10 queries; 14 days: −0.010); the French
 * same-story pairs gain more (+0.026 at all documents), partly because they were mined from articles
 * of the same or adjacent days (QRELS.md). */
const DATE_BONUS = 0.3;
const DATE_HALF_LIFE_DAYS = 7;
/** Query terms used in the article's own language, strongest first: enough for a news article;
 * fewer in another language, where only concept terms can match. */
const QUERY_TERMS = 40;
const QUERY_TERMS_OTHER_LANGUAGE = 20;
/** Terms and entities in more than a fifth of a large index's documents add time, not information
 * (measured on the news corpus: cutting at 35 % → 20 % left nDCG@5 unchanged, query time −25 %). */
const MAX_DF_SHARE = 0.2;
const MIN_DOCS_FOR_DF_CUT = 50;
/** Query saturation of repeated words (BM25's k3). */
const K3 = 1.2;
/** Candidates scoring less are not examined at all (the relevance floor is higher). */
const MIN_SCORE = 0.1;
/** Term numbers remembered by an index at most (a few MB at most). */
const MAX_REMEMBERED_TERMS = 50_000;
const WHY_ENTITIES = 4;
const WHY_TERMS = 3;

export { PreparedQuery, prepareQuery, type QueryArticle } from './query-article';

/** A document of the index ranked for an article, with what relates them. */
export interface RankedDoc {
  relevance: RelevanceEvidence;
  result: RelatedDoc;
}

interface QueryTerm {
  term: number;
  weight: number;
  surface: string;
  /** Stemmer family of the documents this term is matched against. */
  family: number;
  idf: number;
  /** idf relative to a term no document holds (0..1), null where the family has too few documents to tell. */
  rarity: number | null;
}

interface QueryEntity {
  entity: Entity;
  keys: number[];
  weight: number;
  /** How central the entity is in the article, 0..1. */
  prominence: number;
}

interface Found {
  names: Array<{ label: string; weight: number; place: SharedName }>;
  words: Array<{ label: string; weight: number; rarity: number | null }>;
}

interface Candidate {
  doc: number;
  score: number;
}

/** Where a posting list lies in the kept postings. */
interface Span {
  start: number;
  end: number;
}

/** A term as the index holds it: its number (-1 when absent) and document frequency. */
interface IndexTerm {
  id: number;
  df: number;
}
const NO_TERM: IndexTerm = { id: -1, df: 0 };

interface TitleTerm {
  term: string;
  rarity: number;
}

export class RelatedIndex {
  private readonly data: IndexData;
  private readonly families: string[];
  /** Family number of each document. */
  private readonly docFamily: Uint8Array;
  /** Number of documents of each family. */
  private readonly familyDocs: number[];
  /** A term's number and document frequency in the index (id -1, df 0 when no document holds
   * it), remembered: the same words and names come back query after query, and the dictionary
   * lookup encodes and compares bytes. */
  private readonly term: (term: string) => IndexTerm;
  /** Terms of each document's title with their rarity, for those a query has compared titles with. */
  private readonly titleTerms = new Map<number, TitleTerm[]>();
  /** Per-document accumulators, allocated on the first query and left zeroed after each. */
  private buffers: { termScore: Float64Array; entityScore: Float64Array; seenBy: Int32Array; best: Float64Array } | null = null;
  /** The posting lists a query has read, one after another (documents ascending within each),
   * kept until its evidence is gathered: candidates are looked up in them, not read again. */
  private kept: { docs: Int32Array; values: Uint8Array; length: number } = { docs: new Int32Array(4096), values: new Uint8Array(4096), length: 0 };

  constructor(data: IndexData | ArrayBuffer) {
    this.data = data instanceof IndexData ? data : new IndexData(data);
    this.families = [...new Set(this.data.header.langs.map(familyOf))];
    const langFamily = this.data.header.langs.map((lang) => this.families.indexOf(familyOf(lang)));
    this.docFamily = this.data.docLang.map((lang) => langFamily[lang] ?? 0);
    this.familyDocs = this.families.map(() => 0);
    for (const f of this.docFamily) this.familyDocs[f]!++;
    const index = this.data;
    this.term = memoized((term: string): IndexTerm => {
      const id = index.findTerm(term);
      return { id, df: id < 0 ? 0 : index.postingStart(id).df };
    }, MAX_REMEMBERED_TERMS);
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

  /** The documents related to an article, best first: none when nothing passes the relevance floor.
   * An article asked of several indexes is best prepared once (prepareQuery). */
  query(article: QueryArticle | PreparedQuery, limit = 5): RelatedDoc[] {
    return this.rank(article, limit).map((r) => r.result);
  }

  /**
   * The best documents for an article with the evidence that relates them; with `floor` false,
   * also those the relevance floor rejects (for benchmarks and its calibration).
   */
  rank(asked: QueryArticle | PreparedQuery, limit = 5, floor = true): RankedDoc[] {
    const n = this.data.docCount;
    if (n === 0 || limit <= 0) return [];
    const prepared = prepareQuery(asked);
    const { article, analysis } = prepared;
    const terms = this.queryTerms(prepared);
    const entities = this.queryEntities(prepared);
    this.buffers ??= { termScore: new Float64Array(n), entityScore: new Float64Array(n), seenBy: new Int32Array(n), best: new Float64Array(n) };
    const { termScore, entityScore, seenBy, best } = this.buffers;
    const docFamily = this.docFamily;
    const touched: number[] = [];
    this.kept.length = 0;

    const scale = this.data.header.impactScale;
    const termSpans: Span[] = [];
    for (const q of terms.list) {
      const factor = q.weight * scale;
      const family = q.family;
      const span = this.readPostings(q.term);
      termSpans.push(span);
      const { docs, values } = this.kept;
      for (let i = span.start; i < span.end; i++) {
        const doc = docs[i]!;
        if (docFamily[doc] !== family) continue;
        if (termScore[doc] === 0 && entityScore[doc] === 0) touched.push(doc);
        termScore[doc]! += factor * values[i]!;
      }
    }
    const entitySpans: Span[][] = [];
    entities.list.forEach((e, ei) => {
      // One referent counts once, whichever of its names a document uses.
      const found: number[] = [];
      const spans = e.keys.map((key) => this.readPostings(key));
      entitySpans.push(spans);
      const { docs, values } = this.kept;
      for (const span of spans) {
        for (let i = span.start; i < span.end; i++) {
          const doc = docs[i]!;
          const p = valueProminence(values[i]!);
          if (seenBy[doc] !== ei + 1) {
            seenBy[doc] = ei + 1;
            best[doc] = p;
            found.push(doc);
          } else if (p > best[doc]!) best[doc] = p;
        }
      }
      const w = e.weight / entities.norm;
      for (const doc of found) {
        if (termScore[doc] === 0 && entityScore[doc] === 0) touched.push(doc);
        entityScore[doc]! += w * (DOC_PROMINENCE_BASE + (1 - DOC_PROMINENCE_BASE) * best[doc]!);
      }
    });

    const ownDay = dayNumber(article.date);
    const ownFamily = this.families.indexOf(familyOf(analysis.lang));
    // The best candidates, sorted; the article itself and re-posts are weeded out of them below.
    const poolSize = Math.max(limit * 4, POOL_SIZE);
    const pool = new TopCandidates(poolSize);
    for (const doc of touched) {
      let score = termScore[doc]! / terms.norm + (docFamily[doc] === ownFamily ? ENTITY_WEIGHT : ENTITY_WEIGHT_OTHER_LANGUAGE) * entityScore[doc]!;
      termScore[doc] = 0;
      entityScore[doc] = 0;
      seenBy[doc] = 0;
      // Most documents touched cannot reach the pool even with the full date bonus: skip them early
      // (title similarity is added to the pool's documents only, after it is chosen).
      const ceiling = score * (1 + DATE_BONUS);
      if (ceiling + TITLE_SIMILARITY_WEIGHT < MIN_SCORE || ceiling < pool.floor) continue;
      const day = this.data.docDays[doc]!;
      if (ownDay && day) score *= 1 + DATE_BONUS * 2 ** (-Math.abs(day - ownDay) / DATE_HALF_LIFE_DAYS);
      pool.add(doc, score);
    }
    const candidates = pool.sorted();
    this.addTitleSimilarity(candidates, prepared, ownFamily);

    const ownPrint = prepared.print;
    // A page's extracted text differs a little from the indexed file of the same article: when the
    // article is known only by its page (no id), a near-identical text is the article itself.
    // When its id is known, a near-identical document is another copy (a re-post) and may be listed.
    const [ownHi, ownLo] = article.id === undefined ? prepared.sim : [0, 0];
    const hasText = analysis.text.trim() !== '';
    const chosen: Array<RankedDoc & { doc: number }> = [];
    for (const candidate of candidates) {
      if (chosen.length >= limit) break;
      const { doc } = candidate;
      if (candidate.score < MIN_SCORE) continue;
      if (hasText && this.data.docPrint[doc] === ownPrint) continue;
      if (article.id === undefined && hasText && this.nearDuplicateOf(doc, ownHi, ownLo)) continue;
      const record = this.data.doc(doc);
      if ((article.id !== undefined && record.id === article.id) || (article.url && record.url === article.url)) continue;
      // Re-posts of one article are one result: keep the best-ranked copy.
      if (chosen.some((c) => this.nearDuplicates(c.doc, doc))) continue;
      const found = this.evidence(doc, terms.list, termSpans, entities.list, entitySpans);
      const shared = (side: 'article' | 'document'): number => found.names.reduce((sum, x) => sum + TYPE_WEIGHT[x.place.type] * x.place[side], 0);
      const relevance: RelevanceEvidence = {
        score: candidate.score,
        sameLanguage: docFamily[doc] === ownFamily,
        names: found.names.map((x) => x.place),
        articleShare: entities.mass > 0 ? shared('article') / entities.mass : 0,
        documentShare: this.data.docMass[doc]! > 0 ? Math.min(1, (shared('document') * MASS_SCALE) / this.data.docMass[doc]!) : 0,
        words: found.words.map((w) => w.rarity),
      };
      if (floor && !isRelated(relevance)) continue;
      chosen.push({ doc, relevance, result: this.result(doc, candidate.score, found) });
    }
    return chosen.map(({ relevance, result }) => ({ relevance, result }));
  }

  /** Adds to each candidate in the article's language how alike its title is to the article's:
   * the idf-weighted Dice coefficient of their terms. Titles in two languages share only names,
   * which the entities already weigh. */
  private addTitleSimilarity(pool: Candidate[], prepared: PreparedQuery, ownFamily: number): void {
    if (ownFamily < 0) return;
    const titleTerms = prepared.titleTerms;
    let articleTotal = 0;
    for (const term of titleTerms.keys()) articleTotal += this.titleRarity(term, ownFamily);
    let moved = false;
    for (const c of pool) {
      if (this.docFamily[c.doc] !== ownFamily) continue;
      let shared = 0;
      let total = articleTotal;
      for (const { term, rarity } of this.titleTermsOf(c.doc, prepared.analysis.lang)) {
        total += rarity;
        if (titleTerms.has(term)) shared += rarity;
      }
      if (total > 0 && shared > 0) {
        c.score += TITLE_SIMILARITY_WEIGHT * ((2 * shared) / total);
        moved = true;
      }
    }
    if (moved) pool.sort((a, b) => b.score - a.score || a.doc - b.doc);
  }

  /** How rare a title term is among the documents it can be shared with (all for a concept term). */
  private titleRarity(term: string, family: number): number {
    return termIdf(this.term(term).df, isConceptTerm(term) ? this.data.docCount : this.familyDocs[family]!);
  }

  /** Terms of a document's title, stemmed for its family (the same for every query of that family:
   * 'other' folds words whatever the language, with the stop words of all), with their rarity. */
  private titleTermsOf(doc: number, queryLang: string): TitleTerm[] {
    let terms = this.titleTerms.get(doc);
    if (!terms) {
      const f = this.docFamily[doc]!;
      const family = this.families[f]!;
      const counts = termBag([], tokenize(this.data.doc(doc).title), queryLang, { stemLang: family === 'other' ? queryLang : family }).counts;
      terms = [...counts.keys()].map((term) => ({ term, rarity: this.titleRarity(term, f) }));
      this.titleTerms.set(doc, terms);
    }
    return terms;
  }

  /**
   * Decodes a posting list at the end of `this.kept` (documents ascending, with their stored
   * values) and returns where it lies there. One plain loop for every list, rather than a callback
   * per posting: this is where a query spends its time.
   */
  private readPostings(entry: number): Span {
    const bytes = this.data.postings;
    const { at, end } = this.data.postingStart(entry);
    // A list longer than the index has documents is corrupt: read no further.
    const most = Math.min(this.data.docCount, end - at);
    let kept = this.kept;
    if (kept.length + most > kept.docs.length) {
      const size = Math.max(kept.docs.length * 2, kept.length + most);
      const docs = new Int32Array(size);
      const values = new Uint8Array(size);
      docs.set(kept.docs.subarray(0, kept.length));
      values.set(kept.values.subarray(0, kept.length));
      kept = this.kept = { docs, values, length: kept.length };
    }
    const { docs, values } = kept;
    const start = kept.length;
    const stop = start + most;
    let doc = 0;
    let p = at;
    let n = start;
    while (p < end && n < stop) {
      // inline varint: gaps are nearly always one or two bytes
      let b = bytes[p++]!;
      let gap = b & 0x7f;
      for (let shift = 7; b & 0x80; shift += 7) {
        b = bytes[p++]!;
        gap += (b & 0x7f) * 2 ** shift;
      }
      doc += gap;
      docs[n] = doc;
      values[n++] = bytes[p++]!;
    }
    kept.length = n;
    return { start, end: n };
  }

  /** Index in `this.kept` of a document within a span, or -1. */
  private findKept(span: Span, doc: number): number {
    const docs = this.kept.docs;
    let lo = span.start;
    let hi = span.end - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const d = docs[mid]!;
      if (d === doc) return mid;
      if (d < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private nearDuplicateOf(doc: number, hi: number, lo: number): boolean {
    const sim = this.data.docSim;
    return hammingDistance(sim[2 * doc]!, sim[2 * doc + 1]!, hi, lo) <= NEAR_DUPLICATE_BITS;
  }

  private nearDuplicates(a: number, b: number): boolean {
    const sim = this.data.docSim;
    return hammingDistance(sim[2 * a]!, sim[2 * a + 1]!, sim[2 * b]!, sim[2 * b + 1]!) <= NEAR_DUPLICATE_BITS;
  }

  /**
   * The article's strongest terms, stemmed for each stemmer family of the index, and the norm that
   * term scores are divided by: what the article's own strongest terms would score against a
   * document holding them all, terms no document holds included (so that a small index, where
   * every shared word looks rare, does not make a few shared words look like a match).
   * Across languages only concept terms match (~RU for Russie/Russia): a stem shared by two
   * languages is as often a false friend ("pays"/"pay") or a name against a common word
   * ("Abu Amer"/"amer") as a translation.
   */
  private queryTerms(prepared: PreparedQuery): { list: QueryTerm[]; norm: number } {
    const n = this.data.docCount;
    const list: QueryTerm[] = [];
    const ownName = familyOf(prepared.analysis.lang);
    let norm = 0;
    const familyNames = this.families.includes(ownName) ? this.families : [...this.families, ownName];
    familyNames.forEach((family, f) => {
      const own = ownName === family;
      const inIndex = f < this.families.length;
      const bag = prepared.termsFor(family);
      const scored: Array<{ term: string; id: number; weight: number; idf: number; rank: number }> = [];
      const potential: number[] = [];
      const familyDocs = inIndex ? this.familyDocs[f]! : 0;
      for (const [term, tf] of bag.counts) {
        const concept = isConceptTerm(term);
        if (!own && !concept) continue;
        const docs = concept ? n : familyDocs;
        const { id, df } = inIndex ? this.term(term) : NO_TERM;
        if (tooCommon(df, docs)) continue;
        const weight = (tf * (K3 + 1)) / (tf + K3);
        const rarity = termIdf(df, docs);
        if (own) potential.push(weight * rarity);
        if (id >= 0) scored.push({ term, id, weight, idf: rarity, rank: weight * rarity });
      }
      scored.sort((a, b) => b.rank - a.rank || a.id - b.id);
      for (const q of scored.slice(0, own ? QUERY_TERMS : QUERY_TERMS_OTHER_LANGUAGE)) {
        const docs = isConceptTerm(q.term) ? n : familyDocs;
        const rarity = docs >= MIN_DOCS_FOR_RARITY ? q.idf / termIdf(0, docs) : null;
        list.push({ term: q.id, weight: q.weight, surface: bag.surfaces?.get(q.term) ?? q.term, family: f, idf: q.idf, rarity });
      }
      if (own) norm = potential.sort((a, b) => b - a).slice(0, QUERY_TERMS).reduce((sum, v) => sum + v, 0) * (K1 + 1);
    });
    return { list, norm: norm || 1 };
  }

  /**
   * The article's most important entities found in the index; the norm entity scores are divided
   * by (the weight of all of them, those no document names included); and the article's entity
   * mass (type weight × prominence, the relevance floor's article share).
   */
  private queryEntities(prepared: PreparedQuery): { list: QueryEntity[]; norm: number; mass: number } {
    const n = this.data.docCount;
    const list: QueryEntity[] = [];
    let norm = 0;
    let mass = 0;
    for (const { entity, keys: names, place } of prepared.names) {
      const found = names.map((key) => this.term(key)).filter((t) => t.id >= 0);
      const keys = found.map((t) => t.id);
      const df = found.length ? Math.min(...found.map((t) => t.df)) : 0;
      // A name in a fifth of a large index's documents (France in French news) tells nothing.
      if (tooCommon(df, n)) continue;
      mass += TYPE_WEIGHT[entity.type] * place;
      const rarity = keys.length ? idf(df, n) / idf(1, n) : 1;
      const weight = TYPE_WEIGHT[entity.type] * rarity * (QUERY_PROMINENCE_BASE + (1 - QUERY_PROMINENCE_BASE) * place);
      norm += weight;
      if (keys.length) list.push({ entity, keys, weight, prominence: place });
    }
    return { list, norm: norm || 1, mass };
  }

  /** What relates a candidate to the article: the shared entities and words, with their weights
   * (gathered only for the candidates examined: most of the pool never is). */
  private evidence(doc: number, terms: QueryTerm[], termSpans: Span[], entities: QueryEntity[], entitySpans: Span[][]): Found {
    const found: Found = { names: [], words: [] };
    const values = this.kept.values;
    entities.forEach((e, ei) => {
      let p = -1;
      for (const span of entitySpans[ei]!) {
        const at = this.findKept(span, doc);
        if (at >= 0) p = Math.max(p, valueProminence(values[at]!));
      }
      if (p >= 0) found.names.push({ label: displayName(e.entity.text), weight: e.weight, place: { article: e.prominence, document: p, type: e.entity.type } });
    });
    terms.forEach((q, qi) => {
      if (this.docFamily[doc] !== q.family) return;
      const at = this.findKept(termSpans[qi]!, doc);
      if (at >= 0) found.words.push({ label: q.surface, weight: q.weight * values[at]!, rarity: q.rarity });
    });
    return found;
  }

  /** A result record with its reasons: the shared entities and words that weigh most. */
  private result(doc: number, score: number, found: Found): RelatedDoc {
    const record = this.data.doc(doc);
    const top = (items: Array<{ label: string; weight: number }>, count: number): string[] => {
      const best = new Map<string, number>();
      for (const { label, weight } of items) best.set(label, Math.max(best.get(label) ?? 0, weight));
      return [...best]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, count)
        .map(([label]) => label);
    };
    const shownNames = top(found.names, WHY_ENTITIES);
    const foldedNames = shownNames.map(fold);
    const shownWords = top(found.words, WHY_TERMS + WHY_ENTITIES)
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
  }
}

function tooCommon(df: number, docs: number): boolean {
  return docs >= MIN_DOCS_FOR_DF_CUT && df > MAX_DF_SHARE * docs;
}

const worse = (a: Candidate, b: Candidate): boolean => a.score < b.score || (a.score === b.score && a.doc > b.doc);

/** The best `size` candidates (by score, then document order) in a min-heap: adding is
 * O(log size) where a sorted list moved half its entries. */
class TopCandidates {
  private readonly heap: Candidate[] = [];

  constructor(private readonly size: number) {}

  /** The score a candidate must beat to enter (−∞ until the heap is full). */
  get floor(): number {
    return this.heap.length < this.size ? -Infinity : this.heap[0]!.score;
  }

  add(doc: number, score: number): void {
    const heap = this.heap;
    const item = { doc, score };
    if (heap.length < this.size) {
      let i = heap.length;
      heap.push(item);
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(item, heap[parent]!)) break;
        heap[i] = heap[parent]!;
        i = parent;
      }
      heap[i] = item;
      return;
    }
    if (!worse(heap[0]!, item)) return;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child = right < heap.length && worse(heap[right]!, heap[left]!) ? right : left;
      if (!worse(heap[child]!, item)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = item;
  }

  /** Best first. */
  sorted(): Candidate[] {
    return [...this.heap].sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
  }
}

/** An entity name as a reason: without a possessive ("Turkey’s") or a leading article ("La Russie"). */
function displayName(name: string): string {
  return name.replace(/[’']s$/u, '').replace(/^(?:la|le|les|l[’']|the)\s+(?=\p{Lu})/iu, '');
}
