import { describe, expect, it } from 'vitest';
import { packSummary, unpackClaims, unpackNames, unpackSpeakers, unpackSummary } from '../../../src/memory/packed';
import { recordOf, type ArticleSummary } from '../../../src/memory/record';
import { summaryOf } from '../../../src/memory/store';
import { TRAM_VOTE } from './articles';

describe('packed summaries', () => {
  it('unpack to what was packed', () => {
    const summary = summaryOf(recordOf(TRAM_VOTE, new Date('2025-03-03T10:00:00Z'))!);
    const packed = packSummary(summary);
    expect(unpackSummary({ ...packed, lang: summary.lang, published: summary.published })).toEqual(summary);
    expect(unpackSpeakers(packed.speakers)).toEqual(summary.claims.map((c) => c.speaker ?? ''));
  });

  it('separators in page text become spaces; null and empty stay apart; no claim, no name', () => {
    const summary: ArticleSummary = {
      id: 'https://a.example/', url: 'https://a.example/', site: 'a.example', title: 't', lang: 'en', published: null, readAt: '2025-01-01T00:00:00.000Z',
      entities: [{ text: 'A\x1eB\x1fC', type: 'PER', mentions: 2, aliases: ['x\x1dy', ''] }],
      claims: [
        { kind: 'direct', speaker: null, cue: '', text: 'said \x1c\x1d\x1e\x1f', rationale: null },
        { kind: 'indirect', speaker: 'S', cue: null, text: '', rationale: '' },
      ],
    };
    const packed = packSummary(summary);
    expect(unpackNames(packed.names)).toEqual([{ text: 'A B C', type: 'PER', mentions: 2, aliases: ['x y', ''] }]);
    expect(unpackClaims(packed.claims)).toEqual([
      { kind: 'direct', speaker: null, cue: '', text: 'said     ', rationale: null },
      { kind: 'indirect', speaker: 'S', cue: null, text: '', rationale: '' },
    ]);
    expect(unpackSpeakers(packed.speakers)).toEqual(['', 'S']);
    expect(unpackNames(packSummary({ ...summary, entities: [], claims: [] }).names)).toEqual([]);
    expect(unpackClaims(packSummary({ ...summary, entities: [], claims: [] }).claims)).toEqual([]);
  });
});
