// Scoring pieces shared by the index build and the query (kept apart from the build so the
// background bundle, which only queries, does not pull in the analysis code).
import type { EntityType } from '../analysis/types';

/** BM25 parameters (the usual values). */
export const K1 = 1.2;
export const B = 0.75;

export function idf(df: number, docCount: number): number {
  return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
}

/** Below this many documents (of a language), document frequencies say nothing about how rare a
 * word is: in a one-document index every word it holds is "in every document". */
export const MIN_DOCS_FOR_RARITY = 100;

/** A word's idf as the index weighs it: as if a small index had MIN_DOCS_FOR_RARITY documents,
 * the missing ones without the word. A large index's idf is unchanged; a small one's no longer
 * makes the words it holds look common next to those it does not. */
export function termIdf(df: number, docCount: number): number {
  return idf(df, Math.max(docCount, df, MIN_DOCS_FOR_RARITY));
}

/** Days since 1970-01-01 of "YYYY-MM[-DD…]" (a month counts as its 15th), 0 when unknown. */
export function dayNumber(date: string | null | undefined): number {
  const m = date ? /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(date) : null;
  if (!m) return 0;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 15);
  const days = Math.floor(ms / 86_400_000);
  return Number.isFinite(days) && days > 0 && days < 0xffff ? days : 0;
}

/** Where an entity stands in its document: what its prominence is computed from. */
export interface EntityPlace {
  mentions: number;
  /** Named in the title. */
  title: boolean;
  /** Named in the lead (the first words of the body, src/index/text.ts LEAD_WORDS). */
  lead: boolean;
}

/** What being named in the title, in the lead, and often adds to an entity's prominence. */
const TITLE_SHARE = 0.5;
const LEAD_SHARE = 0.25;
const MENTION_SHARE = 0.5;
/** Mentions at which MENTION_SHARE is reached. */
const MENTIONS_FOR_FULL = 4;

/**
 * 0..1: how much a document is about an entity. The title and the lead say what a news story is
 * about; a name met only further down is a side mention, however often it recurs (at most 0.5).
 */
export function prominence(place: EntityPlace): number {
  const mentions = Math.min(1, place.mentions / MENTIONS_FOR_FULL);
  return Math.min(1, TITLE_SHARE * Number(place.title) + LEAD_SHARE * Number(place.lead) + MENTION_SHARE * mentions);
}

/** People and organisations say more about a story than places do. */
export const TYPE_WEIGHT: Readonly<Record<EntityType, number>> = { PER: 1.0, ORG: 0.8, MISC: 0.7, LOC: 0.5 };
