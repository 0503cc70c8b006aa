// The analysed article's paragraphs, found again in the live page: only there are names and quotes
// highlighted, never in the menus, sticky headers, tag lists, sidebars, "related" blocks or
// headings around the article, which repeat its names.
//
// The extraction reads an inert clone of the page (Readability may rebuild it), so its blocks are
// mapped back by their text: each paragraph of the analysed text is matched to a block of the
// page holding exactly that text (else to a block containing it, else sentence by sentence), and
// among the places a paragraph occurs, the ones kept are those that put the most article text in
// the article's order, in the tightest stretch of the page (a teaser repeating the lead above the
// article, a paragraph quoted again in a sidebar below it, lose to the copy among the others).
import { isBetweenQuoteMarks } from './quote-marks';
import { BLOCK_END, normalizeNeedle, type PageText, type Pause } from './text-ranges';
import { isWholeWords } from './word-bounds';

/** A part of the page text, [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** Places one paragraph (or sentence) may be in the page; more are not considered. */
const MAX_PLACES = 32;
/** A sentence shorter than this is too common to place by itself (when its paragraph is not found whole). */
const MIN_SENTENCE_CHARS = 24;
/** Sentences placed one by one over the whole article, at most: bounds the work on a pathological page. */
const MAX_SENTENCES = 2_000;
/** Sentence ends, for placing a paragraph the page splits or changes. */
const SENTENCE_END = /(?<=[.!?…»”"])\s+(?=\S)/u;

/** What a found string must be: whole words (names), between quotation marks (quotes), or any text. */
export type FindMode = 'words' | 'quote' | 'text';

interface Piece {
  /** Characters of article text the piece stands for (what a placement scores). */
  weight: number;
  places: Span[];
}

export class ArticleText {
  /**
   * The article's text as placed on the page: its spans of the page text, in page order, joined by
   * BLOCK_END. Offsets into it ("article offsets") are what findSpans returns and `within` bounds.
   */
  readonly text: string;
  /** Where each span starts in `text`. */
  private readonly starts: number[] = [];

  constructor(readonly page: PageText, readonly spans: readonly Span[]) {
    const parts: string[] = [];
    let at = 0;
    for (const span of spans) {
      this.starts.push(at);
      parts.push(page.text.slice(span.start, span.end));
      at += span.end - span.start + BLOCK_END.length;
    }
    this.text = parts.join(BLOCK_END);
  }

  /** Places the paragraphs of `articleText` (separated by blank lines) in `page`, at once. */
  static locate(page: PageText, articleText: string): ArticleText {
    const steps = placeArticle(page.text, articleText);
    let step = steps.next();
    while (!step.done) step = steps.next();
    return new ArticleText(page, step.value);
  }

  /** The same in slices, pausing when `pause` says so. */
  static async locateInSlices(page: PageText, articleText: string, pause: Pause): Promise<ArticleText> {
    const steps = placeArticle(page.text, articleText);
    let step = steps.next();
    while (!step.done) {
      const wait = pause();
      if (wait) await wait;
      step = steps.next();
    }
    return new ArticleText(page, step.value);
  }

  /** Ranges of the occurrences of `needle` in the article that fit `mode`, at most `max`. */
  find(needle: string, mode: FindMode, max = 20): Range[] {
    return this.findSpans(needle, mode, max).flatMap((span) => this.range(span) ?? []);
  }

  /**
   * The occurrences of `needle` in the article that fit `mode`, at most `max`, as article offsets
   * (never overlapping); `within` (article offsets) limits the search to a part of the article.
   */
  findSpans(needle: string, mode: FindMode, max = 20, within?: Span): Span[] {
    const wanted = normalizeNeedle(needle);
    if (wanted.length < 2) return [];
    const found: Span[] = [];
    const text = this.page.text;
    const from = within?.start ?? 0;
    const last = (within?.end ?? this.text.length) - wanted.length;
    for (let at = this.text.indexOf(wanted, from); at >= 0 && at <= last && found.length < max; at = this.text.indexOf(wanted, at + 1)) {
      const start = this.pageOffset(at);
      const end = start + wanted.length;
      if (mode === 'words' && !isWholeWords(text, start, end)) continue;
      if (mode === 'quote' && !isBetweenQuoteMarks(text, start, end, BLOCK_END)) continue;
      found.push({ start: at, end: at + wanted.length });
      at += wanted.length - 1; // occurrences do not overlap
    }
    return found;
  }

  /** The DOM Range of a part of the article (article offsets), or null when it is not text of the page. */
  range(span: Span): Range | null {
    const start = this.pageOffset(span.start);
    return this.page.range(start, start + (span.end - span.start));
  }

  /** Page-text offset of an article offset. */
  private pageOffset(articleOffset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= articleOffset) lo = mid;
      else hi = mid - 1;
    }
    return this.spans[lo]!.start + (articleOffset - this.starts[lo]!);
  }
}

