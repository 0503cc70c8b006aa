// Related-documents index: source documents and query results.

export interface RelatedDoc {
  id: string;
  title: string;
  /** "YYYY-MM" or "YYYY-MM-DD", or null when unknown. */
  date: string | null;
  lang: string;
  url?: string;
  /** Relevance, higher is more related (not comparable across queries). */
  score: number;
  /** Why it is related: shared names first, then shared words, as written in the article. */
  why: string[];
}

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
