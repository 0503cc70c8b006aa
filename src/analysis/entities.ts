// Named entities (PER/ORG/LOC/MISC) from capitalisation, context rules and small gazetteers.
import { memoized } from '../text/memo';
import type { Entity, EntityType } from './types';
import type { Sentence } from '../text/sentences';
import { tokenize, type Token, type TokenizedText } from '../text/tokens';
import { normKey } from '../text/normalize';
import { isQuotedName } from './quotes';
import { FUNCTION_WORDS, GIVEN_NAMES, LOWER_ORG_HEADS, NON_ENTITY_WORDS, ORG_CUES } from './lexicon/gazetteers';
import { words } from './lexicon/word-classes';
import { ENTITY_TYPE_RULES, isAcronym, lookupGaz, type Candidate } from './rules/entity-rules';
import { defineRule, noteFired, type Fired } from './rules/engine';
import { scoreEntity } from './model/entity-scorer';

export interface Mention {
  start: number;
  end: number;
  surface: string;
  /** Index into the entity list returned alongside. */
  entity: number;
}

export interface EntityTable {
  entities: Entity[];
  /** Top-level mentions sorted by position. */
  mentions: Mention[];
  /** First position of each entity (same indexing as entities). */
  firstPos: number[];
  /** Whether each entity occurs in the title. */
  inTitle: boolean[];
  /** Whether the entity scorer keeps each entity in the output (all are kept for finding speakers). */
  kept: boolean[];
}

/** True when the capitalised run from token `from`, going on at token `k`, is followed by an acronym in brackets made of its words' initials. */
function acronymOfRun(tokens: Token[], from: number, k: number): boolean {
  let end = k;
  while (tokens[end + 1] && (isNameWord(tokens[end + 1] as Token) || CONNECTORS.has((tokens[end + 1] as Token).lower))) end++;
  const open = tokens[end + 1];
  const acronym = tokens[end + 2];
  if (!open || open.text !== '(' || !acronym || !isAcronym(acronym.text)) return false;
  return initials(tokens.slice(from, end + 1).filter((x) => x.word).map((x) => x.text)) === acronym.text;
}

/** Index of the last token of a candidate. */
function lastToken(tokens: Token[], c: Candidate): number {
  let k = c.ti;
  while (k + 1 < tokens.length && (tokens[k + 1] as Token).end <= c.end) k++;
  return k;
}

const CONNECTORS = words('name-connector');
// Connectors that may appear between capitalised words only inside an organisation-like name.
const WEAK_CONNECTORS = words('weak-connector');
const COORDINATORS = words('coordinator');
const TITLE_WORDS = words('title-word');
/**
 * "the Securities and Exchange Commission", "the Food and Drug Administration": after "the", a
 * capitalised head of one or two words that no gazetteer knows, "and", then a run of at most three
 * capitalised words ending on a body's word is one body's name (the article governs the whole; "the
 * Germany and …" does not occur, and "Trump and Justice Department" has no article).
 */
function oneBodyAcrossAnd(tokens: readonly Token[], seq: readonly number[], k: number): boolean {
  // (A sentence-initial "The" opens the run itself.)
  const head = tokens[seq[0] as number]?.lower === 'the' ? seq.slice(1) : seq;
  const first = head[0];
  if (first === undefined || tokens[first - 1]?.lower !== 'the' || head.length > 2 || tokens[k - 1]?.lower !== 'and') return false;
  if (lookupGaz(head.map((x) => (tokens[x] as Token).text).join(' ')) || head.some((x) => GIVEN_NAMES.has((tokens[x] as Token).lower))) return false;
  let end = k;
  while (end - k < 2 && tokens[end + 1] && isNameWord(tokens[end + 1] as Token) && (tokens[end + 1] as Token).start - (tokens[end] as Token).end <= 1) end++;
  return ORG_CUES.has((tokens[end] as Token).lower);
}

/** Last words of organisation names missing from ORG_CUES ("Coresight Research", "Project Jonah"). */
const ORG_TAILS = words('org-tail');
/** Suffixes a company's name is also used without ("Whole Foods Market" / "Whole Foods"). */
const CORPORATE_SUFFIXES = words('corporate-suffix');
/** Lowercase words that end an English institution's name ("West Mercia police", "British army"). */
const EN_LOWER_ORG_TAILS = words('lower-org-tail-en');
/** Head words after a possessive inside a name ("Sam’s Club", "Fisherman’s Terminal"). */
const POSSESSIVE_NAME_HEADS = words('possessive-name-head');
const HONORIFIC_ABBREVIATIONS = words('abbreviated-honorific');
const ARTICLES = words('definite-article');
const LOWER_DEMONYM_ADJ = /^(?:américaine?s?|français(?:e|es)?|russes?|britanniques?|européen(?:ne)?s?|allemande?s?|ukrainien(?:ne)?s?|chinoise?s?|national(?:e|es)?|nationaux|fédéral(?:e|es)?|fédéraux|international(?:e|es)?|internationaux|régional(?:e|es)?|régionaux|départemental(?:e|es)?|municipal(?:e|es)?)$/u;

