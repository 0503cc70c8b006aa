// Reporting-cue rules: which words are an act of saying ("a déclaré", "said", "implore-t-elle",
// "pointed out", "described it as"). A word is proposed by the first proposer rule that takes it;
// then the veto table, read in order, may say it is no cue here (a noun, an infinitive, a heading).
import type { Token } from '../../text/tokens';
import { inflectsEnglishVerb } from '../lexicon/english-forms';
import { FUNCTION_WORDS } from '../lexicon/gazetteers';
import { isReportingVerb, reportingVerbs } from '../lexicon/reporting-verbs';
import { FR_PARTICIPLE_GROUPS, participleEndings } from '../lexicon/participles';
import { words } from '../lexicon/word-classes';
import { RuleTable, type Lang, type Rule, type RuleExample } from './engine';

/** A French verb with its subject pronoun inverted after it ("a-t-il dit", "souffle-t-elle"). */
export const INVERTED_PRONOUN = /-t-(?:il|elle|ils|elles)$|-(?:il|elle|ils|elles)$/u;

const AUXILIARIES = words('auxiliary');
const ADVERBS = words('cue-adverb');
const PREPOSITIONS = words('preposition');
const BE_FORMS = words('be-form');
const AS_CUES = words('as-cue-en');
const THAT_CUES: Record<Lang, ReadonlySet<string>> = { en: words('that-cue-en'), fr: words('that-cue-fr') };
const NOUN_OR_VERB = words('noun-or-verb');
const FR_BEFORE_INFINITIVE = words('before-infinitive-fr');
const PRONOUN_CUES: Record<Lang, ReadonlySet<string>> = { fr: words('pronoun-cue-fr'), en: words('pronoun-cue-en') };
const NOUN_MARKERS: Record<Lang, ReadonlySet<string>> = { en: words('noun-marker-en'), fr: words('noun-marker-fr') };
const DETERMINERS = words('determiner');
const SUBJECT_PRONOUNS = words('subject-pronoun');
const HONORIFIC_WORDS = words('honorific');
const INCISE_AUXILIARIES_FR = words('incise-auxiliary-fr');
const PRONOMINAL_CUE_STEMS_FR = [...words('pronominal-cue-stem-fr')];
const FR_REFLEXIVES = words('reflexive-pronoun-fr');
const IRREGULAR_PAST_EN = words('irregular-past-en');
const NOT_THAT_REPORTS = words('not-a-report-en');
const MULTIWORD_CUES: Record<Lang, string[][]> = {
  fr: [...words('multiword-cue-fr')].map((p) => p.split(' ')),
  en: [...words('multiword-cue-en')].map((p) => p.split(' ')),
};
const MULTIWORD_FIRST: Record<Lang, ReadonlySet<string>> = { fr: new Set(MULTIWORD_CUES.fr.map((p) => p[0] as string)), en: new Set(MULTIWORD_CUES.en.map((p) => p[0] as string)) };

/** True for an auxiliary, read without an inverted pronoun ("a-t-il" → "a"). */
export const isAuxiliary = (w: string): boolean => AUXILIARIES.has(w.includes('-') ? w.replace(INVERTED_PRONOUN, '') : w);

/** True when the word ends in an inverted pronoun (every such ending has a hyphen: most words are skipped without the regex). */
export const hasInvertedPronoun = (w: string): boolean => w.includes('-') && INVERTED_PRONOUN.test(w);

/** One word of the text looked at as a possible cue: the words around it and its text. */
export interface CueWord {
  readonly lang: Lang;
  readonly text: string;
  /** The text's words (no punctuation) and the index of this one. */
  readonly tokens: readonly Token[];
  readonly i: number;
  /** The word without an inverted pronoun ("implore-t-elle" → "implore"). */
  readonly bare: string;
}

const ex = (lang: Lang, text: string): RuleExample => ({ lang, text });

/** The text just before `at` closes a quote with its clause's comma (or ! ? …): "…,” ", "… », ", "…", ".
 *  A straight mark counts only glued to the punctuation before it or followed by a comma, where it cannot open a quote. */
