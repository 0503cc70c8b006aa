// Who said it: reporting cues around a position and the speaker they point to (the subject before
// the cue, the name after an inverted cue, a pronoun resolved to the last person, "selon X").
import type { EntityTable, Mention } from './entities';
import type { Entity, EntityType } from './types';
import { isReportingVerb } from './lexicon/reporting-verbs';
import { firstAtOrAfter, tokenize, TokenizedText, type Token } from '../text/tokens';
import { FEMALE_NAMES_DATA, MALE_NAMES_DATA } from './lexicon/gazetteers-generated';
import { words } from './lexicon/word-classes';
import { FUNCTION_WORDS } from './lexicon/gazetteers';
import { noteFired } from './rules/engine';
import { memoized } from '../text/memo';
import { escapeRegExp } from '../text/alternation';
import { ClosingMarks, CUE_PROPOSERS, CUE_VETOES, cueStart, hasInvertedPronoun, INVERTED_PRONOUN, isAuxiliary, mayPropose, type CueWord } from './rules/cue-rules';
import { OF_WORDS, portfolioEnd, SUBJECT_RULES, SubjectContext, type Sourced } from './rules/subject-rules';

export type { Sourced };

/** Given names of one gender only (gazetteers-generated.ts): a pronoun's antecedent must agree with it. */
const FEMALE_NAMES = new Set(FEMALE_NAMES_DATA.split('|'));
const MALE_NAMES = new Set(MALE_NAMES_DATA.split('|'));
export type Gender = 'f' | 'm';
/** A determiner or title that gives a source its gender when no given name does. */
const FEMININE_MARKERS = words('feminine-marker');
const MASCULINE_MARKERS = words('masculine-marker');
const TITLES = words('abbreviated-honorific');

