// The article's side of a related query, which no index changes: its words, its terms stemmed for
// each stemmer family, its entities with their keys and how central they are, its text prints.
// Worked out once per article (PreparedQuery), before any index is asked, and used for every one
// (the bundled index and the reading memory's base and recent parts), each of which only weighs it
// by its own counts.
import type { Analysis, Entity } from '../analysis/types';
import { ENTITIES_PER_DOC, queryKeys, withConceptMentions, type TermParts } from './entity-keys';
import { EntityPlaces } from './entity-places';
import { prominence } from './scoring';
import { simhash } from './simhash';
import { familyOf, fingerprint, LEAD_WORDS, termBag, tokenize, type TermBag, type Token } from './text';

/** Words of the article read for its query terms: a news story is told in its first paragraphs,
 * and long features cost time without changing the strongest terms. Fewer for other languages. */
export const QUERY_WORDS = 1000;
export const QUERY_WORDS_OTHER_LANGUAGE = 400;

export interface QueryArticle {
  analysis: Analysis;
  url?: string;
  /** Id of the article when it is itself a document of the index (e.g. a seed used as a query). */
  id?: string;
  /** Publication date of the article ("YYYY-MM[-DD…]"), for the date prior. */
  date?: string | null;
}

/** One of the article's entities as a query asks for it. */
export interface QueryName {
  entity: Entity;
  /** Its index keys, best first (aliases and transliterations). */
  keys: string[];
  /** How central it is in the article, 0..1. */
  place: number;
}

export class PreparedQuery {
  readonly article: QueryArticle;
  readonly title: Token[];
  /** The first QUERY_WORDS words of the body. */
  readonly text: Token[];
  /** Term counts of the title, the lead and the rest (where its concept entities are named). */
  readonly parts: TermParts;
  /** Terms of the article's own stemmer family, with the words they stand for. */
  readonly ownTerms: TermBag;
  /** Its concept terms (title and first QUERY_WORDS_OTHER_LANGUAGE words): all that documents in another language can share with it. */
  readonly conceptTerms: TermBag;
  /** Terms of the title alone, in its own family (title similarity). */
  readonly titleTerms: ReadonlyMap<string, number>;
  /** The article's most important entities with their keys, one per referent ("Congress" and "US Congress" are one). */
  readonly names: QueryName[];
  /** Print of the whole text (the same article re-posted has the same). */
  readonly print: number;
  /** Similarity hash of title and text (near-identical copies). */
  readonly sim: [number, number];

  constructor(article: QueryArticle) {
    this.article = article;
    const { analysis } = article;
    this.title = tokenize(analysis.title);
    this.text = tokenize(analysis.text).slice(0, QUERY_WORDS);
    const counts = (tokens: Token[]): Map<string, number> => termBag([], tokens, analysis.lang).counts;
    this.parts = { title: counts(this.title), lead: counts(this.text.slice(0, LEAD_WORDS)), body: counts(this.text.slice(LEAD_WORDS)) };
    const { lang } = analysis;
    const family = familyOf(lang);
    const stemLang = family === 'other' ? lang : family;
    this.ownTerms = termBag(this.title, this.text, lang, { stemLang, surfaces: true });
    this.conceptTerms = termBag(this.title, this.text.slice(0, QUERY_WORDS_OTHER_LANGUAGE), lang, { surfaces: true, conceptsOnly: true });
    this.titleTerms = termBag([], this.title, lang, { stemLang }).counts;
    this.names = this.namesOf(analysis.entities);
    this.print = fingerprint(analysis.text);
    this.sim = simhash(`${analysis.title}\n${analysis.text}`);
  }

  get analysis(): Analysis {
    return this.article.analysis;
  }

  /** Terms a stemmer family's documents can share with the article: all of them in its own
   * family; in another, only its concept terms (a stem shared by two languages is as often a false
   * friend as a translation). */
  termsFor(family: string): TermBag {
    return family === familyOf(this.analysis.lang) ? this.ownTerms : this.conceptTerms;
  }

  private namesOf(entities: readonly Entity[]): QueryName[] {
    const places = new EntityPlaces(this.title, this.text.slice(0, LEAD_WORDS));
    const used = new Set<string>();
    const names: QueryName[] = [];
    for (const entity of entities.slice(0, ENTITIES_PER_DOC)) {
      const keys = queryKeys(entity);
      if (keys.length === 0 || used.has(keys[0]!)) continue;
      for (const key of keys) used.add(key);
      names.push({ entity, keys, place: prominence(withConceptMentions(places.of(entity), keys, this.parts)) });
    }
    return names;
  }
}

/** The article prepared for querying, once. */
export function prepareQuery(article: QueryArticle | PreparedQuery): PreparedQuery {
  return article instanceof PreparedQuery ? article : new PreparedQuery(article);
}