function closesQuoteBefore(text: string, at: number): boolean {
  // (Most words have none of those marks in the six characters before them: no slice, no regex.)
  if (!hasCloseMarkIn(text, Math.max(0, at - 6), at)) return false;
  return /(?:[,!?…]\s?[”»]|[,!?…]"|[”»"]\s*,)\s+$/u.test(text.slice(Math.max(0, at - 6), at));
}

/** True when one of , ! ? … ” » " stands in text[from, to). */
function hasCloseMarkIn(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 44 || c === 33 || c === 63 || c === 34 || c === 0x2026 || c === 0x201d || c === 0xbb) return true;
  }
  return false;
}

/** Only spaces between two tokens (no punctuation: the words belong to one phrase). */
const adjacent = (text: string, a: Token, b: Token): boolean => /^\s+$/u.test(text.slice(a.end, b.start));

/** A subject opens right after the verb: a name, a title, a determiner (« », lance le ministre », "“…,” says the letter"). */
function subjectAfter(w: CueWord): boolean {
  const t = w.tokens[w.i] as Token;
  const next = w.tokens[w.i + 1];
  return !!next && adjacent(w.text, t, next) && (next.cap || DETERMINERS.has(next.lower) || HONORIFIC_WORDS.has(next.lower));
}

/** An English past or present-tense form of a verb of the lexicon ("shared", "comments", "told"); no auxiliary. */
function isEnglishFiniteVerb(word: string): boolean {
  if (IRREGULAR_PAST_EN.has(word)) return true;
  if (AUXILIARIES.has(word) || !/(?:ed|s)$/u.test(word)) return false;
  return inflectsEnglishVerb(word);
}

/** A French participle of any group: after its auxiliary in an incise it can be nothing else. */
const FR_INCISE_PARTICIPLE = new RegExp(`(?:${participleEndings(...FR_PARTICIPLE_GROUPS)})$`, 'u');

/** French incise: the first word after the quote's comma is the verb, or a participle after its auxiliary
 *  (and an adverb): « », lance le ministre », « », a détaillé l'archéologue », « », s'est-elle indignée ». */
