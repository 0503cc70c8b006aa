// One colour per speaker, the same in the popup and on the page: speakers get a palette slot in
// the order they first speak in the analysis, so both sides compute it from the same claims.
import type { Claim } from '../analysis/types';

export const PALETTE_SIZE = 6;
/** Slot of quotes with no known speaker (a neutral colour). */
export const UNATTRIBUTED_SLOT = 'x';

export type SpeakerSlot = `${number}` | typeof UNATTRIBUTED_SLOT;

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
