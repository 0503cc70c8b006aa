// Sentence and paragraph segmentation with character offsets (abbreviation-aware).
import { words } from '../analysis/lexicon/word-classes';

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Index of the paragraph the sentence belongs to. */
  para: number;
}

const ABBREVIATIONS = words('abbreviation');

const OPENERS = '“«"‘\'([';
const CLOSERS = '”»"’\')]';
/** « M. » or « MM. » and a name opening a glued sentence (« Augustin Bizimana.M. Kabuga est »): its capital is followed by a period, not a lowercase letter. */
const GLUED_HONORIFIC = /^MM?\.\s\p{Lu}/u;

function isUpperStart(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{Lu}\p{N}“«"‘¿¡(\[]/u.test(ch);
}

/** Split [start, end) of `text` into paragraphs (blank-line separated). */
export function splitParagraphs(text: string, offset = 0, end = text.length): Span[] {
  const out: Span[] = [];
  const re = /\n[ \t]*\n/g;
  re.lastIndex = offset;
  let s = offset;
  for (;;) {
    const m = re.exec(text);
    if (!m || m.index >= end) break;
    if (m.index > s) out.push({ start: s, end: m.index });
    s = m.index + m[0].length;
  }
  if (end > s) out.push({ start: s, end });
  return out
    .map((p) => trimSpan(text, p))
    .filter((p) => p.end > p.start);
}

function trimSpan(text: string, sp: Span): Span {
  let { start, end } = sp;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** Word immediately before position i (which holds a '.'), lowercased, dots inside kept. */
function wordBefore(text: string, i: number, floor: number): string {
  let j = i;
  while (j > floor && /[\p{L}\p{N}.\-]/u.test(text[j - 1] ?? '')) j--;
  return text.slice(j, i).toLowerCase();
}

/** Split one paragraph span into sentences. */
export function splitSentencesInSpan(text: string, span: Span, para: number): Sentence[] {
  const out: Sentence[] = [];
  let s = span.start;
  const { end } = span;
  for (let i = span.start; i < end; i++) {
    // (Compared by code first: most characters end nothing.)
    const code = text.charCodeAt(i);
    if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026 && code !== 10) continue;
    const ch = text[i];
    if (ch === '\n') {
      // A single line break inside a paragraph ends a sentence when the line looks finished or the next is a heading.
      const cut = trimSpan(text, { start: s, end: i });
      if (cut.end > cut.start) out.push({ start: cut.start, end: cut.end, para });
      s = i + 1;
      continue;
    }
    // Extend over repeated punctuation and closing quotes/brackets.
    let j = i + 1;
    while (j < end && /[.!?…]/u.test(text[j] ?? '')) j++;
    while (j < end && CLOSERS.includes(text[j] ?? '\u0000')) j++;
    const next = text[j];
    if (j >= end) break;
    if (next !== ' ' && next !== '\t') {
      // Glued sentences ("octobre.Vincent"): a lowercase word, a period, then a capitalised word.
      // Also after a number ("France 3.Ce garagiste") and before a dash ("à son arrivée.- Plusieurs").
      // After a closing quote or bracket too ("imposées\".La fédération", « extermination)".Cette »), and before an elided capital ("sujet.L'association").
      // After an acronym ("de RSF.Interrogé par l'AFP", elided too: "à l'AFP.Dénonçant"), though not after one capital ("M.Dupont").
      // (Closers may stack: « (persécutions et extermination)".Cette arrestation ».)
      let q = 0;
      while (q < 3 && CLOSERS.includes(text[i - 1 - q] ?? '\u0000')) q++;
      if (
        ch === '.' &&
        ((/[\p{Ll}\p{N}]/u.test(text[i - 1 - q] ?? '') && /[\p{Ll}\p{N}\s]/u.test(text[i - 2 - q] ?? '')) ||
          /(?:^|[\s('’])\p{Lu}{2,}$/u.test(text.slice(Math.max(s, i - q - 12), i - q))) &&
        ((/\p{Lu}/u.test(next ?? '') && /[\p{Ll}'’]/u.test(text[j + 1] ?? '')) || (/[-–—]/u.test(next ?? '') && text[j + 1] === ' ') || GLUED_HONORIFIC.test(text.slice(j, j + 5)))
      ) {
        out.push({ ...trimSpan(text, { start: s, end: j }), para });
        s = j;
        i = j - 1;
      }
      continue;
    }
    let k = j;
    while (k < end && (text[k] === ' ' || text[k] === '\t')) k++;
    const after = text[k];
    if (ch === '.') {
      const w = wordBefore(text, i, s);
      if (ABBREVIATIONS.has(w) || ABBREVIATIONS.has(w.replace(/\.$/, ''))) {
        // "U.S. officials" — an abbreviation followed by a lowercase word is never a boundary;
        // followed by a capital it is a boundary only for dotted acronyms at the end of a clause.
        if (!(w.includes('.') && isUpperStart(after) && /^(the|a|an|le|la|les|il|elle|he|she|they|we|but|mais)\b/i.test(text.slice(k, k + 6)))) continue;
      }
      // Single capital initial ("Marsha P. Johnson", "J. K.").
      if (/^\p{Lu}$/u.test(text.slice(i - 1, i)) && !/[\p{L}]/u.test(text[i - 2] ?? ' ')) continue;
      // Dotted initialisms ("U.S.") followed by lowercase: no boundary.
      if (/^(?:\p{L}\.)+\p{L}$/u.test(w)) {
        if (!isUpperStart(after)) continue;
      }
      // Numbers like "3. " at a list start are left alone; decimals have no space.
    }
    if (!isUpperStart(after) && !(after && OPENERS.includes(after))) {
      if (!(after && /[-–—•]/u.test(after))) continue;
    }
    const cut = trimSpan(text, { start: s, end: j });
    if (cut.end > cut.start) out.push({ start: cut.start, end: cut.end, para });
    s = k;
    i = k - 1;
  }
  const last = trimSpan(text, { start: s, end });
  if (last.end > last.start) out.push({ start: last.start, end: last.end, para });
  return out;
}

/** Split text into sentences (paragraph breaks are always boundaries). */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  splitParagraphs(text).forEach((p, idx) => {
    for (const s of splitSentencesInSpan(text, p, idx)) out.push(s);
  });
  return out;
}