/** Lowercase words that may sit inside an organisation name ("ministère russe de la Défense", "haute autorité"). */
const ADJECTIVE_LIKE = /(?:éen|éenne|éens|éennes|ier|ière|iers|ières|al|ale|aux|ales|ique|iques|ien|ienne|iens|iennes|ais|aise|aises|ain|aine|ains|aines|el|elle|els|elles|if|ive|ifs|ives|é|ée|és|ées|eur|eure|ieure|aire|aires|ant|ante|ent|ente|nal|haute?|supérieure?|suprême|général|générale|d'état)$/u;

function isNameWord(t: Token): boolean {
  // "I’ve", "I'm", "I’ll": a pronoun with a contraction is capitalised but names nobody; nor does a
  // Roman ordinal (« le XIXe siècle », « le VIIe arrondissement »).
  return t.word && t.cap && !/^\p{N}/u.test(t.text) && !/^i['’](?:ve|m|ll|d|s)$/u.test(t.lower) && !/^[IVXLC]{2,}(?:e|er|ème)$/u.test(t.text);
}

/** Lowercase key without leading article. */
function baseKey(surface: string): string {
  return keyOf(surface).replace(/^(?:le|la|les|l'|the)\s+/u, '').replace(/^l'/u, '');
}

/** Extract entity candidates and group them into entities. */
/** The words from `start` to the next closing quote mark within a short name's reach ('' when none). */
function quotedAfter(text: string, start: number): string {
  const m = /^[^“”«»"\n]{1,80}?(?=\s*[”»"])/u.exec(text.slice(start, start + 90));
  return m ? m[0] : '';
}

export function extractEntities(
  text: string,
  sentences: Sentence[],
  titleEnd: number,
  lang: 'fr' | 'en',
  tokenized?: TokenizedText,
): EntityTable {
  // One article asks for the key of the same few hundred names thousands of times.
  keyOf = memoized(normKey);
  try {
    return findEntities(text, sentences, titleEnd, lang, tokenized);
  } finally {
    keyOf = normKey;
  }
}

/** normKey, memoized for the duration of one extractEntities call. */
let keyOf: (s: string) => string = normKey;


/** A set of token indexes in [0, size), as a byte per index (`has` is false outside it, like a Set's). */
class TokenFlags {
  private readonly flags: Uint8Array;
  constructor(size: number) {
    this.flags = new Uint8Array(size);
  }
  add(i: number): void {
    this.flags[i] = 1;
  }
  has(i: number): boolean {
    return this.flags[i] === 1;
  }
}

function findEntities(text: string, sentences: Sentence[], titleEnd: number, lang: 'fr' | 'en', tokenized?: TokenizedText): EntityTable {
  const tokens = tokenized ? tokenized.range(0, text.length) : tokenize(text);
  // Sentence starts as a flag per text position (read once per token).
  const sentStart = new Uint8Array(text.length + 1);
  for (const s of sentences) if (s.start >= 0 && s.start <= text.length) sentStart[s.start] = 1;
  // Token flags as byte arrays (a Set of every index was a hash look-up per token); one spare slot:
  // the scan below may mark the index past the last token.
  const initialTok = new TokenFlags(tokens.length + 1);
  // Capitalised words seen in non-initial positions (evidence that a word is a name).
  const midCap = new Set<string>();
  const lowerSeen = new Set<string>();
  // Times each word is capitalised anywhere: counted once here, not per candidate (linear time).
  const capCount = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (sentStart[t.start] === 1) {
      // skip opening quotes/dashes to find the first word
      let j = i;
      while (j < tokens.length && !(tokens[j]?.word ?? true)) j++;
      initialTok.add(j);
      // after an elided article (L’Ukraine) the next word is also "initial-ish" but is a real name: keep as is.
    }
    // Words right after an opening quote or a colon also start a sentence, and so does a word
    // glued to the heading before it ("en préparationInterrogé par …").
    if (t.word && i > 0) {
      const p = tokens[i - 1];
      // (Not a quote that is a name in Title Case: « Nomadland » is a title, whatever the mark before it.)
      // (Not one word alone in brackets: « Hermeray (Yvelines) », "(Reuters)" name a place or a body.)
      const bracketed = p?.text === '(' && tokens[i + 1]?.text === ')';
      if (p && !p.word && /^[“«"‘:—–(]$/u.test(p.text) && !bracketed && !(/^[“«"‘]$/u.test(p.text) && isQuotedName(quotedAfter(text, t.start)))) initialTok.add(i);
      if (p && p.word && p.end === t.start && !p.cap && t.cap && !/['’]$/u.test(p.text)) initialTok.add(i);
    }
    // (In the same pass: whether token i is initial is known once its own turn is over, as only
    // tokens up to it mark it.)
    if (!t.word) continue;
    if (t.cap && !initialTok.has(i) && t.start >= titleEnd) midCap.add(t.lower);
    if (t.cap) capCount.set(t.lower, (capCount.get(t.lower) ?? 0) + 1);
    if (!t.cap) lowerSeen.add(t.lower);
  }

  const cands: Candidate[] = [];
  const consumed = new TokenFlags(tokens.length + 1);

  // 1. Lowercase-headed organisation names ("ministère russe de la Défense").
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !t.word || t.cap || !LOWER_ORG_HEADS.has(t.lower)) continue;
    let j = i + 1;
    let sawConnector = false;
    let steps = 0;
    while (j < tokens.length && steps < 6) {
      const u = tokens[j];
      if (!u || !u.word) break;
      if (u.cap) break;
      if (CONNECTORS.has(u.lower)) sawConnector = true;
      else if (u.lower.length > 14 || FUNCTION_WORDS.has(u.lower)) {
        if (!['la', 'le', "l'"].includes(u.lower)) break;
      } else if (!ADJECTIVE_LIKE.test(u.lower)) break; // "commission pourra saisir le Conseil" is a clause, not a name
      j++;
      steps++;
    }
    const prev = tokens[j - 1];
    const capTok = tokens[j];
    if (!capTok || !isNameWord(capTok) || !prev || !CONNECTORS.has(prev.lower)) continue;
    if (!sawConnector) continue;
    let k = j;
    while (k + 1 < tokens.length && tokens[k + 1] && isNameWord(tokens[k + 1] as Token) && (tokens[k + 1] as Token).start - (tokens[k] as Token).end <= 1) k++;
    // a capitalised word that is a place makes "préfecture de Paris" fine; a following lowercase demonym adjective belongs to the name
    let endTok = k;
    const adj = tokens[k + 1];
    if (adj && adj.word && !adj.cap && LOWER_DEMONYM_ADJ.test(adj.lower)) endTok = k + 1;
    const first = t;
    const last = tokens[endTok] as Token;
    const surface = text.slice(first.start, last.end);
    if (surface.includes('\n')) continue;
    cands.push({
      start: first.start, end: last.end, words: tokens.slice(i, endTok + 1).filter((x) => x.word).map((x) => x.text),
      surface, key: baseKey(surface), hint: 'ORG', ti: i, sentenceInitial: false, inTitle: first.start < titleEnd, titled: false, rule: 'entity.candidate.lowercase-org-head',
    });
    for (let x = i; x <= endTok; x++) consumed.add(x);
    i = endTok;
  }

  // 2. Capitalised sequences.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || consumed.has(i) || !isNameWord(t)) continue;
    let j = i;
    const seq: number[] = [i];
    for (;;) {
      const nx = tokens[j + 1];
      if (!nx || consumed.has(j + 1)) break;
      const cur = tokens[j] as Token;
      if (text.slice(cur.end, nx.start).includes('\n')) break;
      if (isNameWord(nx)) {
        // "Seattle-based X", "Amazon-owned QFC": a compound adjective is not part of the name.
        if (/-(?:based|owned|led|backed|born|made)$/iu.test(cur.text)) break;
        seq.push(j + 1);
        j++;
        continue;
      }
      // "France 3", "Radio 4", "Nord Stream 1": a channel or a numbered name (not a year).
      if (nx.word && /^\p{N}{1,2}$/u.test(nx.text) && nx.start === cur.end + 1 && !NON_ENTITY_WORDS.has(cur.lower) && !/^(?:[\p{L}\p{N}]|[.,:]\p{N})/u.test(text.slice(nx.end, nx.end + 2))) {
        seq.push(j + 1);
        j++;
        continue;
      }
      // "Sam’s Club", "Fisherman’s Terminal": a possessive inside a name ending in a head word.
      const headAfter = tokens[j + 2];
      if (!nx.word && /^['’]s$/u.test(nx.text) && nx.start === cur.end && headAfter && isNameWord(headAfter) && headAfter.start === nx.end + 1 && POSSESSIVE_NAME_HEADS.has(headAfter.lower)) {
        seq.push(j + 1, j + 2);
        j += 2;
        continue;
      }
      // A middle initial: "William G. Gale", "Marsha P. Johnson".
      const afterDot = tokens[j + 2];
      if (nx.text === '.' && /^\p{Lu}$/u.test(cur.text) && seq.length > 1 && afterDot && isNameWord(afterDot) && nx.end === afterDot.start - 1) {
        seq.push(j + 1, j + 2);
        j += 2;
        continue;
      }
      // "Procter & Gamble", "Pacific Gas & Electric Co.": an ampersand between capitalised words joins them.
      const amp = tokens[j + 2];
      if (nx.text === '&' && amp && isNameWord(amp) && !consumed.has(j + 2) && nx.start - cur.end <= 1 && amp.start - nx.end <= 1) {
        seq.push(j + 1, j + 2);
        j += 2;
        continue;
      }
      // connector(s) followed by a capitalised word
      if (nx.word && CONNECTORS.has(nx.lower)) {
        let k = j + 1;
        const conn: number[] = [];
        while (k < tokens.length && conn.length < 2 && tokens[k]?.word && CONNECTORS.has((tokens[k] as Token).lower) && !(tokens[k] as Token).cap) {
          conn.push(k);
          k++;
        }
        const after = tokens[k];
        // (A day or a month after a connector ends the name: "Osaka University | on Tuesday".)
        if (after && isNameWord(after) && !DAYS_AND_MONTHS.has(after.lower) && !EN_DAYS_AND_MONTHS.has(after.lower) && !consumed.has(k) && !text.slice((tokens[k - 1] as Token).end, after.start).includes('\n')) {
          // weak connectors ("et", "and") only inside organisation-like names
          const weak = conn.some((c) => WEAK_CONNECTORS.has((tokens[c] as Token).lower) && !['la', 'le', "l'", 'the'].includes((tokens[c] as Token).lower));
          const headWords = seq.map((x) => (tokens[x] as Token).lower);
          const orgLike = headWords.some((w) => ORG_CUES.has(w));
          if (weak && !orgLike && !oneBodyAcrossAnd(tokens, seq, k)) break;
          // After a whole body's name, "and" opens a second name ("International Tennis Federation and
          // Kosmos", « New York-Presbyterian Hospital et Columbia University »), and so does an article
          // after it ("the University of Munich and the University of Goethe").
          const coordinated = conn.some((c) => COORDINATORS.has((tokens[c] as Token).lower));
          const headLast = headWords.at(-1) ?? '';
          // (Unless the acronym given right after is the whole run's: "Public Services and Procurement Canada (PSPC)".)
          if (coordinated && (ORG_CUES.has(headLast) || ORG_TAILS.has(headLast) || conn.some((c) => ARTICLES.has((tokens[c] as Token).lower))) && !acronymOfRun(tokens, seq[0] as number, k)) break;
          if (['la', 'le', "l'", 'the'].includes((tokens[conn[0] ?? -1] as Token | undefined)?.lower ?? '')) break;
          // "Sui-Lee Wee of the New York Times", "Smith of the University of Chicago": "of the" after a
          // name that is not a body's introduces the person's employer, not more of the name.
          if (!orgLike && conn.length === 2 && (tokens[conn[0] as number] as Token).lower === 'of' && (tokens[conn[1] as number] as Token).lower === 'the') break;
          // « Le Monde et Le Parisien »: a capitalised article after "et"/"and" opens a name of its own.
          if (weak && ARTICLES.has(after.lower)) break;
          // avoid chaining two places or "Kiev et Washington" (but a known place goes on: « Corée du Nord », « Soudan du Sud »)
          const headType = lookupGaz(headWords.join(' '));
          const knownPlace = headType === 'LOC' && lookupGaz([...headWords, ...conn.map((c) => (tokens[c] as Token).lower), after.lower].join(' ')) === 'LOC';
          if (headType === 'LOC' && !orgLike && !knownPlace) break;
          // "Mitch McConnell of Kentucky": a person is not named after a place.
          if (headWords.some((w) => GIVEN_NAMES.has(w)) && !orgLike && lookupGaz(after.text) === 'LOC') break;
          // "Jamie Werner of Ngātiwai": "of" after a person's name introduces their body or place.
          if (headWords.some((w) => GIVEN_NAMES.has(w)) && !orgLike && conn.every((x) => (tokens[x] as Token).lower === 'of')) break;
          seq.push(...conn, k);
          j = k;
          continue;
        }
      }
      break;
    }
    // French institution names continue in lowercase: "Assemblée nationale", "Cour de cassation",
    // "Commission nationale de contrôle des techniques de renseignement".
    if (lang === 'fr') j = extendInstitution(tokens, seq, j, text);
    // English names take a lowercase institution word after them: "West Mercia police", "Royal Shrewsbury hospital".
    const tail = tokens[j + 1];
    if (lang === 'en' && tail && tail.word && !tail.cap && EN_LOWER_ORG_TAILS.has(tail.lower) && text.slice((tokens[j] as Token).end, tail.start) === ' ') {
      seq.push(j + 1);
      j += 1;
    }
    // strip leading function/title words
    let a = 0;
    let titled = false;
    const fullSurface = text.slice(t.start, (tokens[seq[seq.length - 1] as number] as Token).end);
    const fullGaz = lookupGaz(fullSurface);
    // « selon Le Monde », « à La Nouvelle République », "told The Sun": an article capitalised inside
    // a sentence belongs to a name, so the words after it are that name whole, even ordinary ones
    // (« L'Est Républicain »). Only the article itself is left out. (One ordinary word alone is still
    // dropped below: « La République en marche » goes on in lowercase, past where a run can tell.)
    // (The article may follow the sentence's first words: « Selon L'Est Républicain », « Mais Les Républicains ».)
    let articleAt = 0;
    while (articleAt < seq.length - 1 && !ARTICLES.has((tokens[seq[articleAt] as number] as Token).lower) && FUNCTION_WORDS.has((tokens[seq[articleAt] as number] as Token).lower)) articleAt++;
    const article = tokens[seq[articleAt] as number] as Token;
    const articleName = !fullGaz && articleAt < seq.length - 1 && ARTICLES.has(article.lower) && !initialTok.has(seq[articleAt] as number) && article.start >= titleEnd;
    if (articleName) a = articleAt + 1;
    else if (fullGaz) {
      // "Les États-Unis": the article is not part of the name even when the name is known.
      while (a < seq.length - 1 && ARTICLES.has((tokens[seq[a] as number] as Token).lower)) a++;
    } else {
      // "Treasury Secretary Janet Yellen": the person starts after the last title word.
      const lastLower = (tokens[seq[seq.length - 1] as number] as Token).lower;
      const orgName = ORG_CUES.has(lastLower) || ORG_TAILS.has(lastLower);
      for (let x = seq.length - 2; x > 0 && !orgName; x--) {
        const lw = (tokens[seq[x] as number] as Token).lower.replace(/\.$/, '');
        if (TITLE_WORDS.has(lw) && !ORG_CUES.has(lw) && isNameWord(tokens[seq[x + 1] as number] as Token)) {
          a = x + 1;
          titled = true;
          break;
        }
      }
      while (a < seq.length) {
        const w = tokens[seq[a] as number] as Token;
        const lw = w.lower.replace(/\.$/, '');
        if (CONNECTORS.has(lw) && a > 0) {
          a++;
          continue;
        }
        // "Christian Paul": a given name that is also an ordinary word still starts a person's name.
        if (GIVEN_NAMES.has(lw) && !FUNCTION_WORDS.has(lw) && a < seq.length - 1 && !TITLE_WORDS.has(lw)) break;
        // "Palestinian Authority", "U.N. General Assembly": a body named by its people or role keeps that word.
        // ("European Space Agency", "Republican Governors Association": so does a longer body's name.)
        const onlyOrgLeft = ((a === seq.length - 2 && ORG_CUES.has((tokens[seq[a + 1] as number] as Token).lower)) || (orgName && !TITLE_WORDS.has(lw))) && !FUNCTION_WORDS.has(lw);
        if ((FUNCTION_WORDS.has(lw) || NON_ENTITY_WORDS.has(lw) || TITLE_WORDS.has(lw)) && !onlyOrgLeft) {
          if (TITLE_WORDS.has(lw)) titled = true;
          a++;
          continue;
        }
        break;
      }
    }
    // strip trailing connectors / non-entity words
    let b = seq.length - 1;
    while (b >= a) {
      const w = tokens[seq[b] as number] as Token;
      // "Conseil d’Etat": a word governed by a connector inside the name stays.
      const governedByConnector = b > a && CONNECTORS.has((tokens[seq[b - 1] as number] as Token).lower);
      // A lowercase tail word ("européen" in "Parlement européen") was added on purpose by extendInstitution.
      if (CONNECTORS.has(w.lower) || (NON_ENTITY_WORDS.has(w.lower) && w.cap && b > a && !ORG_CUES.has(w.lower) && !governedByConnector && !articleName)) b--;
      else break;
    }
    if (b < a) {
      i = j;
      continue;
    }
    // "ministre de la Justice", "garde des Sceaux": a portfolio belongs to a title, not a name of its
    // own ("ministre de l’Intérieur Bernard Cazeneuve" names the person after it); "ministère russe
    // de la Défense" names the ministry. An acronym is the body the office belongs to, not a
    // portfolio (« secrétaire général de la CGT », "secretary of NATO").
    const acronymOnly = seq.slice(a, b + 1).every((x) => isAcronym((tokens[x] as Token).text));
    const office = acronymOnly ? null : officeBefore(tokens, seq[a] as number);
    if (office !== null) {
      const named = seq.slice(a + 1, b + 1).findIndex((x) => GIVEN_NAMES.has((tokens[x] as Token).lower));
      if (named >= 0) a += named + 1;
      else if (b - a <= 2) {
        const head = tokens[office] as Token;
        const tail = tokens[seq[b] as number] as Token;
        if (MINISTRY_WORDS.has(head.lower)) {
          const ministry = text.slice(head.start, tail.end);
          cands.push({ start: head.start, end: tail.end, words: tokens.slice(office, (seq[b] as number) + 1).filter((x) => x.word).map((x) => x.text), surface: ministry, key: baseKey(ministry), hint: 'ORG', ti: office, sentenceInitial: initialTok.has(office), inTitle: head.start < titleEnd, titled: false, rule: 'entity.candidate.ministry' });
        }
        i = j;
        continue;
      }
    }
    // "LR Damien Abad", "Lettonie Edgars Rinkēvičs": a party or a place glued before a person's name.
    for (let x = a + 1; x < b; x++) {
      const word = (tokens[seq[x] as number] as Token).lower;
      const prefixWords = seq.slice(a, x).map((t) => (tokens[t] as Token).text);
      const prefix = text.slice((tokens[seq[a] as number] as Token).start, (tokens[seq[x - 1] as number] as Token).end);
      const restWords = seq.slice(x, b + 1).map((t) => (tokens[t] as Token).lower);
      // (So is a known organisation's acronym before a name of two words or more: « à l'AFP Kyaw Min ».)
      const known = lookupGaz(prefix);
      // (Not when the place goes on into the next word: "Kansas City Star".)
      const placeGoesOn = known === 'LOC' && lookupGaz(`${prefix} ${(tokens[seq[x] as number] as Token).text}`) === 'LOC';
      const acronyms = prefixWords.every((w) => isAcronym(w));
      const placeThenPerson = (known === 'LOC' || (known === 'ORG' && acronyms)) && !placeGoesOn && restWords.length >= 2 && !restWords.some((w) => ORG_CUES.has(w) || ORG_TAILS.has(w) || CONNECTORS.has(w));
      if (!GIVEN_NAMES.has(word) && !placeThenPerson) continue;
      if (placeThenPerson || acronyms || known || prefixWords.some((w) => ORG_CUES.has(w.toLowerCase()))) {
        const pFirst = tokens[seq[a] as number] as Token;
        const pLast = tokens[seq[x - 1] as number] as Token;
        cands.push({ start: pFirst.start, end: pLast.end, words: prefixWords, surface: prefix, key: baseKey(prefix), hint: null, ti: seq[a] as number, sentenceInitial: initialTok.has(seq[a] as number), inTitle: pFirst.start < titleEnd, titled: false, rule: 'entity.candidate.prefix-before-person' });
        a = x;
        titled = true;
        break;
      }
      // (A given name that is also a word of the prefix does not end the search: « Maison Blanche Sean Conley ».)
    }
    const firstTi = seq[a] as number;
    const first = tokens[firstTi] as Token;
    const last = tokens[seq[b] as number] as Token;
    const surface = text.slice(first.start, last.end);
    const words = seq.slice(a, b + 1).map((x) => (tokens[x] as Token).text);
    // "Mr. Trump", "M. Hollande": the title may be followed by its abbreviation dot.
    const dotted = tokens[firstTi - 1]?.text === '.';
    const prevTok = tokens[firstTi - (dotted ? 2 : 1)];
    if (prevTok && (TITLE_WORDS.has(prevTok.lower) || (dotted && HONORIFIC_ABBREVIATIONS.has(prevTok.lower)))) titled = true;
    cands.push({
      start: first.start,
      end: last.end,
      words,
      surface,
      key: baseKey(surface),
      hint: null,
      ti: firstTi,
      sentenceInitial: initialTok.has(firstTi) || (a > 0 && initialTok.has(seq[0] as number) && false),
      inTitle: first.start < titleEnd,
      titled,
      rule: articleName ? 'entity.candidate.article-name' : 'entity.candidate.capitalised-run',
    });
    i = j;
  }

  // 3. Filter candidates.
  const kept: Candidate[] = [];
  // A Title Case headline capitalises ordinary words; a sentence-case one ("Kiev a fait de grands
  // gains, selon Mark Warner") capitalises names only, like the body.
  // (Tokens come in order: the title's are the first ones.)
  const titleWords: Token[] = [];
  for (const x of tokens) {
    if (x.end > titleEnd) break;
    if (x.word && x.text.length > 3) titleWords.push(x);
  }
  const titleCase = titleWords.length > 0 && titleWords.filter((x) => x.cap).length / titleWords.length >= 0.5;
  const bodyKeys = new Set<string>();
  for (const c of cands) if (!c.inTitle) bodyKeys.add(c.key);
  for (const c of cands) {
    if (!c.key || c.key.length < 2) continue;
    const single = c.words.length === 1;
    const w0 = (c.words[0] ?? '').toLowerCase().replace(/[’‘]/g, "'");
    const gaz = lookupGaz(c.surface);
    if (single && !gaz && (FUNCTION_WORDS.has(w0) || NON_ENTITY_WORDS.has(w0) || TITLE_WORDS.has(w0.replace(/\.$/, '')))) continue;
    if (/^\p{N}/u.test(c.surface) || /-(?:based|owned|led|backed|born|made)$/iu.test(c.surface)) continue;
    // « les Lyonnais », "the Ukrainians": a people named by a plural demonym after an article is not an entity.
    if (single && !gaz && DEMONYM_PLURAL.test(w0) && ARTICLE_BEFORE.test(text.slice(Math.max(0, c.start - 5), c.start))) {
      noteFired('entity.drop.demonym');
      continue;
    }
    // « DOUBLE DISCRIMINATION », "RELATED COVERAGE": words all in capitals, none an acronym one knows, make a heading, not a name.
    if (c.words.length >= 2 && !gaz && c.words.every((w) => /^\p{Lu}{2,}$/u.test(w)) && c.words.some((w) => w.length > 5)) {
      noteFired('entity.drop.capital-heading');
      continue;
    }
    if (c.inTitle && titleCase && !gaz && !bodyKeys.has(c.key) && !GIVEN_NAMES.has(w0)) {
      // Title Case headlines: keep only names confirmed by the body (or known)
      const anyBody = c.words.some((w) => midCap.has(w.toLowerCase()) && !FUNCTION_WORDS.has(w.toLowerCase()));
      if (!anyBody || !single) {
        if (!bodyKeys.has(c.key)) continue;
      }
    }
    if (c.sentenceInitial && single && !gaz) {
      if (!midCap.has(w0) && !GIVEN_NAMES.has(w0)) continue;
      if (lowerSeen.has(w0)) continue;
    }
    if (c.sentenceInitial && !single && !gaz) {
      // "Samedi le New York …" cases are handled by stripping; a sentence-initial sequence whose
      // first word is a plain word seen in lowercase elsewhere loses that word.
      if (lowerSeen.has(w0) && !GIVEN_NAMES.has(w0)) {
        const rest = c.words.slice(1);
        if (rest.length === 0) continue;
        const t0 = tokenize(c.surface);
        const second = t0.find((x, idx) => idx > 0 && x.word && x.cap);
        if (!second) continue;
        c.start += second.start;
        c.surface = text.slice(c.start, c.end);
        c.words = rest.filter((w) => !CONNECTORS.has(w.toLowerCase()) || true);
        c.key = baseKey(c.surface);
      }
    }
    if (single && lowerSeen.has(w0) && !gaz && !isAcronym(c.words[0] ?? '') && (capCount.get(w0) ?? 0) < MID_CAP_STRONG) continue;
    kept.push(c);
  }

  return group(kept, tokens, text, lang, titleEnd, lowerSeen);
}

