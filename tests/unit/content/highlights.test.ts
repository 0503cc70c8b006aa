// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../src/analysis/types';
import { findMarks, quoteHighlight } from '../../../src/content/highlights';

const analysis: Analysis = {
  lang: 'en',
  supported: true,
  title: 't',
  text: '',
  entities: [
    { text: 'Barack Obama', type: 'PER', mentions: 3, aliases: ['Obama'], trace: [] },
    { text: 'Congress', type: 'ORG', mentions: 2, aliases: [], trace: [] },
  ],
  claims: [
    { kind: 'direct', quote: 'distressing', speaker: 'Barack Obama', cue: 'said', text: 'x', rationale: null, rationaleCue: null, trace: [] },
    { kind: 'direct', quote: 'not enough', speaker: 'Jon Sopel', cue: 'wrote', text: 'y', rationale: null, rationaleCue: null, trace: [] },
    { kind: 'direct', quote: 'unheard', speaker: null, cue: null, text: 'z', rationale: null, rationaleCue: null, trace: [] },
  ],
};

describe('findMarks', () => {
  it('finds quotes with their speaker slot, speakers, and key entities other than speakers', async () => {
    document.body.innerHTML =
      '<p>Barack Obama said it was "<b>distress</b>ing". Congress did not act.</p><p>"not enough", wrote Jon Sopel.</p>';
    const marks = await findMarks(document.body, analysis);
    let pauses = 0;
    const sliced = await findMarks(document.body, analysis, () => (pauses++, Promise.resolve()));
    expect(pauses).toBeGreaterThan(0);
    expect(sliced.quotes.map((q) => String(q.range))).toEqual(marks.quotes.map((q) => String(q.range)));
    expect(marks.quotes.map((q) => [String(q.range), q.slot, q.claimIndex])).toEqual([
      ['distressing', '0', 0],
      ['not enough', '1', 1],
    ]);
    expect(marks.speakers.map(String)).toEqual(['Barack Obama', 'Jon Sopel']);
    // "Barack Obama" is a speaker: only Congress is a key entity here.
    expect(marks.entities.map(String)).toEqual(['Congress']);
    expect(quoteHighlight('x')).toBe('context-lens-quote-x');
  });
});
