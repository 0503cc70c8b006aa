// Inline highlights drawn with the CSS Custom Highlight API: no change to the page's DOM. One
// highlight per speaker colour for quotes and one for speakers' names (the speaker's colour, as in
// the popup), one for key entities; the rules live in content.css (::highlight(context-lens-…)),
// the per-speaker ones written by the build from the speaker palette.
import type { Analysis } from '../analysis/types';
import type { HighlightCounts } from '../shared/messages';
import type { SiteSettings } from '../shared/site-settings';
import { SPEAKER_SLOTS, UNATTRIBUTED_SLOT, slotOf, speakerSlots, type SpeakerSlot } from '../shared/speakers';
import { ArticleText, type Span } from './article-text';
import { claimQuotes, claimQuotesAtOnce } from './claim-quotes';
import { PageText, type Pause } from './text-ranges';

export const HIGHLIGHT_PREFIX = 'context-lens-';
export const ENTITY_HIGHLIGHT = 'context-lens-entity';
export const FLASH_HIGHLIGHT = 'context-lens-flash';
export const quoteHighlight = (slot: SpeakerSlot): string => `context-lens-quote-${slot}`;
export const speakerHighlight = (slot: SpeakerSlot): string => `context-lens-speaker-${slot}`;

/** Entities highlighted on the page: the most important ones, not the speakers (they have their own). */
const KEY_ENTITIES = 10;
/** Shorter names are not highlighted (nor looked for). */
export const MIN_NAME_LENGTH = 3;

export interface QuoteMark {
  range: Range;
  claimIndex: number;
  slot: SpeakerSlot;
}

/** A speaker's name in the page, in that speaker's colour. */
export interface SpeakerMark {
  range: Range;
  slot: SpeakerSlot;
}

/** Where the analysis's quotes, speakers and key entities are in the live page. */
export interface PageMarks {
  quotes: QuoteMark[];
  speakers: SpeakerMark[];
  entities: Range[];
  /** The article's text in the page, reused to find claims and entities on request. */
  article: ArticleText;
}

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/**
 * Finds the marks in the article's own text (src/content/article-text.ts), in slices: `pause`
 * lets the page run between them. Each quote only between its quotation marks, in its claim's
 * sentence and in its claim's speaker colour (src/content/claim-quotes.ts); names only as whole words.
 */
export async function findMarks(root: HTMLElement, analysis: Analysis, pause: Pause = () => null): Promise<PageMarks> {
  const page = await PageText.build(root, pause);
  const article = await ArticleText.locateInSlices(page, analysis.text, pause);
  const slice = async (): Promise<void> => {
    const wait = pause();
    if (wait) await wait;
  };
  const slots = speakerSlots(analysis.claims);
  const quotes: QuoteMark[] = [];
  const steps = claimQuotes(article, analysis);
  let step = steps.next();
  while (!step.done) {
    await slice();
    step = steps.next();
  }
  for (const { span, claimIndex } of step.value) {
    const range = article.range(span);
    if (range) quotes.push({ range, claimIndex, slot: slotOf(slots, analysis.claims[claimIndex]?.speaker ?? null) });
  }
  const speakers: SpeakerMark[] = [];
  const taken: Span[] = [];
  // Longer names first: "Barack Obama" keeps his colour where a speaker "Obama" would overlap it.
  for (const [name, slot] of [...slots].sort(([a], [b]) => b.length - a.length)) {
    if (name.length < MIN_NAME_LENGTH) continue;
    await slice();
    for (const span of article.findSpans(name, 'words')) {
      if (taken.some((other) => span.start < other.end && other.start < span.end)) continue;
      taken.push(span);
      const range = article.range(span);
      if (range) speakers.push({ range, slot });
    }
  }
  const speakerNames = new Set(slots.keys());
  const entities: Range[] = [];
  for (const name of keyEntityNames(analysis, speakerNames)) {
    await slice();
    entities.push(...article.find(name, 'words'));
  }
  return { quotes, speakers, entities, article };
}

/** The names of the key entities that are not speakers (they have their own highlight). */
export function keyEntityNames(analysis: Analysis, speakerNames: ReadonlySet<string>): string[] {
  return analysis.entities
    .filter((entity) => !speakerNames.has(entity.text))
    .slice(0, KEY_ENTITIES)
    .flatMap((entity) => [entity.text, ...entity.aliases])
    .filter((name) => name.length >= MIN_NAME_LENGTH && !speakerNames.has(name));
}

