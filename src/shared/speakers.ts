// One colour and one set of initials per speaker, the same in the popup, in the quote card and on
// the page: speakers get a palette slot in the order they first speak in the analysis, so every
// side computes it from the same claims. The palette is the only home of the speaker colours: the
// popup and the card read it here, and the build writes the page's ::highlight rules from it
// (speakerHighlightCss, appended to content.css). Speakers' names are marked in a colour derived
// from the speaker's (speakerNameColour), so they too need no second list.
import type { Claim } from '../analysis/types';
import { NAME_PARTICLES } from './name-particles';
import { hexToLinear, inGamut, linearToBytes, linearToHex, linearToOklab, luminance, oklabToLinear } from './oklab';

/**
 * Twelve light colours, any two at least 0.09 apart in OKLab (several just-noticeable differences)
 * and each with a contrast of at least 7 against SPEAKER_TEXT, so quotes stay readable on light
 * and dark pages. Chosen by farthest-point selection over OKLCH hues at three lightness levels; the
 * first ones are the most distinct, for articles with few speakers. Beyond twelve speakers colours
 * repeat and the initials tell speakers apart.
 */
export const SPEAKER_COLOURS: readonly string[] = [
  '#85cd75', '#fbaeff', '#55c4fe', '#fe9b61', '#7affef', '#ffe47e',
  '#ff8fb4', '#bbccfe', '#d3b63b', '#0fd3c3', '#febab4', '#b2fca1',
];
/** Quotes with no known speaker: a neutral grey. */
export const UNATTRIBUTED_COLOUR = '#dee2e6';
/** Text drawn on a speaker colour (quotes on the page, initials in the popup and the card). */
export const SPEAKER_TEXT = '#1b1f23';

export const PALETTE_SIZE = SPEAKER_COLOURS.length;
/** Slot of quotes with no known speaker (a neutral colour). */
export const UNATTRIBUTED_SLOT = 'x';
/** Initials shown for quotes with no known speaker. */
export const UNATTRIBUTED_INITIALS = '?';

export type SpeakerSlot = `${number}` | typeof UNATTRIBUTED_SLOT;
/** Every slot: one per palette colour, then the unattributed one. */
export const SPEAKER_SLOTS: readonly SpeakerSlot[] = [...SPEAKER_COLOURS.map((_, i): SpeakerSlot => `${i}`), UNATTRIBUTED_SLOT];

export function speakerSlots(claims: readonly Claim[]): Map<string, SpeakerSlot> {
  const slots = new Map<string, SpeakerSlot>();
  for (const claim of claims) {
    if (claim.speaker === null || slots.has(claim.speaker)) continue;
    slots.set(claim.speaker, `${slots.size % PALETTE_SIZE}`);
  }
  return slots;
}

export function slotOf(slots: Map<string, SpeakerSlot>, speaker: string | null): SpeakerSlot {
  return (speaker !== null ? slots.get(speaker) : undefined) ?? UNATTRIBUTED_SLOT;
}

export function speakerColour(slot: SpeakerSlot): string {
  return slot === UNATTRIBUTED_SLOT ? UNATTRIBUTED_COLOUR : (SPEAKER_COLOURS[Number(slot) % PALETTE_SIZE] ?? UNATTRIBUTED_COLOUR);
}

/** What tells a speaker apart besides the colour. */
export interface SpeakerBadge {
  slot: SpeakerSlot;
  initials: string;
}


function letters(word: string): string[] {
  return [...word.normalize('NFC')].filter((ch) => /\p{L}/u.test(ch));
}

/** A word of a description that counts for its initials: four letters or more ("a senior official" → SO). */
const DESCRIPTION_WORD = 4;

/**
 * Initials of a speaker: the first letters of the first and last words of a name ("Dali Mpofu" →
 * DM, "Jean-Luc Mélenchon" → JM, "Charles de Gaulle" → CG), two letters of a single word
 * ("Govender" → Go); a description in lower case is known by its names ("a Spotify executive" →
 * Sp), else by its longer words ("a senior official" → SO, "the force" → Fo).
 */
export function initialsOf(speaker: string): string {
  const words = speaker
    .split(/[\s\u00a0]+/u)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((w) => w !== '' && !NAME_PARTICLES.has(w.toLowerCase()));
  const description = !/^\p{Lu}/u.test(speaker.trim());
  const named = description ? words.filter((w) => /^\p{Lu}/u.test(w)) : words;
  const chosen = named.length > 0 ? named : words.filter((w) => letters(w).length >= DESCRIPTION_WORD);
  const picked = chosen.length > 0 ? chosen : words;
  if (picked.length === 0) return UNATTRIBUTED_INITIALS;
  if (picked.length === 1) {
    const [first = '', second = ''] = letters(picked[0]!);
    return first.toUpperCase() + second.toLowerCase();
  }
  return ((letters(picked[0]!)[0] ?? '') + (letters(picked[picked.length - 1]!)[0] ?? '')).toUpperCase();
}

/**
 * Slot and initials of every speaker of the analysis. Speakers whose initials collide get a number
 * in order of appearance ("JS", "JS2"), so two speakers never show the same initials.
 */
