// Stated reasons and purposes: an explicit cue and its complement up to the end of the clause.
// Never a reason the text does not state: no cue, no rationale.
import { words } from './lexicon/word-classes';
export interface Rationale {
  rationale: string;
  cue: string;
  /** Offset of the cue in the searched text. */
  index: number;
  /** True for cues that make an action claim on their own (unambiguous once guarded). */
  strong: boolean;
}

interface CueRule {
  re: RegExp;
  strong: boolean;
  /** The guard reads only the text before the cue and the complement's first words: it is tried
   *  before the complement is cut, which saves that work on the many "to" that are no purpose. */
  early?: boolean;
  /** Extra guard on the text before the cue and the complement: false rejects the match. */
  accept?: (before: string, complement: string, after: string, matched: string) => boolean;
  /** An infinitive may be a whole purpose on its own ("to assist"). */
  minWords?: number;
}

const A = "['’]";
// An elided cue ("afin d’") is glued to the next word; any other cue ends at a word boundary.
const cue = (alternatives: string): RegExp => new RegExp(`(?<![\\p{L}\\p{M}])(${alternatives})(?:(?<=['’])|(?![\\p{L}\\p{M}]))\\s*`, 'giu');

// "pour" + infinitive is a purpose unless it measures a degree ("trop … pour", "assez … pour") or
// gives a past cause ("pour avoir critiqué").
const FR_INFINITIVE = /^(?:ne pas\s+|ne plus\s+)?(?:(?:se|s['’]|me|m['’]|te|nous|vous|lui|leur|les|la|le|l['’]|y|en)\s*){0,2}([\p{Ll}]+(?:er|ir|re|oir|dre))(?![\p{L}\p{M}])/u;
/** Words with an infinitive's ending that are nouns or adjectives ("pour la première fois", "pour le pouvoir"). */
const FR_NOT_INFINITIVES = /(?:ère|ière|ier|oir|ir)$/u;
const FR_VERBS_IN_IR_OIR = words('verb-in-ir-oir-fr');

/** Frequent infinitives in -re, to tell "pour la prendre" from "pour la ministre". */
const FR_VERBS_IN_RE = words('verb-in-re-fr');

/** Verbs in -ier ("justifier", "étudier"), which the noun ending -ier ("premier", "dossier") would hide. */
const FR_VERBS_IN_IER = /(?:fier|cier|lier|dier|rier|prier|nier|quier|vier|tier|pier|gier)$/u;
const FR_NOUNS_IN_IER = words('noun-in-ier-fr');

function isFrenchInfinitive(complement: string): boolean {
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
/** Verbs whose complement is introduced by "pour" ("a plaidé pour organiser", "a voté pour"): not a purpose. */
const POUR_COMPLEMENT_VERBS = /\b(?:plaid|milit|vot|opt|lutt|œuvr|prononc|bataill|appel|mobilis)[\p{L}]*\s+(?:\S+\s+){0,2}$/iu;
/** "… plaidé pour organiser X, et pour installer Y": a "pour" coordinated with such a complement is one too. */
const POUR_COMPLEMENT_COORDINATED = /\b(?:plaid|milit|vot|opt|lutt|œuvr|prononc|bataill|appel|mobilis)[\p{L}]*\s+(?:\S+\s+){0,2}pour\s[^.;!?]*,\s*(?:et|ou|mais)\s+$/iu;
/** A span of time given to do something ("a 24h pour déposer", "dispose d'un mois pour"): not a purpose. */
const TIME_BUDGET_BEFORE = /(?:\d+\s*h|\b(?:heures?|jours?|semaines?|mois|ans|années?|minutes?|temps|délai))\s+$/iu;
/** The noun "car" (a coach) after a determiner or preposition, or in a compound ("car-ferry"). */
const CAR_AFTER_MARK = /(?:^|[,;»"”])\s*$/u;
function isConjunctionCar(before: string, matched: string): boolean {
  if (matched === 'Car') return /^\s*$|[.!?»"”]\s*$/u.test(before);
  return matched === 'car' && !CAR_NOUN_BEFORE.test(before);
}
const CAR_NOUN_BEFORE = /(?:^|[\s'’])(?:le|un|du|au|ce|cet|son|mon|ton|notre|votre|leur|quel|en|par|premier|dernier|les|des|aux|ces|ses|mes|nos|vos|leurs|l['’])\s*$/iu;

// English "to" + base verb as a purpose: not after verbs and adjectives that take an infinitive
// complement ("want to", "decided to", "able to"), and not before a noun, name, number or pronoun.
const EN_COMPLEMENT_TAKERS = words('complement-taker-en');
const EN_NOT_VERBS = words('not-a-verb-en');
/** Verbs in -er, which the comparative ending ("to cheaper bases") would hide. */
const EN_VERBS_IN_ER = words('verb-in-er-en');
/** Past participles whose passive takes a purpose ("could be used to cure", "were sent to help"). */
const PURPOSE_PARTICIPLES = words('purpose-participle-en');
/** Adverbs in -ly that are complement takers or not adverbs at all. */
const EN_LY_TAKERS = words('ly-taker-en');

/** Verbs whose object is the subject of the infinitive ("advise the public not to", "press suppliers to"). */
const INFLUENCE_VERBS = words('influence-verb-en');
/**
 * Words that, a few words before "to", make the infinitive a complement rather than a purpose: nouns
 * that take one ("his work to rally", "the scale as a buyer to dictate"), wh-words ("what to do"),
 * and copulas ("it was unrealistic to expect").
 */
const COMPLEMENT_CONTEXT = words('complement-context-en');

function englishPurposeTo(before: string, complement: string): boolean {
  const next = /^(\p{L}[\p{L}’'-]*)/u.exec(complement)?.[1] ?? '';
  if (!next || /^\p{Lu}/u.test(next) || EN_NOT_VERBS.has(next.toLowerCase()) || /(?:ing|ed|s)$/u.test(next)) return false;
  if (/(?:er|ier)$/u.test(next) && !EN_VERBS_IN_ER.has(next.toLowerCase())) return false;
  // Sentence-initial "To answer this question, …" is a purpose; elsewhere the words before decide.
  if (/^\s*$/u.test(before) || /[.!?]\s*$/u.test(before)) return true;
  const near60 = before.slice(-60);
  if (!/\s$/u.test(before) || /\bfrom\b/iu.test(near60)) return false; // "street-to-street", "from X to Y"
  // "…, at sea for a week at a time, to fish": after a comma the infinitive is adverbial.
  if (/,\s*$/u.test(before)) return true;
  const all = near60.trim().split(/\s+/u).slice(before.length > 60 ? 1 : 0).map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}’'-]/gu, ''));
  // Only the words since the previous "to" ("expected to have to make bigger savings to help").
  const lastTo = all.lastIndexOf('to');
  const words = all.slice(Math.max(lastTo + 1, all.length - 5));
  let k = words.length - 1;
  while (k > 0 && (words[k] === 'not' || words[k] === 'never')) k--;
  const prev = words[k] ?? '';
  if (prev === '' || /^\d/u.test(prev) || EN_COMPLEMENT_TAKERS.has(prev)) return false;
  // "harder to address … or to make": a second infinitive joined to a first is its like.
  if ((prev === 'or' || prev === 'and') && lastTo >= 0) return false;
  if (/(?:ing|ble|ful|ous|ity)$/u.test(prev)) return false;
  if (PURPOSE_PARTICIPLES.has(prev)) return true;
  if (/ed$/u.test(prev)) return false;
  if (/ly$/u.test(prev) && EN_LY_TAKERS.has(prev)) return false;
  // "it is easier to …": a comparative after a copula takes the infinitive as its complement.
  if (/er$/u.test(prev) && words.slice(Math.max(0, k - 2), k).some((w) => /^(?:is|are|was|were|be|been|it’s|it's)$/u.test(w))) return false;
  if (prev === 'out' && /^set/u.test(words[k - 1] ?? '')) return false; // "set out to" = intend
  // "warned people to", "allowed politicians in both parties to": the object is the infinitive's subject.
  if (words.some((w) => INFLUENCE_VERBS.has(w) || COMPLEMENT_CONTEXT.has(w))) return false;
  if (/\b(?:for|from)\s+(?:\S+\s+){0,3}$/iu.test(before)) return false;
  return true;
}

/** Causal "as" / "since" need a present-tense clause ("…, as it is an industrial chemical"); otherwise they are temporal. */
const EN_CAUSAL_CLAUSE = /^(?:it|they|he|she|we|i|you|this|that|there)\s+(?:is|are|isn['’]t|aren['’]t|has|have|does|do|doesn['’]t|don['’]t|can|cannot|can['’]t|will|won['’]t|would|could|should|must|(?!was\b)\p{Ll}+s)\b/iu;

/** Characters of the complement an early guard reads. */
const EARLY_COMPLEMENT = 80;

const FR_RULES: CueRule[] = [
  { re: cue(`invoquant|arguant(?:\\s+\\p{L}+ment)? qu${A}|arguant(?:\\s+\\p{L}+ment)? que|au motif qu${A}|au motif que|sous prétexte qu${A}|sous prétexte que|dans le but d${A}|dans le but de|dans un souci d${A}|dans un souci de|afin qu${A}|afin que|afin d${A}|afin de|en raison d${A}|en raison des|en raison du|en raison de|à cause d${A}|à cause des|à cause du|à cause de|du fait d${A}|du fait des|du fait du|du fait de|de peur qu${A}|de peur que|de crainte qu${A}|de crainte que|étant donné qu${A}|étant donné que|parce qu${A}|parce que|puisqu${A}|puisque`), strong: true },
  // "car" is a conjunction unless a determiner makes it the noun (a coach); a capital "Car" only starts a sentence.
  // After a comma or a closing quote it can stand for an action; with no mark it only explains a claim found otherwise.
  { re: cue('car'), strong: true, early: true, accept: (before, _complement, _after, matched) => isConjunctionCar(before, matched) && CAR_AFTER_MARK.test(before) },
  { re: cue('car'), strong: false, early: true, accept: (before, _complement, _after, matched) => isConjunctionCar(before, matched) && !CAR_AFTER_MARK.test(before) },
  { re: cue(`pour qu${A}|pour que`), strong: true },
  {
    re: cue('pour'),
    strong: true,
    minWords: 1,
    // A sentence that starts with "Pour …" states a purpose only when a main clause follows
    // ("Pour repérer ces personnes, la loi permettra …"); alone it is a heading.
    accept: (before, complement, after) =>
      isFrenchInfinitive(complement) &&
      !DEGREE_BEFORE.test(before) &&
      !POUR_COMPLEMENT_VERBS.test(before) &&
      !POUR_COMPLEMENT_COORDINATED.test(before) &&
      !TIME_BUDGET_BEFORE.test(before) &&
      !/^(?:avoir|être)\s/iu.test(complement) &&
      (!/^\s*$|[.!?]\s*$/u.test(before) || after === ','),
  },
];

const EN_RULES: CueRule[] = [
  { re: cue('citing|arguing that|in order to|in order that|in an effort to|in a bid to|with the goal of|with a goal of|with the aim of|so as to|so that|due to|because of|owing to|on the grounds that|for fear that|for fear of|because'), strong: true },
  { re: cue('to'), strong: true, minWords: 1, early: true, accept: (before, complement) => englishPurposeTo(before, complement) },
  {
    re: cue('as|since'),
    strong: false,
    early: true,
    accept: (before, complement, after, matched) => EN_CAUSAL_CLAUSE.test(complement) && (matched.toLowerCase() === 'since' || /,\s*$/u.test(before)),
  },
];

/** Cues followed by a noun phrase ("en raison de la crise", "due to sanctions", "dans un souci d'apaisement"): one word may do. */
const NOMINAL_CUE = /^(?:invoquant|en raison|à cause|du fait|dans un souci|citing|due to|because of|owing to|for fear of)/iu;
/** A subject pronoun ends a noun phrase ("due to Russian blockades we are unable …"), unless a relative word introduces it. */
const NP_END = {
  fr: /(?<![\p{L}'’])(?<!(?:que|qui|dont|où|si)\s)(?:(?:je|nous|vous|il|elle|ils|elles|on)(?![\p{L}'’])|j['’])/iu,
  en: /(?<![\p{L}'’])(?<!(?:that|which|who|whom|if)\s)(?:I|we|you|he|she|they)(?![\p{L}'’])/u,
};
/** A complement that opens with a subordinate clause runs past its first comma ("car si je ne suis pas médecin, j'étais …"). */
const SUBORDINATE_START = /^(?:si|s['’](?=il)|quand|lorsqu['’]|lorsque|bien qu['’]|bien que|if|when|even if|although|though)(?![\p{L}])/iu;
/** A second reason coordinated with the first ("pour faire une sommation, pour prévenir …"; "car …, parce que …"). */
const COORDINATED_CUE = { fr: /^\s*(?:et\s+|ou\s+|mais\s+(?:aussi\s+)?)?(?:parce qu|puisqu|car\s|afin\s+(?:de|d['’]|que|qu['’])|pour\s+(?:que|qu['’]))/iu, en: /^\s*(?:and\s+|or\s+|but\s+(?:also\s+)?)?(?:because\s|since\s|in order to\s)/iu };
/** "…, even on shoots that …", "…, notamment dans …": an extension of the same clause, not a new one. */
const EXTENSION = /^\s*(?:even|including|especially|particularly|notably|notamment|y compris|surtout|même)\s/iu;
/** "to balance the ends, ways and means": a comma inside a short list of nouns does not end the clause. */
const LIST_CONTINUES = /^\s*(?!(?:he|she|they|we|it|il|elle|ils|elles|on|nous|vous|je)\s)\p{Ll}+(?:\s\p{Ll}+){0,2}\s(?:and|or|et|ou)\s/u;
const FR_POUR_COORDINATED = /^\s*(?:et\s+|ou\s+)?pour\s+(.*)$/isu;

const OPEN_MARKS = '«“';
const CLOSE_MARKS = '»”';
const MAX_COMPLEMENT = 600;
const MIN_WORDS = 2;

/**
 * The cue's complement: up to the end of its clause. A clause ends at a comma, semicolon, colon, dash,
 * parenthesis or sentence end, except inside a quotation that opens within it; a closing mark whose
 * opening is before the cue ends the quoted sentence and the complement with it.
 */
function complementOf(rest: string, lang: 'fr' | 'en', nominal: boolean): { text: string; stop: string } {
  const cut = (text: string, stop: string): { text: string; stop: string } => {
    const end = nominal ? NP_END[lang].exec(text) : null;
    return { text: end && end.index > 0 ? text.slice(0, end.index) : text, stop };
  };
  let depth = 0;
  let single = 0;
  let commasToSkip = SUBORDINATE_START.test(rest) ? 1 : 0;
  const n = Math.min(rest.length, MAX_COMPLEMENT);
  for (let i = 0; i < n; i++) {
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
    const sentenceEnd = /[.!?]/u.test(ch) && (/\s/u.test(nextCh) || i + 1 >= rest.length || (/[\p{Ll}»"”]/u.test(prev) && /[\p{Lu}«“]/u.test(nextCh)));
    if (sentenceEnd) return cut(rest.slice(0, i), ch);
    if (depth > 0 || single > 0 || !/[,;:()–—]/u.test(ch)) continue;
    if (ch === ',') {
      if (commasToSkip > 0) {
        commasToSkip--;
        continue;
      }
      const following = rest.slice(i + 1, i + 1 + MAX_COMPLEMENT);
      if (COORDINATED_CUE[lang].test(following) || EXTENSION.test(following) || LIST_CONTINUES.test(following)) continue;
      const pour = lang === 'fr' ? FR_POUR_COORDINATED.exec(following) : null;
      if (pour && isFrenchInfinitive(pour[1] ?? '')) continue;
    }
    return cut(rest.slice(0, i), ch);
  }
  return cut(rest.slice(0, n), '');
}
/**
 * The first stated rationale in a clause; `strongOnly` keeps only cues that can stand for an action.
 * Cues before `from` are skipped, but the words before it still guard the cues after it.
 */
export function findRationale(text: string, lang: 'fr' | 'en', strongOnly = false, from = 0): Rationale | null {
  let best: Rationale | null = null;
  for (const rule of lang === 'fr' ? FR_RULES : EN_RULES) {
    if (strongOnly && !rule.strong) continue;
    rule.re.lastIndex = from;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      if (best && m.index >= best.index) break;
      const matched = (m[1] ?? '').trim();
      const start = m.index + m[0].length;
      // (The complement may lose an unmatched opening quote mark below; the early guard reads it without one.)
      if (rule.early && rule.accept && !rule.accept(text.slice(Math.max(0, m.index - 200), m.index), text.slice(start, start + EARLY_COMPLEMENT).replace(/^[«“"]\s*/u, ''), '', matched)) continue;
      const { text: raw, stop } = complementOf(text.slice(start, start + MAX_COMPLEMENT), lang, NOMINAL_CUE.test(matched));
      // Trailing marks go; so does an opening mark left unmatched ("car "le pays …"" → "le pays …").
      const complement = raw
        .replace(/[\s”»"“«,;:]+$|(?<=\p{Ll})[.!?]+[\s”»"]*$/u, '')
        .trim()
        .replace(/^[«“"]\s*(?=[^«“"»”]*$)/u, '');
      const minWords = rule.minWords ?? (NOMINAL_CUE.test(matched) ? 1 : MIN_WORDS);
      if (!complement || complement.split(/\s+/u).length < minWords) continue;
      if (rule.accept && !rule.accept(text.slice(Math.max(0, m.index - 200), m.index), complement, stop, matched)) continue;
      best = { rationale: complement, cue: matched, index: m.index, strong: rule.strong };
      break;
    }
  }
  return best;
}