function isFrenchIncise(w: CueWord): boolean {
  const t = w.tokens[w.i] as Token;
  if (closesQuoteBefore(w.text, t.start)) return !PREPOSITIONS.has(t.lower) && !FUNCTION_WORDS.has(t.lower) && !ADVERBS.has(t.lower) && subjectAfter(w);
  if (!FR_INCISE_PARTICIPLE.test(t.lower)) return false;
  let k = w.i - 1;
  if (k >= 0 && ADVERBS.has((w.tokens[k] as Token).lower)) k--;
  const aux = w.tokens[k];
  if (!aux || !INCISE_AUXILIARIES_FR.has(aux.lower.replace(INVERTED_PRONOUN, ''))) return false;
  // « s'est », « se sont »: the reflexive opens the group.
  const reflexive = w.tokens[k - 1];
  const opener = reflexive && INCISE_AUXILIARIES_FR.has(reflexive.lower) && /^(?:s'|se)$/u.test(reflexive.lower) ? reflexive : aux;
  if (!closesQuoteBefore(w.text, opener.start)) return false;
  return hasInvertedPronoun(aux.lower) || subjectAfter(w);
}

/** "estimates that the yield …", "feared that they": an English finite verb, "that", then a clause's
 *  subject (a determiner, pronoun, name or number), not "that" as a determiner ("bought that car"). */
function isThatClauseVerb(w: CueWord): boolean {
  if (w.lang !== 'en') return false;
  const t = w.tokens[w.i] as Token;
  const that = w.tokens[w.i + 1];
  const subject = w.tokens[w.i + 2];
  if (!that || !subject || that.lower !== 'that' || t.cap || NOT_THAT_REPORTS.has(t.lower) || !adjacent(w.text, t, that) || !adjacent(w.text, that, subject)) return false;
  // (Or a bare plural noun with its auxiliary: "reports that censors had instructed".)
  const after = w.tokens[w.i + 3];
  const bareSubject = /^\p{Ll}{3,}s$/u.test(subject.text) && !!after && AUXILIARIES.has(after.lower) && after.lower !== 'a' && adjacent(w.text, subject, after);
  if (!(DETERMINERS.has(subject.lower) || SUBJECT_PRONOUNS.has(subject.lower) || /^(?:it|there|this|these|those)$/u.test(subject.lower) || subject.cap || /^\p{N}/u.test(subject.text) || bareSubject)) return false;
  return isEnglishFiniteVerb(t.lower);
}

/** English incise: the verb right after the quote's comma with its subject after it ("“…,” comments Johnston"),
 *  or after a short subject and perhaps an adverb ("“…,” Kelce shared", "“…,” Thomas allegedly told", "“…,” the physicians stated"). */
function isEnglishIncise(w: CueWord): boolean {
  const t = w.tokens[w.i] as Token;
  if (t.cap || !isEnglishFiniteVerb(t.lower)) return false;
  if (closesQuoteBefore(w.text, t.start)) return subjectAfter(w);
  let k = w.i - 1;
  const adverb = w.tokens[k];
  if (adverb && !adverb.cap && (ADVERBS.has(adverb.lower) || /\p{L}{3,}ly$/u.test(adverb.lower))) k--;
  // The subject: one to four words, glued together, from the quote's comma: capitalised words, a pronoun,
  // or a determiner and the words of its noun phrase.
  for (let n = 1; n <= 4 && k - n + 1 >= 0; n++) {
    const first = w.tokens[k - n + 1] as Token;
    const upToVerb = w.tokens.slice(k - n + 1, w.i);
    if (!upToVerb.every((x, j) => j === 0 || adjacent(w.text, upToVerb[j - 1] as Token, x))) return false;
    if (!closesQuoteBefore(w.text, first.start)) continue;
    const phrase = w.tokens.slice(k - n + 1, k + 1);
    if (phrase.every((x) => x.cap || HONORIFIC_WORDS.has(x.lower))) return true;
    if (n === 1 && SUBJECT_PRONOUNS.has(first.lower)) return true;
    return DETERMINERS.has(first.lower) && phrase.slice(1).every((x) => !FUNCTION_WORDS.has(x.lower) && !PREPOSITIONS.has(x.lower));
  }
  return false;
}

/** Proposers: the words that may be a cue, and how many words the cue spans from this one. */
/** (`framed`: the words around it show it is a cue, so the vetoes are not asked.) */
export const CUE_PROPOSERS = new RuleTable<CueWord, { words: number; framed: boolean }>('cue', [
  {
    id: 'cue.multiword',
    lang: 'fr+en',
    why: 'Reporting cues of several words ("a fait part de", "avait mis en garde", "pointed out"): the cue ends at the last word.',
    examples: [ex('fr', 'Le ministre a fait part de son inquiétude, selon ses proches.'), ex('en', 'The senator pointed out that the bill had failed twice.')],
    apply: (w) => {
      const t = w.tokens[w.i] as Token;
      if (!MULTIWORD_FIRST[w.lang].has(t.lower)) return null;
      const phrase = MULTIWORD_CUES[w.lang].find((p) => p.every((x, k) => w.tokens[w.i + k]?.lower === x));
      return phrase ? { words: phrase.length, framed: false } : null;
    },
  },
  {
    id: 'cue.inverted-fr',
    lang: 'fr',
    why: 'After a quote, French subject inversion ("implore-t-elle", "souffle-t-il") marks a reporting verb, whatever the verb.',
    examples: [ex('fr', '« Aidez-moi », implore-t-elle devant les caméras.')],
    apply: (w) => {
      const t = w.tokens[w.i] as Token;
      return t.lower.includes('-') && /^\p{L}+(?:-t)?-(?:il|elle|ils|elles)$/u.test(t.lower) && !/^(?:a|est|sont|ont|va|vont|fait|peut|doit)-/u.test(t.lower) ? { words: 1, framed: true } : null;
    },
  },
  {
    id: 'cue.after-pronoun',
    lang: 'fr+en',
    why: 'Forms that are mostly nouns ("la critique", "le juge", "notes") are cues right after a subject pronoun or "qui"/"who".',
    examples: [ex('fr', 'La CNIL, qui critique fortement le texte, demande des garanties.')],
    apply: (w) => {
      const prev = w.tokens[w.i - 1];
      return prev && PRONOUN_CUES[w.lang].has(w.bare) && /^(?:qui|il|elle|ils|elles|on|who|he|she|it|they)$/u.test(prev.lower) ? { words: 1, framed: false } : null;
    },
  },
  {
    id: 'cue.inverted-en',
    lang: 'en',
    why: 'After a comma, a noun-like form ("reports", "notes", "claims", "states") with a name after it and the sentence ending there is an inverted cue ("All sites were disinfected, reports Wee."); not before a determiner ("…, notes the report" would send the reader to whoever spoke last).',
    examples: [ex('en', 'All relevant sites were also disinfected, reports Wee.')],
    apply: (w) => {
      const t = w.tokens[w.i] as Token;
      const prev = w.tokens[w.i - 1];
      if (!prev || t.cap || !PRONOUN_CUES.en.has(w.bare) || !/,\s*$/u.test(w.text.slice(prev.end, t.start))) return null;
      // The subject: a capitalised name, then the sentence's end.
      const next = w.tokens[w.i + 1];
      if (!next?.cap) return null;
      return /^[^.!?;:,“”"]{1,60}[.!?]/u.test(w.text.slice(t.end, t.end + 64)) ? { words: 1, framed: true } : null;
    },
  },
  {
    id: 'cue.as-judgement',
    lang: 'en',
    why: 'Verbs that report a judgement only with "as": "described it as", "dismissed as a pretext", "had cited as a reason".',
    examples: [ex('en', 'The minister described the plan as reckless.')],
    apply: (w) => (AS_CUES.has(w.bare) && w.tokens.slice(w.i + 1, w.i + 5).some((x) => x.lower === 'as') ? { words: 1, framed: false } : null),
  },
  {
    id: 'cue.that-verb',
    lang: 'fr+en',
    why: 'A verb that reports a finding only with "that"/« que » after it ("the study found that", « les données montrent que »).',
    examples: [ex('en', 'The study found that the drug did not help the sickest patients.'), ex('fr', 'Les données montrent que le virus circule moins vite.')],
    apply: (w) => {
      const next = w.tokens[w.i + 1];
      return THAT_CUES[w.lang].has(w.bare) && next && /^(?:that|que|qu')$/u.test(next.lower) ? { words: 1, framed: false } : null;
    },
  },
  {
    id: 'cue.reporting-verb',
    lang: 'fr+en',
    why: 'A form of a reporting verb of the lexicon ("a déclaré", "estime", "said", "warned").',
    examples: [ex('fr', 'Le maire a déclaré que la ville était prête.'), ex('en', 'The mayor said that the city was ready.')],
    apply: (w) => (isReportingVerb(w.bare, w.lang) ? { words: 1, framed: false } : null),
  },
  {
    id: 'cue.that-clause-en',
    lang: 'en',
    why: 'An English verb with a that-clause right after it reports what someone says, thinks or found, whatever the verb ("the office estimates that the yield will climb", "they feared that"): the complement decides, not the lexicon. Verbs that only relate facts ("means that", "ensures that") are left out.',
    examples: [ex('en', 'The Congressional Budget Office estimates that the yield will climb to 4.2 percent in 2021.'), ex('en', 'Wee reports that censors had instructed news aggregators to delete the posts.')],
    apply: (w) => (isThatClauseVerb(w) ? { words: 1, framed: false } : null),
  },
  {
    id: 'cue.quote-incise',
    lang: 'fr+en',
    why: 'Right after a quote and its comma, a verb with its subject beside it reports the quote whatever the verb: the incise frame decides, not the lexicon (« », a détaillé l’archéologue », « », lance le ministre », "“…,” Kelce shared", "“…,” comments Johnston").',
    examples: [ex('fr', '« Nous ne pouvons plus accepter cette situation », a détaillé l’archéologue Andrew Wilson.'), ex('fr', '« Nous ne pouvons plus accepter cette situation », lance Marie Dupont.'), ex('en', '“We cannot accept this situation any longer,” Kelce shared.'), ex('en', '“We cannot accept this situation any longer,” comments Johnston in a statement.')],
    apply: (w) => (!w.tokens[w.i]?.cap && (w.lang === 'fr' ? isFrenchIncise(w) : isEnglishIncise(w)) ? { words: 1, framed: true } : null),
  },
]);

/**
 * Words some proposer keys on, by language: the first word of a multi-word cue, the words of the
 * pronoun, "as" and "that" cue lists, and the reporting verbs. With the hyphenated words (inverted
 * pronouns), they are the only words a proposer can take: the others skip the table.
 */
const PROPOSER_KEYS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set([...MULTIWORD_FIRST.fr, ...PRONOUN_CUES.fr, ...THAT_CUES.fr, ...reportingVerbs('fr')]),
  en: new Set([...MULTIWORD_FIRST.en, ...PRONOUN_CUES.en, ...AS_CUES, ...THAT_CUES.en, ...reportingVerbs('en')]),
};

/**
 * False when no proposer can take the word (each proposer first asks one of these). Without a hyphen
 * the bare word is the token's lower form, which is already what isReportingVerb normalises to
 * (lowercase, straight apostrophes): the reporting-verb list answers it as given.
 */
export function mayPropose(w: CueWord, marks: ClosingMarks): boolean {
  const t = w.tokens[w.i] as Token;
  const lower = t.lower;
  if (lower.includes('-') || PROPOSER_KEYS[w.lang].has(lower)) return true;
  // The framed proposers take any verb: one before "that" (cue.that-clause-en), or one a few words
  // after a quote's closing mark (cue.quote-incise).
  return (w.lang === 'en' && w.tokens[w.i + 1]?.lower === 'that') || (!t.cap && marks.within(t.start, INCISE_REACH));
}

/** How far back from a word an incise's quote may close: its subject (four words) and an adverb. */
const INCISE_REACH = 60;

/**
 * The closing quote marks (” » ") of a text, read once from left to right: the words are asked in
 * order (a scan back from each word read the same characters again and again).
 */
export class ClosingMarks {
  private scanned = 0;
  private last = -1;
  constructor(private readonly text: string) {}

  /** True when a mark stands in the `reach` characters before `at`; `at` never decreases from call to call. */
  within(at: number, reach: number): boolean {
    for (; this.scanned < at; this.scanned++) {
      const c = this.text.charCodeAt(this.scanned);
      if (c === 0x201d || c === 0xbb || c === 0x22) this.last = this.scanned;
    }
    return this.last >= at - reach;
  }
}

const veto = (id: string, lang: Rule<CueWord, true>['lang'], why: string, examples: RuleExample[], apply: (w: CueWord) => boolean): Rule<CueWord, true> => ({ id, lang, why, examples, apply: (w) => (apply(w) ? true : null) });

/** A French past participle by an ending no present-tense form of a reporting verb has (« admis », « reconnu »). */
const FR_PARTICIPLE = new RegExp(`(?:${participleEndings('frNotPresent')})$`, 'u');
/** A participle after "as"/« comme »: "as predicted", « comme prévu », « comme promis », « comme écrit ». */
const PARTICIPLE_AFTER_AS = new RegExp(`(?:${participleEndings('enEd', 'frE', 'frU', 'frIt', 'frIs')})$`, 'u');

/** Vetoes: a proposed single-word cue that is no act of saying here (never applied to a cue its frame shows: an inverted French cue, an incise). */
export const CUE_VETOES = new RuleTable<CueWord, true>('cue', [
  veto('cue.veto.fr-infinitive', 'fr', 'A French infinitive after a modal, a preposition or a clitic is no act of saying (« elle doit s’en trouver un autre »); -er, -ir, -oir, « dire », « écrire » only, as other forms in -re are also conjugated (« il assure »).', [ex('fr', 'Elle doit s’en trouver un autre avant lundi, estime son avocat.')], (w) => {
    const prev = w.tokens[w.i - 1];
    return /(?:er|ir|oir|^dire|crire)$/u.test(w.bare) && !!prev && FR_BEFORE_INFINITIVE.has(prev.lower);
  }),
  veto('cue.veto.capitalised-sentence-start', 'fr+en', 'A capitalised form opening a sentence is a noun ("Claims that … do not stand up"), not a verb; not a French present participle, which opens a participial clause (« Dénonçant "…", Danièle Obono a dit »).', [ex('en', 'Claims that the vote was rigged do not stand up, the court said.')], (w) => {
    const t = w.tokens[w.i] as Token;
    return t.cap && !(w.lang === 'fr' && w.bare.endsWith('ant')) && /(?:^|[.!?\n]\s*)$/u.test(w.text.slice(Math.max(0, t.start - 3), t.start));
  }),
  veto('cue.veto.noun-after-marker', 'fr+en', 'After a determiner or preposition a reporting form is a noun ("in cases of dispute", « une critique », "his claim"); not across a quote\'s end ("“… that,” said Dan Holub").', [ex('en', 'His claim was rejected by the court on Monday.')], (w) => {
    const prev = w.tokens[w.i - 1];
    return !!prev && NOUN_MARKERS[w.lang].has(prev.lower) && /^\s*$/u.test(w.text.slice(prev.end, (w.tokens[w.i] as Token).start));
  }),
  veto('cue.veto.noun-after-adjective', 'fr+en', 'A noun/verb form after a determiner and an adjective, before a preposition, is a noun ("a direct answer to that question"); "the company claims its prices …" stays a verb.', [ex('en', 'He gave a direct answer to that question on Monday.')], (w) => {
    const prev = w.tokens[w.i - 1];
    const twoBack = w.tokens[w.i - 2];
    const next = w.tokens[w.i + 1];
    return NOUN_OR_VERB.has(w.bare) && !!twoBack && NOUN_MARKERS[w.lang].has(twoBack.lower) && !!prev && !AUXILIARIES.has(prev.lower) && !ADVERBS.has(prev.lower) && (!next || PREPOSITIONS.has(next.lower));
  }),
  veto('cue.veto.as-participle', 'fr+en', '"as predicted", "as expected", « comme prévu »: a participle after "as"/« comme » says how things went, no one reports anything (unless an agent follows: "as reported by Reuters").', [ex('en', 'Thursday’s storms erupted as predicted in western Kansas, but an outflow boundary “undercut” most of them.')], (w) => {
    const prev = w.tokens[w.i - 1];
    const next = w.tokens[w.i + 1];
    return !!prev && /^(?:as|comme)$/u.test(prev.lower) && PARTICIPLE_AFTER_AS.test(w.bare) && !/^(?:by|par)$/u.test(next?.lower ?? '');
  }),
  veto('cue.veto.fr-not-pronominal', 'fr', 'A verb that reports speech only with its reflexive (« s\'inquiète », « se réjouit », « s\'étonne ») acts on someone without it (« un argumentaire qui n\'étonne pas José Bové », « la décision inquiète les habitants »).', [ex('fr', 'Un argumentaire venu des États-Unis qui n\'étonne pas José Bové, le militant écologiste.')], (w) => {
    if (!PRONOMINAL_CUE_STEMS_FR.some((stem) => w.bare.startsWith(stem))) return false;
    // The reflexive stands a few words back: « s'est inquiété », « s'en inquiète », « se sont réjouis ».
    return !w.tokens.slice(Math.max(0, w.i - 3), w.i).some((x) => FR_REFLEXIVES.has(x.lower.replace('’', "'")));
  }),
  veto('cue.veto.fr-participle-without-auxiliary', 'fr', 'A French participle with no auxiliary a few words back is adjectival or passive (« Loukachenko, considéré comme … », « des malades admis », « Braguino, soutenu par »); « et réclamé » shares the auxiliary before it.', [ex('fr', 'Loukachenko, considéré comme le dernier dictateur d’Europe, reste au pouvoir.'), ex('fr', 'L’étude a été conduite sur des malades admis dans les services d’urgence des hôpitaux.')], (w) => {
    const t = w.tokens[w.i] as Token;
    return FR_PARTICIPLE.test(t.lower) && w.tokens[w.i - 1]?.lower !== 'et' && !w.tokens.slice(Math.max(0, w.i - 4), w.i).some((x) => isAuxiliary(x.lower) || BE_FORMS.has(x.lower));
  }),
]);

/** Words a cue takes before it: an auxiliary, an adverb, or both ("a également déclaré", "has also said"). */
export function cueStart(tokens: readonly Token[], i: number, text: string): Token {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  // (Not across punctuation: « également – citant » is the cue « citant ».)
  if (prev && (isAuxiliary(prev.lower) || ADVERBS.has(prev.lower)) && /^\s*$/u.test(text.slice(prev.end, t.start))) {
    if (prev2 && isAuxiliary(prev2.lower) && ADVERBS.has(prev.lower)) return prev2;
    return prev;
  }
  return t;
}
