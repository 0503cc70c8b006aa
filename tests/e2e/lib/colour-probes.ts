// One colour per speaker, on the page as in the popup: reads the colours the browser computes for
// the page's quote and speaker-name highlights (getComputedStyle(element, '::highlight(name)'))
// and for the popup's speaker groups, and checks that each quote range has the popup's colour for
// the claim whose sentence holds it, and each name mark the popup's colours for that speaker.
// Functions passed to page.evaluate run in the browser: no named helpers inside them.
import { expect } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BLOCK_TAGS } from '../../../src/extraction/block-text';
import { speakerColour, speakerNameColour, type SpeakerSlot } from '../../../src/shared/speakers';
import type { ExtensionApi } from './extension';

export interface PageMark {
  kind: 'quote' | 'speaker';
  /** Speaker slot, from the highlight's name (context-lens-quote-<slot>, context-lens-speaker-<slot>). */
  slot: string;
  text: string;
  /** What the browser paints for the range: its highlight's computed background and underline colours. */
  background: string;
  underline: string;
  /** The text of the block holding the range (whitespace collapsed), and where the range starts in it. */
  block: string;
  offset: number;
}

/** Every quote and speaker-name range of the extension on the page, with its computed colours. */
export async function pageMarks(tab: Page): Promise<PageMark[]> {
  return tab.evaluate((blockTags: string[]) => {
    const blocks = new Set(blockTags);
    const marks: PageMark[] = [];
    for (const [name, highlight] of CSS.highlights) {
      const kind = name.startsWith('context-lens-quote-') ? 'quote' : name.startsWith('context-lens-speaker-') ? 'speaker' : null;
      if (!kind) continue;
      for (const range of highlight) {
        if (!(range instanceof Range)) continue;
        const start = range.startContainer;
        const element = start instanceof Element ? start : start.parentElement;
        if (!element) continue;
        const style = getComputedStyle(element, `::highlight(${name})`);
        let block: Element = element;
        while (block.parentElement && !blocks.has(block.tagName.toUpperCase())) block = block.parentElement;
        const head = document.createRange();
        head.setStart(block, 0);
        head.setEnd(range.startContainer, range.startOffset);
        marks.push({
          kind,
          slot: name.slice(name.lastIndexOf('-') + 1),
          text: String(range),
          background: style.backgroundColor,
          underline: style.textDecorationColor,
          block: (block.textContent ?? '').replace(/[\u00ad\u200b\u2060\ufeff]/g, '').replace(/\s+/g, ' '),
          offset: String(head).replace(/[\u00ad\u200b\u2060\ufeff]/g, '').replace(/\s+/g, ' ').length,
        });
      }
    }
    return marks;
  }, [...BLOCK_TAGS]);
}

export interface PopupSpeaker {
  slot: string;
  speaker: string;
  /** The claims of the group (analysis indices). */
  claims: number[];
  /** Computed background of the initials: the speaker's colour, the quotes'. */
  colour: string;
  /** Computed underline and background of the speaker's name, as the page marks names. */
  nameUnderline: string;
  nameBackground: string;
}

/** The popup's speaker groups and their computed colours. */
export async function popupSpeakers(popup: Page): Promise<PopupSpeaker[]> {
  return popup.$$eval('.speaker-group', (groups) =>
    groups.map((group) => {
      const name = group.querySelector('.claim-speaker');
      const nameStyle = name ? getComputedStyle(name) : null;
      return {
        slot: group.getAttribute('data-speaker-slot') ?? '',
        speaker: (name?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        claims: [...group.querySelectorAll('li[data-claim-indices]')].flatMap((li) =>
          (li.getAttribute('data-claim-indices') ?? '').split(' ').filter((x) => x !== '').map(Number),
        ),
        colour: getComputedStyle(group.querySelector('.initials') ?? group).backgroundColor,
        nameUnderline: nameStyle?.textDecorationColor ?? '',
        nameBackground: nameStyle?.backgroundColor ?? '',
      };
    }),
  );
}

export interface AnalysedClaim {
  quote: string | null;
  text: string;
  speaker: string | null;
}

/** The claims of a tab's analysis, as the background holds them (the popup's source). */
export async function analysedClaims(extensionPage: Page, tabId: number): Promise<AnalysedClaim[]> {
  return extensionPage.evaluate(async (id: number) => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
    const api = g.browser ?? g.chrome;
    if (!api) throw new Error('no extension API in this page');
    const state = (await api.runtime.sendMessage({ type: 'get-tab-state', tabId: id })) as { analysis?: { claims: AnalysedClaim[] } } | undefined;
    return (state?.analysis?.claims ?? []).map((c) => ({ quote: c.quote, text: c.text, speaker: c.speaker }));
  }, tabId);
}

