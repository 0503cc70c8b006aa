// Whether a found name starts and ends on word boundaries, in any script: "Israel" is not a
// word of "Israeli", nor "Oct" of "October", nor "Amérique" of "Amériques" (a letter with its
// combining accent is one letter), nor "Pierre" of "Jean-Pierre" (a hyphen between letters
// joins a compound); an apostrophe separates ("l'Assemblée", "Obama's"). Scripts written
// without spaces (Chinese, Japanese, Thai…) have boundaries between letters: the browser's word
// segmenter (Intl.Segmenter) decides there.

/** A letter, a combining mark or a digit: the characters words are made of. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Hyphens that join two words into one compound. */
const JOINERS = new Set(['-', '\u2010', '\u2011']);
/** Scripts written without spaces between words. */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Tibetan}]/u;
/** Characters either side of a boundary that the segmenter sees (words are shorter than this). */
const SEGMENT_WINDOW = 24;

const isWordChar = (char: string | undefined): boolean => char !== undefined && WORD_CHAR.test(char);

let segmenter: Intl.Segmenter | null | undefined;
function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    try {
      segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;
    } catch {
      segmenter = null;
    }
  }
  return segmenter;
}

/** Whether `text` has a word boundary at `position` (between text[position - 1] and text[position]). */
export function isWordBoundary(text: string, position: number): boolean {
  const before = text[position - 1];
  const after = text[position];
  if (isWordChar(before) && isWordChar(after)) return unspacedBoundary(text, position);
  // "Jean-|Pierre", "Jean|-Pierre": a hyphen between two letters is inside a compound.
  if (after !== undefined && JOINERS.has(after) && isWordChar(before) && isWordChar(text[position + 1])) return false;
  if (before !== undefined && JOINERS.has(before) && isWordChar(after) && isWordChar(text[position - 2])) return false;
  return true;
}

/** Whether the text [start, end) is whole words: it neither starts nor ends inside a word. */
export function isWholeWords(text: string, start: number, end: number): boolean {
  return isWordBoundary(text, start) && isWordBoundary(text, end);
}

/**
 * Between two letters: a boundary only where one of them is in a script written without spaces
 * and the word segmenter puts a word break there (or, lacking a segmenter, between two such letters).
 */
function unspacedBoundary(text: string, position: number): boolean {
  const beforeUnspaced = UNSPACED.test(text[position - 1] ?? '');
  const afterUnspaced = UNSPACED.test(text[position] ?? '');
  if (!beforeUnspaced && !afterUnspaced) return false;
  if (beforeUnspaced !== afterUnspaced) return true; // a change of script, "iPhone手机"
  const words = wordSegmenter();
  if (!words) return true;
  const from = Math.max(0, position - SEGMENT_WINDOW);
  const window = text.slice(from, position + SEGMENT_WINDOW);
  for (const segment of words.segment(window)) {
    if (from + segment.index === position) return true;
    if (from + segment.index > position) return false;
  }
  return false;
}
