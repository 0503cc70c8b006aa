// The inline highlights must stay readable on light and dark pages (WCAG contrast ≥ 4.5). Each
// ::highlight rule of content.css is read as shipped (the build appends the quote and speaker-name
// rules written from the speaker palette, as here): rules that set both colours are checked
// alone; rules that leave the text colour to the page (speakers' names, entities) are checked over a typical light
// page (dark text on white) and a typical dark page (light text on near-black). Underlines are
// marks, not text: they need the non-text contrast of 3 against both page backgrounds. And no
// highlight paints a dark block on a light page (speakers' names recur: dark blocks look redacted).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quoteHighlight, speakerHighlight } from '../../../src/content/highlights';
import { SPEAKER_SLOTS, speakerHighlightCss } from '../../../src/shared/speakers';

type Rgba = [number, number, number, number];

const css = readFileSync(resolve(import.meta.dirname, '../../../src/content/content.css'), 'utf8') + speakerHighlightCss({ quote: quoteHighlight, name: speakerHighlight });
const rules = [...css.matchAll(/::highlight\(([\w-]+)\)\s*\{([^}]*)\}/g)].map(([, name, body]) => ({
  name: name!,
  color: property(body!, 'color'),
  background: property(body!, 'background-color'),
  decoration: decorationColor(body!),
}));

/** The colour of a text-decoration shorthand ("underline dotted #c2255c 2px"), if any. */
function decorationColor(body: string): Rgba | null {
  const value = new RegExp(`(?:^|;)\\s*text-decoration\\s*:\\s*([^;]+)`).exec(body)?.[1];
  const colour = value?.match(/#[0-9a-f]{6}|rgba?\([^)]*\)/i)?.[0];
  return colour ? parseColor(colour) : null;
}

function property(body: string, name: string): Rgba | null {
  const value = new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`).exec(body)?.[1]?.trim();
  return value ? parseColor(value) : null;
}

function parseColor(value: string): Rgba {
  const hex = /^#([0-9a-f]{6})$/i.exec(value);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)).concat(1) as Rgba;
  const rgba = /^rgba?\(([^)]+)\)$/.exec(value);
  if (rgba) {
    const [r, g, b, a = '1'] = rgba[1]!.split(',').map((x) => x.trim());
    return [Number(r), Number(g), Number(b), Number(a)];
  }
  throw new Error(`unreadable colour ${value}`);
}

/** `top` composited over an opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
}

function luminance([r, g, b]: Rgba): number {
  const channel = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const PAGES: Record<string, { text: Rgba; background: Rgba }> = {
  light: { text: [33, 37, 41, 1], background: [255, 255, 255, 1] },
  dark: { text: [232, 232, 232, 1], background: [18, 18, 18, 1] },
};

describe('inline highlight colours', () => {
  it('the stylesheet has the quote and speaker-name highlights of every speaker slot, the entity and flash highlights', () => {
    const names = rules.map((r) => r.name);
    for (const slot of SPEAKER_SLOTS) expect(names).toEqual(expect.arrayContaining([quoteHighlight(slot), speakerHighlight(slot)]));
    for (const wanted of ['context-lens-entity', 'context-lens-flash']) expect(names).toContain(wanted);
  });

  for (const [pageName, page] of Object.entries(PAGES)) {
    it(`every highlight keeps a contrast of at least 4.5 on a ${pageName} page`, () => {
      for (const rule of rules) {
        const background = rule.background ? over(rule.background, page.background) : page.background;
        const text = rule.color ?? page.text;
        expect(contrast(text, background), `${rule.name} on a ${pageName} page`).toBeGreaterThanOrEqual(4.5);
      }
    });

    it(`every underline stands out at a contrast of at least 3 on a ${pageName} page`, () => {
      const underlined = rules.filter((rule) => rule.decoration);
      expect(underlined.map((r) => r.name)).toEqual(expect.arrayContaining([...SPEAKER_SLOTS.map(speakerHighlight), 'context-lens-entity']));
      for (const rule of underlined) {
        const background = rule.background ? over(rule.background, page.background) : page.background;
        expect(contrast(rule.decoration!, background), `${rule.name} underline on a ${pageName} page`).toBeGreaterThanOrEqual(3);
      }
    });
  }

  it('no highlight is a dark block on a light page', () => {
    for (const rule of rules) {
      if (!rule.background) continue;
      // Relative luminance 0.4 is about #aaaaaa: anything darker reads as a solid dark block.
      expect(luminance(over(rule.background, PAGES.light!.background)), rule.name).toBeGreaterThanOrEqual(0.4);
    }
  });
});
