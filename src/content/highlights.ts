// Inline highlights of quotes, drawn with the CSS Custom Highlight API: no change to the page's DOM.
// The colours live in content.css (::highlight(context-lens-quote)).
import type { Analysis } from '../analysis/types';
import { PageText } from './text-ranges';

export const QUOTE_HIGHLIGHT = 'context-lens-quote';

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Ranges of the article's direct quotes in the live page. */
export function quoteRanges(doc: Document, analysis: Analysis): Range[] {
  const quotes = [...new Set(analysis.claims.map((c) => c.quote).filter((q): q is string => !!q))];
  if (quotes.length === 0 || !doc.body) return [];
  const page = new PageText(doc.body);
  return quotes.flatMap((quote) => page.find(quote));
}

export function showHighlights(ranges: Range[]): number {
  if (!highlightsSupported()) return 0;
  CSS.highlights.set(QUOTE_HIGHLIGHT, new Highlight(...ranges));
  return ranges.length;
}

/** False when something (the page itself) has removed our highlight from the registry. */
export function highlightsRegistered(): boolean {
  return highlightsSupported() && CSS.highlights.has(QUOTE_HIGHLIGHT);
}

export function hideHighlights(): void {
  if (highlightsSupported()) CSS.highlights.delete(QUOTE_HIGHLIGHT);
}
