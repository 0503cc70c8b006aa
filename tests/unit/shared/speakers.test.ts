import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/analysis/types';
import { PALETTE_SIZE, UNATTRIBUTED_SLOT, claimsBySpeaker, slotOf, speakerSlots } from '../../../src/shared/speakers';

const claim = (speaker: string | null, quote: string): Claim => ({
  kind: 'direct', quote, speaker, cue: 'said', text: `"${quote}," ${speaker ?? 'someone'} said.`, rationale: null, rationaleCue: null, trace: [],
});

describe('speaker colours and groups', () => {
  const claims = [claim('Obama', 'a'), claim(null, 'b'), claim('Sopel', 'c'), claim('Obama', 'd')];

  it('gives each speaker a slot in order of first appearance, the unattributed a neutral one', () => {
    const slots = speakerSlots(claims);
    expect(slotOf(slots, 'Obama')).toBe('0');
    expect(slotOf(slots, 'Sopel')).toBe('1');
    expect(slotOf(slots, null)).toBe(UNATTRIBUTED_SLOT);
    expect(slotOf(slots, 'Nobody')).toBe(UNATTRIBUTED_SLOT);
  });

  it('reuses the palette beyond its size', () => {
    const many = Array.from({ length: PALETTE_SIZE + 2 }, (_, i) => claim(`S${i}`, `q${i}`));
    expect(slotOf(speakerSlots(many), `S${PALETTE_SIZE + 1}`)).toBe('1');
  });

  it('groups claims by speaker, keeping analysis indices, unattributed last', () => {
    expect(claimsBySpeaker(claims).map((g) => [g.speaker, g.claims.map((c) => c.index)])).toEqual([
      ['Obama', [0, 3]],
      ['Sopel', [2]],
      [null, [1]],
    ]);
  });
});
