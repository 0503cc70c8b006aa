// Choosing a claim's stated reason. The rationale rules find every explicit cue of the clause and
// its complement (rules/rationale-rules.ts); a learned scorer (weights/rationale.json) gives each a
// probability from the cue, its guard and the words around it, and the best is shown only above a
// threshold: below it the claim says "no rationale stated", since a wrong reason costs the reader
// more than a missing one.
import type { Rationale } from '../rationale';
import { defineRule, noteFired, type Lang } from '../rules/engine';
import { participleEndings } from '../lexicon/participles';
import { words } from '../lexicon/word-classes';
import { hasWeights, RunningScore, type BinaryModel, type Features } from './logistic';
import { FeatureNames, FeatureNames2 } from './feature-names';
import { recordCandidates, training } from './candidates';
import RATIONALE_MODEL from './weights/rationale.json';

export interface ReasonSite {
  readonly lang: Lang;
  readonly kind: 'direct' | 'indirect' | 'action';
  /** The searched text (a sentence or clause) and, for a direct claim, where its quote lies in it. */
  readonly text: string;
  readonly quote: { open: number; close: number } | null;
}

/** One model per language (scripts/train-scorers.ts). */
const MODELS = (RATIONALE_MODEL as unknown as { models: Record<Lang, BinaryModel> }).models;
const DETERMINERS = words('determiner');
const SUBJECT_PRONOUNS = words('subject-pronoun');
const PREPOSITIONS = words('preposition');
const bucket = (n: number, edges: readonly number[]): string => {
  for (const e of edges) if (n <= e) return `≤${e}`;
  return `>${edges[edges.length - 1]}`;
};

/** The feature names built from values (feature-names.ts: made once each). */
const NAMES = {
  rule: new FeatureNames('r:'),
  cue: new FeatureNames('cue:'),
  kind: new FeatureNames('kind:'),
  ruleKind: new FeatureNames2('r:', '&kind:'),
  words: new FeatureNames('words:'),
  position: new FeatureNames('position:'),
  lang: new FeatureNames2('', '&'),
};

