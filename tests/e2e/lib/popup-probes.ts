// Reads the popup's type and its claims list as drawn (computed styles), to compare browsers and
// check the list's shape. Functions passed to page.evaluate run in the browser: no named helpers
// inside them (tsx's keepNames would wrap them in a __name() call the page does not have).
import type { Page } from 'puppeteer-core';

/** Popup elements whose computed type the two browsers must draw the same (the first match of each). */
export const TYPE_SELECTORS = [
  'body',
  'h1.article-title',
  'section[data-section] h2',
  '.speaker-group h3',
  '.initials',
  '.claim-speaker',
  '.claim-text',
  'mark.claim-quote',
  '.claim-cue',
  '.claim-rationale',
  '.entity-group h3',
  '.entity-name',
  '.mentions',
  '.related-title',
  '.related-date',
  '.why',
  'fieldset.highlights legend',
  '.toggle',
  '.hint',
  'footer',
  'button.link',
] as const;

export interface TypeSample {
  fontSize: string;
  lineHeight: string;
  fontWeight: string;
}

/** Computed font size, line height and weight of the first element of each selector (absent ones are left out). */
export async function typeSizes(page: Page, selectors: readonly string[] = TYPE_SELECTORS): Promise<Record<string, TypeSample>> {
  return page.evaluate((list: string[]) => {
    const out: Record<string, { fontSize: string; lineHeight: string; fontWeight: string }> = {};
    for (const selector of list) {
      const el = document.querySelector(selector);
      if (!el) continue;
      const style = getComputedStyle(el);
      out[selector] = { fontSize: style.fontSize, lineHeight: style.lineHeight, fontWeight: style.fontWeight };
    }
    return out;
  }, [...selectors]);
}

/** The smallest computed font size of any visible text on the page, and where it is. */
export async function smallestText(page: Page): Promise<{ px: number; where: string; text: string }> {
  return page.evaluate(() => {
    let smallest = { px: Infinity, where: '', text: '' };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('[hidden], [aria-hidden="true"] svg')) continue;
      const px = parseFloat(getComputedStyle(parent).fontSize);
      if (px < smallest.px) smallest = { px, where: `${parent.tagName.toLowerCase()}.${[...parent.classList].join('.')}`, text: text.slice(0, 40) };
    }
    return smallest;
  });
}

export interface DrawnSpeakerGroup {
  slot: string;
  speaker: string;
  initials: string;
  /** Computed background of the initials. */
  colour: string;
  /** Computed background of each quoted fragment marked in the group's sentences. */
  fragmentColours: string[];
  /** Each entry's sentence. */
  sentences: string[];
}

/** The claims list as drawn: per speaker group, its badge and colours and its sentences. */
export async function speakerGroups(popup: Page): Promise<DrawnSpeakerGroup[]> {
  return popup.$$eval('.speaker-group', (groups) =>
    groups.map((group) => ({
      slot: group.getAttribute('data-speaker-slot') ?? '',
      speaker: group.querySelector('.claim-speaker')?.textContent ?? '',
      initials: (group.querySelector('.initials')?.textContent ?? '').trim(),
      colour: getComputedStyle(group.querySelector('.initials') ?? group).backgroundColor,
      fragmentColours: [...group.querySelectorAll('mark.claim-quote')].map((mark) => getComputedStyle(mark).backgroundColor),
      sentences: [...group.querySelectorAll('li[data-claim-kind] .claim-text')].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()),
    })),
  );
}
