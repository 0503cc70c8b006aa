import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/analysis/types';
import {
  PALETTE_SIZE,
  SPEAKER_COLOURS,
  SPEAKER_TEXT,
  UNATTRIBUTED_COLOUR,
  UNATTRIBUTED_SLOT,
  badgeOf,
  claimsBySpeaker,
  initialsOf,
  slotOf,
  speakerBadges,
  speakerColour,
  speakerHighlightCss,
  speakerNameColour,
  speakerNameTint,
  speakerSlots,
  SPEAKER_SLOTS,
} from '../../../src/shared/speakers';

const claim = (speaker: string | null, quote: string): Claim => ({
  kind: 'direct', quote, speaker, cue: 'said', text: `"${quote}," ${speaker ?? 'someone'} said.`, rationale: null, rationaleCue: null, trace: [],
});

// Colour arithmetic (sRGB → linear → OKLab, WCAG contrast), to check the palette as drawn.
type Rgb = [number, number, number];
const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as Rgb;
const linear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
function oklab(hex: string): Rgb {
  const [r, g, b] = rgb(hex).map(linear) as Rgb;
  const l = Math.cbrt(0.4122214708 * r + 0.5363020932 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s, 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s, 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s];
}
const distance = (a: string, b: string): number => Math.hypot(...oklab(a).map((v, i) => v - oklab(b)[i]!));
const luminance = (hex: string): number => {
  const [r, g, b] = rgb(hex).map(linear) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('speaker palette', () => {
  it('has at least twelve colours, any two clearly apart (OKLab distance ≥ 0.09, about four just-noticeable differences)', () => {
    expect(SPEAKER_COLOURS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(SPEAKER_COLOURS).size).toBe(SPEAKER_COLOURS.length);
    for (const [i, a] of SPEAKER_COLOURS.entries()) {
      for (const b of SPEAKER_COLOURS.slice(i + 1)) expect(distance(a, b), `${a} vs ${b}`).toBeGreaterThanOrEqual(0.09);
      expect(distance(a, UNATTRIBUTED_COLOUR), `${a} vs the unattributed grey`).toBeGreaterThanOrEqual(0.09);
    }
  });

  it('keeps the text drawn on each colour readable (contrast ≥ 7)', () => {
    for (const colour of [...SPEAKER_COLOURS, UNATTRIBUTED_COLOUR]) expect(contrast(colour, SPEAKER_TEXT), colour).toBeGreaterThanOrEqual(7);
  });

  it('writes two page highlight rules per slot: quotes in the slot colour, names in its name colour', () => {
    const css = speakerHighlightCss({ quote: (slot) => `q-${slot}`, name: (slot) => `n-${slot}` });
    expect(css.match(/::highlight\(/g)).toHaveLength(2 * (PALETTE_SIZE + 1));
    expect(css).toContain(`::highlight(q-0) { background-color: ${SPEAKER_COLOURS[0]}; color: ${SPEAKER_TEXT}; }`);
    expect(css).toContain(`::highlight(q-${PALETTE_SIZE - 1}) { background-color: ${SPEAKER_COLOURS[PALETTE_SIZE - 1]}`);
    expect(css).toContain(`::highlight(q-x) { background-color: ${UNATTRIBUTED_COLOUR}`);
    expect(css).toContain(`::highlight(n-0) { text-decoration: underline solid ${speakerNameColour('0')} 2px; background-color: ${speakerNameTint('0')}; }`);
    expect(css).toContain(`::highlight(n-${PALETTE_SIZE - 1}) { text-decoration: underline solid ${speakerNameColour(`${PALETTE_SIZE - 1}`)}`);
    // A name keeps the page's text colour: only quotes set it.
    expect(css.split('\n').filter((rule) => rule.startsWith('::highlight(n-') && /[{;]\s*color:/.test(rule))).toEqual([]);
  });
});

describe("speakers' name colours", () => {
  const nameColours = SPEAKER_SLOTS.map(speakerNameColour);
  const hue = (hex: string): number => {
    const [, a, b] = oklab(hex);
    return (Math.atan2(b, a) * 180) / Math.PI;
  };
  const hueGap = (x: number, y: number): number => Math.abs(((x - y + 540) % 360) - 180);

  it('is a mid-tone of the same hue as the speaker colour (the grey of the unattributed stays grey)', () => {
    for (const slot of SPEAKER_SLOTS.filter((s) => s !== UNATTRIBUTED_SLOT)) {
      const [colour, name] = [speakerColour(slot), speakerNameColour(slot)];
      expect(hueGap(hue(colour), hue(name)), `${colour} → ${name}`).toBeLessThanOrEqual(4);
      expect(luminance(name), name).toBeGreaterThanOrEqual(0.15);
      expect(luminance(name), name).toBeLessThanOrEqual(0.25);
    }
    const [, a, b] = oklab(speakerNameColour(UNATTRIBUTED_SLOT));
    expect(Math.hypot(a, b)).toBeLessThan(0.02);
  });

  it('keeps the speakers apart: twelve name colours, any two at least 0.06 apart in OKLab', () => {
    expect(new Set(nameColours).size).toBe(SPEAKER_SLOTS.length);
    for (const [i, a] of nameColours.entries()) {
      for (const b of nameColours.slice(i + 1)) expect(distance(a, b), `${a} vs ${b}`).toBeGreaterThanOrEqual(0.06);
    }
  });

  it("keeps the palette's order of lightness (a lighter speaker colour gives a lighter name colour)", () => {
    const bySpeaker = [...SPEAKER_COLOURS.keys()].sort((i, j) => oklab(SPEAKER_COLOURS[i]!)[0] - oklab(SPEAKER_COLOURS[j]!)[0]);
    const names = bySpeaker.map((i) => luminance(speakerNameColour(`${i}`)));
    for (let k = 1; k < names.length; k++) expect(names[k]! + 0.005).toBeGreaterThanOrEqual(names[k - 1]!);
  });

  it('tints with the name colour, mostly transparent', () => {
    expect(speakerNameTint('2')).toMatch(/^rgba\(\d+, \d+, \d+, 0\.\d+\)$/);
    const [r, g, b] = rgb(speakerNameColour('2')).map((c) => Math.round(c * 255));
    expect(speakerNameTint('2')).toContain(`rgba(${r}, ${g}, ${b}, `);
  });
});

describe('speaker colours and groups', () => {
  const claims = [claim('Obama', 'a'), claim(null, 'b'), claim('Sopel', 'c'), claim('Obama', 'd')];

  it('gives each speaker a slot in order of first appearance, the unattributed a neutral one', () => {
    const slots = speakerSlots(claims);
    expect(slotOf(slots, 'Obama')).toBe('0');
    expect(slotOf(slots, 'Sopel')).toBe('1');
    expect(slotOf(slots, null)).toBe(UNATTRIBUTED_SLOT);
    expect(slotOf(slots, 'Nobody')).toBe(UNATTRIBUTED_SLOT);
    expect(speakerColour('1')).toBe(SPEAKER_COLOURS[1]);
    expect(speakerColour(UNATTRIBUTED_SLOT)).toBe(UNATTRIBUTED_COLOUR);
  });

  it('twenty speakers: the first twelve get twelve different colours, then colours repeat', () => {
    const many = Array.from({ length: 20 }, (_, i) => claim(`Speaker ${String.fromCharCode(65 + i)}`, `q${i}`));
    const slots = speakerSlots(many);
    const colours = many.slice(0, 12).map((c) => speakerColour(slotOf(slots, c.speaker)));
    expect(new Set(colours).size).toBe(12);
    expect(slotOf(slots, `Speaker ${String.fromCharCode(65 + PALETTE_SIZE + 1)}`)).toBe('1');
  });

  it('groups claims by speaker, keeping analysis indices, unattributed last', () => {
    expect(claimsBySpeaker(claims).map((g) => [g.speaker, g.claims.map((c) => c.index)])).toEqual([
      ['Obama', [0, 3]],
      ['Sopel', [2]],
      [null, [1]],
    ]);
  });
});

describe('speaker initials', () => {
  it('takes the first letters of a name, two letters of a single word, names inside a description', () => {
    expect(initialsOf('Dali Mpofu')).toBe('DM');
    expect(initialsOf('Jean-Luc Mélenchon')).toBe('JM');
    expect(initialsOf('Charles de Gaulle')).toBe('CG');
    expect(initialsOf('Emmanuel Macron')).toBe('EM');
    expect(initialsOf('Govender')).toBe('Go');
    expect(initialsOf('Éric Zemmour')).toBe('ÉZ');
    expect(initialsOf('a Spotify executive')).toBe('Sp');
    expect(initialsOf('the force')).toBe('Fo');
    expect(initialsOf('a senior official')).toBe('SO');
    expect(initialsOf('Le projet de loi')).toBe('PL');
    expect(initialsOf('Plymouth police')).toBe('PP');
    expect(initialsOf('“Mark” O’Neill')).toBe('MO');
    expect(initialsOf('   ')).toBe('?');
  });

  it('never gives two speakers of an article the same initials', () => {
    const badges = speakerBadges([claim('John Smith', 'a'), claim('Jane Smith', 'b'), claim('Joe Sixpack', 'c'), claim('Dali Mpofu', 'd')]);
    expect([...badges.values()].map((b) => b.initials)).toEqual(['JS', 'JS2', 'JS3', 'DM']);
    expect(badges.get('Jane Smith')?.slot).toBe('1');
    expect(badgeOf(badges, null)).toEqual({ slot: UNATTRIBUTED_SLOT, initials: '?' });
  });
});
