// The analysis output contract (see ../shared/eval/README.md §1). Pure data: it crosses
// the content script → background → popup boundary as structured-clone-able JSON.

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface Entity {
  /** Fullest form found in the document ("Mark Warner"). */
  text: string;
  type: EntityType;
  /** Number of mentions, all aliases included. */
  mentions: number;
  /** Other surface forms for the same referent ("Warner"). */
  aliases: string[];
  /** Ids of the rules that found the name and decided its type (src/analysis/rules/). */
  trace: string[];
}

export type ClaimKind = 'direct' | 'indirect' | 'action';

export interface Claim {
  kind: ClaimKind;
  /** The quoted words without the marks (direct quotes only), else null. */
  quote: string | null;
  /** Fullest name of the speaker or agent; a description for unnamed sources; null when unknown/agentless. */
  speaker: string | null;
  /** The reporting cue as written ("a déclaré", "said", "selon"), null when none. */
  cue: string | null;
  /** The sentence or clause that carries the claim. */
  text: string;
  /** Stated reason or purpose, words of the text; null when the text states none. */
  rationale: string | null;
  /** The cue introducing the rationale ("invoquant", "in order to"). */
  rationaleCue: string | null;
  /** Ids of the rules that produced the claim, its cue and speaker, and its rationale (src/analysis/rules/). */
  trace: string[];
  /** The speaker scorer's probability for the speaker shown (or the best one, when none is shown). */
  speakerScore?: number;
  /** The rationale scorer's probability for the reason shown. */
  rationaleScore?: number;
}

export type SupportedLang = 'fr' | 'en';

export interface Analysis {
  /** 'fr', 'en', or another ISO 639-1 code (or 'und') for unsupported text. */
  lang: string;
  /** False when lang is not fr/en: only quotes are extracted then. */
  supported: boolean;
  title: string;
  /** Article body, boilerplate removed, paragraphs separated by "\n\n". */
  text: string;
  /** Ordered by importance, most important first. */
  entities: Entity[];
  claims: Claim[];
}

export interface ArticleInput {
  title: string;
  /** Paragraphs separated by blank lines. */
  text: string;
  /** Language declared by the page (html lang), used as a hint only. */
  langHint?: string;
}
