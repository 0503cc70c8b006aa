// Quotation marks around a quote on the page: a quote is highlighted only where it stands between
// marks (« … », “ … ”, …), not wherever its words recur (a heading, a later paraphrase).
// One row per convention; a mark may open in one convention and close in another („ … “ vs “ … ”).
// The straight apostrophe ' is no mark here: it is mostly an apostrophe (l'Assemblée, Obama's).

export interface QuoteMarkRule {
  id: string;
  open: string;
  close: string;
  why: string;
  examples: string[];
}

export const QUOTE_MARK_RULES: readonly QuoteMarkRule[] = [
  { id: 'guillemets', open: '«', close: '»', why: 'French, Italian, Spanish, Russian… quotes (spaces inside are allowed)', examples: ['« un mémorandum argumenté »'] },
  { id: 'guillemets-reversed', open: '»', close: '«', why: 'German and Danish book style', examples: ['»Wir schaffen das«'] },
  { id: 'curly-double', open: '“', close: '”', why: 'English quotes', examples: ['“distressing”'] },
  { id: 'low-high-double', open: '„', close: '“', why: 'German, Czech, Slovak quotes', examples: ['„Wir schaffen das“'] },
  { id: 'low-right-double', open: '„', close: '”', why: 'Polish, Hungarian, Romanian quotes', examples: ['„Nie ma zgody”'] },
  { id: 'straight-double', open: '"', close: '"', why: 'typewriter quotes, on any site', examples: ['"not enough"'] },
  { id: 'curly-single', open: '‘', close: '’', why: 'English single quotes (headlines, nested quotes)', examples: ['‘biggest frustration’'] },
  { id: 'low-high-single', open: '‚', close: '‘', why: 'German nested quotes', examples: ['‚so nicht‘'] },
  { id: 'single-guillemets', open: '‹', close: '›', why: 'French and Swiss nested quotes', examples: ['‹ non ›'] },
  { id: 'corner-brackets', open: '「', close: '」', why: 'Japanese and Chinese quotes', examples: ['「遺憾だ」'] },
  { id: 'white-corner-brackets', open: '『', close: '』', why: 'Japanese nested quotes', examples: ['『遺憾だ』'] },
];

const OPENING = new Set(QUOTE_MARK_RULES.map((rule) => rule.open));
const CLOSING = new Set(QUOTE_MARK_RULES.map((rule) => rule.close));
/** Spaces that may stand between a mark and the quote (French « … », non-breaking or not). */
const SPACE = /[ \u00a0\u202f\u2009]/;

/**
 * Whether text[start, end) stands between quotation marks: an opening mark just before it and a
 * closing mark just after it (spaces allowed), or the end of its block, where a quote that runs
 * over several paragraphs is left open.
 */
export function isBetweenQuoteMarks(text: string, start: number, end: number, blockEnd = '\n'): boolean {
  let before = start - 1;
  while (before >= 0 && SPACE.test(text[before] ?? '')) before--;
  if (!OPENING.has(text[before] ?? '')) return false;
  let after = end;
  while (after < text.length && SPACE.test(text[after] ?? '')) after++;
  const next = text[after];
  return next === undefined || next === blockEnd || CLOSING.has(next);
}
