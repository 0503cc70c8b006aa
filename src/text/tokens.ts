// The text layer's tokenizers: words with offsets for the analysis (elisions such as l’/d’/qu’
// split off, dotted acronyms kept whole), and plain folded words for the index.
import { fold } from './normalize';

/** A word as the index compares it: letters and digits only. */
export interface FoldedWord {
  /** As written. */
  text: string;
  /** Lowercased, diacritics kept (what the stemmers expect). */
  lower: string;
  /** Lowercased, diacritics removed. */
  folded: string;
}

const FOLDED_WORD = /[\p{L}\p{N}]+/gu;
const PLAIN = /^[a-z0-9]*$/;

/** The words (runs of letters and digits) of a text, lowercased and folded. */
export function foldedWords(text: string): FoldedWord[] {
  const out: FoldedWord[] = [];
  for (const match of text.matchAll(FOLDED_WORD)) {
    const lower = match[0].toLowerCase();
    out.push({ text: match[0], lower, folded: PLAIN.test(lower) ? lower : fold(lower) });
  }
  return out;
}


export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lowercase form with straight apostrophes. */
  lower: string;
  /** True for a word (letters/digits); false for punctuation. */
  word: boolean;
  /** First character is an uppercase letter. */
  cap: boolean;
}

const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*['’]?|[^\s\p{L}\p{M}\p{N}]/gu;
/** French words that elide before a vowel (l’, d’, qu’, jusqu’ …). */
const ELIDING = "(?:[lLdDjJnNsStTcCmM]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu|[qQ]uoiqu)['’]";
/** An elision glued to the next word ("l’accuse"). */
const ELISION = new RegExp(`^${ELIDING}(?=\\p{L})`, 'u');
/** An elision with nothing after it ("l’ " or a window cut after it). */
const ELIDED = new RegExp(`^${ELIDING}$`, 'u');

/**
 * TOKEN_RE as one global regex reused by every scan from a position (tokenize, a window of a
 * TokenizedText): each sets lastIndex first and runs to its end before another begins.
 */
const TOKEN_SCAN = new RegExp(TOKEN_RE.source, 'gu');

/** Tokenize text[from, to) into words and punctuation marks. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const re = TOKEN_SCAN;
  re.lastIndex = from;
  for (;;) {
    const m = re.exec(text);
    if (!m || m.index >= to) break;
    pushMatch(m.index, m.index + m[0].length > to ? m[0].slice(0, to - m.index) : m[0], out);
  }
  return out;
}

/**
 * A text tokenized once, whose ranges are then read without tokenizing them again: the speaker
 * search looks at many overlapping windows of the same text. `range(from, to)` returns exactly
 * what `tokenize(text, from, to)` returns (a unit test compares them).
 */
export class TokenizedText {
  /** Start, end and first token of each match of TOKEN_RE over the whole text. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly firstToken: number[] = [];
  private readonly tokens: Token[] = [];
  /** Words among tokens[0, t), for each t: a window's word count without listing its words. */
  private readonly wordsBefore: number[] = [0];
  /** The word tokens alone, in order: a window's words are a slice of it. */
  private readonly wordTokens: Token[] = [];

  constructor(readonly text: string) {
    // The matches of TOKEN_RE, read without building a match array each: the pattern matches at every
    // position but whitespace, so the scan skips whitespace and asks a sticky copy whether and how
    // far it matches there.
    const re = new RegExp(TOKEN_RE.source, 'uy');
    for (let pos = 0; pos < text.length; ) {
      if (isSpaceAt(text, pos)) {
        pos++;
        continue;
      }
      let end = asciiMatchEnd(text, pos);
      const plain = end >= 0;
      if (!plain) {
        re.lastIndex = pos;
        if (!re.test(text)) {
          pos++;
          continue;
        }
        end = re.lastIndex;
      }
      this.starts.push(pos);
      this.ends.push(end);
      const first = this.tokens.length;
      this.firstToken.push(first);
      if (plain) pushAscii(pos, text.slice(pos, end), this.tokens);
      else pushMatch(pos, text.slice(pos, end), this.tokens);
      // (The word counts and word tokens of the match's tokens, in the same pass.)
      for (let i = first; i < this.tokens.length; i++) {
        const t = this.tokens[i] as Token;
        if (t.word) this.wordTokens.push(t);
        this.wordsBefore.push(this.wordTokens.length);
      }
      pos = end;
    }
    this.firstToken.push(this.tokens.length);
  }

  range(from: number, to: number): Token[] {
    return this.read(from, to, false);
  }

  /** The word tokens of `range(from, to)`. */
  words(from: number, to: number): Token[] {
    return this.read(from, to, true);
  }

  /** How many words `range(from, to)` holds. */
  countWords(from: number, to: number): number {
    const k = this.synced(from);
    if (k < 0) return this.read(from, to, true).length;
    const j = firstAtOrAfter(this.ends, to + 1, k);
    let n = this.wordsBefore[this.firstToken[j]!]! - this.wordsBefore[this.firstToken[k]!]!;
    if (j < this.starts.length && this.starts[j]! < to) {
      const tail: Token[] = [];
      pushMatch(this.starts[j]!, this.text.slice(this.starts[j], to), tail);
      for (const t of tail) if (t.word) n++;
    }
    return n;
  }

  /**
   * The word count of `tokenize(text.slice(from, to))` when the slice starts and ends between
   * matches of the whole text (its matches are then the whole text's), else null.
   */
  sliceWordCount(from: number, to: number): number | null {
    const k = this.synced(from);
    if (k < 0) return null;
    const j = firstAtOrAfter(this.starts, to, k);
    if (j > 0 && this.ends[j - 1]! > to) return null;
    return this.wordsBefore[this.firstToken[j]!]! - this.wordsBefore[this.firstToken[k]!]!;
  }

  /**
   * The first match at or after `from` when `from` lies between matches (TOKEN_RE reads nothing
   * before its match, so matching from there finds the whole text's next match), else -1.
   */
  private synced(from: number): number {
    const k = firstAtOrAfter(this.starts, from, 0);
    return k === 0 || this.ends[k - 1]! <= from ? k : -1;
  }

  private read(from: number, to: number, wordsOnly: boolean): Token[] {
    const { text, starts, ends } = this;
    let out: Token[] = [];
    // Matching from `from` runs on its own until it meets a match of the whole text (same start and
    // end): from there on the two are the same, and the stored tokens are copied.
    let k = this.synced(from);
    if (k < 0) {
      const re = TOKEN_SCAN;
      re.lastIndex = from;
      for (;;) {
        const m = re.exec(text);
        if (!m || m.index >= to) return out;
        const at = indexOf(starts, m.index);
        if (at >= 0 && ends[at] === m.index + m[0].length) {
          k = at;
          break;
        }
        pushMatch(m.index, m.index + m[0].length > to ? m[0].slice(0, to - m.index) : m[0], out, wordsOnly);
      }
    }
    const j = firstAtOrAfter(ends, to + 1, k);
    // The stored tokens of matches k … j-1 (ends ascend: those ending by `to`), copied at once.
    const first = this.firstToken[k]!;
    const last = this.firstToken[j]!;
    const stored = wordsOnly ? this.wordTokens.slice(this.wordsBefore[first], this.wordsBefore[last]) : this.tokens.slice(first, last);
    if (out.length === 0) out = stored;
    else for (const token of stored) out.push(token);
    if (j < starts.length && starts[j]! < to) pushMatch(starts[j]!, text.slice(starts[j], to), out, wordsOnly);
    return out;
  }
}

/** True for an ASCII letter or digit. */
function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * Where TOKEN_RE's match at `pos` (not whitespace) ends, when plain ASCII decides it: a single ASCII
 * mark, or a run of ASCII letters, digits and inner hyphens ("well-known") stopped by ASCII that can
 * neither continue the word nor make it a dotted acronym ("." after two or more characters, a hyphen
 * before a mark); else -1, and the regex is asked. An apostrophe always goes to the regex: the match
 * then never holds one.
 */
function asciiMatchEnd(text: string, pos: number): number {
  const c = text.charCodeAt(pos);
  if (c >= 128) return -1;
  if (!isAsciiAlnum(c)) return pos + 1;
  let end = pos + 1;
  for (; end < text.length; end++) {
    const d = text.charCodeAt(end);
    if (isAsciiAlnum(d)) continue;
    if (d >= 128 || d === 39) return -1;
    // "U.S.": a dotted acronym starts with one letter and a dot.
    if (d === 46) return end - pos >= 2 ? end : -1;
    if (d === 45) {
      const e = end + 1 < text.length ? text.charCodeAt(end + 1) : 32;
      if (e >= 128) return -1;
      // A hyphen joins two words; before anything else it is a mark of its own.
      if (isAsciiAlnum(e)) {
        end++;
        continue;
      }
    }
    break;
  }
  return end;
}

/** True when text[pos] is whitespace as the regex `\s` reads it (ASCII answered without the regex). */
function isSpaceAt(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/u.test(text[pos] as string);
}

/** Index of the first item of the ascending `list` at or after `value`, searching from `lo`. */
export function firstAtOrAfter(list: readonly number[], value: number, lo = 0): number {
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of `value` in the ascending `list`, or -1. */
function indexOf(list: number[], value: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid]!;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** A heading glued to the next sentence: "préparationJean-Luc". */
const GLUED = /^(\p{Ll}{4,})(\p{Lu}\p{Ll})/u;

/** True when `s` holds only ASCII lowercase letters, digits and hyphens: no uppercase letter, nothing glued. */
function plainLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45)) return false;
  }
  return true;
}

