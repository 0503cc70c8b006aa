// Related-documents index: format and query result types.

export interface RelatedDoc {
  id: string;
  title: string;
  /** "YYYY-MM" or "YYYY-MM-DD", or null when unknown. */
  date: string | null;
  lang: string;
  url?: string;
  score: number;
  /** Why it is related: shared entities first, then shared key terms. */
  why: string[];
}

export const INDEX_FORMAT = 'context-lens-index';
export const INDEX_VERSION = 1;

/** A source document before analysis (seed file, jsonl record, saved page…). */
export interface SourceDocument {
  id: string;
  lang?: string;
  /** "YYYY-MM" or "YYYY-MM-DD", or null. */
  date: string | null;
  title: string;
  text: string;
  url?: string;
}

/** Entity as stored in the index: normalised key, display form, type. */
export type IndexedEntity = [key: string, display: string, type: string];
/** Term and its weight (tf·idf, L2-normalised per document). */
export type WeightedTerm = [term: string, weight: number];

export interface IndexedDoc {
  id: string;
  title: string;
  date: string | null;
  lang: string;
  url?: string;
  /** Hash of the normalised text, to recognise the page's own document and re-posts. */
  fingerprint: string;
  terms: WeightedTerm[];
  /** Entity keys include every alias, so "Warner" and "Mark Warner" both match. */
  entities: IndexedEntity[];
}

export interface IndexFile {
  format: typeof INDEX_FORMAT;
  version: typeof INDEX_VERSION;
  builtAt: string;
  /** Number of documents containing each entity key (for rarity weighting). */
  entityDf: Record<string, number>;
  /** Number of documents containing each indexed term. */
  termDf: Record<string, number>;
  docs: IndexedDoc[];
}
