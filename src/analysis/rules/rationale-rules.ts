// Rationale rules: the explicit cues of a stated reason or purpose (each a row with its pattern),
// and the guards that decide whether an ambiguous cue ("pour", "to", "car", "as", "since") states
// one here. A guard table is read in order; its first row that yields decides ("accept" or
// "reject"), and with no row yielding the cue is accepted. Never a reason the text does not state.
import { inClassInflected, inflectsEnglishVerb, isEnglishVerb } from '../lexicon/english-forms';
import { alternation, words } from '../lexicon/word-classes';
import { defineRule, RuleTable, type Lang, type Rule, type RuleLang, type RuleExample } from './engine';
import { sharedPrefixes } from '../../text/alternation';

export type Verdict = 'accept' | 'reject';

/** What a guard reads: the text before the cue, the complement after it, the mark that ended the complement, the cue as written. */
export interface GuardContext {
  readonly lang: Lang;
  readonly before: string;
  readonly complement: string;
  /** The character that ended the complement ("," "." …), '' when the early guard runs (complement not cut yet). */
  readonly after: string;
  readonly matched: string;
}

/** A cue of a stated reason: a row of the cue table. */
export interface CueRule {
  readonly id: string;
  readonly lang: RuleLang;
  readonly why: string;
  readonly examples: readonly RuleExample[];
  /** The cue's alternatives (regex source, longest first where one is the start of another). */
  readonly cue: RegExp;
  /** A strong cue makes an action claim on its own; a weak one only explains a claim found otherwise (a function: it depends on the text before the cue). */
  readonly strong: boolean | ((before: string) => boolean);
  /** The guard reads only the text before the cue and the complement's first words: run before the complement is cut. */
  readonly early?: boolean;
  /** Guard tables deciding whether the cue states a reason here, read in order; none: always. */
  readonly guards?: readonly RuleTable<GuardContext, Verdict>[];
  /** Fewest words of a complement (default: 1 after a nominal cue, else 2). */
  readonly minWords?: number;
  /** The complement is a clause: a comma before its verb does not end it (English: the verb can be recognised). */
  readonly clause?: boolean;
}

const A = "['’]";
// An elided cue ("afin d’") is glued to the next word; any other cue ends at a word boundary.
// (The phrases are compiled with their common prefixes shared: the same matches, read faster.)
const cue = (alternatives: string): RegExp => new RegExp(`(?<![\\p{L}\\p{M}])(${sharedPrefixes(alternatives)})(?:(?<=['’])|(?![\\p{L}\\p{M}]))\\s*`, 'giu');
const ex = (lang: Lang, text: string): RuleExample => ({ lang, text });

// ---- French "pour" + infinitive ---------------------------------------------------------------