/** Names of the highlights drawn now (not counting the flash), to notice when the page removes them. */
const drawnNames = new Set<string>();

function setHighlight(name: string, ranges: Range[], priority: number): void {
  if (ranges.length === 0) {
    CSS.highlights.delete(name);
    drawnNames.delete(name);
    return;
  }
  const highlight = new Highlight(...ranges);
  highlight.priority = priority;
  CSS.highlights.set(name, highlight);
  if (name !== FLASH_HIGHLIGHT) drawnNames.add(name);
}

/** False when the page itself has removed (e.g. CSS.highlights.clear()) a highlight we drew. */
export function highlightsRegistered(): boolean {
  try {
    for (const name of drawnNames) if (CSS.highlights.get(name) === undefined) return false;
    return true;
  } catch {
    return true; // cannot tell: leave the highlights as they are
  }
}

/** Draws the categories the settings turn on (replacing what was drawn: nothing piles up). */
export function paint(marks: PageMarks | null, settings: SiteSettings): HighlightCounts {
  const on = (category: keyof SiteSettings['categories']): boolean => !!marks && settings.highlights && settings.categories[category];
  const counts: HighlightCounts = { quotes: 0, speakers: 0, entities: 0 };
  if (!highlightsSupported()) return counts;
  for (const slot of SPEAKER_SLOTS) {
    const quotes = on('quotes') ? marks!.quotes.filter((q) => q.slot === slot).map((q) => q.range) : [];
    setHighlight(quoteHighlight(slot), quotes, 2);
    counts.quotes += quotes.length;
    const speakers = on('speakers') ? marks!.speakers.filter((s) => s.slot === slot).map((s) => s.range) : [];
    setHighlight(speakerHighlight(slot), speakers, 1);
    counts.speakers += speakers.length;
  }
  const entities = on('entities') ? marks!.entities : [];
  setHighlight(ENTITY_HIGHLIGHT, entities, 0);
  counts.entities = entities.length;
  return counts;
}

/** Removes every highlight of the extension. */
export function clearHighlights(): void {
  if (!highlightsSupported()) return;
  // By name: a Firefox content script cannot iterate the registry ("Xray wrapping of iterators not supported").
  for (const name of [...drawnNames, FLASH_HIGHLIGHT]) CSS.highlights.delete(name);
  drawnNames.clear();
}

/** Briefly highlights a range (after scrolling to it from the popup). */
export function flash(range: Range, ms = 1800): void {
  if (!highlightsSupported()) return;
  setHighlight(FLASH_HIGHLIGHT, [range], 3);
  setTimeout(() => {
    const current = CSS.highlights.get(FLASH_HIGHLIGHT);
    if (current?.has(range)) CSS.highlights.delete(FLASH_HIGHLIGHT);
  }, ms);
}

/** The quote mark under the pointer, hit-tested against the marks' boxes (highlights are not elements). */
export function quoteAt(marks: PageMarks | null, x: number, y: number): QuoteMark | null {
  if (!marks) return null;
  for (const mark of marks.quotes) {
    for (const rect of mark.range.getClientRects()) {
      if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return mark;
    }
  }
  return null;
}

// The single-task path of the first content script, kept for scripts/lib/bench-page.ts
// (npm run bench:analysis), which replays it to time analysis against Readability. The extension
// itself finds marks in slices (findMarks) and analyses in the background.

/** Every direct quote of the analysis in the page's article text (in its claim's sentence), found at once. */
export function quoteRanges(doc: Document, analysis: Analysis): Range[] {
  if (!doc.body) return [];
  const article = ArticleText.locate(new PageText(doc.body), analysis.text);
  return claimQuotesAtOnce(article, analysis).flatMap(({ span }) => article.range(span) ?? []);
}

/** Draws `ranges` as quotes (one colour). */
export function showHighlights(ranges: Range[]): number {
  if (!highlightsSupported()) return 0;
  setHighlight(quoteHighlight(UNATTRIBUTED_SLOT), ranges, 2);
  return ranges.length;
}

export const hideHighlights = clearHighlights;
