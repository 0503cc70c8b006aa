// Stated reasons and purposes: an explicit cue (rules/rationale-rules.ts) and its complement up to
// the end of the clause. Never a reason the text does not state: no cue, no rationale.
import { CUE_RULES, NOMINAL_CUE, isFrenchInfinitive, type CueRule, type GuardContext } from './rules/rationale-rules';
import { noteFired } from './rules/engine';
import { alternation, words } from './lexicon/word-classes';
import { inflectsEnglishVerb } from './lexicon/english-forms';

export interface Rationale {
  rationale: string;
  cue: string;
  /** Offset of the cue in the searched text. */
  index: number;
  /** True for cues that make an action claim on their own (unambiguous once guarded). */
  strong: boolean;
  /** The cue rule, then the guard rule that accepted it, if one decided. */
  trace: string[];
}

/**
 * Where a noun-phrase reason ends (NP_END), or -1: not inside a quotation the reason opens ("because of
 * “the opportunities I was given to learn” about business" quotes a whole phrase, its "I" included).
 */
function npEnd(text: string, lang: 'fr' | 'en'): number {
  const quoteAt = text.search(QUOTE_OPENS);
  const end = NP_END[lang].exec(text);
  if (!end || quoteAt < 0 || end.index < quoteAt) return end ? end.index : -1;
  // Past the quotation's close, the first subject pronoun or modal still ends the phrase.
  const close = text.slice(quoteAt + 1).search(QUOTE_CLOSES);
  if (close < 0) return -1;
  const after = quoteAt + 1 + close + 1;
  const later = NP_END[lang].exec(text.slice(after));
  return later ? after + later.index : -1;
}