const FR_INFINITIVE = /^(?:ne pas\s+|ne plus\s+)?(?:(?:mieux|bien|encore|davantage|enfin|vite|\p{Ll}{3,}ment)\s+)?(?:(?:se|s['’]|me|m['’]|te|nous|vous|lui|leur|les|la|le|l['’]|y|en)\s*){0,2}([\p{Ll}]+(?:er|ir|re|oir|dre))(?![\p{L}\p{M}])/u;
/** Endings of infinitives that are also those of nouns or adjectives ("pour la première fois", "pour le pouvoir"). */
const FR_NOT_INFINITIVES = /(?:ère|ière|ier|oir|ir)$/u;
const FR_VERBS_IN_IR_OIR = words('verb-in-ir-oir-fr');
const FR_VERBS_IN_RE = words('verb-in-re-fr');
/** Verbs in -ier ("justifier", "étudier"), which the noun ending -ier ("premier", "dossier") would hide. */
const FR_VERBS_IN_IER = /(?:fier|cier|lier|dier|rier|prier|nier|quier|vier|tier|pier|gier)$/u;
const FR_NOUNS_IN_IER = words('noun-in-ier-fr');

/** True when the complement opens with a French infinitive (after clitics and a negation). */
export function isFrenchInfinitive(complement: string): boolean {
  const m = FR_INFINITIVE.exec(complement);
  const verb = m?.[1];
  if (!verb) return false;
  if (verb.endsWith('ier') && !FR_NOUNS_IN_IER.has(verb) && FR_VERBS_IN_IER.test(verb)) return true;
  // After an article-like clitic ("pour la …") a noun is likelier than a verb: require a known verb.
  const clitic = /^(?:ne pas\s+|ne plus\s+)?(?:la|le|les|l['’])\s*/iu.test(complement);
  if (clitic && verb.endsWith('re')) return FR_VERBS_IN_RE.has(verb);
  return !FR_NOT_INFINITIVES.test(verb) || FR_VERBS_IN_IR_OIR.has(verb);
}

const DEGREE_BEFORE = /(?:trop|assez|suffisamment|insuffisamment)\s+(?:\S+\s+){0,3}$|\b(?:suffi\p{L}*|nécessaires?|indispensables?)\s+(?:\S+\s+){0,2}$/iu;
const POUR_COMPLEMENT_VERBS = /\b(?:plaid|milit|vot|opt|lutt|œuvr|prononc|bataill|appel|mobilis)[\p{L}]*\s+(?:\S+\s+){0,2}$/iu;
const POUR_COMPLEMENT_COORDINATED = /\b(?:plaid|milit|vot|opt|lutt|œuvr|prononc|bataill|appel|mobilis)[\p{L}]*\s+(?:\S+\s+){0,2}pour\s[^.;!?]*,\s*(?:et|ou|mais)\s+$/iu;
const TIME_BUDGET_BEFORE = new RegExp(`(?:\\d+\\s*h|\\b(?:${alternation('time-unit')}|temps|délai))\\s+$`, 'iu');

const rule = (id: string, lang: RuleLang, why: string, examples: RuleExample[], apply: (g: GuardContext) => Verdict | null): Rule<GuardContext, Verdict> => ({ id, lang, why, examples, apply });

export const POUR_GUARDS = new RuleTable<GuardContext, Verdict>('rationale', [
  rule('rationale.pour.not-infinitive', 'fr', '"pour" states a purpose only before an infinitive ("pour la première fois" does not).', [ex('fr', 'Les protocoles ont été signés pour la première fois en 2014.')], (g) => (isFrenchInfinitive(g.complement) ? null : 'reject')),
  rule('rationale.pour.degree', 'fr', '"trop/assez … pour" measures a degree, not a purpose.', [ex('fr', 'Il était trop fatigué pour continuer la course.')], (g) => (DEGREE_BEFORE.test(g.before) ? 'reject' : null)),
  rule('rationale.pour.complement-verb', 'fr', 'Verbs whose complement is introduced by "pour" ("a plaidé pour organiser", "a voté pour").', [ex('fr', 'Le député a plaidé pour organiser le vote en juin.')], (g) => (POUR_COMPLEMENT_VERBS.test(g.before) ? 'reject' : null)),
  rule('rationale.pour.coordinated-complement', 'fr', 'A "pour" coordinated with such a complement is one too ("plaidé pour organiser X, et pour installer Y").', [ex('fr', 'Il a plaidé pour organiser le second tour en juin, et pour installer rapidement les conseils.')], (g) => (POUR_COMPLEMENT_COORDINATED.test(g.before) ? 'reject' : null)),
  rule('rationale.pour.time-budget', 'fr', 'A span of time given to do something ("a 24h pour déposer") is no purpose.', [ex('fr', 'L’opposition a 24h pour déposer une motion de censure.')], (g) => (TIME_BUDGET_BEFORE.test(g.before) ? 'reject' : null)),
  rule('rationale.pour.past-cause', 'fr', '"pour avoir/être" + participle gives a past cause of a sanction, not a purpose.', [ex('fr', 'Il a été condamné pour avoir menti aux enquêteurs.')], (g) => (/^(?:avoir|être)\s/iu.test(g.complement) ? 'reject' : null)),
  rule('rationale.pour.heading', 'fr', 'A sentence that starts with "Pour …" states a purpose only when a main clause follows ("Pour repérer ces personnes, la loi …"); alone it is a heading.', [ex('fr', 'Pour dépasser le tabac')], (g) => (/^\s*$|[.!?]\s*$/u.test(g.before) && g.after !== ',' ? 'reject' : null)),
]);

// ---- French "car" ------------------------------------------------------------------------------

/** The noun "car" (a coach) after a determiner or preposition. */
const CAR_NOUN_BEFORE = /(?:^|[\s'’])(?:le|un|du|au|ce|cet|son|mon|ton|notre|votre|leur|quel|en|par|premier|dernier|les|des|aux|ces|ses|mes|nos|vos|leurs|l['’])\s*$/iu;
const CAR_AFTER_MARK = /(?:^|[,;»"”])\s*$/u;

export const CAR_GUARDS = new RuleTable<GuardContext, Verdict>('rationale', [
  rule('rationale.car.capital-mid-sentence', 'fr', 'A capital "Car" is the conjunction only at a sentence start.', [ex('fr', 'Le modèle Car de la marque est sorti.')], (g) => (g.matched === 'Car' && !/^\s*$|[.!?»"”]\s*$/u.test(g.before) ? 'reject' : null)),
  rule('rationale.car.noun', 'fr', '"car" after a determiner or preposition is the noun (a coach), not the conjunction.', [ex('fr', 'Il a pris le car de nuit.')], (g) => (g.matched === 'car' && CAR_NOUN_BEFORE.test(g.before) ? 'reject' : null)),
]);

// ---- English "to" + infinitive ------------------------------------------------------------------

const EN_COMPLEMENT_TAKERS = words('complement-taker-en');
const EN_NOT_VERBS = words('not-a-verb-en');
const EN_VERBS_IN_ER = words('verb-in-er-en');
const PURPOSE_PARTICIPLES = words('purpose-participle-en');
const EN_LY_TAKERS = words('ly-taker-en');
const INFLUENCE_VERBS = words('influence-verb-en');
const COMPLEMENT_CONTEXT = words('complement-context-en');
const DETERMINERS = words('determiner');
const QUANTIFIERS = words('quantifier-en');
const HAVE_FORMS = words('have-form-en');
const INTERVENING_ADVERBS = words('intervening-adverb-en');

/** "to" + a word + a finite auxiliary: the word is the auxiliary's subject, a noun. */
const NOUN_BEFORE_FINITE = /^\p{L}+\s+(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might)(?![\p{L}'’])/u;

/** The verb a noun in -ation is made from ("hesitation" → "hesitate", "invitation" → "invite", "expectation" → "expect"), if the lexicon knows it. */
function verbOfNominal(noun: string): string | null {
  if (!noun.endsWith('ation')) return null;
  const stem = noun.slice(0, -'ation'.length);
  return [`${stem}ate`, `${stem}e`, stem].find((v) => v.length > 2 && isEnglishVerb(v)) ?? null;
}

const ABBREVIATIONS = words('abbreviation');
/** The word right after "to". */
const nextWord = (g: GuardContext): string => /^(\p{L}[\p{L}’'-]*)/u.exec(g.complement)?.[1] ?? '';

/** A word lowercased with only its letters, digits, apostrophes and hyphens (plain ASCII words skip the regex). */
function bareWord(w: string): string {
  const lower = w.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 45)) return lower.replace(/[^\p{L}\p{N}’'-]/gu, '');
  }
  return lower;
}

/** The words before "to" since the previous "to" (at most five), lowercase, and the one right before (negation skipped). */
function wordsBefore(before: string): WordsBefore {
  // Most "to" guards read them for the same cue in turn: the last answer is kept.
  if (lastWordsBefore?.before === before) return lastWordsBefore.found;
  const found = readWordsBefore(before);
  lastWordsBefore = { before, found };
  return found;
}
interface WordsBefore {
  readonly words: readonly string[];
  readonly prev: string;
  readonly k: number;
  readonly lastTo: number;
}
let lastWordsBefore: { before: string; found: WordsBefore } | null = null;

/** A negated auxiliary read as its base ("isn't" → "is", "doesn't" → "does", "won't" → "will"). */
function unnegated(w: string): string {
  if (!/n['’]t$/u.test(w)) return w;
  if (/^won['’]t$/u.test(w)) return 'will';
  if (/^can['’]t$/u.test(w)) return 'can';
  return w.slice(0, -3);
}

function readWordsBefore(before: string): WordsBefore {
  const near60 = before.slice(-60);
  const all = near60.trim().split(/\s+/u).slice(before.length > 60 ? 1 : 0).map((w) => unnegated(bareWord(w)));
  const lastTo = all.lastIndexOf('to');
  const list = all.slice(Math.max(lastTo + 1, all.length - 5));
  let k = list.length - 1;
  // A negation or an adverb of time between the verb and "to" does not change what governs it.
  while (k > 0 && (list[k] === 'not' || list[k] === 'never' || INTERVENING_ADVERBS.has(list[k] as string))) k--;
  return { words: list, prev: list[k] ?? '', k, lastTo };
}


const AUXILIARIES = words('auxiliary');
const RELATIVES = words('relative');
const SUBORDINATORS = words('subordinator');
const COORDINATORS = words('coordinator');
/** Words an influence verb's object may not hold: the opening of another clause or verb group. */
function opensClause(w: string): boolean {
  return w === 'to' || AUXILIARIES.has(w) || RELATIVES.has(w) || SUBORDINATORS.has(w) || (/(?:ed|ing)$/u.test(w) && inflectsEnglishVerb(w));
}

/** The text after the last mark that ends a sentence or clause in `text` (";", ":", "!", "?", or a period that is not an abbreviation's). */
function lastSentence(text: string): string {
  let from = 0;
  for (const m of text.matchAll(/[.;:!?](?:\s|$)/gu)) {
    if (m[0][0] === '.' && ABBREVIATIONS.has(/(\S*)$/u.exec(text.slice(0, m.index))?.[1]?.toLowerCase() ?? '')) continue;
    from = m.index + m[0].length;
  }
  return text.slice(from);
}

/** A noun made from a verb of influence or choice ("selection", "nomination", "appointment"). */
function isInfluenceNominal(noun: string): boolean {
  const stems = noun.endsWith('ion') ? [noun.slice(0, -3), `${noun.slice(0, -3)}e`, `${noun.slice(0, -5)}e`] : noun.endsWith('ment') ? [noun.slice(0, -4)] : [];
  return stems.some((v) => INFLUENCE_VERBS.has(v));
}

/** True when an influence verb stands within the sentence, at most twenty words before "to", with nothing but its object between. */
function influenceVerbGoverns(before: string): boolean {
  const raw = lastSentence(before.slice(-200)).trim().split(/\s+/u).slice(-20);
  for (let i = raw.length - 1; i >= 0; i--) {
    const w = bareWord(raw[i] as string);
    // (The noun of such a verb governs it too, through "of": "the selection of SpaceX, Blue Origin … to join".)
    if (inClassInflected(INFLUENCE_VERBS, w) || (bareWord(raw[i + 1] ?? '') === 'of' && isInfluenceNominal(w))) return i < raw.length - 1;
    if (opensClause(w)) return false;
    // (", and lied on official forms to hide": a coordinator after a comma opens another clause.)
    if (COORDINATORS.has(w) && /,$/u.test(raw[i - 1] ?? '')) return false;
  }
  return false;
}

const INTENT_VERBS = words('intent-verb-en');
/** Words that open an adjunct of time, manner or company between a verb and its "to" ("agreed on Friday to", "decided last April to", "tried in vain to"). */
const ADJUNCT_OPENERS = words('adjunct-opener-en');

const SUBJECT_PRONOUNS = words('subject-pronoun');
/** Most of these verbs are nouns too ("a plan in place to look"): a verb only in a past form or after a subject pronoun, an auxiliary or "to". */
const isFiniteVerb = (w: string, prev: string): boolean => /ed$/u.test(w) || w === 'chose' || w === 'sought' || SUBJECT_PRONOUNS.has(prev) || AUXILIARIES.has(prev) || prev === 'to';

/**
 * True when a verb of intending, deciding or attempting stands at most six words before "to" with only an
 * adjunct between, opened by a word of adjunct-opener-en and holding no verb form, clause opener or mark
 * ("voted in October to approve", "refused on several occasions to denounce").
 */
function intentVerbAcrossAdjunct(before: string): boolean {
  const clause = before.slice(-120).split(/[,;:.!?()“”"](?:\s|$)/u).pop() ?? '';
  const raw = clause.trim().split(/\s+/u).slice(-8).map(bareWord);
  for (let i = raw.length - 2; i >= 0 && i >= raw.length - 7; i--) {
    const w = raw[i] as string;
    if (inClassInflected(INTENT_VERBS, w)) return isFiniteVerb(w, raw[i - 1] ?? '') && ADJUNCT_OPENERS.has(raw[i + 1] as string) && raw.slice(i + 2).every((x) => !opensClause(x));
    if (opensClause(w)) return false;
  }
  return false;
}

/** A determiner and an ordinal-like head, then up to six words of its noun phrase (no clause mark), right before "to". */
const ORDINAL_HEAD = new RegExp(`(?:^|\\s)(?:the|its|his|her|their|our|a|an)\\s+(?:${alternation('ordinal-head-en')})(?:\\s+[^\\s,;:.!?()“”"]+){0,6}\\s*$`, 'iu');
/** An English infinitive ending on a preposition whose object is missing ("to feel good about"). */
const STRANDED_PREPOSITION = /\s(?:about|at|for|from|in|into|of|on|over|to|upon|with)$/iu;

export const TO_GUARDS = new RuleTable<GuardContext, Verdict>('rationale', [
  rule('rationale.to.no-verb-after', 'en', '"to" before a name, a determiner, a pronoun, a noun or an -ing/-ed/-s form is no infinitive ("to the", "to court", "to Moscow").', [ex('en', 'Overbooking can lead to bumping when a passenger is moved.')], (g) => {
    const next = nextWord(g);
    // (An inflected-looking word that is a verb's base form is one: "to express", "to succeed", "to bring".)
    return !next || /^\p{Lu}/u.test(next) || EN_NOT_VERBS.has(next.toLowerCase()) || (/(?:ing|ed|s)$/u.test(next) && !isEnglishVerb(next.toLowerCase())) ? 'reject' : null;
  }),
  rule('rationale.to.noun-before-finite', 'en', 'A word after "to" that a finite verb follows is a noun, the subject of that verb ("The answer to hate is not more hate"): no infinitive.', [ex('en', 'The answer to hate is not more hate; it is compassion.')], (g) => (NOUN_BEFORE_FINITE.test(g.complement) ? 'reject' : null)),
  rule('rationale.to.ordinal-head', 'en', 'An ordinal, "only", "last" or "next" heading the noun phrase before "to" (word class ordinal-head-en) licenses an infinitival relative: "the first player in NBA history to record a triple-double" says who did it first, not why.', [ex('en', 'James became the first player in NBA history to record a triple-double against every team.')], (g) => (ORDINAL_HEAD.test(g.before.slice(-90)) ? 'reject' : null)),
  rule('rationale.to.stranded-preposition', 'en', 'An infinitive that ends on its preposition ("a whole lot to feel good about", "someone to rely on") completes the noun before it, which is the preposition\'s missing object (an infinitival relative): it states no purpose. (Read once the complement is cut at its clause end.)', [ex('en', 'You could tell we were not giving them a whole lot to feel good about.')], (g) => (g.after !== '' && STRANDED_PREPOSITION.test(g.complement) && g.complement.split(/\s+/u).length <= 6 ? 'reject' : null)),
  rule('rationale.to.comparative-after', 'en', 'A word in -er after "to" is a comparative ("to cheaper bases") unless it is a verb in -er.', [ex('en', 'It could result in the relocation of jobs to cheaper bases.')], (g) => {
    const next = nextWord(g).toLowerCase();
    return /(?:er|ier)$/u.test(next) && !EN_VERBS_IN_ER.has(next) ? 'reject' : null;
  }),
  rule('rationale.to.sentence-start', 'en', 'A sentence-initial "To answer this question, …" is a purpose; a verb must follow ("4 p.m. to midnight" after an abbreviation\'s period is a range).', [ex('en', 'To answer this question, the scientists asked five people to perform a task.')], (g) => ((/^\s*$/u.test(g.before) || /[.!?]\s*$/u.test(g.before)) && isEnglishVerb(nextWord(g).toLowerCase()) ? 'accept' : null)),
  rule('rationale.to.range', 'en', '"from X to Y" and glued "street-to-street" are ranges.', [ex('en', 'Prices rose from last year to reach a record.')], (g) => (!/\s$/u.test(g.before) || /\bfrom\b/iu.test(g.before.slice(-60)) ? 'reject' : null)),
  rule('rationale.to.after-comma', 'en', 'After a comma the infinitive is adverbial ("…, at sea for a week at a time, to fish").', [ex('en', 'The boat makes trips, at sea for a week at a time, to fish near the islands.')], (g) => (/,\s*$/u.test(g.before) ? 'accept' : null)),
  rule('rationale.to.complement-taker', 'en', 'After a verb, adjective or noun that takes an infinitive ("wanted to", "able to", "the right to"), in any of its forms ("struggles to"), "to" opens its complement.', [ex('en', 'He wanted to leave the party before the vote.'), ex('en', 'The council struggles to fill the posts it has.')], (g) => {
    const { prev } = wordsBefore(g.before);
    return prev === '' || /^\d/u.test(prev) || inClassInflected(EN_COMPLEMENT_TAKERS, prev) ? 'reject' : null;
  }),
  rule('rationale.to.nominalised-taker', 'en', 'A noun in -ation made from a verb that takes an infinitive keeps it ("little hesitation to doctor", "an invitation to speak", "the expectation to deliver"): the infinitive completes the noun.', [ex('en', 'Trump has shown little hesitation to doctor reports in the past.')], (g) => {
    const base = verbOfNominal(wordsBefore(g.before).prev);
    return base && (EN_COMPLEMENT_TAKERS.has(base) || INFLUENCE_VERBS.has(base)) ? 'reject' : null;
  }),
  rule('rationale.to.it-takes', 'en', '"It takes (time, imagination, money) to …": the infinitive completes "it takes", it states no purpose.', [ex('en', 'It doesn’t take much imagination to envision a future without search results.')], (g) => (/\bit\s+(?:(?:does|did|will|would|may|might|could|should|can)(?:n['’]t|\s+not)?\s+)?(?:take|takes|took|taken)\b(?:\s+\S+){0,4}\s*$/iu.test(g.before.slice(-80)) ? 'reject' : null)),
  rule('rationale.to.have-object', 'en', 'After "have" and a noun phrase it opens ("have many platforms to reach customers", "had no time to prepare", "have the cash or cash flow to make"), the infinitive completes the noun (what the thing is for, what is to be done): no purpose of an action.', [ex('en', 'Advertisers have many online platforms to reach customers.')], (g) => {
    // (The noun phrase may be longer than the five words the other guards read: up to eight, in one clause.)
    const near = g.before.slice(-80).split(/[,;:()“”"]/u).pop()?.trim().split(/\s+/u).slice(-8).map(bareWord) ?? [];
    const list = near.slice(near.lastIndexOf('to') + 1);
    const at = list.findIndex((w) => HAVE_FORMS.has(w));
    const opener = list[at + 1] ?? '';
    return at >= 0 && (DETERMINERS.has(opener) || QUANTIFIERS.has(opener)) ? 'reject' : null;
  }),
  rule('rationale.to.coordinated-infinitive', 'en', 'A second infinitive joined to a first by "or"/"and" is its like ("harder to fix … or to make").', [ex('en', 'Leaders will find it harder to fix crumbling roads or to make emergency moves in a recession.')], (g) => {
    const { prev, lastTo } = wordsBefore(g.before);
    if (prev !== 'or' && prev !== 'and') return null;
    // The first infinitive may stand further back in the sentence than the words read near the cue.
    return lastTo >= 0 || /\bto\s+\p{L}/u.test(g.before.split(/[.!?]\s+/u).pop() ?? '') ? 'reject' : null;
  }),
  rule('rationale.to.after-adjective', 'en', 'After an -ing form or an adjective in -ble/-ful/-ous/-ity, "to" is its complement ("leaving them to soak").', [ex('en', 'The results were remarkable to see.')], (g) => (/(?:ing|ble|ful|ous|ity)$/u.test(wordsBefore(g.before).prev) ? 'reject' : null)),
  rule('rationale.to.purpose-participle', 'en', 'A passive of use takes a purpose ("could be used to cure", "were sent to help").', [ex('en', 'Whale oil could be used to try to cure the disease.')], (g) => (PURPOSE_PARTICIPLES.has(wordsBefore(g.before).prev) ? 'accept' : null)),
  rule('rationale.to.after-participle', 'en', 'After another participle "to" is its complement ("was expected to", "decided to").', [ex('en', 'The minister was reported to favour the plan.')], (g) => (/ed$/u.test(wordsBefore(g.before).prev) ? 'reject' : null)),
  rule('rationale.to.ly-taker', 'en', '"only to", "likely to", "apply to": words in -ly that take a complement.', [ex('en', 'The rules only apply to large firms that trade abroad.')], (g) => {
    const { prev } = wordsBefore(g.before);
    return /ly$/u.test(prev) && EN_LY_TAKERS.has(prev) ? 'reject' : null;
  }),
  rule('rationale.to.comparative-after-copula', 'en', 'A comparative after a copula takes the infinitive as its complement ("it is easier to").', [ex('en', 'It is harder to say what comes next in the talks.')], (g) => {
    const { words: list, prev, k } = wordsBefore(g.before);
    return /er$/u.test(prev) && list.slice(Math.max(0, k - 2), k).some((w) => /^(?:is|are|was|were|be|been|it’s|it's)$/u.test(w)) ? 'reject' : null;
  }),
  rule('rationale.to.set-out', 'en', '"set out to" means intend, not a purpose.', [ex('en', 'The team set out to investigate this moment.')], (g) => {
    const { words: list, prev, k } = wordsBefore(g.before);
    return prev === 'out' && /^set/u.test(list[k - 1] ?? '') ? 'reject' : null;
  }),
  rule('rationale.to.influence-or-complement-noun', 'en', 'After a verb of influence in any of its forms ("warned people to", "prompting the firm to") or a noun that takes an infinitive ("his intention to", "negotiations to"), "to" is a complement.', [ex('en', 'The Agency warned people to stay away from such products.'), ex('en', 'He has declared his intention to resist the president on both fronts.'), ex('en', 'The ruling prompted the firm to recall its cars.')], (g) => (wordsBefore(g.before).words.some((w) => inClassInflected(INFLUENCE_VERBS, w) || COMPLEMENT_CONTEXT.has(w)) ? 'reject' : null)),
  rule('rationale.to.influence-long-object', 'en', 'A verb of influence or choice further back than the five words the guard above reads still governs "to" when only its object stands between, a long noun phrase or a list ("NASA has recruited SpaceX\'s Starship, Blue Origin\'s Blue Moon and three other lander ideas to join its program"): no verb form, auxiliary, relative, subordinator or other "to" in between, within the sentence.', [ex('en', 'NASA has recruited SpaceX\'s Starship, Blue Origin\'s Blue Moon and three other commercial lunar lander ideas to join its Artemis moon program.')], (g) => (influenceVerbGoverns(g.before) ? 'reject' : null)),
  rule('rationale.to.intent-across-adjunct', 'en', 'A verb of intending, deciding or attempting keeps its infinitive as a complement across an adjunct of time, place or manner ("agreed on Friday to suspend", "voted in October to approve", "tried in vain to"): no purpose. Verbs of motion are not in the class ("went to Paris to meet" states one).', [ex('en', 'The board voted in October to approve the merger.'), ex('en', 'They refuse on several occasions to denounce the attacks.')], (g) => (intentVerbAcrossAdjunct(g.before) ? 'reject' : null)),
  rule('rationale.to.for-or-from', 'en', '"for X to", "from X to" up to four words before: the infinitive has a subject of its own ("for a serious political party to behave") or a range ends. Not after "for" + an -ing form, whose object X is ("for using such language to express …").', [ex('en', 'He stayed home for the children to sleep.'), ex('en', 'It is misleading for a serious political party to behave that way.')], (g) => (/\b(?:for|from)\s+(?!\p{L}+ing\s)(?:\S+\s+){0,4}$/iu.test(g.before) ? 'reject' : null)),
  rule('rationale.to.not-a-known-verb', 'en', 'A word after "to" that is no English verb in its base form is a noun or an adjective ("references to football", "compared the tactics to mafia methods"): no infinitive, no purpose (last: the guards above say why in the cases they know).', [ex('en', 'On the album Swift makes several references to football, singing about it.')], (g) => {
    const next = nextWord(g).toLowerCase();
    return next && !isEnglishVerb(next) ? 'reject' : null;
  }),
]);

// ---- English causal "as" / "since" ---------------------------------------------------------------

/** Causal "as" / "since" need a present-tense clause ("…, as it is an industrial chemical"); otherwise they are temporal. */
/** Subject pronouns a causal or elliptical clause opens with. */
const EN_CLAUSE_SUBJECTS = 'it|they|he|she|we|i|you|this|that';
const EN_CAUSAL_CLAUSE = new RegExp(`^(?:${EN_CLAUSE_SUBJECTS}|there)\\s+(?:is|are|isn['’]t|aren['’]t|has|have|does|do|doesn['’]t|don['’]t|can|cannot|can['’]t|will|won['’]t|would|could|should|must|(?!was\\b)\\p{Ll}+s)\\b`, 'iu');

/** A pronoun and a bare auxiliary with nothing after them ("we do", "they have"): an elliptical clause. */
const ELLIPTICAL_CLAUSE = new RegExp(`^(?:${EN_CLAUSE_SUBJECTS})\\s+(?:do|does|did|have|has|had|is|are|was|were|can|could|will|would|should|must)\\s*(?:[,.;:!?)”"]|$)`, 'iu');

export const AS_SINCE_GUARDS = new RuleTable<GuardContext, Verdict>('rationale', [
  rule('rationale.as-since.temporal', 'en', '"as"/"since" before a past or non-pronoun clause is temporal ("As Eloise deteriorated", "since the war began").', [ex('en', 'Mark Warner said prices have risen since the war began.')], (g) => (EN_CAUSAL_CLAUSE.test(g.complement) ? null : 'reject')),
  rule('rationale.as.elliptical', 'en', '"as" before a pronoun and a bare auxiliary ("can be viewed, as we do, as a blueprint", "as they have") compares: the clause is elliptical, it states no reason.', [ex('en', '“Its plans can be viewed, as we do, as a blueprint for growth,” the governor said.')], (g) => (ELLIPTICAL_CLAUSE.test(g.complement) ? 'reject' : null)),
  rule('rationale.as.without-comma', 'en', 'Causal "as" follows a comma; without one it compares or times.', [ex('en', 'Mark Warner said he spoke as it is the custom here.')], (g) => (g.matched.toLowerCase() === 'since' || /,\s*$/u.test(g.before) ? null : 'reject')),
]);

// ---- English "due to" --------------------------------------------------------------------------

export const DUE_TO_GUARDS = new RuleTable<GuardContext, Verdict>('rationale', [
  rule('rationale.due-to.scheduled', 'en', '"due to be", "due to have": "due" means expected or scheduled ("The report is due to be published on Monday"), and what follows is no cause.', [ex('en', 'The report is due to be published on Monday by the ministry.')], (g) => (/^due to$/iu.test(g.matched) && /^(?:be|have)\s/iu.test(g.complement) ? 'reject' : null)),
]);

// ---- The cue table -------------------------------------------------------------------------------

export const CUE_RULES: readonly CueRule[] = [
  // French
  { id: 'rationale.fr.invoking', lang: 'fr', why: 'A participle that states the reason given: « invoquant », « arguant que ».', examples: [ex('fr', 'La Russie a envoyé des troupes, invoquant l’échec de Kiev à mettre en œuvre les accords.')], cue: cue(`invoquant|arguant(?:\\s+\\p{L}+ment)? qu${A}|arguant(?:\\s+\\p{L}+ment)? que`), strong: true },
  { id: 'rationale.fr.motive', lang: 'fr', why: 'A stated motive: « au motif que », « sous prétexte que ».', examples: [ex('fr', 'Le maire a refusé le permis au motif que le terrain est inondable.')], cue: cue(`au motif qu${A}|au motif que|sous prétexte qu${A}|sous prétexte que`), strong: true },
  { id: 'rationale.fr.purpose-phrase', lang: 'fr', why: 'A purpose phrase: « dans le but de », « dans un souci de », « afin de/que ».', examples: [ex('fr', 'Elle a menti dans le but d’obtenir plus d’aide.')], cue: cue(`dans le but d${A}|dans le but de|dans un souci d${A}|dans un souci de|afin qu${A}|afin que|afin d${A}|afin de`), strong: true },
  { id: 'rationale.fr.cause-phrase', lang: 'fr', why: 'A cause phrase: « en raison de », « à cause de », « du fait de », « de peur que », « étant donné que », and the connectives the annotation conventions also name (« par peur de », « par crainte de », « en réaction à », « en réponse à », « grâce à », « dû à »; not « faute de », as often a noun: « pour faute de l’État »).', examples: [ex('fr', 'Le match a été reporté en raison de la tempête.')], cue: cue(`en raison d${A}|en raison des|en raison du|en raison de|à cause d${A}|à cause des|à cause du|à cause de|du fait d${A}|du fait des|du fait du|du fait de|de peur qu${A}|de peur que|de crainte qu${A}|de crainte que|étant donné qu${A}|étant donné que|par peur d${A}|par peur des|par peur du|par peur de|par crainte qu${A}|par crainte que|par crainte d${A}|par crainte des|par crainte du|par crainte de|en réaction aux|en réaction au|en réaction à|en réponse aux|en réponse au|en réponse à|grâce aux|grâce au|grâce à|dû aux|dû au|dû à|due aux|due au|due à|dus aux|dus à|dues à`), strong: true },
  { id: 'rationale.fr.because', lang: 'fr', why: 'The causal conjunctions « parce que », « puisque ».', examples: [ex('fr', 'Il a démissionné parce qu’il refusait la réforme.')], cue: cue(`parce qu${A}|parce que|puisqu${A}|puisque`), strong: true },
  { id: 'rationale.fr.car', lang: 'fr', why: 'The conjunction « car »: after a comma or a closing quote it can stand for an action; with no mark it only explains a claim found otherwise.', examples: [ex('fr', 'Il est parti, car il était malade depuis des semaines.'), ex('fr', 'Elle a expliqué qu’elle était partie car elle ne voulait pas le suivre.')], cue: cue('car'), strong: (before) => CAR_AFTER_MARK.test(before), early: true, guards: [CAR_GUARDS] },
  { id: 'rationale.fr.pour-que', lang: 'fr', why: '« pour que » introduces a purpose clause.', examples: [ex('fr', 'Toutes les conditions étaient réunies pour que la sécurité soit assurée.')], cue: cue(`pour qu${A}|pour que`), strong: true },
  { id: 'rationale.fr.pour-infinitive', lang: 'fr', why: '« pour » + infinitive states a purpose (guarded: degree, complement verbs, time budgets, past causes, headings).', examples: [ex('fr', 'Il a démissionné pour protester contre la réforme.')], cue: cue('pour'), strong: true, minWords: 1, guards: [POUR_GUARDS] },
  // English
  { id: 'rationale.en.citing', lang: 'en', why: 'A participle that states the reason given: "citing", "arguing that".', examples: [ex('en', 'The company closed the plant, citing falling demand for its cars.')], cue: cue('citing|arguing that'), strong: true },
  { id: 'rationale.en.purpose-phrase', lang: 'en', why: 'A purpose phrase: "in order to", "in an effort to", "in a bid to", "with the aim of", "so that".', examples: [ex('en', 'The EU raised compensation in a bid to deter airlines from overbooking.')], cue: cue("in order to|in order that|in an effort to|in a bid to|with the goal of|with a goal of|with the aim of|so as to|so that(?!['’]s)"), strong: true },
  { id: 'rationale.en.cause-phrase', lang: 'en', why: 'A cause phrase: "due to", "because of", "owing to", "on the grounds that", "for fear of", and the connectives the annotation conventions also name ("thanks to", "in response to", "out of concern that"); not "given that", which heads a premise of the writer\'s own reasoning more often than a reason someone gives.', examples: [ex('en', 'The match was called off due to the storm.')], cue: cue('due to|because of|owing to|on the grounds that|for fear that|for fear of|thanks to|in response to|out of concern that|out of concern for'), strong: true, guards: [DUE_TO_GUARDS] },
  { id: 'rationale.en.because', lang: 'en', why: 'The causal conjunction "because" ("because of" is the cause phrase\'s).', examples: [ex('en', 'It remained justified because less EU farm money came to the UK.')], cue: cue('because(?!\\s+of\\b)'), strong: true, clause: true },
  { id: 'rationale.en.to-infinitive', lang: 'en', why: '"to" + base verb states a purpose after an action and its object (guarded: complement takers, ranges, nouns after "to").', examples: [ex('en', 'The researchers used an electronic stylus to move the cursor.')], cue: cue('to'), strong: true, minWords: 1, early: true, guards: [TO_GUARDS] },
  { id: 'rationale.en.as-since', lang: 'en', why: 'Causal "as"/"since" before a present-tense clause ("…, as it is an industrial chemical").', examples: [ex('en', 'The agency advised the public not to take them, as it is an industrial chemical.')], cue: cue('as|since'), strong: false, early: true, guards: [AS_SINCE_GUARDS] },
];

/** Cues followed by a noun phrase: one word may do, and a new subject ends it. */
export const NOMINAL_CUE = /^(?:invoquant|en raison|à cause|du fait|dans un souci|par peur|par crainte d|en réaction|en réponse|grâce|dû|due|dus|dues|citing|due to|because of|owing to|for fear of|thanks to|in response to|out of concern for)/iu;

for (const { id, lang, why, examples } of CUE_RULES) defineRule('rationale', { id, lang, why, examples });