const DAYS_AND_MONTHS = words('day-or-month-fr');
const EN_DAYS_AND_MONTHS = words('day-or-month-en');

/** Extends a capitalised sequence headed by an institution word over its lowercase tail; returns the new last token index. */
function extendInstitution(tokens: Token[], seq: number[], j: number, text: string): number {
  const head = seq.map((x) => (tokens[x] as Token).lower).find((w) => !FUNCTION_WORDS.has(w));
  if (!head || !ORG_CUES.has(head)) return j;
  let k = j + 1;
  let end = j;
  let hops = 0;
  while (k < tokens.length && k - j <= 8) {
    const u = tokens[k] as Token;
    if (!u.word || text.slice((tokens[k - 1] as Token).end, u.start).trim() !== '') break;
    if (!u.cap && ADJECTIVE_LIKE.test(u.lower) && !FUNCTION_WORDS.has(u.lower) && !DAYS_AND_MONTHS.has(u.lower)) {
      end = k;
      k++;
      continue;
    }
    const v = tokens[k + 1];
    const w = tokens[k + 2];
    const nounOk = (x: Token | undefined): x is Token => !!x && x.word && !x.cap && !FUNCTION_WORDS.has(x.lower) && !DAYS_AND_MONTHS.has(x.lower) && !/(?:er|ir)$/u.test(x.lower);
    // "Commission consultative du secret de la défense nationale": "de la" before a noun.
    if (u.lower === 'de' && v && ['la', "l'"].includes(v.lower) && nounOk(w) && hops < 4 && text.slice(u.end, w.start).trim() === (v.lower === 'la' ? 'la' : v.text)) {
      hops++;
      end = k + 2;
      k += 3;
      continue;
    }
    // "… informatique et libertés (CNIL)", "… électroniques et des postes (Arcep)": a last coordinated
    // noun belongs to the name only when the name ends right after it.
    if (u.lower === 'et' && hops + (end - j) > 0) {
      const xi = v && ['des', 'du', 'de'].includes(v.lower) ? k + 2 : k + 1;
      const x = tokens[xi];
      const after = tokens[xi + 1];
      if (nounOk(x) && (!after || (!after.word && /^[(),.;:]$/u.test(after.text)))) {
        end = xi;
        break;
      }
    }
    if (['de', 'du', 'des', "d'"].includes(u.lower) && v && v.word && hops < 4 && !FUNCTION_WORDS.has(v.lower) && !DAYS_AND_MONTHS.has(v.lower) && !/(?:er|ir)$/u.test(v.lower) && text.slice(u.end, v.start).trim() === '') {
      hops++;
      end = k + 1;
      k += 2;
      continue;
    }
    break;
  }
  for (let x = j + 1; x <= end; x++) seq.push(x);
  return end;
}

