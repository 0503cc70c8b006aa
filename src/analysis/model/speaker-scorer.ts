// Choosing a claim's speaker. The quote and reported-speech rules each propose one (rules/*.ts),
// and a few plain candidates are added (the names of the sentence, the last speaker, the names of
// the sentence before); a learned scorer (weights/speaker.json) gives each a probability from
// features the rules and the text provide, and the best is shown only above a threshold: below it
// the claim is "unattributed", since a wrong speaker costs the reader more than a missing one.
import type { Mention } from '../entities';
import type { Attribution, SpeakerFinder } from '../speakers';
import { normKey as plainNormKey } from '../../text/normalize';
import { memoized } from '../../text/memo';
import { defineRule, noteFired, RuleTable, type Fired, type Lang, type RuleExample } from '../rules/engine';
import { hasWeights, RunningScore, type BinaryModel, type Features } from './logistic';
import { FeatureNames, FeatureNames2 } from './feature-names';
import { recordCandidates, training } from './candidates';
import SPEAKER_MODEL from './weights/speaker.json';

/** Where a claim stands, for the plain candidates and the features. */
export interface ClaimSite {
  readonly lang: Lang;
  readonly finder: SpeakerFinder;
  readonly kind: 'direct' | 'indirect';
  /** The claim's sentence or clause. */
  readonly start: number;
  readonly end: number;
  /** The quote, for a direct claim. */
  readonly quote: { open: number; close: number } | null;
  /** Where the sentence before begins (same or previous paragraph), or -1. */
  readonly previousStart: number;
  readonly lastSpeaker: string | null;
}

const ex = (lang: Lang, text: string): RuleExample => ({ lang, text });
/** Persons and organisations named outside quotes, and not as a complement ("après la mort de George Floyd", "a tribute to X"): one who speaks is a subject or object, not governed by a preposition. */
const outsideQuotes = (site: ClaimSite, ms: Mention[]): Mention[] => ms.filter((m) => !site.finder.inQuote(m.start) && ['PER', 'ORG'].includes(site.finder.type(m) ?? '') && !site.finder.governed(m, 0));

/** Plain candidates: names near the claim that the rules did not propose, so the scorer can prefer them. */
export const PLAIN_SPEAKER_RULES = new RuleTable<ClaimSite, string[]>('speaker', [
  {
    id: 'speaker.sentence-name',
    lang: 'fr+en',
    why: 'A person or organisation named in the claim\'s sentence, outside its quotes, may be its speaker even when no rule links them.',
    examples: [ex('fr', 'Interrogé sur la réforme, Mark Warner reste prudent : « Nous verrons bien. »')],
    apply: (site) => {
      const names = outsideQuotes(site, site.finder.mentionsIn(site.start, site.end)).map((m) => site.finder.name(m)).filter((n): n is string => !!n);
      return names.length ? [...new Set(names)] : null;
    },
  },
  {
    id: 'speaker.last-speaker',
    lang: 'fr+en',
    why: 'The speaker of the claims just before often goes on speaking.',
    examples: [ex('en', 'Mark Warner said the gains were real. “We will keep going,” the senator added, “and we will win.”')],
    apply: (site) => (site.lastSpeaker ? [site.lastSpeaker] : null),
  },
  {
    id: 'speaker.previous-sentence-name',
    lang: 'fr+en',
    why: 'A person or organisation named in the sentence before, outside quotes, is often the one quoted next.',
    examples: [ex('en', 'Mark Warner visited Kyiv on Monday. “The gains are real.”')],
    apply: (site) => {
      if (site.previousStart < 0) return null;
      const names = outsideQuotes(site, site.finder.mentionsIn(site.previousStart, site.start)).map((m) => site.finder.name(m)).filter((n): n is string => !!n);
      return names.length ? [...new Set(names)].slice(-3) : null;
    },
  },
]);