/**
 * Spans of `pageText` holding the paragraphs of `articleText`, in page order. A generator that
 * yields between paragraphs, so a caller can let the page run (see ArticleText.locateInSlices).
 */
export function* placeArticle(pageText: string, articleText: string): Generator<void, Span[]> {
  const blocks = blocksByText(pageText);
  yield;
  const pieces: Piece[] = [];
  let sentencesLeft = MAX_SENTENCES;
  for (const raw of articleText.split(/\n\s*\n/)) {
    const paragraph = normalizeNeedle(raw);
    if (paragraph.length === 0) continue;
    const whole = blocks.get(paragraph) ?? occurrences(pageText, paragraph);
    if (whole.length > 0) {
      pieces.push({ weight: paragraph.length, places: whole.slice(0, MAX_PLACES) });
    } else {
      // The page splits or changes this paragraph: place its sentences one by one.
      for (const sentence of paragraph.split(SENTENCE_END)) {
        if (sentence.length < MIN_SENTENCE_CHARS || sentencesLeft <= 0) continue;
        sentencesLeft--;
        const places = occurrences(pageText, sentence);
        if (places.length > 0) pieces.push({ weight: sentence.length, places });
      }
    }
    yield;
  }
  return bestOrderedPlaces(pieces);
}

/** Each block of the page (a line of the page text) by its trimmed text. */
function blocksByText(pageText: string): Map<string, Span[]> {
  const blocks = new Map<string, Span[]>();
  let start = 0;
  while (start < pageText.length) {
    let end = pageText.indexOf(BLOCK_END, start);
    if (end < 0) end = pageText.length;
    let from = start;
    let to = end;
    while (from < to && pageText[from] === ' ') from++;
    while (to > from && pageText[to - 1] === ' ') to--;
    if (to > from) {
      const key = pageText.slice(from, to);
      const list = blocks.get(key);
      if (list) list.push({ start: from, end: to });
      else blocks.set(key, [{ start: from, end: to }]);
    }
    start = end + 1;
  }
  return blocks;
}

function occurrences(pageText: string, needle: string): Span[] {
  const found: Span[] = [];
  for (let at = pageText.indexOf(needle); at >= 0 && found.length < MAX_PLACES; at = pageText.indexOf(needle, at + needle.length)) {
    found.push({ start: at, end: at + needle.length });
  }
  return found;
}

interface Choice {
  score: number;
  /** Page offset where the chosen place ends. */
  end: number;
  /** Page offset where the chain's first place starts. */
  chainStart: number;
  span: Span;
  previous: Choice | null;
}

/**
 * Prefers more article text placed, then the tighter chain (the later first place): the article
 * is one stretch of the page, and the copies of its paragraphs around it are not part of it.
 */
const better = (a: Choice | null, b: Choice | null): Choice | null => {
  if (!a) return b;
  if (!b) return a;
  return b.score > a.score || (b.score === a.score && b.chainStart > a.chainStart) ? b : a;
};

/**
 * Picks at most one place per piece, places increasing in page order, maximizing the article text
 * placed (a weighted longest increasing subsequence, with a Fenwick tree of best chains by end),
 * and among those the tightest.
 */
function bestOrderedPlaces(pieces: readonly Piece[]): Span[] {
  const offsets = [...new Set(pieces.flatMap((p) => p.places.flatMap((s) => [s.start, s.end])))].sort((a, b) => a - b);
  const index = new Map(offsets.map((offset, i) => [offset, i + 1]));
  const tree: Array<Choice | null> = new Array<Choice | null>(offsets.length + 1).fill(null);
  const bestEndingBy = (offset: number): Choice | null => {
    let best: Choice | null = null;
    for (let i = index.get(offset) ?? 0; i > 0; i -= i & -i) best = better(best, tree[i] ?? null);
    return best;
  };
  const insert = (choice: Choice): void => {
    for (let i = index.get(choice.end) ?? 0; i > 0 && i < tree.length; i += i & -i) tree[i] = better(tree[i] ?? null, choice);
  };
  let last: Choice | null = null;
  const extent = (choice: Choice): number => choice.end - choice.chainStart;
  for (const piece of pieces) {
    const choices = piece.places.map((span): Choice => {
      const previous = bestEndingBy(span.start);
      return { score: piece.weight + (previous?.score ?? 0), end: span.end, chainStart: previous?.chainStart ?? span.start, span, previous };
    });
    for (const choice of choices) {
      insert(choice);
      if (!last || choice.score > last.score || (choice.score === last.score && extent(choice) < extent(last))) last = choice;
    }
  }
  const spans: Span[] = [];
  for (let choice = last; choice; choice = choice.previous) spans.push(choice.span);
  return spans.reverse();
}