/** Plural demonyms (« Lyonnais », « Parisiens », « Montréalais », "Ukrainians", "Lebanese"). */
const DEMONYM_PLURAL = /^\p{Ll}+(?:ais|ois|iens|iennes|éens|éennes|ains|aines|aises|oises|ans|ians|ese)$/u;
/** A plural article right before a word. */
const ARTICLE_BEFORE = /(?:^|[\s'’])(?:les|des|aux|the)\s+$/iu;

/** A word capitalised this many times is a name even if also seen in lowercase. */
const MID_CAP_STRONG = 3;

/** Title words a portfolio follows ("ministre de la Santé", "Secretary of State", "garde des Sceaux"). */
const OFFICE_WORDS = words('office-word');
const MINISTRY_WORDS = words('ministry-word');

/** The token index of the office word a portfolio at `ti` follows (with "de la", "des", "of the", one adjective between), or null. */
function officeBefore(tokens: Token[], ti: number): number | null {
  let k = ti - 1;
  if (tokens[k] && /^(?:la|l'|the)$/u.test((tokens[k] as Token).lower)) k--;
  if (!tokens[k] || !/^(?:de|des|du|d'|of)$/u.test((tokens[k] as Token).lower)) return null;
  k--;
  // "ministère russe de la Défense": one lowercase adjective between.
  if (tokens[k] && !(tokens[k] as Token).cap && (tokens[k] as Token).word && !OFFICE_WORDS.has((tokens[k] as Token).lower)) k--;
  return tokens[k] && OFFICE_WORDS.has((tokens[k] as Token).lower) ? k : null;
}

function initials(words: string[]): string {
  return words
    .filter((w) => !CONNECTORS.has(w.toLowerCase()))
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
}

function group(cands: Candidate[], tokens: Token[], text: string, lang: 'fr' | 'en', titleEnd: number, lowerSeen: ReadonlySet<string>): EntityTable {
  interface Group {
    key: string;
    text: string;
    /** normKey of each word and the initials of `words`: computed once, read for every single-word candidate. */
    wordKeys: string[];
    initials: string;
    words: string[];
    forms: Map<string, number>;
    votes: Map<EntityType, number>;
    /** "TYPE rule-id" of every type rule that voted. */
    voters: Set<string>;
    mentions: Candidate[];
    first: number;
    inTitle: boolean;
  }
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const aloneKeys = new Set(cands.filter((c) => c.words.length === 1).map((c) => c.key));
  // The type rules' verdict on one mention (rules/entity-rules.ts).
  const typeOf = (c: Candidate): Fired<EntityType> | null => ENTITY_TYPE_RULES.first({ lang, c, tokens, text, aloneKeys, keyOf });
  const sorted = [...cands].sort((x, y) => y.words.length - x.words.length || x.start - y.start);
  const newGroup = (c: Candidate): Group => {
    const g: Group = { key: c.key, text: c.surface, words: c.words, wordKeys: c.words.map((x) => keyOf(x)), initials: initials(c.words), forms: new Map(), votes: new Map(), voters: new Set(), mentions: [], first: c.start, inTitle: false };
    groups.push(g);
    byKey.set(c.key, g);
    return g;
  };
  const add = (g: Group, c: Candidate): void => {
    g.mentions.push(c);
    g.forms.set(c.surface, (g.forms.get(c.surface) ?? 0) + 1);
    const ty = typeOf(c);
    if (ty) {
      g.votes.set(ty.value, (g.votes.get(ty.value) ?? 0) + (c.hint || lookupGaz(c.surface) ? 5 : 1));
      g.voters.add(`${ty.value} ${ty.rule}`);
    }
    g.first = Math.min(g.first, c.start);
    if (c.start < titleEnd) g.inTitle = true;
  };
  const multi = sorted.filter((c) => c.words.length > 1);
  const single = sorted.filter((c) => c.words.length === 1);
  for (const c of multi) add(byKey.get(c.key) ?? newGroup(c), c);
  const isPer = (g: Group): boolean => groupType(g) === 'PER';
  const groupType = (g: Group): EntityType => {
    // With no evidence, a lone capitalised name in news copy is most often an organisation
    // (a company, a channel, a party); longer unknown names are left as MISC.
    let best: EntityType = g.words.length === 1 ? 'ORG' : 'MISC';
    let n = 0;
    for (const [k, v] of g.votes) if (v > n) { best = k; n = v; }
    return best;
  };
  for (const c of single.sort((x, y) => x.start - y.start)) {
    // « Amérique » and « les Amériques »: a place and its plural are one entity.
    const existing = byKey.get(c.key) ?? (lookupGaz(c.surface) === 'LOC' ? (byKey.get(c.key.replace(/s$/u, '')) ?? byKey.get(`${c.key}s`)) : undefined);
    if (existing) { add(existing, c); continue; }
    const w = c.key;
    const gaz = lookupGaz(c.surface);
    let target: Group | null = null;
    if (!gaz) {
      // surname or given name of a person; contiguous part of an organisation name; acronym
      let bestDist = Infinity;
      for (const g of groups) {
        if (g.words.length < 2) continue;
        const keys = g.wordKeys;
        const perLike = isPer(g) || GIVEN_NAMES.has(keys[0] ?? '');
        const match =
          (perLike && keys.includes(w)) ||
          (!perLike && groupType(g) === 'ORG' && keys.includes(w) && !GIVEN_NAMES.has(w) && keys.length <= 6) ||
          (isAcronym(c.words[0] ?? '') && g.initials === (c.words[0] ?? '').replace(/\./g, '').replace(/s$/, ''));
        if (!match) continue;
        const d = Math.abs(c.start - g.first);
        const pref = perLike ? 0 : 1e7;
        if (d + pref < bestDist) { bestDist = d + pref; target = g; }
      }
    }
    if (target) {
      add(target, c);
      byKey.set(c.key, target);
    } else add(newGroup(c), c);
  }
  // acronyms that were grouped before a longer name appeared: merge acronym groups into longer ones
  for (const g of groups) {
    if (g.words.length !== 1 || !isAcronym(g.words[0] ?? '') || g.mentions.length === 0) continue;
    const acr = (g.words[0] ?? '').replace(/\./g, '');
    const host = groups.find((h) => h !== g && h.words.length >= 2 && initials(h.words) === acr && h.mentions.length > 0);
    if (host) {
      for (const m of g.mentions) add(host, m);
      g.mentions = [];
    }
  }
  // fullest form: the longest surface (by words) among the forms
  const fullestForm = (g: Group): string => {
    let form = g.text;
    for (const f of g.forms.keys()) if (f.length > form.length && keyOf(f).split(' ').length >= keyOf(form).split(' ').length) form = f;
    return form;
  };
  // Two groups whose fullest forms are the same name ("Whole Foods Market" reached from the title
  // and from "Whole Foods") are one entity.
  const live: Group[] = [];
  const byForm = new Map<string, Group>();
  // "Whole Foods" and "Whole Foods Market": a company named with and without its corporate suffix.
  const sameNameKey = (g: Group): string => {
    const words = keyOf(fullestForm(g)).split(' ');
    while (words.length > 1 && CORPORATE_SUFFIXES.has(words[words.length - 1] ?? '') && groupType(g) === 'ORG') words.pop();
    return words.join(' ');
  };
  for (const g of groups) {
    if (g.mentions.length === 0) continue;
    const key = sameNameKey(g);
    const same = byForm.get(key);
    if (same) {
      for (const m of g.mentions) add(same, m);
      continue;
    }
    byForm.set(key, g);
    live.push(g);
  }
  const entities: Entity[] = [];
  const kept: boolean[] = [];
  const firstPos: number[] = [];
  const inTitle: boolean[] = [];
  const mentions: Mention[] = [];
  live.forEach((g, idx) => {
    const textForm = fullestForm(g);
    const aliasSet = new Map<string, string>();
    for (const f of g.forms.keys()) {
      const k = keyOf(f);
      if (k !== keyOf(textForm) && !aliasSet.has(k)) aliasSet.set(k, f);
    }
    const voted = groupType(g);
    const verdict = scoreEntity({
      lang,
      text: textForm,
      aliases: [...aliasSet.values()],
      words: g.words,
      mentions: g.mentions.map((m) => ({ first: m.ti, last: lastToken(tokens, m), sentenceInitial: m.sentenceInitial, inTitle: m.inTitle })),
      voters: g.voters,
      votes: g.votes,
      candidateRules: new Set(g.mentions.map((m) => m.rule)),
      votedType: voted,
      tokens,
      lowerSeen,
      quoted: g.mentions.filter((m) => /^[«“"]$/u.test(tokens[m.ti - 1]?.text ?? '')).length,
      firstPos: g.first,
    });
    const type = verdict.type;
    const voters = [...g.voters].filter((v) => v.startsWith(`${type} `)).map((v) => v.slice(type.length + 1));
    const defaulted = g.words.length === 1 ? 'entity.type.default-one-word' : 'entity.type.default-longer';
    if (g.voters.size === 0) noteFired(defaulted);
    const typeRules = type !== voted ? ['entity.type.scored'] : voters.length ? [...new Set(voters)] : [defaulted];
    const trace = [...new Set(g.mentions.map((m) => m.rule)), ...typeRules];
    entities.push({ text: textForm, type, mentions: g.mentions.length, aliases: [...aliasSet.values()], trace });
    kept.push(verdict.keep);
    firstPos.push(g.first);
    inTitle.push(g.inTitle);
    for (const m of g.mentions) mentions.push({ start: m.start, end: m.end, surface: m.surface, entity: idx });
  });
  mentions.sort((x, y) => x.start - y.start);
  return { entities, mentions, firstPos, inTitle, kept };
}

const ex = (lang: 'fr' | 'en', text: string): { lang: 'fr' | 'en'; text: string } => ({ lang, text });
for (const [id, why, example] of [
  ['entity.drop.demonym', 'A plural demonym after an article names a people, not an entity (« les Lyonnais », "the Ukrainians").', ex('fr', 'Les Lyonnais ont voté contre le projet de la mairie.')],
  ['entity.drop.capital-heading', 'Two or more words all in capitals, one long and none a known name, are a heading (« DOUBLE DISCRIMINATION », "RELATED COVERAGE"), not an entity.', ex('fr', 'Elle a porté plainte.DOUBLE DISCRIMINATION La salariée affirme avoir été enfermée.')],
  ['entity.type.scored', 'The entity type scorer, weighing the type rules\' votes with the name\'s shape and the words around its mentions, overrides the votes.', ex('en', 'Zorbix said on Monday that Zorbix would keep its prices.')],
  ['entity.candidate.capitalised-run', 'A run of capitalised words, with name particles and initials inside, minus titles and function words before it, is a name.', ex('en', 'Mark Warner met Jacques Barrot in Brussels.')],
  ['entity.candidate.article-name', 'An article capitalised inside a sentence opens a name, which runs whole after it, ordinary words included (« selon L\'Est Républicain », « à La Nouvelle République »); one ordinary word alone is no name (« La République en marche » goes on in lowercase).', ex('fr', 'Le maire a confié à L\'Est Républicain qu\'il ne se représenterait pas.')],
  ['entity.candidate.lowercase-org-head', 'A lowercase institution word with its adjectives and a capitalised complement is an organisation (« ministère russe de la Défense »).', ex('fr', 'Le parquet de Paris a ouvert une enquête mardi.')],
  ['entity.candidate.ministry', 'A portfolio after « ministère »/"ministry" names the ministry, not a name of its own (« ministère de la Santé »).', ex('fr', 'Le ministère russe de la Défense a démenti.')],
  ['entity.candidate.prefix-before-person', 'A party, acronym or place glued before a person\'s name is a name of its own ("LR Damien Abad", « Lettonie Edgars Rinkēvičs », « a déclaré à l\'AFP Kyaw Min »).', ex('fr', 'Le président du groupe LR Damien Abad a réagi.')],
] as const) defineRule('entity', { id, lang: 'fr+en', why, examples: [example] });