/**
 * `pushMatch` for a match `asciiMatchEnd` decided (ASCII letters, digits and hyphens, or one ASCII
 * mark; no apostrophe): only a glued name can split it, and its token is read without the regexes.
 */
function pushAscii(start: number, match: string, out: Token[]): void {
  if (match.length >= 6 && !plainLower(match)) {
    pushMatch(start, match, out);
    return;
  }
  const c = match.charCodeAt(0);
  const word = isAsciiAlnum(c);
  // (A word already in lowercase is its own lower form: no new string.)
  out.push({ start, end: start + match.length, text: match, lower: word && !plainLower(match) ? match.toLowerCase() : match, word, cap: c >= 65 && c <= 90 });
}

/** The tokens of one match `t` of TOKEN_RE at offset `s`. */
function pushMatch(start: number, match: string, out: Token[], wordsOnly = false): void {
  if (wordsOnly) {
    const all: Token[] = [];
    pushMatch(start, match, all);
    for (const t of all) if (t.word) out.push(t);
    return;
  }
  // Most matches are plain words or single marks: no apostrophe to split, too short to hide a glued name.
  const apostrophe = match.includes("'") || match.includes('’') || match.includes('‘');
  if (match.length < 6 && !apostrophe) {
    out.push(makeToken(start, match));
    return;
  }
  // Without an apostrophe there is no elision or possessive to split: only a glued name.
  if (!apostrophe) {
    const glued = plainLower(match) ? null : GLUED.exec(match);
    if (glued && glued[1]) {
      out.push(makeToken(start, glued[1]));
      out.push(makeToken(start + glued[1].length, match.slice(glued[1].length)));
      return;
    }
    out.push(makeToken(start, match));
    return;
  }
  let s = start;
  let t = match;
  const el = ELISION.exec(t);
  if (el) {
    out.push(makeToken(s, el[0]));
    s += el[0].length;
    t = t.slice(el[0].length);
  }
  // A heading glued to the next sentence ("en préparationJean-Luc Mélenchon") hides a name.
  const glued = GLUED.exec(t);
  if (glued && glued[1]) {
    out.push(makeToken(s, glued[1]));
    s += glued[1].length;
    t = t.slice(glued[1].length);
  }
  // English possessive: "New Zealand’s Northland" is two names, and "Iran’s" names Iran.
  // (Only a match ending in 's or ’s can be one: the others skip the backtracking pattern.)
  const possessive = endsInApostropheS(t) ? /^(.*\p{L})(['’]s)$/u.exec(t) : null;
  if (possessive && possessive[1] && possessive[2]) {
    out.push(makeToken(s, possessive[1]));
    const mark = makeToken(s + possessive[1].length, possessive[2]);
    mark.word = false;
    mark.cap = false;
    out.push(mark);
    return;
  }
  // A trailing apostrophe belongs to an elision without a following letter ("l' ", or a window that
  // ends inside "l'accuse"): kept whole; otherwise it is a closing quote.
  if (ELIDED.test(t)) {
    out.push(makeToken(s, t));
    return;
  }
  if (t.length > 1 && isApostrophe(t.charCodeAt(t.length - 1))) {
    out.push(makeToken(s, t.slice(0, -1)));
    out.push(makeToken(s + t.length - 1, t.slice(-1)));
    return;
  }
  out.push(makeToken(s, t));
}

/** ' or ’ (U+2019). */
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** True when `t` ends in "'s" or "’s". */
function endsInApostropheS(t: string): boolean {
  return t.length >= 2 && t.charCodeAt(t.length - 1) === 115 && isApostrophe(t.charCodeAt(t.length - 2));
}

function makeToken(start: number, text: string): Token {
  const c = text.charCodeAt(0);
  const asciiWord = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // (A single ASCII mark is no letter or digit: no need to ask the regex.)
  const word = asciiWord || (!(c < 128 && text.length === 1) && /[\p{L}\p{N}]/u.test(text));
  const lower = plainLower(text) ? text : text.toLowerCase();
  return {
    start,
    end: start + text.length,
    text,
    lower: lower.includes('’') || lower.includes('‘') ? lower.replace(/[’‘]/g, "'") : lower,
    word,
    // An uppercase first letter: it changes when lowercased (and is a letter).
    cap: word && lower[0] !== text[0] && /^\p{Lu}/u.test(text),
  };
}
