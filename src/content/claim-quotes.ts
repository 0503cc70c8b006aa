// Which claim each quote on the page belongs to, so that it takes that claim's speaker colour, the
// one the popup shows. The same words may be quoted by several speakers (a headline's "spying" by
// one, the body's by another; two sentences quoting the same phrase), so an occurrence belongs to
// the claim whose sentence (claim.text) holds it, not to the first claim with those words. The
// headline's claims have their sentence outside the article: they mark nothing in the body.
import type { Analysis } from '../analysis/types';
import type { ArticleText, Span } from './article-text';
import { normalizeNeedle } from './text-ranges';

/** A quote in the article (article offsets) and the claim it belongs to. */
export interface ClaimQuote {
  span: Span;
  claimIndex: number;
  /** How it was found: in its claim's sentence, or (sentence not found as written) by its words alone. */
  by: 'sentence' | 'words';
}

/** Places of one sentence, or of one quote, looked at; more are not. */
const MAX_PLACES = 20;

/** Claims with the same sentence and the same quoted words, in the order of the analysis. */
interface ClaimGroup {
  sentence: string;
  quote: string;
  claims: number[];
}

/**
 * The quotes of the analysis's direct claims in the article, in article order, each with its
 * claim. A generator that yields between groups of claims, so a caller can let the page run.
 */
export function* claimQuotes(article: ArticleText, analysis: Pick<Analysis, 'text' | 'claims'>): Generator<void, ClaimQuote[]> {
  const groups = groupClaims(analysis.claims);
  const found = new Map<string, ClaimQuote & { sentenceLength: number }>();
  const key = (span: Span): string => `${span.start}:${span.end}`;
  const unplaced: ClaimGroup[] = [];
  for (const group of groups) {
    const sentences = article.findSpans(group.sentence, 'text', MAX_PLACES);
    const places = sentences.flatMap((sentence) => article.findSpans(group.quote, 'quote', MAX_PLACES, sentence));
    if (places.length === 0) unplaced.push(group);
    // The k-th place to the k-th claim of the group (a sentence quoting the same words twice), the rest to the last.
    places.forEach((span, k) => {
      const claimIndex = group.claims[Math.min(k, group.claims.length - 1)]!;
      const held = found.get(key(span));
      // Words a longer sentence also holds (a quote over two sentences) belong to the tighter sentence.
      if (held && held.sentenceLength <= group.sentence.length) return;
      found.set(key(span), { span, claimIndex, by: 'sentence', sentenceLength: group.sentence.length });
    });
    yield;
  }
  // A sentence the page does not hold as written (split over elements, cut at the analysis's length
  // limit): its quote is looked for by its words, among the places no other claim holds. Not the
  // headline's: its sentence is not in the article's text at all.
  const body = normalizeNeedle(analysis.text);
  for (const group of unplaced) {
    if (!body.includes(group.sentence)) continue;
    let k = 0;
    for (const span of article.findSpans(group.quote, 'quote', MAX_PLACES)) {
      if (found.has(key(span))) continue;
      const claimIndex = group.claims[Math.min(k++, group.claims.length - 1)]!;
      found.set(key(span), { span, claimIndex, by: 'words', sentenceLength: group.sentence.length });
    }
    yield;
  }
  return [...found.values()].sort((a, b) => a.span.start - b.span.start).map(({ span, claimIndex, by }) => ({ span, claimIndex, by }));
}

/** The same at once (the single-task path of the benchmarks). */
export function claimQuotesAtOnce(article: ArticleText, analysis: Pick<Analysis, 'text' | 'claims'>): ClaimQuote[] {
  const steps = claimQuotes(article, analysis);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

function groupClaims(claims: Analysis['claims']): ClaimGroup[] {
  const groups = new Map<string, ClaimGroup>();
  claims.forEach((claim, index) => {
    if (!claim.quote) return;
    const sentence = normalizeNeedle(claim.text);
    const quote = normalizeNeedle(claim.quote);
    if (quote.length < 2) return;
    // Normalized text holds no line break: "\n" cannot occur in either part of the key.
    const key = `${sentence}\n${quote}`;
    const group = groups.get(key);
    if (group) group.claims.push(index);
    else groups.set(key, { sentence, quote, claims: [index] });
  });
  return [...groups.values()];
}