const LAST_WORD = /([\p{L}’'-]+)\s*$/u;
/** A regular participle, French in -é or English in -ed, before the cue (« mobilisés pour », "designed to"). */
const PARTICIPLE_END = new RegExp(`(?:${participleEndings('enEd', 'frE')})$`, 'u');

/**
 * The word (letters, apostrophes, hyphens) that ends `text` before its trailing spaces, or '': what
 * LAST_WORD captures, read backwards from the end (the regex tries every position of the text);
 * a surrogate pair goes to the regex.
 */
function lastWord(text: string): string {
  let end = text.length;
  while (end > 0 && /\s/u.test(text.charAt(end - 1))) end--;
  let start = end;
  for (; start > 0; start--) {
    const ch = text.charAt(start - 1);
    if (ch >= '\ud800' && ch <= '\udfff') return LAST_WORD.exec(text)?.[1] ?? '';
    if (!/[\p{L}’'-]/u.test(ch)) break;
  }
  return text.slice(start, end);
}

/**
 * The names of a candidate's features (all of value 1), once each, in the order the features object
 * stores them: the scorer sums their weights in that order without building the object.
 */
function featureNames(site: ReasonSite, r: Rationale, earliest: boolean, count: number): string[] {
  const names = ['bias'];
  const seen = new Set(names);
  const put = (name: string): void => {
    if (!seen.has(name)) {
      seen.add(name);
      names.push(name);
    }
  };
  for (const id of r.trace) put(NAMES.rule.of(id));
  put(NAMES.cue.of(r.cue.toLowerCase()));
  put(NAMES.kind.of(site.kind));
  put(NAMES.ruleKind.of(`${r.trace[0]}`, site.kind));
  if (earliest) put('earliest');
  if (count > 1) put('several-cues');
  if (r.strong) put('strong');
  const complementWords = r.rationale.split(/\s+/u).filter(Boolean);
  put(NAMES.words.of(bucket(complementWords.length, [1, 3, 8, 16])));
  const first = (complementWords[0] ?? '').toLowerCase().replace(/[’]/g, "'");
  if (/^\p{Lu}/u.test(complementWords[0] ?? '')) put('complement-capitalised');
  if (DETERMINERS.has(first)) put('complement-determiner');
  if (SUBJECT_PRONOUNS.has(first)) put('complement-pronoun');
  if (/["«»“”]/u.test(r.rationale)) put('complement-quoted');
  const before = site.text.slice(Math.max(0, r.index - 40), r.index);
  const prevWord = lastWord(before).toLowerCase();
  if (/[,;:–—]\s*$/u.test(before)) put('after-punctuation');
  else if (!prevWord) put('sentence-start');
  if (DETERMINERS.has(prevWord)) put('after-determiner');
  if (PREPOSITIONS.has(prevWord)) put('after-preposition');
  if (PARTICIPLE_END.test(prevWord)) put('after-participle');
  if (/(?:tion|ment|ance|ence|ité|ity|ness|age)s?$/u.test(prevWord)) put('after-noun');
  if (site.quote) put(r.index > site.quote.open && r.index < site.quote.close ? 'inside-quote' : 'outside-quote');
  const position = r.index / Math.max(1, site.text.length);
  put(NAMES.position.of(position < 0.2 ? 'start' : position > 0.7 ? 'end' : 'middle'));
  // The same word-shape evidence weighs differently in French and English (a participle before
  // « pour » is not one before "to"): each generic feature also counts per language, so that
  // fitting one language's cues does not move the other's.
  for (const key of names.slice()) if (!key.startsWith('r:') && !key.startsWith('cue:')) put(NAMES.lang.of(site.lang, key));
  return names;
}

/** The features of a candidate as an object (for training). */
function featuresOf(site: ReasonSite, r: Rationale, earliest: boolean, count: number): Features {
  const f: Features = {};
  for (const name of featureNames(site, r, earliest, count)) f[name] = 1;
  return f;
}

/** A candidate's probability: the weights of its features summed in their stored order, no object built. */
function scoreOf(model: BinaryModel, site: ReasonSite, r: Rationale, earliest: boolean, count: number): number {
  const score = new RunningScore(model);
  for (const name of featureNames(site, r, earliest, count)) score.add(name);
  return score.probability();
}

/**
 * The stated reason of a claim among `candidates` (every rationale rule's find in its clause, in
 * text order; the earliest is the rules' own choice), or null: the scorer's best above its threshold.
 */
export function chooseRationale(site: ReasonSite, candidates: readonly Rationale[]): { rationale: Rationale | null; score: number | null } {
  if (candidates.length === 0) return { rationale: null, score: null };
  const earliest = candidates.reduce((a, b) => (b.index < a.index ? b : a));
  if (training()) {
    recordCandidates({ task: 'rationale', about: { text: site.text, kind: site.kind }, candidates: candidates.map((r) => ({ value: r.rationale, features: featuresOf(site, r, r === earliest, candidates.length) })) });
    return { rationale: earliest, score: null };
  }
  const model = MODELS[site.lang];
  if (!model || !hasWeights(model.weights)) return { rationale: earliest, score: null };
  let best = { r: candidates[0] as Rationale };
  let bestP = -1;
  for (const r of candidates) {
    const p = scoreOf(model, site, r, r === earliest, candidates.length);
    if (p > bestP) {
      bestP = p;
      best = { r };
    }
  }
  if (bestP < model.threshold) {
    noteFired('rationale.below-threshold');
    return { rationale: null, score: bestP };
  }
  noteFired('rationale.scored');
  return { rationale: { ...best.r, trace: [...best.r.trace, 'rationale.scored'] }, score: bestP };
}

defineRule('rationale', { id: 'rationale.scored', lang: 'fr+en', why: 'The rationale scorer\'s best candidate, at or above its threshold: the reason shown.', examples: [{ lang: 'en', text: 'The company closed the plant, citing falling demand for its cars.' }], family: 'rationale-scorer' });
defineRule('rationale', { id: 'rationale.below-threshold', lang: 'fr+en', why: 'No stated reason the rules found reaches the rationale scorer\'s threshold: "no rationale stated" rather than a doubtful one.', examples: [{ lang: 'en', text: 'He said he would go to the market on Monday to buy some bread.' }], family: 'rationale-scorer' });