/** A subject pronoun ends a noun phrase ("due to Russian blockades we are unable …"), unless a relative word introduces it. */
const NP_END = {
  fr: /(?<![\p{L}'’])(?<!(?:que|qui|dont|où|si)\s)(?:(?:je|nous|vous|il|elle|ils|elles|on)(?![\p{L}'’])|j['’])/iu,
  // A subject pronoun, a modal or "said" starts the predicate the noun phrase was the subject of
  // ("because of overbooking, cancellations or delays can now demand …").
  en: /(?<![\p{L}'’])(?<!(?:that|which|who|whom|if)\s)(?:I|we|you|he|she|they|can|cannot|can['’]t|could|will|won['’]t|would|may|might|must|should|shall|said|says|told)(?![\p{L}'’])/u,
};
/** A complement that opens with a subordinate clause runs past its first comma ("car si je ne suis pas médecin, j'étais …"). */
const SUBORDINATE_START = /^(?:si|s['’](?=il)|quand|lorsqu['’]|lorsque|bien qu['’]|bien que|if|when|even if|although|though)(?![\p{L}])/iu;
/** A second reason coordinated with the first ("pour faire une sommation, pour prévenir …"; "car …, parce que …"). */
const COORDINATED_CUE = { fr: /^\s*(?:et\s+|ou\s+|mais\s+(?:aussi\s+)?)?(?:parce qu|puisqu|car\s|afin\s+(?:de|d['’]|que|qu['’])|pour\s+(?:que|qu['’]))/iu, en: /^\s*(?:and\s+|or\s+|but\s+(?:also\s+)?)?(?:because\s|since\s|in order to\s)/iu };
/** "…, even on shoots that …", "…, notamment dans …", "…, with the first votes less than 100 days away": an extension of the same clause, not a new one. */
const EXTENSION = new RegExp(`^\\s*(?:${alternation('clause-extension')})\\s`, 'iu');
/** "to balance the ends, ways and means": a comma inside a short list of nouns does not end the clause. */
const LIST_CONTINUES = /^\s*(?!(?:he|she|they|we|it|il|elle|ils|elles|on|nous|vous|je)\s)\p{Ll}+(?:\s\p{Ll}+){0,2}\s(?:and|or|et|ou)\s/u;
/**
 * A time adverbial ending a noun-phrase reason dates the act, it is no part of the reason ("with a
 * goal of sustainability | for nearly a century", "because of weak demand | last year", « en raison
 * de la grève | depuis trois semaines »).
 */
const TIME_SPAN = `(?:${alternation('small-number')})\\s+(?:${alternation('time-unit')})`;
const TRAILING_TIME = {
  en: new RegExp(`\\s+(?:(?:for|over|during|in)\\s+(?:(?:nearly|almost|about|more\\s+than|less\\s+than|the\\s+past|the\\s+last)\\s+)?${TIME_SPAN}|(?:last|this)\\s+(?:year|month|week|night)|(?:on|since)\\s+(?:${alternation('day-or-month-en')}))\\s*$`, 'iu'),
  fr: new RegExp(`\\s+(?:(?:depuis|pendant|durant)\\s+(?:(?:près\\s+de|plus\\s+de|moins\\s+de)\\s+)?${TIME_SPAN}|(?:l['’]an|l['’]année|la\\s+semaine)\\s+(?:dernière|dernier|passée|passé)|(?:depuis\\s+)?(?:${alternation('day-or-month-fr')})\\s+dernier)\\s*$`, 'iu'),
};
/** A coordinator left at the end of a cut complement. */
const TRAILING_COORDINATOR = /\s+(?:et|ou|and|or)\s*$/iu;
const FR_POUR_COORDINATED = /^\s*(?:et\s+|ou\s+)?pour\s+(.*)$/isu;

const OPEN_MARKS = '«“';
const CLOSE_MARKS = '»”';
/** A quotation mark that opens, or closes, a quotation (the straight one either way). */
const QUOTE_OPENS = new RegExp(`["${OPEN_MARKS}]`, 'u');
const QUOTE_CLOSES = new RegExp(`["${CLOSE_MARKS}]`, 'u');
/** Marks that end a sentence or a clause (`ch` is one UTF-16 unit: a plain string look-up, not a regex per character). */
const SENTENCE_MARKS = '.!?';
const CLAUSE_MARKS = ',;:()–—';
const MAX_COMPLEMENT = 600;
/** Characters of the complement an early guard reads. */
const EARLY_COMPLEMENT = 80;
const MIN_WORDS = 2;

/**
 * The cue's complement: up to the end of its clause. A clause ends at a comma, semicolon, colon, dash,
 * parenthesis or sentence end, except inside a quotation that opens within it; a closing mark whose
 * opening is before the cue ends the quoted sentence and the complement with it.
 */
function complementOf(rest: string, lang: 'fr' | 'en', nominal: boolean, clause = false): { text: string; stop: string } {
  const cut = (text: string, stop: string): { text: string; stop: string } => {
    const end = nominal ? npEnd(text, lang) : -1;
    // (A coordinator the clause mark cut after belongs to what follows: "…, comme le programme Artemis et, bien sûr, …".)
    const kept = (end > 0 ? text.slice(0, end) : text).replace(TRAILING_COORDINATOR, '');
    return { text: nominal ? kept.replace(TRAILING_TIME[lang], '') : kept, stop };
  };
  let depth = 0;
  let single = 0;
  let commasToSkip = SUBORDINATE_START.test(rest) ? 1 : 0;
  const n = Math.min(rest.length, MAX_COMPLEMENT);
  for (let i = 0; i < n; i++) {
    // (An ASCII letter, digit or space is no mark: it changes nothing below.)
    const c = rest.charCodeAt(i);
    if (c === 32 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) continue;
    const ch = rest[i] as string;
    const prev = i > 0 ? (rest[i - 1] as string) : ' ';
    const nextCh = rest[i + 1] ?? ' ';
    if (ch === '"') {
      // A straight quote opens after a space and before a word; otherwise it closes.
      const opens = /[\s(]/u.test(prev) && /[\p{L}\p{N}…'’[]/u.test(nextCh);
      if (opens) depth++;
      else if (depth > 0) depth--;
      else return cut(rest.slice(0, i), ch);
      continue;
    }
    // "’" is mostly an apostrophe: it closes only a "‘" opened within the complement.
    if (ch === '‘') {
      single++;
      continue;
    }
    if (ch === '’') {
      if (single > 0 && !/\p{L}/u.test(nextCh)) single--;
      continue;
    }
    if (OPEN_MARKS.includes(ch)) {
      depth++;
      continue;
    }
    if (CLOSE_MARKS.includes(ch)) {
      if (depth > 0) depth--;
      else return cut(rest.slice(0, i), ch);
      continue;
    }
    // A sentence also ends where the next one is glued to it ("d'intervenir.« Ce n'est", "publique.Le décret").
    const sentenceEnd = SENTENCE_MARKS.includes(ch) && (/\s/u.test(nextCh) || i + 1 >= rest.length || (/[\p{Ll}»"”]/u.test(prev) && /[\p{Lu}«“]/u.test(nextCh)));
    if (sentenceEnd) return cut(rest.slice(0, i), ch);
    if (depth > 0 || single > 0 || !CLAUSE_MARKS.includes(ch)) continue;
    if (ch === ',') {
      if (commasToSkip > 0) {
        commasToSkip--;
        continue;
      }
      const following = rest.slice(i + 1, i + 1 + MAX_COMPLEMENT);
      if (COORDINATED_CUE[lang].test(following) || EXTENSION.test(following) || LIST_CONTINUES.test(following)) continue;
      // A clause cut before its verb is only its subject ("because those values of community, that we …, are frayed").
      if (clause && lang === 'en') {
        const head = rest.slice(0, i);
        if (/\p{L}/u.test(head) && !hasEnglishVerb(head)) continue;
      }
      const pour = lang === 'fr' ? FR_POUR_COORDINATED.exec(following) : null;
      if (pour && isFrenchInfinitive(pour[1] ?? '')) continue;
    }
    return cut(rest.slice(0, i), ch);
  }
  return cut(rest.slice(0, n), '');
}
const DETERMINERS = words('determiner');
// (The classes serve both languages: their 'a' is French « a », in English an article.)
const VERB_GROUP_OPENERS = new Set([...words('verb-group-start'), ...words('copula'), ...words('irregular-participle-en')].filter((w) => w !== 'a'));
/**
 * Whether English words hold a verb: an auxiliary, a form of "be", a modal, an irregular past, or an
 * inflected verb (-ed, -s) not right after a determiner ("those values" is a noun phrase).
 */
function hasEnglishVerb(text: string): boolean {
  const list = text.toLowerCase().replace(/’/gu, "'").split(/[^\p{L}']+/u).filter(Boolean);
  return list.some((w, j) => VERB_GROUP_OPENERS.has(w) || (!DETERMINERS.has(list[j - 1] ?? '') && /(?:ed|s)$/u.test(w) && inflectsEnglishVerb(w)));
}

/** The guard tables' verdict on a cue here: the deciding rule (or none) and whether it stands. */
function guarded(rule: CueRule, g: GuardContext): { ok: boolean; by: string | null } {
  for (const table of rule.guards ?? []) {
    const verdict = table.first(g);
    if (verdict) return { ok: verdict.value === 'accept', by: verdict.rule };
  }
  return { ok: true, by: null };
}

/**
 * The word-start lookbehind every cue opens with (rules/rationale-rules.ts). V8 cannot skip ahead to a
 * regex's first letters when it opens with a lookbehind: it tries the lookbehind at every position,
 * about five times slower. Each cue is therefore compiled without it and the lookbehind checked, the
 * same, at each match (`nextCue`).
 */
const WORD_START = '(?<![\\p{L}\\p{M}])';
/** The same lookbehind, alone and sticky: does position `lastIndex` start a word? */
const WORD_START_AT = new RegExp(WORD_START, 'iuy');

interface CompiledCue {
  /** The cue, global (it is run from a position on), without its opening lookbehind if `wordStart`. */
  readonly re: RegExp;
  readonly wordStart: boolean;
}
/** Each cue rule's regex, compiled once. */
const GLOBAL_CUES = new Map<CueRule, CompiledCue>();
export function globalCue(rule: CueRule): CompiledCue {
  let compiled = GLOBAL_CUES.get(rule);
  if (!compiled) {
    const wordStart = rule.cue.source.startsWith(WORD_START);
    const source = wordStart ? rule.cue.source.slice(WORD_START.length) : rule.cue.source;
    GLOBAL_CUES.set(rule, (compiled = { re: new RegExp(source, rule.cue.flags), wordStart }));
  }
  return compiled;
}

/** The cue's first match at `from` or after: what `rule.cue` run from `from` finds (its `re.lastIndex` is set past it). */
export function nextCue(cue: CompiledCue, text: string, from: number): RegExpExecArray | null {
  cue.re.lastIndex = from;
  for (;;) {
    const m = cue.re.exec(text);
    if (!m || !cue.wordStart) return m;
    WORD_START_AT.lastIndex = m.index;
    if (WORD_START_AT.test(text)) return m;
    // Inside a word: the full cue cannot match here; it is looked for from the next position.
    cue.re.lastIndex = m.index + 1;
  }
}

/**
 * Every stated rationale a cue rule finds in a clause, each with its rule: the candidates of
 * `findRationale`. `strongOnly` keeps only cues that can stand for an action. Cues before `from`
 * are skipped, but the words before it still guard the cues after it. `firstOnly`: stop at the
 * earliest accepted cue of each rule (and of the clause).
 */
export function rationaleCandidates(text: string, lang: 'fr' | 'en', strongOnly = false, from = 0, firstOnly = false): Rationale[] {
  const out: Rationale[] = [];
  let best: Rationale | null = null;
  for (const rule of CUE_RULES) {
    if (rule.lang !== lang || (strongOnly && rule.strong === false)) continue;
    const compiled = globalCue(rule);
    // The regex is shared (a guard below could run it again): its place is kept here.
    let next = from;
    for (;;) {
      const m = nextCue(compiled, text, next);
      if (!m) break;
      next = compiled.re.lastIndex;
      if (firstOnly && best && m.index >= best.index) break;
      const matched = (m[1] ?? '').trim();
      const start = m.index + m[0].length;
      const before = text.slice(Math.max(0, m.index - 200), m.index);
      // (The complement may lose an unmatched opening quote mark below; the early guard reads it without one.)
      if (rule.early && !guarded(rule, { lang, before, complement: text.slice(start, start + EARLY_COMPLEMENT).replace(/^[«“"]\s*/u, ''), after: '', matched }).ok) continue;
      const { text: raw, stop } = complementOf(text.slice(start, start + MAX_COMPLEMENT), lang, NOMINAL_CUE.test(matched), rule.clause === true);
      // Trailing marks go; so does an opening mark left unmatched ("car "le pays …"" → "le pays …").
      const complement = raw
        .replace(/[\s”»"“«,;:]+$|(?<=\p{Ll})[.!?]+[\s”»"]*$/u, '')
        .trim()
        .replace(/^[«“"]\s*(?=[^«“"»”]*$)/u, '');
      const minWords = rule.minWords ?? (NOMINAL_CUE.test(matched) ? 1 : MIN_WORDS);
      if (!complement || complement.split(/\s+/u).length < minWords) continue;
      const verdict = guarded(rule, { lang, before, complement, after: stop, matched });
      if (!verdict.ok) continue;
      const strong = typeof rule.strong === 'function' ? rule.strong(before) : rule.strong;
      if (strongOnly && !strong) continue;
      noteFired(rule.id);
      const found: Rationale = { rationale: complement, cue: matched, index: m.index, strong, trace: verdict.by ? [rule.id, verdict.by] : [rule.id] };
      out.push(found);
      if (firstOnly) {
        best = found;
        break;
      }
    }
  }
  return out;
}

/**
 * The first stated rationale in a clause; `strongOnly` keeps only cues that can stand for an action.
 * Cues before `from` are skipped, but the words before it still guard the cues after it.
 */
export function findRationale(text: string, lang: 'fr' | 'en', strongOnly = false, from = 0): Rationale | null {
  let best: Rationale | null = null;
  for (const r of rationaleCandidates(text, lang, strongOnly, from, true)) if (!best || r.index < best.index) best = r;
  return best;
}
