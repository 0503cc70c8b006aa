// One colour and one set of initials per speaker, the same in the popup, in the quote card and on
// the page: speakers get a palette slot in the order they first speak in the analysis, so every
// side computes it from the same claims. The palette is the only home of the speaker colours: the
// popup and the card read it here, and the build writes the page's ::highlight rules from it
// (speakerHighlightCss, appended to content.css).
import type { Claim } from '../analysis/types';
import { NAME_PARTICLES } from './name-particles';

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

/** The page's quote highlights, one rule per slot (the build appends them to content.css). Each
 * sets both colours, so a quote reads the same on light and dark pages. */
export function speakerHighlightCss(highlightName: (slot: SpeakerSlot) => string): string {
  return SPEAKER_SLOTS.map((slot) => `::highlight(${highlightName(slot)}) { background-color: ${speakerColour(slot)}; color: ${SPEAKER_TEXT}; }`).join('\n') + '\n';
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