export function speakerBadges(claims: readonly Claim[]): Map<string, SpeakerBadge> {
  const badges = new Map<string, SpeakerBadge>();
  const taken = new Map<string, number>();
  for (const [speaker, slot] of speakerSlots(claims)) {
    const base = initialsOf(speaker);
    const seen = (taken.get(base) ?? 0) + 1;
    taken.set(base, seen);
    badges.set(speaker, { slot, initials: seen === 1 ? base : `${base}${seen}` });
  }
  return badges;
}

export function badgeOf(badges: Map<string, SpeakerBadge>, speaker: string | null): SpeakerBadge {
  return (speaker !== null ? badges.get(speaker) : undefined) ?? { slot: UNATTRIBUTED_SLOT, initials: UNATTRIBUTED_INITIALS };
}

/**
 * Speakers' names recur all over an article, so they are marked lightly: a tint and an underline in
 * a mid-tone of the speaker's colour, the text keeping the page's own colour. A mid-tone (relative
 * luminance in this band) underlines with a contrast of at least 3 on light and on dark pages, its
 * tint stays light on a light page and dark on a dark one: never a dark block (twenty dark blocks
 * make a page look redacted), never a glare.
 */
const NAME_LUMINANCE = { min: 0.16, max: 0.24 } as const;
/** A thin underline needs more chroma than the pastel it comes from (as far as sRGB allows). */
const NAME_CHROMA = 1.5;
/** Opacity of the tint behind a speaker's name (its underline colour). */
const NAME_TINT_ALPHA = 0.14;

const nameColours = new Map<SpeakerSlot, string>();

/**
 * The mid-tone of a speaker's colour that marks the speaker's name: the same OKLab hue, the
 * palette's lighter colours a little lighter within NAME_LUMINANCE (so colours that differ in
 * lightness stay apart), the most chroma sRGB holds there.
 */
export function speakerNameColour(slot: SpeakerSlot): string {
  const known = nameColours.get(slot);
  if (known) return known;
  const lightness = SPEAKER_COLOURS.map((colour) => linearToOklab(hexToLinear(colour))[0]);
  const [lo, hi] = [Math.min(...lightness), Math.max(...lightness)];
  const [L, a, b] = linearToOklab(hexToLinear(speakerColour(slot)));
  const place = slot === UNATTRIBUTED_SLOT || hi === lo ? 0.5 : (L - lo) / (hi - lo);
  const colour = midTone(Math.atan2(b, a), Math.hypot(a, b) * NAME_CHROMA, NAME_LUMINANCE.min + place * (NAME_LUMINANCE.max - NAME_LUMINANCE.min));
  nameColours.set(slot, colour);
  return colour;
}

/** The tint behind a speaker's name: its name colour, mostly transparent. */
export function speakerNameTint(slot: SpeakerSlot): string {
  const [r, g, b] = linearToBytes(hexToLinear(speakerNameColour(slot)));
  return `rgba(${r}, ${g}, ${b}, ${NAME_TINT_ALPHA})`;
}

/** The colour of OKLab hue `hue` with relative luminance `target`, at `chroma` or less (in sRGB). */
function midTone(hue: number, chroma: number, target: number): string {
  for (let scale = 1; scale > 0; scale -= 0.01) {
    const [a, b] = [Math.cos(hue) * chroma * scale, Math.sin(hue) * chroma * scale];
    let [low, high] = [0, 1];
    for (let step = 0; step < 40; step++) {
      const mid = (low + high) / 2;
      if (luminance(oklabToLinear([mid, a, b])) < target) low = mid;
      else high = mid;
    }
    const rgb = oklabToLinear([low, a, b]);
    if (inGamut(rgb)) return linearToHex(rgb);
  }
  return linearToHex([target, target, target]);
}

/** The names of the page's highlights of one speaker slot: its quotes and its name. */
export interface SpeakerHighlightNames {
  quote: (slot: SpeakerSlot) => string;
  name: (slot: SpeakerSlot) => string;
}

/**
 * The page's per-speaker highlights, two rules per slot (the build appends them to content.css): a
 * quote sets both colours, so it reads the same on light and dark pages; a name is tinted and
 * underlined in the speaker's name colour and keeps the page's text colour.
 */
export function speakerHighlightCss(names: SpeakerHighlightNames): string {
  return (
    SPEAKER_SLOTS.flatMap((slot) => [
      `::highlight(${names.quote(slot)}) { background-color: ${speakerColour(slot)}; color: ${SPEAKER_TEXT}; }`,
      `::highlight(${names.name(slot)}) { text-decoration: underline solid ${speakerNameColour(slot)} 2px; background-color: ${speakerNameTint(slot)}; }`,
    ]).join('\n') + '\n'
  );
}

/** Claims grouped by speaker, in order of first appearance; unattributed claims last. */
export function claimsBySpeaker(claims: readonly Claim[]): Array<{ speaker: string | null; claims: Array<{ claim: Claim; index: number }> }> {
  const groups = new Map<string | null, Array<{ claim: Claim; index: number }>>();
  claims.forEach((claim, index) => {
    const list = groups.get(claim.speaker) ?? [];
    list.push({ claim, index });
    groups.set(claim.speaker, list);
  });
  const named = [...groups].filter(([speaker]) => speaker !== null);
  const unnamed = groups.get(null);
  return [...named, ...(unnamed ? [[null, unnamed] as const] : [])].map(([speaker, list]) => ({ speaker, claims: list }));
}
