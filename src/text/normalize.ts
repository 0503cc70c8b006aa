// Text normalisation helpers shared by the analysis modules (pure string functions).

/** Character class matching a straight or typographic apostrophe. */
export const APOS = "['’‘]";

/** Fold typographic apostrophes to the straight one. */
export function foldApostrophes(s: string): string {
  return s.replace(/[’‘`´]/g, "'");
}

/** Remove diacritics (é → e). */
export function stripAccents(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Key used to compare surface forms: lowercase, no accents, straight apostrophes, single spaces. */
export function normKey(s: string): string {
  return stripAccents(foldApostrophes(s))
    .toLowerCase()
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

/** Lowercase word with straight apostrophes (accents kept). */
export function lowerWord(s: string): string {
  return foldApostrophes(s).toLowerCase();
}

/** Normalise line endings and remove characters that only get in the way (NUL, soft hyphens). */
export function cleanText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g, ' ')
    .replace(/[\u00ad\u200b\u2060\ufeff]/g, '')
    .replace(/[\u00a0\u202f\u2007]/g, ' ');
}

/** Trim whitespace and the given trailing punctuation. */
export function trimPunct(s: string): string {
  return s.replace(/^[\s,;:–—-]+/u, '').replace(/[\s,;:–—(-]+$/u, '').trim();
}

/** Lowercase, strip diacritics, unify apostrophes: the key the index compares words and names by. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'");
}

/** Where the whitespace ending text[from, to) starts (`to` when none): what /\s*$/u finds, read from the end. */
export function trailingSpaceStart(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/u.test(text[end - 1] as string)) end--;
  return end;
}
