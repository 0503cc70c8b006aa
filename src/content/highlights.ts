// Inline highlights drawn with the CSS Custom Highlight API: no change to the page's DOM. One
// highlight per quote colour (one colour per speaker, as in the popup), one for speakers' names and
// one for key entities; colours live in content.css (::highlight(context-lens-…)).
import type { Analysis } from '../analysis/types';
import type { HighlightCounts } from '../shared/messages';
import type { SiteSettings } from '../shared/site-settings';
import { PALETTE_SIZE, UNATTRIBUTED_SLOT, slotOf, speakerSlots, type SpeakerSlot } from '../shared/speakers';
import { PageText, type Pause } from './text-ranges';

export const HIGHLIGHT_PREFIX = 'context-lens-';
export const SPEAKER_HIGHLIGHT = 'context-lens-speaker';
export const ENTITY_HIGHLIGHT = 'context-lens-entity';
export const FLASH_HIGHLIGHT = 'context-lens-flash';
export const quoteHighlight = (slot: SpeakerSlot): string => `context-lens-quote-${slot}`;
const QUOTE_SLOTS: SpeakerSlot[] = [...Array.from({ length: PALETTE_SIZE }, (_, i): SpeakerSlot => `${i}`), UNATTRIBUTED_SLOT];

/** Entities highlighted on the page: the most important ones, not the speakers (they have their own). */
const KEY_ENTITIES = 10;
const MIN_NAME_LENGTH = 3;

export interface QuoteMark {
  range: Range;
  claimIndex: number;
  slot: SpeakerSlot;
}

/** Where the analysis's quotes, speakers and key entities are in the live page. */
export interface PageMarks {
  quotes: QuoteMark[];
  speakers: Range[];
  entities: Range[];
  /** The page text the marks were found in, reused to find claims and entities on request. */
  page: PageText;
}

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Finds the marks in slices: `pause` lets the page run between them (see PageText.build). */
export async function findMarks(root: HTMLElement, analysis: Analysis, pause: Pause = () => null): Promise<PageMarks> {
  const page = await PageText.build(root, pause);
  const find = async (needle: string): Promise<Range[]> => {
    const wait = pause();
    if (wait) await wait;
    return page.find(needle);
  };
  const slots = speakerSlots(analysis.claims);
  const seenQuotes = new Set<string>();
  const quotes: QuoteMark[] = [];
  for (const [claimIndex, claim] of analysis.claims.entries()) {
    if (!claim.quote || seenQuotes.has(claim.quote)) continue;
    seenQuotes.add(claim.quote);
    const slot = slotOf(slots, claim.speaker);
    for (const range of await find(claim.quote)) quotes.push({ range, claimIndex, slot });
  }
  const speakerNames = new Set(slots.keys());
  const speakers: Range[] = [];
  for (const name of speakerNames) if (name.length >= MIN_NAME_LENGTH) speakers.push(...(await find(name)));
  const entityNames = analysis.entities
    .filter((entity) => !speakerNames.has(entity.text))
    .slice(0, KEY_ENTITIES)
    .flatMap((entity) => [entity.text, ...entity.aliases])
    .filter((name) => name.length >= MIN_NAME_LENGTH && !speakerNames.has(name));
  const entities: Range[] = [];
  for (const name of entityNames) entities.push(...(await find(name)));
  return { quotes, speakers, entities, page };
}

function setHighlight(name: string, ranges: Range[], priority: number): void {
  if (ranges.length === 0) {
    CSS.highlights.delete(name);
    return;
  }
  const highlight = new Highlight(...ranges);
  highlight.priority = priority;
  CSS.highlights.set(name, highlight);
}

/** Draws the categories the settings turn on (replacing what was drawn: nothing piles up). */
export function paint(marks: PageMarks | null, settings: SiteSettings): HighlightCounts {
  const on = (category: keyof SiteSettings['categories']): boolean => !!marks && settings.highlights && settings.categories[category];
  const counts: HighlightCounts = { quotes: 0, speakers: 0, entities: 0 };
  if (!highlightsSupported()) return counts;
  for (const slot of QUOTE_SLOTS) {
    const ranges = on('quotes') ? marks!.quotes.filter((q) => q.slot === slot).map((q) => q.range) : [];
    setHighlight(quoteHighlight(slot), ranges, 2);
    counts.quotes += ranges.length;
  }
  const speakers = on('speakers') ? marks!.speakers : [];
  setHighlight(SPEAKER_HIGHLIGHT, speakers, 1);
  counts.speakers = speakers.length;
  const entities = on('entities') ? marks!.entities : [];
  setHighlight(ENTITY_HIGHLIGHT, entities, 0);
  counts.entities = entities.length;
  return counts;
}

/** Removes every highlight of the extension. */
export function clearHighlights(): void {
  if (!highlightsSupported()) return;
  for (const name of [...CSS.highlights.keys()]) if (name.startsWith(HIGHLIGHT_PREFIX)) CSS.highlights.delete(name);
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

/** Every direct quote of the analysis in the page, found at once. */
export function quoteRanges(doc: Document, analysis: Analysis): Range[] {
  if (!doc.body) return [];
  const page = new PageText(doc.body);
  const quotes = [...new Set(analysis.claims.flatMap((claim) => (claim.quote ? [claim.quote] : [])))];
  return quotes.flatMap((quote) => page.find(quote));
}

/** Draws `ranges` as quotes (one colour). */
export function showHighlights(ranges: Range[]): number {
  if (!highlightsSupported()) return 0;
  setHighlight(quoteHighlight(UNATTRIBUTED_SLOT), ranges, 2);
  return ranges.length;
}

export const hideHighlights = clearHighlights;