/** A definite title, its « de »/"of" complement and a comma closing the text: « le maire de La Grande-Motte, ». */
function titledBefore(title: readonly string[]): RegExp {
  const escape = (w: string): string => escapeRegExp(w).replace(/'/gu, "['’]");
  // (No space after an elided article: « de l'office ».)
  const titleWords = title.map((w, i) => (i === 0 ? '' : /['’]$/u.test(title[i - 1] ?? '') ? '\\s*' : '\\s+') + escape(w)).join('');
  const articles = [...DEFINITES].map(escape).join('|');
  const ofWords = [...OF_WORDS].map(escape).join('|');
  return new RegExp(`(?:^|[\\s,(])(?:${articles})\\s*${titleWords}(?:\\s+(?:${ofWords})\\s*[^,;.!?()«»"“”]{1,60})?,\\s*$`, 'iu');
}

/** The gender a pronoun, an inverted cue or an object pronoun marks ("elle", "a-t-elle", "selon lui", "she"), or null. */
export function pronounGender(text: string): Gender | null {
  const w = text.toLowerCase();
  if (/(?:^|[\s-])(?:elle|elles|she|her|hers)(?=$|[\s-])/u.test(w)) return 'f';
  if (/(?:^|[\s-])(?:il|ils|he|him|his|lui)(?=$|[\s-])/u.test(w)) return 'm';
  return null;
}

/** Marks after which a clause opens (lastSubjectPerson). */
const CLAUSE_BREAKS = '.!?»”"\n,;:()–—';

/**
 * Where the text after the last clause break of `lead` and the spaces after it starts (0 without
 * one): the end of the last match of a break mark followed by spaces, found from the end.
 */
function afterLastBreak(lead: string): number {
  let i = lead.length - 1;
  while (i >= 0 && !CLAUSE_BREAKS.includes(lead[i] as string)) i--;
  if (i < 0) return 0;
  let end = i + 1;
  while (end < lead.length && /\s/u.test(lead[end] as string)) end++;
  return end;
}

/** The gender a person's given name shows (see SpeakerFinder.genderOf); the same names are asked for every pronoun. */
const genderOfName = memoized((name: string): Gender | null => {
  const [word = '', next = ''] = name.split(/\s+/u);
  const first = word.toLowerCase().replace(/\.$/u, '');
  if (FEMALE_NAMES.has(first)) return 'f';
  if (MALE_NAMES.has(first)) return 'm';
  // A determiner before a common noun ("la directrice", "le communiqué") or a title before a name
  // ("Mme Tikhanovskaïa"); never a surname's particle ("Le Pen", "La Fontaine").
  if (/^\p{Lu}/u.test(next) && !TITLES.has(first)) return null;
  return FEMININE_MARKERS.has(first) ? 'f' : MASCULINE_MARKERS.has(first) ? 'm' : null;
}, 10000);

/** English verbs of telling: the name right after them is the addressee ("told Reuters", "he told
 *  Cook"), not the source; French marks it with « à », so the source may follow (« ont confié à
 *  l'AFP plusieurs diplomates »). */
const TELLING = /(?:^|\s)(?:told|tells|tell|informed|briefed|assured)$/iu;

/** True when the words end with a verb of telling ("he told", "said and told"). */
export function endsWithTelling(words: string): boolean {
  return TELLING.test(words);
}

/** A found source with its rule, or null when there is no name. */
export function sourced(speaker: string | null | undefined, rule: string): Sourced | null {
  if (!speaker) return null;
  noteFired(rule);
  return { speaker, trace: [rule] };
}

export interface Cue {
  /** The cue as written, auxiliary included ("a déclaré", "a-t-il ajouté", "said", "selon"). */
  text: string;
  start: number;
  end: number;
  /** Inverted pronoun cue ("a-t-il dit", "explique-t-elle"): the speaker is a known person. */
  pronoun: boolean;
  /** The rule that proposed it (rules/cue-rules.ts). */
  rule: string;
}

/** Who said it and the words that say so. */
export interface Attribution {
  speaker: string | null;
  cue: string | null;
  /** The rules that found the cue and the speaker, outermost first. */
  trace: string[];
}

/** A present participle as cue ("jugeant", "calling it"): it has no subject of its own. */
export function isParticiple(cue: Cue): boolean {
  return /(?:ant|ing)$/u.test(cue.text);
}

const AUXILIARIES = words('auxiliary');
const ADVERBS = words('cue-adverb');
/** Adverbial phrases, as token sequences ("d' ailleurs", "pour sa part"). */
const LOCUTIONS: readonly string[][] = [...words('adverbial-locution')].map((p) => p.split(' '));

/** The adverbial phrase of LOCUTIONS that `tokens` hold from index `i`, if any. */
function locutionAt(tokens: readonly Token[], i: number): readonly string[] | undefined {
  return LOCUTIONS.find((p) => p.every((w, k) => tokens[i + k]?.lower === w));
}

/** `tokens` without the adverbs and adverbial phrases that may stand inside a verb group (« souligne d'ailleurs », "also said"). */
function withoutAdverbials(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrase = locutionAt(tokens, i);
    if (phrase) {
      i += phrase.length - 1;
      continue;
    }
    if (!ADVERBS.has((tokens[i] as Token).lower)) out.push(tokens[i] as Token);
  }
  return out;
}
const SUBJECT_PRONOUNS = words('subject-pronoun');
const PREPOSITIONS = words('preposition');
/** Role nouns that refer back to a person already named ("le sénateur a ajouté", "the minister said"). */
const ROLE_NOUNS = words('role-noun');
/** Titles that may stand between a quote and its cue ("“…,” Mr. Frankel said"). */
export const HONORIFICS = words('honorific');
/** Nouns for an organisation already named ("the company said", "le ministère a indiqué"). */
const ORG_NOUNS = words('org-noun');
const VERB_CLITICS = words('verb-clitic-fr');
export function isOrgNoun(word: string): boolean {
  return ORG_NOUNS.has(word);
}
export function isRoleNoun(word: string): boolean {
  // « vice-président », « ex-ministre », "co-founder": a role with a prefix is that role.
  return ROLE_NOUNS.has(word) || (word.includes('-') && ROLE_NOUNS.has(word.slice(word.lastIndexOf('-') + 1)));
}
const DETERMINERS = words('determiner');
const DESCRIBED_SOURCE_NOUNS = words('described-source-noun');
/** Days and months of both languages: a description after a cue stops before its date. */
const DAYS_AND_MONTHS: ReadonlySet<string> = new Set([...words('day-or-month-fr'), ...words('day-or-month-en')]);
/** Plural nouns of people who speak for themselves or others ("economists", "chercheurs", "analysts"). */
const AGENT_PLURAL_SHAPE = /^\p{Ll}+(?:ists|ers|ors|ians|ants|ents|ysts|istes|eurs|iens|aires|logues)$/u;
const AGENT_PLURALS = words('agent-plural');
const isAgentPlural = (w: string): boolean => AGENT_PLURAL_SHAPE.test(w) || AGENT_PLURALS.has(w);
const PHRASE_BREAKS = words('phrase-break');
const PASSIVE_AT = /^(?:was|were|is|are|been|being|a été|ont été|avait été)\s+(?:\p{L}+ly\s+)?\p{L}+(?<!ing)(?![\p{L}])/iu;
// (« être » too: « vont être jugés », « doit être entendu ».)
const PASSIVE_BEFORE = /(?<![\p{L}])(?:été|être|was|were|been|being|is|are)\s+$/iu;
/** Characters before a cue in which its subject is looked for. */
const MAX_SUBJECT_DISTANCE = 600;
/** Longest unnamed source taken after "according to" ("network data from the gas transfer station in Lubmin"). */
const MAX_SOURCE_WORDS = 10;
/** Determiners that introduce a new referent: "a UK Government official", "one Ukrainian military official". */
const INDEFINITES = words('indefinite');
const RELATIVES = words('relative');
const LY_NOUNS = words('ly-noun-en');
const DEMONSTRATIVES = words('demonstrative');
/** Words that never stand in an unnamed source's phrase: the reader, the writer, a condition, a hedge ("maybe you think", "if asked"). */
const NOT_A_SOURCE = words('not-a-source');
/** Bodies and groups that speak for a name before them ("Obama administration", "Ennahda officials"). */
const SPEAKING_GROUPS = words('speaking-group');
const COORDINATORS = words('coordinator');
/** A finite verb heading a clause's predicate ("pilloried", "put", "a dénoncé"): where its subject ends. */
const FIRST_VERBS = words('first-verb');
const isFirstVerb = (w: string): boolean => /^\p{Ll}+ed$/u.test(w) || FIRST_VERBS.has(w);
const VERB_GROUP_STARTS = words('verb-group-start');
/** An inverted verb with « -t-il »/« -t-elle » (« a-t-il »). */
const INVERTED_T_PRONOUN = /-t-(?:il|elle)$/u;
const DEFINITES = words('definite-article');
/** Words after which "il" is impersonal: "il s'agit", "il faut", "il y a", "il est vrai". */
const IMPERSONAL = words('impersonal-after-il');
const CLAUSE_OPENERS = words('clause-opener');
/** Clitics and negation between a subject and its verb ("se", "lui", "l'" in "un internaute l'accuse", "ne"). */
const REFLEXIVES = words('reflexive');
/** A personal pronoun right after "selon"/"according to". */
const OBJECT_PRONOUN = /^\s*(?:lui|elle|eux|elles|him|her|them)(?![\p{L}])/u;
/** An all-capital dateline or label and its dash at a sentence start. */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\s.,'’-]{1,40}?\s*[–—-]\s+/u;
// (« selon que … ou … » is a conjunction, "depending on whether": no source.)
const SELON = /\b(selon(?!\s+qu(?:e\b|['’]))|d['’]après|according to)\s/giu;
/**
 * SELON without its \b, run once over the whole text: a window holds a SELON match only where this
 * matches inside it (no match of it can overlap another, so the scan misses none), and most windows
 * hold none, so they are not sliced and searched.
 */
const SELON_ANYWHERE = /(?:selon|d['’]après|according to)\s/giu;
/** End of a clause; a period after an initial or a title ("C. Eugene", "Mr. Smith") is not one. */
const CLAUSE_END = /(?<=[\p{Ll}\p{N}]{2}|[\p{Lu}]{2})[.!?]|[;:()\n]|[,–—]\s/u;


/** Index of the first item of `list` (sorted by start) starting at or after `from` (binary search). */
function firstStartFrom(list: readonly { readonly start: number }[], from: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as { readonly start: number }).start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first quote (sorted by opening) opening at or after `from` (binary search). */
function firstOpenFrom(list: readonly { readonly open: number }[], from: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as { readonly open: number }).open < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Each tokenized text's reporting cues by language, for every finder reading that text. */
const CUES_BY_TEXT = new WeakMap<TokenizedText, Map<'fr' | 'en', Cue[]>>();
function sharedCues(tokens: TokenizedText): Map<'fr' | 'en', Cue[]> {
  let cues = CUES_BY_TEXT.get(tokens);
  if (!cues) CUES_BY_TEXT.set(tokens, (cues = new Map()));
  return cues;
}

export class SpeakerFinder {
  constructor(
    readonly text: string,
    private readonly table: EntityTable,
    readonly lang: 'fr' | 'en',
    /** Quote spans in text order: names inside a quote are not antecedents. */
    private readonly quotes: readonly { open: number; close: number }[] = [],
    tokens?: TokenizedText,
  ) {
    this.tokens = tokens ?? new TokenizedText(text);
    if (tokens) this.shared = sharedCues(tokens);
  }

  /** Cues found by another finder over the same tokens (they depend on the text and language only). */
  private shared: Map<'fr' | 'en', Cue[]> | null = null;

  /** The text tokenized once; the many windows looked at are read from it. */
  private readonly tokens: TokenizedText;

  /** The words (no punctuation) of text[from, to). */
  words(from: number, to: number): Token[] {
    return this.tokens.words(from, to);
  }

  /**
   * Where the first finite verb of text[from, to) starts ("surrounded", "a dépensé"; not a capitalised
   * word, nor a participle after a determiner: "the revised plan"), or `to` when there is none. The
   * verb is looked for from the word of index `first` (0 when a clause after a comma may open on it).
   */
  firstVerbAt(from: number, to: number, first = 1): number {
    const words = this.words(from, to);
    const verb = words.findIndex((w, i) => i >= first && !w.cap && isFirstVerb(w.lower) && !DETERMINERS.has(words[i - 1]?.lower ?? ''));
    return verb > 0 ? (words[verb] as Token).start : to;
  }

  /**
   * Where the verb group of the clause starting at `from` begins: an auxiliary, a modal, a clitic or
   * a negation (word class verb-group-start) or an inverted « -t-il », among its first nine words
   * (not the first), or `to`. Unlike `firstVerbAt`, no simple finite verb ("surrounded") counts: the
   * main clause after a heading purpose is read only as far as its verb group.
   */
  verbGroupAt(from: number, to: number): number {
    const words = this.words(from, to).slice(0, 9);
    const verb = words.findIndex((w, i) => i > 0 && (VERB_GROUP_STARTS.has(w.lower) || INVERTED_T_PRONOUN.test(w.lower)));
    return verb > 0 ? (words[verb] as Token).start : to;
  }

  /** How many words text[from, to) holds. */
  countWords(from: number, to: number): number {
    return this.tokens.countWords(from, to);
  }

  /** The word count of `tokenize(text.slice(from, to))`, read from the tokens when they agree. */
  sliceWordCount(from: number, to: number): number {
    return this.tokens.sliceWordCount(from, to) ?? tokenize(this.text.slice(from, to)).filter((t) => t.word).length;
  }

  /** True when `pos` lies inside a quote (binary search on the sorted spans). */
  inQuote(pos: number): boolean {
    let lo = 0;
    let hi = this.quotes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = this.quotes[mid] as { open: number; close: number };
      if (pos < q.open) hi = mid - 1;
      else if (pos >= q.close) lo = mid + 1;
      else return true;
    }
    return false;
  }

  /** True when a quote opens in [from, to) with words before `to` and closes after it (a quote running on into the next sentence). */
  quoteRunsPast(from: number, to: number): boolean {
    for (let i = firstOpenFrom(this.quotes, from); i < this.quotes.length; i++) {
      const q = this.quotes[i] as { open: number; close: number };
      if (q.open >= to) return false;
      if (q.close > to && /\p{L}/u.test(this.text.slice(q.open, to))) return true;
    }
    return false;
  }

  /** True when a quote opens inside [from, to). */
  quoteIn(from: number, to: number): boolean {
    const q = this.quotes[firstOpenFrom(this.quotes, from)];
    return !!q && q.open < to;
  }

  type(m: Mention): EntityType | undefined {
    return this.table.entities[m.entity]?.type;
  }

  /** "il", "they", … and French "on", which in English is a preposition. */
  isSubjectPronoun(word: string): boolean {
    return SUBJECT_PRONOUNS.has(word) && !(this.lang === 'en' && word === 'on');
  }

  /** Results a rule computes once per text and reads again (reported speech per sentence). */
  readonly memo = new Map<string, unknown>();

  private byName: Map<string, Entity> | null = null;

  /** The entity whose fullest form is `name`, if any. */
  entityNamed(name: string): Entity | undefined {
    this.byName ??= new Map(this.table.entities.map((e) => [e.text, e]));
    return this.byName.get(name);
  }

  isPerson(m: Mention): boolean {
    return this.type(m) === 'PER';
  }

  name(m: Mention | undefined): string | null {
    return m ? (this.table.entities[m.entity]?.text ?? null) : null;
  }

  /** Mentions lying inside [from, to), in order (binary search on the sorted mention list). */
  mentionsIn(from: number, to: number): Mention[] {
    const ms = this.table.mentions;
    const out: Mention[] = [];
    for (let i = firstStartFrom(ms, from); i < ms.length; i++) {
      const m = ms[i];
      if (!m || m.start >= to) break;
      if (m.end <= to) out.push(m);
    }
    return out;
  }

  /** Every reporting cue of the text, found once: the many windows looked at are read from it. */
  private allCues: Cue[] | null = null;

  /** Reporting cues in [from, to): reporting verbs with their auxiliary, in order. */
  cuesIn(from: number, to: number, max = 40): Cue[] {
    const all = (this.allCues ??= this.shared?.get(this.lang) ?? this.findCues());
    this.shared?.set(this.lang, all);
    const out: Cue[] = [];
    for (let i = firstStartFrom(all, from); i < all.length && out.length < max; i++) {
      const c = all[i] as Cue;
      if (c.end > to) break;
      out.push(c);
    }
    return out;
  }

  private findCues(): Cue[] {
    const tokens = this.words(0, this.text.length);
    const out: Cue[] = [];
    // One context, moved from word to word: the rules read it and keep nothing of it (no object per word).
    const word: { -readonly [K in keyof CueWord]: CueWord[K] } = { lang: this.lang, text: this.text, tokens, i: 0, bare: '' };
    const marks = new ClosingMarks(this.text);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      word.i = i;
      word.bare = t.lower.includes('-') ? t.lower.replace(INVERTED_PRONOUN, '') : t.lower;
      // (Most words are no cue: a set look-up answers them without running the table.)
      const proposed = mayPropose(word, marks) ? CUE_PROPOSERS.first(word) : null;
      if (!proposed) continue;
      const { words: span, framed } = proposed.value;
      if (span > 1) {
        const last = tokens[i + span - 1] as Token;
        const prev = tokens[i - 1];
        const first = prev && isAuxiliary(prev.lower) ? prev : t;
        out.push({ text: this.text.slice(first.start, last.end), start: first.start, end: last.end, pronoun: hasInvertedPronoun(first.lower), rule: proposed.rule });
        i += span - 1;
        continue;
      }
      if (!framed && CUE_VETOES.any(word)) continue;
      const first = cueStart(tokens, i, this.text);
      const pronoun = hasInvertedPronoun(t.lower) || (first !== t && hasInvertedPronoun(first.lower));
      out.push({ text: this.text.slice(first.start, t.end), start: first.start, end: t.end, pronoun, rule: proposed.rule });
    }
    return out;
  }

  /** "selon X", "d'après X", "according to X" in [from, to): the cue, the source named after it, and the rule that found it. */
  selonIn(from: number, to: number, lastSpeaker: string | null = null): { cue: string; speaker: string | null; start: number; end: number; rule: string } | null {
    if (!this.maySelon(from, to)) return null;
    const seg = this.text.slice(from, to);
    SELON.lastIndex = 0;
    const m = SELON.exec(seg);
    if (!m || m[1] === undefined) return null;
    const cueEnd = from + m.index + m[1].length;
    // « un sondage selon lequel … », "the theory according to which …": the cue opens a relative
    // clause; its source is the noun before, which may itself be what was said (« les rumeurs selon
    // lesquelles »), so none is read: never the words after the pronoun.
    const next = this.words(cueEnd, Math.min(to, cueEnd + 16))[0];
    if (next && RELATIVES.has(next.lower)) return { cue: m[1], speaker: null, start: from + m.index, end: cueEnd, rule: 'source.selon-relative' };
    // "selon lui", "according to her": the person last quoted or introduced.
    const object = OBJECT_PRONOUN.exec(this.text.slice(cueEnd, cueEnd + 8));
    if (object) return { cue: m[1], speaker: this.antecedent(cueEnd, lastSpeaker, true, pronounGender(object[0].trim())), start: from + m.index, end: cueEnd, rule: 'source.selon-pronoun' };
    // "according to data analysis firm 1010data", "according to network data from …": an unnamed source.
    // (Not a description pointing back: "selon les mesures sanitaires" names no one.)
    const after = this.sourceAfter(cueEnd, to, false);
    if (after) return { cue: m[1], speaker: after.speaker, start: from + m.index, end: cueEnd, rule: after.trace[0] as string };
    const phrase = this.sourcePhrase(cueEnd, to);
    return { cue: m[1], speaker: phrase, start: from + m.index, end: cueEnd, rule: phrase ? 'source.selon-phrase' : 'source.selon-none' };
  }

  /** Starts and ends of SELON_ANYWHERE's matches in the text, in order (found on first use). */
  private selonSpots: { starts: number[]; ends: number[] } | null = null;

  /** False when no SELON match can lie in text[from, to). */
  private maySelon(from: number, to: number): boolean {
    if (!this.selonSpots) {
      const starts: number[] = [];
      const ends: number[] = [];
      SELON_ANYWHERE.lastIndex = 0;
      for (let m = SELON_ANYWHERE.exec(this.text); m; m = SELON_ANYWHERE.exec(this.text)) {
        starts.push(m.index);
        ends.push(m.index + m[0].length);
      }
      this.selonSpots = { starts, ends };
    }
    const { starts, ends } = this.selonSpots;
    const lo = firstAtOrAfter(starts, from);
    // Matches do not overlap, so the first one starting in the window is also the first to end.
    return lo < starts.length && (ends[lo] as number) <= to;
  }

  /**
   * The subject of a cue at `pos`, looking back to `clauseStart`, with the rule that found it
   * (rules/subject-rules.ts): a named person or organisation not governed by a preposition, the
   * antecedent of a pronoun or role noun, an unnamed source described by a noun phrase… Null when
   * no rule applies; `{ speaker: null }` when a rule decides there is none (a passive cue).
   */
  subject(clauseStart: number, pos: number, lastSpeaker: string | null): Sourced | null {
    // A subject stands within a few hundred characters of its verb; looking further back (to the
    // start of a sentence that never ends) made each cue cost the whole sentence.
    let from = this.lookBackStart(clauseStart, pos);
    // A dateline or a section label heading the sentence ("BUFFALO, N.Y. —", « FAIT DIVERS - ») is not part of its subject.
    const label = DATELINE.exec(this.text.slice(from, Math.min(pos, from + 60)));
    if (label) from += label[0].length;
    const found = SUBJECT_RULES.first(new SubjectContext(this, from, pos, lastSpeaker));
    return found ? { speaker: found.value.speaker, trace: [found.rule] } : null;
  }

  /** The subject's name alone (see `subject`). */
  subjectBefore(clauseStart: number, pos: number, lastSpeaker: string | null): string | null {
    return this.subject(clauseStart, pos, lastSpeaker)?.speaker ?? null;
  }

  /**
   * "Republicans pilloried the administration … and complained", "an unidentified poster put up her
   * picture and wrote": a cue right after "and" shares the subject of the clause's first verb, not
   * the last name before it. Undefined when the cue is not so coordinated.
   */
  coordinatedSubject(gap: Token[], pos: number, lastSpeaker: string | null): string | null | undefined {
    let k = gap.length - 1;
    while (k >= 0 && ADVERBS.has((gap[k] as Token).lower)) k--;
    if (k < 2 || !COORDINATORS.has((gap[k] as Token).lower)) return undefined;
    // "son amie Marie, qui a déposé … et a témoigné": a relative clause has its own subject rules.
    if (gap.slice(0, k).some((w) => RELATIVES.has(w.lower))) return undefined;
    const verb = gap.findIndex((w, i) => i > 0 && i < k && isFirstVerb(w.lower) && !DETERMINERS.has((gap[i - 1] as Token).lower));
    if (verb < 1) return undefined;
    let words = gap.slice(0, verb);
    // A leading adverbial is not the subject: "On one Facebook page | an unidentified poster".
    if (PREPOSITIONS.has((words[0] as Token).lower)) {
      const det = words.findIndex((w, i) => i > 1 && DETERMINERS.has(w.lower));
      if (det < 0) return undefined;
      words = words.slice(det);
    }
    while (words.length > 0 && CLAUSE_OPENERS.has((words[0] as Token).lower)) words = words.slice(1);
    const head = words[0];
    const last = words[words.length - 1];
    // One plain clause from the subject to "and": no quote or sentence break in between.
    if (!head || !last || words.length > 5 || /[,;:()“”«»"]/u.test(this.text.slice(head.start, last.end)) || /[.!?;:“”«»"]/u.test(this.text.slice(head.start, (gap[k] as Token).start))) return undefined;
    if (words.some((w) => DEMONSTRATIVES.has(w.lower))) return undefined;
    if (words.some((w) => this.isSubjectPronoun(w.lower))) return this.antecedent(pos, lastSpeaker);
    const named = this.mentionsIn(head.start, last.end + 1).find((m) => !this.governed(m, head.start));
    if (named) return this.name(named);
    if (words.some((w) => ROLE_NOUNS.has(w.lower))) return DEFINITES.has(head.lower) ? this.antecedent(pos, lastSpeaker) : this.text.slice(head.start, last.end);
    return this.text.slice(head.start, last.end);
  }

  /**
   * A role noun phrase ending among the last words before the cue, from its determiner: "a UK
   * Government official", "the foreign secretary (meanwhile)", "le ministre de la Santé", "the
   * mayor of Mariupol". Null when punctuation or a pronoun breaks it.
   */
  rolePhrase(gap: Token[], pos: number): { determiner: string; title: string[]; text: string } | null {
    let roleAt = -1;
    for (let i = Math.max(0, gap.length - 3); i < gap.length; i++) if (ROLE_NOUNS.has((gap[i] as Token).lower)) roleAt = i;
    let end = roleAt;
    if (roleAt < 0) {
      // The role may stand further back when its portfolio or place ends the phrase.
      let r = gap.length - 3;
      while (r >= Math.max(0, gap.length - 6) && !ROLE_NOUNS.has((gap[r] as Token).lower)) r--;
      if (r >= Math.max(0, gap.length - 6) && portfolioEnd(gap, r) === gap.length - 1) {
        roleAt = r;
        end = gap.length - 1;
      }
    }
    if (roleAt < 0) return null;
    // After the role noun: adverbs ("meanwhile") or adjectives that follow it ("un responsable syndical").
    for (let i = end + 1; i < gap.length; i++) {
      const t = gap[i] as Token;
      if (ADVERBS.has(t.lower) || AUXILIARIES.has(t.lower) || /ly$|^meanwhile$/u.test(t.lower)) continue;
      if (i === end + 1 && /^\p{Ll}/u.test(t.text) && !PREPOSITIONS.has(t.lower) && !DETERMINERS.has(t.lower) && !this.isSubjectPronoun(t.lower) && !REFLEXIVES.has(t.lower) && !RELATIVES.has(t.lower)) end = i;
      else return null;
    }
    for (let d = roleAt - 1; d >= Math.max(0, roleAt - 5); d--) {
      const w = gap[d] as Token;
      if (PREPOSITIONS.has(w.lower) || this.isSubjectPronoun(w.lower)) return null;
      if (!DETERMINERS.has(w.lower)) continue;
      const role = gap[end] as Token;
      const text = this.text.slice(w.start, role.end);
      if (/[,;:.()“”«»"]/u.test(text) || pos < role.end) return null;
      return { determiner: w.lower, title: gap.slice(d + 1, end + 1).filter((t) => !ADVERBS.has(t.lower)).map((t) => t.lower), text };
    }
    return null;
  }

  /**
   * An indefinite noun phrase with a role noun and a short complement closing the words before a cue
   * ("A leading expert on the Cuban economy", "a professor at Purdue University", « un porte-parole
   * du ministère »), or null.
   */
  indefiniteSource(gap: Token[]): string | null {
    for (let d = gap.length - 2; d >= Math.max(0, gap.length - 9); d--) {
      const det = gap[d] as Token;
      if (!INDEFINITES.has(det.lower)) continue;
      const phrase = gap.slice(d);
      const role = phrase.findIndex((t, i) => i >= 1 && i <= 3 && ROLE_NOUNS.has(t.lower));
      const text = this.text.slice(det.start, (gap[gap.length - 1] as Token).end);
      if (role < 0 || /[,;:.()“”«»"]/u.test(text)) return null;
      // After the role: one preposition and its noun phrase, no verb, pronoun or second clause.
      const rest = phrase.slice(role + 1);
      if (rest.length > 0 && (!PREPOSITIONS.has((rest[0] as Token).lower) || rest.length > 5)) return null;
      if (rest.slice(1).some((t) => this.isSubjectPronoun(t.lower) || RELATIVES.has(t.lower) || AUXILIARIES.has(t.lower) || PHRASE_BREAKS.has(t.lower))) return null;
      return text;
    }
    return null;
  }

  /** The person named right after a title before `pos` ("Foreign Secretary Jack Straw" for "the foreign secretary"). */
  titledPerson(title: string[], pos: number): string | null {
    const persons = this.mentionsIn(Math.max(0, pos - 5000), pos).filter((m) => this.isPerson(m) && !this.inQuote(m.start));
    const titled = titledBefore(title);
    for (let i = persons.length - 1; i >= 0; i--) {
      const m = persons[i] as Mention;
      const before = this.words(Math.max(0, m.start - 60), m.start).slice(-title.length).map((t) => t.lower);
      if (before.length === title.length && before.every((w, k) => w === title[k])) return this.name(m);
      // « le maire de La Grande-Motte, Stéphan Rossignol »: the title with its complement, then a comma.
      if (titled.test(this.text.slice(Math.max(0, m.start - 100), m.start))) return this.name(m);
      // "Jack Straw, the foreign secretary,"
      const after = this.words(m.end, m.end + 60).slice(0, title.length + 1).map((t) => t.lower);
      if (/^\s*,/u.test(this.text.slice(m.end, m.end + 3)) && title.every((w, k) => after[k + (DEFINITES.has(after[0] ?? '') ? 1 : 0)] === w)) return this.name(m);
    }
    return null;
  }

  /**
   * True when the words in [from, pos) end with a subject of their own for a cue at `pos`: a name
   * not governed by a preposition a few words before it, or a role or organisation noun phrase
   * ("one Ukrainian military official", "the German government in strong terms"). Pronouns are not.
   */
  hasOwnSubject(from: number, pos: number): boolean {
    const gap = this.words(from, pos);
    if (gap.length === 0 || gap.length > 8 || gap.some((w) => this.isSubjectPronoun(w.lower) || w.lower === 'it')) return false;
    const named = this.mentionsIn(from, pos).filter((m) => !this.governed(m, from)).at(-1);
    if (named && this.words(named.end, pos).length <= 3) return true;
    if (this.rolePhrase(gap, pos)) return true;
    const head = gap.findIndex((w, i) => i > 0 && (ORG_NOUNS.has(w.lower) || w.lower === 'government' || w.lower === 'gouvernement') && DETERMINERS.has((gap[0] as Token).lower));
    return head > 0 && gap.length - head <= 4;
  }

  /**
   * "the Obama administration will announce", "White House officials said", "Ennahda leaders
   * said": a name followed by the body or the people that speak for it; the phrase is the source.
   */
  groupOf(m: Mention, pos: number): string | null {
    const after = this.words(m.end, pos);
    if (after.length === 0 || after.length > 2 || !/^\s/u.test(this.text.slice(m.end, m.end + 1))) return null;
    const last = after[after.length - 1] as Token;
    if (after.some((t) => t.cap || !/^\p{Ll}/u.test(t.text)) || !SPEAKING_GROUPS.has(last.lower)) return null;
    return this.text.slice(m.start, last.end);
  }

  /** A passive cue at `pos` ("Un appel a été lancé", "were asked", "was told"): its subject is not the speaker. */
  isPassive(from: number, pos: number): boolean {
    return PASSIVE_BEFORE.test(this.text.slice(Math.max(from, pos - 20), pos)) || PASSIVE_AT.test(this.text.slice(pos, pos + 40));
  }

  /**
   * "…, the source, who said he had spoken to people inside, told Reuters": the noun phrase a closed
   * relative clause describes, right before the cue (a name in it when there is one).
   */
  apposedSubject(from: number, pos: number): string | null {
    const before = this.text.slice(Math.max(from, pos - 200), pos);
    const m = /(?:^|[,.;:]\s*)((?:the|a|an|le|la|les|un|une|l['’])\s*[^,.;:]{1,40}?),\s*(?:who|which|qui)\s[^.;:]{1,150},\s*$/iu.exec(before);
    if (!m || m[1] === undefined) return null;
    const start = pos - before.length + m.index + m[0].indexOf(m[1]);
    return this.name(this.mentionsIn(start, start + m[1].length)[0]) ?? m[1].trim();
  }

  /** "Travis Kelce’s mom confirmed": a name's possessive and its noun phrase (up to four lowercase words) right before the cue. */
  possessiveDescription(from: number, pos: number): string | null {
    if (this.lang !== 'en') return null;
    const start = Math.max(from, pos - 100);
    const m = /['’]s\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s+$/u.exec(this.text.slice(start, pos));
    if (!m?.[1]) return null;
    const nouns = m[1].split(/\s+/u);
    if (nouns.some((w) => AUXILIARIES.has(w) || ADVERBS.has(w) || PREPOSITIONS.has(w) || DETERMINERS.has(w) || this.isSubjectPronoun(w) || RELATIVES.has(w))) return null;
    // The possessor is a name the text knows, heading its noun phrase ("representatives of Epstein's
    // family", "the office of Ukraine's prosecutor": a larger phrase the other rules read).
    const owner = this.mentionsIn(start, start + m.index).at(-1);
    if (!owner || owner.end !== start + m.index || this.governed(owner, from)) return null;
    return this.text.slice(owner.start, pos).trim();
  }

  /** "La CNIL, qui critique fortement …": the antecedent of a relative pronoun right before the cue. */
  relativeSubject(from: number, pos: number): string | null {
    const before = this.text.slice(from, pos);
    const rel = /(?:,\s*|\s)(?:qui|who|which)\s+(?:[\p{L}’'-]+\s+){0,2}$/iu.exec(before);
    if (!rel) return null;
    const relAt = from + rel.index;
    const names = this.mentionsIn(from, relAt + 1);
    const last = names[names.length - 1];
    const adjacent = !!last && /^[\s),]*$/u.test(this.text.slice(last.end, relAt + 1).replace(/\([^)]*\)/gu, ''));
    // A name a preposition governs is no antecedent of its own (« un argumentaire venu des États-Unis
    // qui », « la police de New York, qui »): the noun phrase holding it is.
    if (last && adjacent) return this.complementOfNoun(last, from) ? this.antecedentPhrase(from, relAt) : this.name(last);
    // A noun phrase only before a comma and « qui » (« l'agence …, qui estime »): without the comma the
    // relative may restrict a noun inside a longer phrase ("an Oklahoma Republican who warned").
    return this.text[relAt] === ',' ? this.antecedentPhrase(from, relAt) : null;
  }

  /** A name after « de »/"of" (and its determiners) completes a noun before it (« la police de New York »). */
  private complementOfNoun(m: Mention, floor: number): boolean {
    return OF_WORDS.has((this.wordBeforeDeterminers(m, floor)?.lower ?? '').replace('’', "'"));
  }

  /** The word before a mention and the determiners heading it (« de » in « de la commission »). */
  private wordBeforeDeterminers(m: Mention, floor: number): Token | undefined {
    const before = this.words(Math.max(floor, m.start - 30), m.start);
    let i = before.length - 1;
    while (i >= 0 && DETERMINERS.has((before[i] as Token).lower)) i--;
    return before[i];
  }

  /**
   * The noun phrase ending right before a relative pronoun at `relAt` (« l'agence américaine de
   * protection de l'environnement, qui estime »), read back from its last determiner through « de »
   * complements; null when a verb, a pronoun or punctuation breaks it, or when « des »/« du » after a
   * noun leaves open where it starts (« les représentants des habitants »).
   */
  private antecedentPhrase(from: number, relAt: number): string | null {
    const words = this.words(from, relAt).slice(-10);
    let i = words.length - 1;
    while (i >= 0 && !DETERMINERS.has((words[i] as Token).lower)) i--;
    for (;;) {
      if (i < 1) break;
      const det = (words[i] as Token).lower;
      const prev = words[i - 1] as Token;
      if ((det === 'des' || det === 'du') && /^\p{Ll}/u.test(prev.text) && !PREPOSITIONS.has(prev.lower)) return null;
      if (!/^(?:de|d'|d’)$/u.test(prev.lower)) break;
      let j = i - 2;
      while (j >= 0 && !DETERMINERS.has((words[j] as Token).lower)) j--;
      if (j < 0) break;
      i = j;
    }
    const phrase = words.slice(Math.max(i, 0));
    const first = phrase[0];
    if (i < 0 || !first || phrase.length < 2) return null;
    if (/[;:()«»"“”,.!?]/u.test(this.text.slice(first.start, relAt))) return null;
    // An apposition after a name ("Senator James Lankford, an Oklahoma Republican, who") describes it.
    if (/,\s*$/u.test(this.text.slice(Math.max(from, first.start - 3), first.start))) return null;
    if (phrase.some((w) => AUXILIARIES.has(w.lower) || this.isSubjectPronoun(w.lower) || RELATIVES.has(w.lower) || isReportingVerb(w.lower, this.lang))) return null;
    return this.text.slice(first.start, (phrase[phrase.length - 1] as Token).end);
  }

  /**
   * The noun phrase after « dont » or "whose" right before the cue: the relative clause's own subject
   * (« Le maire, dont les adjoints affirment que … », "the firm, whose lawyers say …"), not its
   * antecedent; a person named in it is the source. A pronoun there (« dont il affirme ») is left to
   * the pronoun rules.
   */
  ownerRelativeSubject(from: number, pos: number): string | null {
    const rel = /(?:^|,)\s*(?:dont|whose)\s+((?:[\p{L}’'-]+\s+){1,5})$/iu.exec(this.text.slice(from, pos));
    if (!rel?.[1]) return null;
    const start = pos - rel[1].length;
    const phrase = this.words(start, pos);
    const first = phrase[0];
    if (!first || phrase.some((w) => this.isSubjectPronoun(w.lower) || RELATIVES.has(w.lower))) return null;
    const person = this.mentionsIn(start, pos).find((m) => this.type(m) === 'PER');
    if (person) return this.name(person);
    return this.text.slice(first.start, (phrase[phrase.length - 1] as Token).end);
  }

  /**
   * A person who is the subject of the clause holding a quote with no reporting verb
   * ("La garde des Sceaux a quand même « décidé de lancer une inspection »"): a named person, or a
   * role noun standing for the last person quoted. Organisations and places are not guessed here.
   */
  personSubject(from: number, pos: number, lastSpeaker: string | null): string | null {
    const candidates = this.mentionsIn(from, pos).filter((m) => !this.governed(m, from));
    const person = candidates.find((m) => this.type(m) === 'PER');
    if (person) return this.name(person);
    const words = this.words(from, pos).slice(0, 4).map((t) => t.lower);
    // "Il s'agit de", "il faut", "il y a": an impersonal "il" stands for nobody.
    const impersonal = words[0] === 'il' && IMPERSONAL.has(words[1] ?? '');
    // « Un responsable du Rassemblement national, Wallerand de Saint-Just, a condamné … »: an
    // indefinite role brings in someone new, never the last person named; the name apposed to it, if any.
    // (Apposed: right after a comma, whatever type the name was given, the role says it is someone's.)
    if (INDEFINITES.has(words[0] ?? '') && words.some((w) => ROLE_NOUNS.has(w))) return this.name(candidates.find((m) => /,\s*$/u.test(this.text.slice(Math.max(from, m.start - 3), m.start))));
    if (words.some((w) => ROLE_NOUNS.has(w)) || (/^(?:il|elle|he|she)$/u.test(words[0] ?? '') && !impersonal)) return this.antecedent(pos, lastSpeaker);
    return null;
  }

  /** The noun phrase after "par"/"by" up to the clause end ("décrié par la société civile, …"). */
  agentPhrase(pos: number, limit: number, short = false): string | null {
    const words = this.words(pos, this.clauseEnd(pos, Math.min(limit, pos + 120)));
    // `short`: the noun phrase alone, before a complement or date ("le Premier ministre | le 23 mai").
    const cut = words.findIndex((w, i) => i > 0 && (PHRASE_BREAKS.has(w.lower) || w.lower === 'pour' || w.lower === 'for' || (short && (DETERMINERS.has(w.lower) || PREPOSITIONS.has(w.lower) || /^\d/u.test(w.text)))));
    const phrase = cut > 0 ? words.slice(0, cut) : words;
    if (phrase.length === 0 || phrase.length > 6) return null;
    return this.text.slice((phrase[0] as Token).start, (phrase[phrase.length - 1] as Token).end);
  }

  /** A role noun phrase ("la ministre", "the senator") standing for the last person quoted or named as subject. */
  roleAntecedent(phrase: string, pos: number, lastSpeaker: string | null): string | null {
    const words = tokenize(phrase).filter((t) => t.word).map((t) => t.lower);
    if (!words.some((w) => ROLE_NOUNS.has(w))) return null;
    // A definite role with its complement (« le directeur de l'office de tourisme ») is the person
    // introduced with that title, else the role as written: not whoever spoke last.
    const [det, ...title] = words;
    if (det && DEFINITES.has(det) && title.length > 1 && title.some((w) => OF_WORDS.has(w))) return this.titledPerson(title, pos) ?? phrase.trim();
    return this.antecedent(pos, lastSpeaker);
  }

  /** Where a backward search for the subject of a cue at `pos` starts: the clause start, or a word boundary at most MAX_SUBJECT_DISTANCE before `pos`. */
  private lookBackStart(clauseStart: number, pos: number): number {
    if (pos - clauseStart <= MAX_SUBJECT_DISTANCE) return clauseStart;
    const space = this.text.indexOf(' ', pos - MAX_SUBJECT_DISTANCE);
    return space < 0 || space >= pos ? pos - MAX_SUBJECT_DISTANCE : space + 1;
  }

  /** The person or body a clause is about: its first name not governed by a preposition ("X, …, en Irak :"). */
  headName(from: number, to: number): string | null {
    // Stops at the first name that qualifies: the head of a long sentence is near its start.
    let fallback: Mention | undefined;
    for (const m of this.mentionsIn(from, to)) {
      // (Not a name inside a quote: "“We all miss Steve,” Benioff weighed in, telling Cook, “…”".)
      if (this.governed(m, from) || this.inQuote(m.start)) continue;
      if (this.type(m) !== 'LOC') return this.name(m);
      fallback = m;
    }
    return this.name(fallback);
  }

  /** A name (not a place) heading the clause at `from`, after at most a determiner or title word: its subject. */
  sentenceSubject(from: number, to: number): string | null {
    const first = this.mentionsIn(from, to).find((m) => !this.governed(m, from));
    if (!first || this.type(first) === 'LOC') return null;
    const before = this.words(from, first.start);
    return before.length <= 3 && !before.some((t) => PREPOSITIONS.has(t.lower) || this.isSubjectPronoun(t.lower)) ? this.name(first) : null;
  }

  /** The source named after an inverted cue or "selon" (see `sourceAfter`). */
  nameAfter(pos: number, limit: number): string | null {
    return this.sourceAfter(pos, limit)?.speaker ?? null;
  }

  /**
   * The source named after an inverted cue or "selon", with the rule that found it: the first name
   * before the clause ends, a definite role (the person so titled, else the role), or a description.
   */
  sourceAfter(pos: number, limit: number, afterVerb = true): Sourced | null {
    const stop = this.clauseEnd(pos, Math.min(limit, pos + 200));
    // « a déclaré de son côté l'agent spécial du FBI Ron Harper »: an adverbial phrase right after the
    // cue belongs to the verb group; the source is read after it.
    pos = this.afterLocution(pos, stop);
    // « a déclaré à l'AFP Boris Erazo », « a commenté auprès de l'AFP X », « a-t-il écrit sur Twitter », "said in a statement on
    // Facebook": a complement right after the cue (the addressee, the medium) is not the source.
    const skipped = /^\s*(?:(?:à|au|aux|sur|dans|via|devant|to|on|in)\s+|auprès\s+(?:de\s+|du\s+|des\s+|d['’]))(?:(?:l['’]|la|le|les|the|son|sa|ses|his|her|its|their|a|an|un|une)\s*)?(?:[\p{L}\p{N}’'.-]+\s+){0,3}?[\p{Lu}][\p{L}\p{N}’'.-]*(?:\s+\p{Lu}[\p{L}\p{N}’'.-]*)*/u.exec(this.text.slice(pos, stop));
    // (The capitalised run it reads may run on into the source: « sur Twitter Géraud Guibert ».)
    if (skipped) {
      const [complement, next] = this.mentionsIn(pos, stop);
      if (complement && next && complement.start < pos + skipped[0].length) pos = Math.min(pos + skipped[0].length, next.start);
      // With no name after it, a complement named right after its preposition ends where its name
      // does (« ont confié à l'AFP plusieurs diplomates »); « à la presse Vasant Swarnkar » names the source.
      else if (complement && !next && this.words(pos, complement.start).every((t) => PREPOSITIONS.has(t.lower) || DETERMINERS.has(t.lower))) pos = complement.end;
    }
    let first: Mention | undefined = this.mentionsIn(pos, stop)[0];
    let words = this.words(pos, first ? first.start : stop);
    // Allow a few words (titles, determiners) before the name: "a déclaré le sénateur Mark Warner".
    if (first && words.length <= 4) {
      let at = words.length - 1;
      while (at >= 0 && DETERMINERS.has((words[at] as Token).lower)) at--;
      const preposition = this.governed(first, pos) ? (words[at]?.lower ?? '') : '';
      // "said Kyiv resident Svitlana Onofryichuk", "said Hamas official Basem Naim": a place or a body
      // that qualifies a role, and the person who holds it named right after.
      if (!preposition && !this.isPerson(first)) {
        const holder = this.personNamedAfter(first.end, stop, 3);
        if (holder && holder !== first && this.words(first.end, holder.start).every((w) => !w.cap)) return sourced(this.name(holder), 'source.after.role-and-name');
      }
      // The agent of "a survey by X" is the source, as an ungoverned name is.
      if (!preposition || preposition === 'by' || preposition === 'par') return sourced(this.name(first), 'source.after.name');
      // A name another preposition governs is no source: after "de"/"of" it completes the description
      // (« note le maire de Cavalaire », « une source du Quai d'Orsay »); otherwise it is the addressee
      // or the medium, outside it (« a précisé une porte-parole à l'AFP »).
      if (OF_WORDS.has(preposition)) {
        // "l'agent spécial du FBI Ron Harper": the person named right after the description.
        const person = this.personNamedAfter(first.end, stop, 0);
        if (person) return sourced(this.name(person), 'source.after.role-and-name');
        words = this.words(pos, first.end);
      } else words = words.slice(0, Math.max(0, at));
      first = undefined;
    }
    // « résume l'auteur principal de l'étude, Gareth Collins », "said the company's chief executive,
    // John Smith": a person in apposition after the describing phrase (which the comma ends).
    // (A day or a time may come first, no preposition: « a annoncé lundi soir le président du conseil départemental, Jean Dupont ».)
    const describedAt = words.findIndex((w, i) => i < 3 && DETERMINERS.has(w.lower));
    const lead = describedAt > 0 ? words.slice(0, describedAt) : [];
    if (!first && this.text[stop] === ',' && words.length <= 12 && describedAt >= 0 && !lead.some((w) => PREPOSITIONS.has(w.lower) || /^\p{Lu}/u.test(w.text)) && !/[;:.!?«»“”"]/u.test(this.text.slice(pos, stop))) {
      const apposed = this.mentionsIn(stop, stop + 80)[0];
      if (apposed && this.isPerson(apposed) && /^[,\s]*$/u.test(this.text.slice(stop, apposed.start))) return sourced(this.name(apposed), 'source.after.apposed-name');
    }
    // "a déclaré à cette occasion le ministre de la Santé": the role after an adverbial, and the
    // person who bears that title if one was introduced.
    const all = this.words(pos, stop).slice(0, 10);
    const roleAt = all.findIndex((t) => ROLE_NOUNS.has(t.lower));
    let det = roleAt - 1;
    while (det >= 0 && !DEFINITES.has((all[det] as Token).lower)) det--;
    if (roleAt > 0 && det >= 0 && roleAt - det <= 3) {
      // "le chef de la police John Mina": a person named right after the role and its portfolio.
      const named = this.personNamedAfter((all[roleAt] as Token).end, stop, 4);
      if (named) return sourced(this.name(named), 'source.after.role-and-name');
      const end = portfolioEnd(all, roleAt);
      const title = all.slice(det + 1, end + 1).map((t) => t.lower);
      return sourced(this.titledPerson(title, pos), 'source.after.titled-person') ?? sourced(this.text.slice((all[det] as Token).start, (all[end] as Token).end), 'source.after.role');
    }
    // "wrote in a tribute published by police": a phrase after a preposition is a circumstance, not the source.
    if (PREPOSITIONS.has(words[0]?.lower ?? '') && !DETERMINERS.has(words[0]?.lower ?? '')) return null;
    // « a accusé l'opposition de « … » », « a appelé les habitants à « … » »: a phrase that ends on the
    // preposition governing what follows is the verb's object, not its subject after it.
    if (!first && PREPOSITIONS.has(words.at(-1)?.lower ?? '')) return null;
    const described = sourced(this.description(words.slice(0, 10), true), 'source.after.description');
    if (described) return described;
    // « insiste le parlementaire », « a dit l'Espagnol », « ajoute celle qui … », "said the lawmaker":
    // a definite description after the cue points back to the person named before it (or, with
    // nobody to point to, is the source as described).
    const head = words[0];
    if (afterVerb && !first && head && (DEFINITES.has(head.lower) || /^(?:celle|celui|ceux|celles)$/u.test(head.lower)) && words.length >= 2 && !words.some((w) => AUXILIARIES.has(w.lower) || this.isSubjectPronoun(w.lower))) {
      const noun = words[1] as Token;
      if (ORG_NOUNS.has(noun.lower)) return sourced(this.orgAntecedent(pos, null), 'source.after.definite-description');
      // A plural description (« ont assuré les autorités », "said the researchers") is a group, not a
      // person named before: it is the source as described.
      if (/^(?:les|the)$/u.test(head.lower) && /[sx]$/u.test(noun.lower)) return sourced(this.text.slice(head.start, noun.end), 'source.after.definite-description');
      // (Up to five words, not past a day or a date: « l'ancien vice-président | lundi ».)
      const dated = words.findIndex((w, i) => i > 1 && (DAYS_AND_MONTHS.has(w.lower) || /^\p{N}/u.test(w.text)));
      // (Nor past a relative pronoun, which opens a clause about it: « l'opposition pro-démocratie | qui entendait ».)
      const relative = words.findIndex((w, i) => i > 1 && RELATIVES.has(w.lower));
      const phrase = this.text.slice(head.start, (words[Math.min(words.length, 5, dated > 0 ? dated : 5, relative > 0 ? relative : 5) - 1] as Token).end);
      // The person last speaking or introduced since, of the description's gender (« la jeune femme »);
      // a role (« l'ancien vice-président ») is a person's, so a body or a work that spoke last is not it.
      const last = this.spoken?.name ?? null;
      const lastType = last ? this.typeOfName(last) : undefined;
      const spokenPerson = last && words.slice(1, 4).some((w) => isRoleNoun(w.lower)) && lastType !== 'PER' && lastType !== undefined ? null : last;
      const role = words.slice(1, 4).find((w) => isRoleNoun(w.lower))?.lower ?? null;
      const person = this.antecedent(pos, spokenPerson, true, this.genderOf(phrase), role);
      return sourced(person ?? phrase, 'source.after.definite-description');
    }
    return null;
  }

  /** `pos`, or the end of the adverbial phrase that opens text[pos, stop) (« de son côté », "for his part"). */
  private afterLocution(pos: number, stop: number): number {
    const next = this.words(pos, stop).slice(0, 4);
    const phrase = locutionAt(next, 0);
    return phrase ? (next[phrase.length - 1] as Token).end : pos;
  }

  /**
   * The first name in [at, stop) when it is a person's and stands right after `at`: past spaces only,
   * or past at most `maxWords` words and no punctuation (a role's portfolio: « chef | de la police | John Mina »).
   */
  private personNamedAfter(at: number, stop: number, maxWords: number): Mention | undefined {
    const [first, next] = this.mentionsIn(at, stop);
    if (!first) return undefined;
    // « le chef de file des députés La République en marche Gilles Le Gendre »: the body of the
    // portfolio, then the person right after it.
    const m = !this.isPerson(first) && next && this.isPerson(next) && /^\s+$/u.test(this.text.slice(first.end, next.start)) ? next : first;
    if (!this.isPerson(m)) return undefined;
    const gap = this.text.slice(at, first.start);
    return /^\s+$/u.test(gap) || (maxWords > 0 && this.words(at, first.start).length <= maxWords && !/[,;:()«»“”"–—]/u.test(gap)) ? m : undefined;
  }

  /** The source after "citant"/"citing": a name, or a short noun phrase with a role noun, up to the clause end. */
  citedSource(pos: number, limit: number): string | null {
    const words = this.words(pos, this.clauseEnd(pos, Math.min(limit, pos + 160)));
    const first = this.mentionsIn(pos, (words[words.length - 1]?.end ?? pos) + 1)[0];
    if (first && this.words(pos, first.start).length <= 3) return this.name(first);
    const det = words[0];
    const last = words[Math.min(words.length, 6) - 1];
    if (!det || !last || !DETERMINERS.has(det.lower) || !words.slice(0, 6).some((t) => ROLE_NOUNS.has(t.lower) || isAgentPlural(t.lower))) return null;
    return this.text.slice(det.start, last.end);
  }

  /** The noun phrase after "according to" up to the clause end, when it is short and not a pronoun. */
  private sourcePhrase(pos: number, limit: number): string | null {
    const words = this.words(pos, this.clauseEnd(pos, Math.min(limit, pos + 200)));
    const first = words[0];
    if (!first || words.length > MAX_SOURCE_WORDS || this.isSubjectPronoun(first.lower) || /^(?:him|her|them|me|us|lui|eux|elles?|moi|nous|vous)$/u.test(first.lower)) return null;
    // Only function words ("selon qui", « selon le “Freedom Network” »: the name is in quotes) name no source.
    if (words.every((w) => FUNCTION_WORDS.has(w.lower))) return null;
    return this.text.slice(first.start, (words[words.length - 1] as Token).end);
  }

  private spoken: { name: string; pos: number } | null = null;

  /** What pronoun resolution depends on besides the position: part of any cache key of a rule's result. */
  stateKey(): string {
    return this.spoken ? `${this.spoken.name}@${this.spoken.pos}` : '';
  }

  /** Remembers who was last given as a speaker, and where, for pronoun resolution. */
  noteSpeaker(name: string | null, pos: number): void {
    if (name) this.spoken = { name, pos };
  }

  /**
   * Who "he", "elle", "the senator" refers to at `pos`: a person introduced as a sentence subject
   * after the last quoted speaker ("Senator James Lankford … played down that threat. “…,” he said."),
   * else the last speaker, else the last person named.
   */
  antecedent(pos: number, lastSpeaker: string | null, personal = true, gender: Gender | null = null, role: string | null = null): string | null {
    const floor = this.spoken && this.spoken.name === lastSpeaker ? this.spoken.pos : Math.max(0, pos - 1500);
    // A place is not what "il"/"she" stands for ("la France n'a jamais indiqué … elle s'est dit prête").
    // Nor is a plural group ("Les ministres ont confirmé … », a-t-il rappelé"), nor a person of the
    // other gender by their given name (« Nadine … », a-t-elle dit: not Pierre).
    const plural = !!lastSpeaker && /^(?:les|des|plusieurs|the|some|many)\s.*[sx]$/iu.test(lastSpeaker) && this.typeOfName(lastSpeaker) === undefined;
    // (Nor a work, a product or an event: « selon Our World in Data », then « l'ancien vice-président ».)
    const type = lastSpeaker ? this.typeOfName(lastSpeaker) : undefined;
    const speaker = personal && lastSpeaker && (plural || type === 'LOC' || type === 'MISC' || !this.agrees(lastSpeaker, gender) || (role !== null && this.titledOtherwise(this.table.entities.findIndex((e) => e.text === lastSpeaker), role, pos))) ? null : lastSpeaker;
    return this.lastSubjectPerson(floor, pos, gender, role) ?? speaker ?? this.lastPerson(pos, 0, gender, role);
  }

  /**
   * True when a description's role and the title the person was named with are one role with and
   * without a prefix (« l'ancien vice-président » is not « le président Donald Trump », "the deputy
   * mayor" not "Mayor X"): two different offices. Other role words may well be synonyms (« le chef de
   * l'État » for « le président »), so only this clear case disagrees.
   */
  private titledOtherwise(entity: number, role: string | null, pos: number): boolean {
    if (!role || entity < 0) return false;
    for (const m of this.table.mentions) {
      if (m.start >= pos) break;
      if (m.entity !== entity) continue;
      const title = this.words(Math.max(0, m.start - 40), m.start).slice(-3).map((w) => w.lower).find((w) => isRoleNoun(w));
      if (title && title !== role && (title.endsWith(`-${role}`) || role.endsWith(`-${title}`))) return true;
    }
    return false;
  }

  /** A person's mention agrees with a pronoun's gender and a description's role (`agrees`, `titledOtherwise`). */
  private fits(m: Mention, gender: Gender | null, role: string | null, pos: number): boolean {
    return this.agrees(this.name(m) ?? '', gender) && !this.titledOtherwise(m.entity, role, pos);
  }

  /** The gender a person's given name shows, or null (unknown, shared by both, or not a person). */
  genderOf(name: string): Gender | null {
    return genderOfName(name);
  }

  /** False only when the name's gender is known and differs from the pronoun's. */
  private agrees(name: string, gender: Gender | null): boolean {
    if (!gender) return true;
    const g = this.genderOf(name);
    return g === null || g === gender;
  }

  /**
   * What "it", "the company", "le ministère" refers to at `pos`: the last source when it is not a
   * person, else the last organisation named (outside quotes) in the preceding stretch of text.
   */
  orgAntecedent(pos: number, lastSpeaker: string | null): string | null {
    // (An unnamed source counts only when a body's noun heads it, "Britain's defence ministry", not
    // "the British royal" nor « des élus ».)
    const lastType = lastSpeaker ? this.typeOfName(lastSpeaker) : undefined;
    const body = lastType !== undefined ? lastType !== 'PER' : !!lastSpeaker && lastSpeaker.toLowerCase().split(/[\s'’]+/u).some((w) => ORG_NOUNS.has(w));
    if (lastSpeaker && body) return lastSpeaker;
    const floor = Math.max(0, pos - 1500);
    const orgs = this.mentionsIn(floor, pos).filter((m) => this.type(m) === 'ORG' && !this.inQuote(m.start));
    // The last one that heads a clause, not one a preposition governs ("NASA has chosen three firms for
    // its Artemis moon program, the agency said": NASA, not Artemis); else the last one named.
    const heading = orgs.filter((m) => !this.governed(m, floor)).at(-1);
    return this.name(heading ?? orgs.at(-1));
  }

  private typeOfName(name: string): EntityType | undefined {
    return this.table.entities.find((e) => e.text === name)?.type;
  }

  private lastSubjectPerson(floor: number, pos: number, gender: Gender | null = null, role: string | null = null): string | null {
    const persons = this.mentionsIn(floor, pos).filter((m) => this.type(m) === 'PER' && this.fits(m, gender, role, pos));
    for (let i = persons.length - 1; i >= 0; i--) {
      const m = persons[i] as Mention;
      if (this.inQuote(m.start)) continue;
      const lead = this.text.slice(Math.max(floor, m.start - 80), m.start);
      // A clause opens after a sentence end, a quote, or a comma or dash ("On Wednesday, Jacques Barrot, …").
      const boundary = afterLastBreak(lead);
      // (Adverbs inside the verb group do not count: « souligne d'ailleurs Eric Topol » is inverted.)
      const before = withoutAdverbials(tokenize(lead.slice(boundary)).filter((t) => t.word));
      // "… contre la directrice du refuge, Céline Ravenet. »": a name apposed after a comma and ending
      // its sentence describes an object; it heads no clause (unless a quote follows it, below).
      const after = this.text.slice(m.end, m.end + 6);
      if (before.length === 0 && /,\s*$/u.test(lead) && /^\s*[.;](?!\s*[«“"])/u.test(after)) continue;
      // The one told is no subject ("“…,” he told Cook"), nor the speaker of the next quote ("“…,”
      // Cooperman told Reed. “…”" goes on with Cooperman).
      if (endsWithTelling(lead.trimEnd())) continue;
      if (before.length <= 2 && !before.some((t) => PREPOSITIONS.has(t.lower))) return this.name(m);
      // "… que ne comprend pas non plus le député LR Eric Ciotti. « … »": a name closing the sentence
      // just before a quote introduces its speaker.
      // (Not one a preposition governs: « qui dirigeait les Centres sous Barack Obama. « … »».)
      if (/^\s*[.:]\s*[«“"]/u.test(after) && !this.governed(m, floor)) return this.name(m);
    }
    return null;
  }

  /** Last person named before `pos` (and after `floor`). */
  lastPerson(pos: number, floor = 0, gender: Gender | null = null, role: string | null = null): string | null {
    // A person named as a complement ("après la mort de George Floyd") is passed over for one named
    // as a subject or object within the last 600 characters; failing that, the last person named.
    const ms = this.table.mentions;
    let governedOne: string | null = null;
    for (let i = ms.length - 1; i >= 0; i--) {
      const m = ms[i];
      if (!m || m.start < floor) break;
      if (m.end <= pos && this.type(m) === 'PER' && !this.inQuote(m.start) && this.fits(m, gender, role, pos)) {
        if (!this.governed(m, 0)) return governedOne !== null && pos - m.start > 600 ? governedOne : this.name(m);
        governedOne ??= this.name(m);
      }
    }
    return governedOne;
  }

  /**
   * An English verb in -ed that ends a subject phrase: after two words or more, not after a
   * determiner, and followed by its object rather than a preposition ("the researchers | used the
   * technique", "the debate | failed to"; but "people briefed on the talks" is one phrase).
   */
  private isFiniteEd(words: readonly Token[], i: number): boolean {
    const w = words[i] as Token;
    const next = words[i + 1]?.lower;
    return /^\p{Ll}+ed$/u.test(w.text) && !DETERMINERS.has((words[i - 1] as Token).lower) && next !== undefined && (next === 'to' || !PREPOSITIONS.has(next));
  }

  /**
   * An unnamed subject right before the cue: "Deficit hawks have warned that", "most experts say",
   * "les opposants au texte craignent que". Only a short phrase with a noun; pronouns are handled apart.
   */
  subjectPhrase(from: number, pos: number): string | null {
    // A short parenthesis is the name's own gloss or acronym (« L'association des victimes de
    // l'amiante (Andeva) a prédit »): read through, not a boundary, and its words left out.
    // (A name: capitalised, no comma or figure: not « (et quel atout) » nor « (Des lendemains …, 2014) ».)
    const segment = this.text.slice(from, pos).replace(/\((?=\p{Lu})[^(),;:\d]{1,40}\)/gu, (m) => ' '.repeat(m.length));
    const boundary = Math.max(...[...segment.matchAll(/[,;:“”«»"()–—]|\b(?:que|qu['’]|that|which|who|qui)\b/giu)].map((m) => (m.index ?? 0) + m[0].length), 0);
    let words = this.words(from + boundary, pos).filter((w) => segment[w.start - from] !== ' ');
    // « …, tout en expliquant que », « , en affirmant »: a gerund right after a comma has the main
    // clause's subject, never the words between the comma and « en ».
    if (this.lang === 'fr' && words.length <= 2 && words.at(-1)?.lower === 'en') return null;
    while (words.length > 0 && CLAUSE_OPENERS.has((words[0] as Token).lower)) words = words.slice(1);
    // The subject ends where its verb group or an adverbial starts: "Les ministres | ont en revanche".
    // "… que peuvent invoquer les services pour …": a verb first means the subject is inverted; it is
    // the noun phrase after the verb, up to a preposition.
    if (words[0] && !DETERMINERS.has(words[0].lower) && (AUXILIARIES.has(words[0].lower) || PHRASE_BREAKS.has(words[0].lower))) {
      const det = words.findIndex((w) => DETERMINERS.has(w.lower));
      if (det < 0) return null;
      words = words.slice(det);
      const stop = words.findIndex((w, i) => i > 0 && (PREPOSITIONS.has(w.lower) || DETERMINERS.has(w.lower)));
      if (stop > 0) words = words.slice(0, stop);
    }
    // (A reporting verb ends it too: "Le rapport | indique également".)
    // A negation or a clitic opens the French verb group too: "Les commerçants | ne cessent de …".
    const end = words.findIndex((w, i) => i > 0 && (AUXILIARIES.has(w.lower) || PHRASE_BREAKS.has(w.lower) || isReportingVerb(w.lower, this.lang) || (i > 1 && this.lang === 'fr' && VERB_CLITICS.has(w.lower)) || (i > 1 && this.lang === 'en' && this.isFiniteEd(words, i))));
    if (end > 0) words = words.slice(0, end);
    while (words.length > 0 && (AUXILIARIES.has((words[words.length - 1] as Token).lower) || ADVERBS.has((words[words.length - 1] as Token).lower) || REFLEXIVES.has((words[words.length - 1] as Token).lower) || this.isMannerAdverb(words[words.length - 1] as Token))) words = words.slice(0, -1);
    // (A body named by its noun and complements may run longer: « l'association des victimes de l'amiante ».)
    const body = words.length > 1 && DETERMINERS.has((words[0] as Token).lower) && ORG_NOUNS.has((words[1] as Token).lower);
    if (words.length === 0 || words.length > (body ? 9 : 6)) return null;
    // Numbers are no subject ("2019 saw …") unless they count people ("Environ 400 Français").
    const counted = /^(?:\p{Lu}|\p{Ll}+s$)/u.test((words[words.length - 1] as Token).text);
    if (words.some((w) => this.isSubjectPronoun(w.lower) || NOT_A_SOURCE.has(w.lower) || /['’](?:s|ll|ve|re|d|m|t)$/u.test(w.lower) || (/^\d/u.test(w.text) && !counted))) return null;
    // Not a source: a verb form inside ("a pour sa part", "a-t-il"), a participle or a relative or
    // preposition opening it ("Ayant utilisé une arme", "dont les spécialistes", "where fishery practices").
    const head = words[0] as Token;
    // (« des gens qui | se connectent depuis une zone »: a negation or a reflexive opens a verb group,
    // whose subject stands before the boundary.)
    if (this.lang === 'fr' && VERB_CLITICS.has(head.lower)) return null;
    if (words.some((w) => AUXILIARIES.has(w.lower) || hasInvertedPronoun(w.lower)) || RELATIVES.has(head.lower) || PREPOSITIONS.has(head.lower) || /^(?:where|when|how|why|où|quand|comment|pourquoi|despite|malgré)$/u.test(head.lower) || /(?:ant|ing)$/u.test(head.lower)) return null;
    const content = words.filter((w) => !DETERMINERS.has(w.lower) && !PREPOSITIONS.has(w.lower));
    if (content.length === 0 || content.every((w) => ADVERBS.has(w.lower))) return null;
    return this.text.slice((words[0] as Token).start, (words[words.length - 1] as Token).end);
  }

  /** An English manner adverb between a subject and its verb ("the company flatly denied", "residents strongly believe"). */
  private isMannerAdverb(w: Token): boolean {
    return this.lang === 'en' && !w.cap && /^\p{Ll}{2,}ly$/u.test(w.lower) && !LY_NOUNS.has(w.lower);
  }

  /** An unnamed source described by a noun phrase ("un porte-parole du ministère", "officials"). */
  description(words: Token[], leading = false): string | null {
    // A relative pronoun closing the words is the cue's subject; the phrase is its antecedent before it
    // (« les représentants des habitants, qui disent »).
    const own = !leading && RELATIVES.has(words.at(-1)?.lower ?? '') ? words.slice(0, -1) : words;
    const list = leading ? own : own.slice(-6);
    // "say economists", "selon des analystes": a bare plural agent noun is a source too.
    if (leading && list.length > 0 && list.length <= 3 && isAgentPlural((list[list.length - 1] as Token).lower)) {
      return this.text.slice((list[0] as Token).start, (list[list.length - 1] as Token).end);
    }
    // (French « a » is the auxiliary, not the English article: « a rencontré les représentants ».)
    const at = list.findIndex((t) => (DETERMINERS.has(t.lower) && !(this.lang === 'fr' && t.lower === 'a')) || ROLE_NOUNS.has(t.lower));
    if (at < 0) return null;
    const phrase = list.slice(at);
    if (!phrase.some((t) => ROLE_NOUNS.has(t.lower) || DESCRIBED_SOURCE_NOUNS.has(t.lower))) return null;
    const first = phrase[0] as Token;
    const last = phrase[phrase.length - 1] as Token;
    return this.text.slice(first.start, last.end);
  }

  /** A mention introduced by a preposition ("de X", "to X") is a complement, not a subject. */
  governed(m: Mention, floor: number): boolean {
    // Asked for every mention of every window: the common case (the floor is not within the 30
    // characters read) is answered once per mention.
    const whole = floor <= m.start - 30;
    if (whole) {
      const known = this.governedAt.get(m.start);
      if (known !== undefined) return known;
    }
    const answer = this.readGoverned(m, floor);
    if (whole) this.governedAt.set(m.start, answer);
    return answer;
  }

  private readonly governedAt = new Map<number, boolean>();

  private readGoverned(m: Mention, floor: number): boolean {
    // A wire credit in a dateline ("KATHMANDU, April 25 (Reuters) - …") is no subject either.
    if (this.text[m.start - 1] === '(' && /^\)\s*[-–—]/u.test(this.text.slice(m.end, m.end + 4))) return true;
    const prev = this.wordBeforeDeterminers(m, floor);
    return !!prev && PREPOSITIONS.has(prev.lower);
  }

  private clauseEnd(pos: number, limit: number): number {
    const rest = this.text.slice(pos, limit);
    const m = CLAUSE_END.exec(rest);
    // A comma right after the cue's name ends the clause; one before any word does not.
    if (m && m[0].startsWith(',') && !/[\p{L}]/u.test(rest.slice(0, m.index))) {
      const again = CLAUSE_END.exec(rest.slice(m.index + 1));
      return again ? pos + m.index + 1 + again.index : limit;
    }
    return m ? pos + m.index : limit;
  }
}