/** "#rrggbb" as the browser computes it: "rgb(r, g, b)". */
const computed = (hex: string): string => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

const clean = (text: string): string => text.replace(/[\u00ad\u200b\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim();

/** Where `needle` occurs in `haystack`. */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/**
 * The claims a quote range belongs to: claims with its words whose sentence, in the range's block,
 * holds it; of those, the ones with the tightest sentence.
 */
export function owningClaims(mark: PageMark, claims: readonly AnalysedClaim[]): number[] {
  const words = clean(mark.text);
  const holding = claims.flatMap((claim, index) => {
    if (claim.quote === null || clean(claim.quote) !== words) return [];
    const sentence = clean(claim.text);
    const holds = occurrences(mark.block, sentence).some((at) => at <= mark.offset && mark.offset + words.length <= at + sentence.length);
    return holds ? [{ index, length: sentence.length }] : [];
  });
  const tightest = Math.min(...holding.map((h) => h.length));
  return holding.filter((h) => h.length === tightest).map((h) => h.index);
}

export interface ColourCheck {
  quotes: number;
  names: number;
  speakers: number;
}

/**
 * Checks, from what the browser computes, that every quote range on the page has the popup's
 * colour for the claim whose sentence holds it (and its slot), and every speaker-name mark the
 * popup's name colours for that speaker (and the speaker's slot).
 */
export async function expectColoursAsInPopup(tab: Page, popup: Page, extensionPage: Page, tabId: number, label: string): Promise<ColourCheck> {
  const [marks, groups, claims] = [await pageMarks(tab), await popupSpeakers(popup), await analysedClaims(extensionPage, tabId)];
  const groupOf = new Map(groups.flatMap((group) => group.claims.map((index) => [index, group] as const)));
  const quotes = marks.filter((m) => m.kind === 'quote');
  for (const mark of quotes) {
    const where = `${label}: quote "${clean(mark.text).slice(0, 60)}" in "${mark.block.slice(Math.max(0, mark.offset - 60), mark.offset + 80)}"`;
    const owners = owningClaims(mark, claims);
    expect(owners.length, `${where} lies in the sentence of a claim with those words`).toBeGreaterThan(0);
    const expected = owners.flatMap((index) => groupOf.get(index) ?? []);
    expect(expected.length, `${where}: its claim is listed in the popup`).toBeGreaterThan(0);
    expect(expected.map((g) => g.slot), `${where}: slot`).toContain(mark.slot);
    expect(expected.map((g) => g.colour), `${where}: colour`).toContain(mark.background);
    expect(mark.background, `${where}: the palette's colour of its slot`).toBe(computed(speakerColour(mark.slot as SpeakerSlot)));
  }
  const names = marks.filter((m) => m.kind === 'speaker');
  const named = new Set<string>();
  for (const mark of names) {
    const where = `${label}: speaker name "${clean(mark.text)}"`;
    const group = groups.find((g) => g.slot !== 'x' && g.speaker === clean(mark.text));
    expect(group, `${where} is a speaker of the popup`).toBeDefined();
    expect(mark.slot, `${where}: slot`).toBe(group!.slot);
    expect(mark.underline, `${where}: underline`).toBe(group!.nameUnderline);
    expect(mark.underline, `${where}: the name colour of its slot`).toBe(computed(speakerNameColour(mark.slot as SpeakerSlot)));
    expect(mark.background, `${where}: tint`).toBe(group!.nameBackground);
    named.add(group!.speaker);
  }
  // The colours compared are real: the speakers' colours differ from each other.
  const slots = new Set(groups.filter((g) => g.slot !== 'x').slice(0, 12).map((g) => g.colour));
  expect(slots.size, `${label}: the popup's first twelve speakers have their own colours`).toBe(Math.min(12, groups.filter((g) => g.slot !== 'x').length));
  return { quotes: quotes.length, names: names.length, speakers: named.size };
}