/** One model per language, its threshold and margin chosen on tests/gold (scripts/train-scorers.ts). */
const MODELS = (SPEAKER_MODEL as unknown as { models: Record<Lang, BinaryModel & { margin: number }> }).models;
/** normKey, memoised per text (the same few names are compared many times). */
let keys = new Map<string, string>();
let keysOf: SpeakerFinder | null = null;
function normKey(s: string, finder?: SpeakerFinder): string {
  if (finder && finder !== keysOf) {
    keys = new Map();
    keysOf = finder;
  }
  let k = keys.get(s);
  if (k === undefined) {
    k = plainNormKey(s);
    keys.set(s, k);
  }
  return k;
}
/** Rules that decide a claim has no speaker: an agentless passive. */
const AGENTLESS = new Set(['reported.agentless-passive', 'source.agentless-passive', 'subject.passive']);
const DETERMINER_FIRST = /^(?:le|la|les|l['’]|un|une|des|du|de|the|a|an|some|many|several)\s/iu;
const NOT_A_NAME = /(?:^|\s)(?:a-t-(?:il|elle)|qui|que|dont|which|who|that|est|sont|a|ont|is|are|was|were|has|have)(?:\s|$)|^\p{Ll}+$/iu;

interface Merged {
  speaker: string | null;
  /** The first attribution proposing it (its cue and trace are kept). */
  attribution: Attribution;
  rules: Set<string>;
  /** Top-level rules that proposed it. */
  proposers: Set<string>;
  bestRank: number;
}

/** A count bucket: "1", "2", "3+". */
const bucket = (n: number, top = 3): string => (n >= top ? `${top}+` : String(n));

/** Where the candidate's name stands around the claim: its mentions in the sentence outside quotes. */
function placeOf(site: ClaimSite, name: string, siteMentions: readonly Mention[]): { mentions: Mention[]; inQuote: boolean } {
  const finder = site.finder;
  const all = siteMentions.filter((m) => (finder.name(m) ?? '') === name);
  return { mentions: all.filter((m) => !finder.inQuote(m.start) && !(site.quote && m.start >= site.quote.open && m.start < site.quote.close)), inQuote: all.some((m) => finder.inQuote(m.start) || (site.quote !== null && m.start >= site.quote.open && m.start < site.quote.close)) };
}

/** The feature names built from values (feature-names.ts: made once each). */
const NAMES = {
  rule: new FeatureNames('r:'),
  proposers: new FeatureNames('proposers:'),
  rank: new FeatureNames('rank:'),
  kind: new FeatureNames('kind:'),
  type: new FeatureNames('type:'),
  typeKind: new FeatureNames2('type:', '&kind:'),
  langType: new FeatureNames2('lang:', '&type:'),
  mentions: new FeatureNames('mentions:'),
  words: new FeatureNames('words:'),
};

/** The features of a candidate as an object (for training and the tests). */
function featuresOf(site: ClaimSite, c: Merged, first: boolean, nearest: Nearest, siteMentions: readonly Mention[]): Features {
  const f: Features = { bias: 1 };
  featuresInto(site, c, first, nearest, siteMentions, (name) => {
    f[name] = 1;
  });
  return f;
}

/** A candidate's probability, its features given straight to the score (no object per candidate). */
function scoreOf(model: BinaryModel, site: ClaimSite, c: Merged, first: boolean, nearest: Nearest, siteMentions: readonly Mention[]): number {
  const score = new RunningScore(model);
  score.add('bias');
  featuresInto(site, c, first, nearest, siteMentions, (name) => score.add(name));
  return score.probability();
}

type Nearest = { before: string | null; after: string | null; subject: string | null };

/** Gives `put` each feature of value 1 of a candidate beyond the bias, once each, in a fixed order. */
function featuresInto(site: ClaimSite, c: Merged, first: boolean, nearest: Nearest, siteMentions: readonly Mention[], put: (name: string) => void): void {
  const finder = site.finder;
  for (const r of c.rules) put(NAMES.rule.of(r));
  put(NAMES.proposers.of(bucket(c.proposers.size)));
  put(NAMES.rank.of(c.bestRank === 0 ? '0' : c.bestRank < 10 ? '1-9' : c.bestRank < 100 ? '10-99' : 'plain'));
  if (first) put('first');
  put(NAMES.kind.of(site.kind));
  if (c.speaker === null) {
    put('none');
    if (nearest.before || nearest.after) put('none&name-in-sentence');
    return;
  }
  const entity = finder.entityNamed(c.speaker);
  const type = entity?.type ?? 'phrase';
  put(NAMES.type.of(type));
  put(NAMES.typeKind.of(type, site.kind));
  put(NAMES.langType.of(site.lang, type));
  if (entity) {
    const place = placeOf(site, entity.text, siteMentions);
    if (place.inQuote) put('named-in-quote');
    if (place.mentions.length) put('named-in-sentence');
    if (place.mentions.some((m) => finder.governed(m, site.start))) put('governed-in-sentence');
    if (place.mentions.some((m) => /(?:^|\s)(?:à|au|aux|to|told|tells)\s+(?:l['’]\s*|la\s+|le\s+|les\s+|the\s+)?$/iu.test(finder.text.slice(Math.max(0, m.start - 12), m.start)))) put('addressee');
    if (place.mentions.length === 0 && !place.inQuote) put('named-elsewhere');
    put(NAMES.mentions.of(bucket(entity.mentions, 4)));
  } else {
    const key = normKey(c.speaker);
    if (site.quote && quoteKeyOf(site, site.quote).includes(key)) put('named-in-quote');
  }
  if (nearest.before === c.speaker) put('nearest-before');
  if (nearest.after === c.speaker) put('nearest-after');
  if (nearest.subject === c.speaker) put('sentence-subject');
  if (site.lastSpeaker && normKey(site.lastSpeaker) === normKey(c.speaker)) put('last-speaker');
  for (const name of shapeOf(c.speaker)) put(name);
}

/** The normalised text of a site's quote, worked out once per site (each candidate with no entity reads it). */
const QUOTE_KEYS = new WeakMap<ClaimSite, string>();
function quoteKeyOf(site: ClaimSite, quote: { open: number; close: number }): string {
  let key = QUOTE_KEYS.get(site);
  if (key === undefined) QUOTE_KEYS.set(site, (key = normKey(site.finder.text.slice(quote.open, quote.close))));
  return key;
}

/** The features a speaker's own wording gives, in order (the same few names are candidates again and again). */
const shapeOf = memoized((speaker: string): string[] => {
  const names = [NAMES.words.of(bucket(speaker.split(/\s+/u).length, 4))];
  if (/^\p{Ll}/u.test(speaker)) names.push('lowercase-start');
  if (DETERMINER_FIRST.test(speaker)) names.push('determiner-first');
  if (NOT_A_NAME.test(speaker)) names.push('not-a-name');
  return names;
}, 10000);

/** The person or organisation named nearest before and after the claim's quote or start, and the sentence's first name no preposition governs. */
function nearestNames(site: ClaimSite): { before: string | null; after: string | null; subject: string | null } {
  const finder = site.finder;
  const ms = finder.mentionsIn(site.start, site.end).filter((m) => !finder.inQuote(m.start) && ['PER', 'ORG'].includes(finder.type(m) ?? '') && !(site.quote && m.start >= site.quote.open && m.start < site.quote.close));
  const anchorStart = site.quote ? site.quote.open : site.start;
  const anchorEnd = site.quote ? site.quote.close : site.start;
  const before = ms.filter((m) => m.end <= anchorStart).at(-1);
  const after = ms.find((m) => m.start >= anchorEnd);
  const subject = ms.find((m) => !finder.governed(m, site.start));
  return { before: finder.name(before), after: finder.name(after), subject: finder.name(subject) };
}

/**
 * The speaker of a claim: the candidates the rules yielded (`fired`, in table order, the first being
 * the rules' own choice), plus the plain candidates; the scorer's best above its threshold, else none.
 */
export function chooseSpeaker(site: ClaimSite, fired: ReadonlyArray<Fired<Attribution>>, fallback: Attribution | null): { attribution: Attribution; score: number | null } {
  normKey('', site.finder);
  const legacy = fired[0]?.value ?? fallback;
  const merged = new Map<string, Merged>();
  const add = (a: Attribution, rank: number, proposer: string): void => {
    const k = a.speaker === null ? '' : normKey(a.speaker);
    if (a.speaker !== null && !k) return;
    const m = merged.get(k) ?? { speaker: a.speaker, attribution: a, rules: new Set<string>(), proposers: new Set<string>(), bestRank: rank };
    for (const r of a.trace) m.rules.add(r);
    m.proposers.add(proposer);
    m.bestRank = Math.min(m.bestRank, rank);
    merged.set(k, m);
  };
  for (const f of fired) add(f.value, f.rank, f.rule);
  if (fallback && fired.length === 0) add(fallback, 50, fallback.trace[0] ?? 'fallback');
  for (const plain of PLAIN_SPEAKER_RULES.all(site)) for (const name of plain.value) add({ speaker: name, cue: legacy?.cue ?? null, trace: [plain.rule] }, 100 + plain.rank, plain.rule);
  if (merged.size === 0) return { attribution: legacy ?? { speaker: null, cue: null, trace: [] }, score: null };

  const text = site.finder.text;
  const legacyKey = legacy ? (legacy.speaker === null ? '' : normKey(legacy.speaker)) : null;
  const nearest = nearestNames(site);
  const siteMentions = site.finder.mentionsIn(site.start, site.end);
  const entries = [...merged.entries()];

  if (training()) {
    const scored = entries.map(([k, m]) => ({ m, features: featuresOf(site, m, k === legacyKey, nearest, siteMentions) }));
    recordCandidates({ task: 'speaker', about: { text: text.slice(site.start, site.end), quote: site.quote ? text.slice(site.quote.open + 1, site.quote.close - 1) : null, kind: site.kind }, candidates: scored.map((s) => ({ value: s.m.speaker, features: s.features })) });
    return { attribution: legacy ?? { speaker: null, cue: null, trace: [] }, score: null };
  }
  const model = MODELS[site.lang];
  if (!model || !hasWeights(model.weights)) return { attribution: legacy ?? { speaker: null, cue: null, trace: [] }, score: null };
  // An agentless passive ("were asked to say", "was described as") has no speaker, by the annotation
  // conventions: no candidate overrides that.
  if (legacy && legacy.speaker === null && legacy.trace.some((r) => AGENTLESS.has(r))) return { attribution: legacy, score: null };
  // The rules' first choice stands unless another candidate beats it by the model's margin: the
  // scorer overrides a rule only when it is clearly surer.
  // (A first choice of nobody — a cue whose source the rules could not read — has no margin: any
  // name reaching the threshold is shown rather than leaving the claim unattributed.)
  // Each candidate's probability, worked out once, straight from its features.
  const scored = entries.map(([k, m]) => ({ m, first: k === legacyKey, p: scoreOf(model, site, m, k === legacyKey, nearest, siteMentions) }));
  let best = scored.find((x) => x.first) ?? (scored[0] as (typeof scored)[number]);
  const margin = best.m.speaker === null ? 0 : model.margin;
  let bestP = best.m.speaker === null ? -1 : best.p;
  for (const s of scored) {
    const p = s.p;
    if (p > bestP + margin) {
      bestP = p;
      best = s;
    }
  }
  const cue = best.m.attribution.cue ?? legacy?.cue ?? null;
  if (best.m.speaker === null) return { attribution: { ...best.m.attribution, trace: [...best.m.attribution.trace, fire('speaker.scored-none')] }, score: bestP };
  if (bestP < model.threshold) return { attribution: { speaker: null, cue, trace: [...(legacy?.trace.slice(0, 1) ?? []), fire('speaker.below-threshold')] }, score: bestP };
  return { attribution: { speaker: best.m.speaker, cue, trace: [...best.m.attribution.trace, fire('speaker.scored')] }, score: bestP };
}

function fire(id: string): string {
  noteFired(id);
  return id;
}

for (const [id, why, example] of [
  ['speaker.scored', 'The speaker scorer\'s best candidate, at or above its threshold: the speaker shown.', ex('en', '“We will keep going,” Mark Warner said on Monday.')],
  ['speaker.scored-none', 'The speaker scorer prefers "no speaker" to every name proposed (a pronoun with nobody to refer to).', ex('fr', 'Elle déplore "un peu de flou du côté de l\'Etat".')],
  ['speaker.below-threshold', 'No candidate reaches the speaker scorer\'s threshold: the claim is shown unattributed rather than under a doubtful name.', ex('en', 'More than 50 years later, the trade was portrayed in Steven Spielberg’s 2015 film, “Bridge of Spies.”')],
] as const) defineRule('speaker', { id, lang: 'fr+en', why, examples: [example], family: 'speaker-scorer' });
