// One article of the reading memory: what the reader saw (title, site, dates, entities, claims)
// and the index features the related-documents query needs (the index build's own per-document
// step, src/index/analyse-document.ts, so a remembered article is indexed exactly as a bundled one).
// Pure: no browser API. Plain JSON (structured-clone-able, exportable); term counts are pairs,
// not object keys, so a page's word can never be "__proto__" of anything.
import type { Analysis, ClaimKind, EntityType } from '../analysis/types';
import { documentFeatures, type AnalysedDoc } from '../index/analyse-document';
import type { NamedEntity } from '../index/entity-keys';
import { articleId, siteOf } from './address';

export { articleId, siteOf };

/** Claims, entities and texts kept per article: enough for the People page, bounded for storage. */
export const MAX_CLAIMS = 40;
/** As many as the index keeps per document (src/index/entity-keys.ts ENTITIES_PER_DOC). */
export const MAX_ENTITIES = 20;
export const MAX_ALIASES = 4;
/** A claim's sentence and its stated reason are cut here: the People page shows a short text. */
export const MAX_TEXT = 280;
export const MAX_TITLE = 300;

export interface RememberedEntity {
  text: string;
  type: EntityType;
  mentions: number;
  aliases: string[];
}

export interface RememberedClaim {
  kind: ClaimKind;
  speaker: string | null;
  cue: string | null;
  /** The claim's sentence, cut to MAX_TEXT characters. */
  text: string;
  rationale: string | null;
}

/** An AnalysedDoc as JSON: term counts as [term, count] pairs. */
export interface IndexFeatures {
  lang: string;
  print: number;
  sim: [number, number];
  titleTerms: Array<[string, number]>;
  leadTerms: Array<[string, number]>;
  bodyTerms: Array<[string, number]>;
  entities: NamedEntity[];
}

export interface MemoryRecord {
  /** The page's URL without its fragment: reading the same page again replaces its record. */
  id: string;
  url: string;
  /** Host name of the page (what "delete this site" and excluded sites match). */
  site: string;
  title: string;
  lang: string;
  /** Publication date the page states ("YYYY-MM[-DD…]"), or null. */
  published: string | null;
  /** When the article was read (ISO 8601). */
  readAt: string;
  entities: RememberedEntity[];
  claims: RememberedClaim[];
  features: IndexFeatures;
}

const cut = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const cutOrNull = (text: string | null, max: number): string | null => (text === null ? null : cut(text, max));

/** A publication date as the index reads it ("YYYY-MM[-DD]"), or null. */
function indexDate(published: string | null | undefined): string | null {
  const m = published ? /^\d{4}-\d{2}(?:-\d{2})?/.exec(published) : null;
  return m ? m[0] : null;
}

/**
 * The record of an analysed article, or null when the page has no http(s) URL or no text.
 * Runs the index's per-document step on the analysed text (a second analysis, in the background,
 * off the page's path).
 */
export function recordOf(page: { url: string; analysis: Analysis; published?: string | undefined }, readAt: Date): MemoryRecord | null {
  const id = articleId(page.url);
  const { analysis } = page;
  if (id === null || analysis.text.trim() === '') return null;
  const published = indexDate(page.published);
  const doc = documentFeatures({ id, title: analysis.title, text: analysis.text, date: published, url: id, lang: analysis.lang }, analysis);
  return {
    id,
    url: id,
    site: siteOf(id),
    title: cut(analysis.title, MAX_TITLE),
    lang: analysis.lang,
    published,
    readAt: readAt.toISOString(),
    entities: analysis.entities.slice(0, MAX_ENTITIES).map((e) => ({ text: e.text, type: e.type, mentions: e.mentions, aliases: e.aliases.slice(0, MAX_ALIASES) })),
    claims: analysis.claims.slice(0, MAX_CLAIMS).map((c) => ({
      kind: c.kind,
      speaker: c.speaker,
      cue: c.cue,
      text: cut(c.text, MAX_TEXT),
      rationale: cutOrNull(c.rationale, MAX_TEXT),
    })),
    features: featuresOf(doc),
  };
}

/** A record without its index features: what the People and options pages read. */
export type ArticleSummary = Omit<MemoryRecord, 'features'>;

export function featuresOf(doc: AnalysedDoc): IndexFeatures {
  return {
    lang: doc.lang,
    print: doc.print,
    sim: doc.sim,
    titleTerms: [...doc.titleTerms],
    leadTerms: [...doc.leadTerms],
    bodyTerms: [...doc.bodyTerms],
    entities: doc.entities,
  };
}

/** The record as the index builder reads a document. */
export function analysedDocOf(record: MemoryRecord): AnalysedDoc {
  const f = record.features;
  return {
    id: record.id,
    title: record.title,
    date: record.published,
    url: record.url,
    lang: f.lang,
    print: f.print,
    sim: f.sim,
    titleTerms: new Map(f.titleTerms),
    leadTerms: new Map(f.leadTerms),
    bodyTerms: new Map(f.bodyTerms),
    entities: f.entities,
  };
}
