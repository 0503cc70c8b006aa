// Word tokenizer with offsets (elisions such as l’/d’/qu’ split off, dotted acronyms kept whole).

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
const ELISION = /^(?:[lLdDjJnNsStTcCmM]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu|[qQ]uoiqu)['’](?=\p{L})/u;

/** Tokenize text[from, to) into words and punctuation marks. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const re = new RegExp(TOKEN_RE.source, 'gu');
  re.lastIndex = from;
  for (;;) {
    const m = re.exec(text);
    if (!m || m.index >= to) break;
    let s = m.index;
    let t = m[0];
    if (s + t.length > to) t = t.slice(0, to - s);
    const el = ELISION.exec(t);
    if (el) {
      out.push(makeToken(s, el[0]));
      s += el[0].length;
      t = t.slice(el[0].length);
    }
    // A heading glued to the next sentence ("en préparationJean-Luc Mélenchon") hides a name.
    const glued = /^(\p{Ll}{4,})(\p{Lu}\p{Ll})/u.exec(t);
    if (glued && glued[1]) {
      out.push(makeToken(s, glued[1]));
      s += glued[1].length;
      t = t.slice(glued[1].length);
    }
    // English possessive: "New Zealand’s Northland" is two names, and "Iran’s" names Iran.
    const possessive = /^(.*\p{L})(['’]s)$/u.exec(t);
    if (possessive && possessive[1] && possessive[2]) {
      out.push(makeToken(s, possessive[1]));
      out.push({ ...makeToken(s + possessive[1].length, possessive[2]), word: false, cap: false });
      continue;
    }
    // A trailing apostrophe belongs to an elision without a following letter ("l' ") or a closing quote.
    if (t.length > 1 && /['’]$/u.test(t)) {
      out.push(makeToken(s, t.slice(0, -1)));
      out.push(makeToken(s + t.length - 1, t.slice(-1)));
      continue;
    }
    out.push(makeToken(s, t));
  }
  return out;
}

function makeToken(start: number, text: string): Token {
  const word = /[\p{L}\p{N}]/u.test(text);
  return {
    start,
    end: start + text.length,
    text,
    lower: text.toLowerCase().replace(/[’‘]/g, "'"),
    word,
    cap: word && /^\p{Lu}/u.test(text),
  };
}
