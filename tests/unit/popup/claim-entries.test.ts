import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/analysis/types';
import { claimEntries } from '../../../src/popup/claim-entries';

const make = (text: string, quote: string | null, extra: Partial<Claim> = {}): Claim => ({
  kind: quote ? 'direct' : 'indirect', quote, speaker: 'Dali Mpofu', cue: 'said', text, rationale: null, rationaleCue: null, trace: [], ...extra,
});
const indexed = (claims: Claim[]): Array<{ claim: Claim; index: number }> => claims.map((claim, index) => ({ claim, index }));
const marked = (entry: ReturnType<typeof claimEntries>[number]): string =>
  entry.segments.map((s) => (s.claimIndices.length ? `[${s.text}]` : s.text)).join('');

describe('claimEntries: one entry per sentence', () => {
  it('a sentence with three quoted fragments is one entry with the three fragments marked inside it', () => {
    const text = 'He said the state had “drawn a blank” and was prosecuting on an “interpretation of her tweets”, a “fishing expedition”.';
    const entries = claimEntries(indexed([make(text, 'drawn a blank'), make(text, 'interpretation of her tweets'), make(text, 'fishing expedition')]));
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry!.indices).toEqual([0, 1, 2]);
    expect(entry!.kind).toBe('direct');
    expect(marked(entry!)).toBe('He said the state had “[drawn a blank]” and was prosecuting on an “[interpretation of her tweets]”, a “[fishing expedition]”.');
    expect(entry!.segments.map((s) => s.text).join('')).toBe(text);
    expect(entry!.revealIndex).toBe(0);
    expect(entry!.cues).toEqual(['said']);
  });

  it('marks the quoted occurrence of words that also occur unquoted, and each fragment once', () => {
    const text = 'Spying is a strong word, but the police were “spying” on her, he said, calling it “spying”.';
    const entries = claimEntries(indexed([make(text, 'spying'), make(text, 'spying')]));
    expect(marked(entries[0]!)).toBe('Spying is a strong word, but the police were “[spying]” on her, he said, calling it “spying”.');
    expect(entries[0]!.segments.find((s) => s.claimIndices.length)?.claimIndices).toEqual([0, 1]);
    const distinct = claimEntries(indexed([make('A “fine” day, a “fine” mess.', 'fine'), make('A “fine” day, a “fine” mess.', 'fine mess')]));
    expect(marked(distinct[0]!)).toBe('A “[fine]” day, a “fine” mess.');
  });

  it('keeps sentences apart, in order of their first claim, with indirect claims of the same sentence inside', () => {
    const first = '“We will appeal,” Mpofu said, adding that the ruling was wrong.';
    const second = 'Mpofu said the hearing would resume on Monday.';
    const entries = claimEntries([
      { claim: make(first, 'We will appeal,'), index: 3 },
      { claim: make(second, null), index: 5 },
      { claim: make(first, null, { kind: 'indirect', cue: 'adding' }), index: 9 },
    ]);
    expect(entries.map((e) => e.indices)).toEqual([[3, 9], [5]]);
    expect(entries[0]!.kind).toBe('direct');
    expect(entries[0]!.cues).toEqual(['said', 'adding']);
    expect(entries[1]!.kind).toBe('indirect');
    expect(entries[1]!.segments).toEqual([{ text: second, claimIndices: [] }]);
    expect(entries[1]!.revealIndex).toBe(5);
  });

  it('shows a quote that is not in its sentence apart, and reveals the first fragment shown', () => {
    const text = 'She added: “It is over.”';
    const entries = claimEntries([
      { claim: make(text, 'It is over.'), index: 4 },
      { claim: make(text, 'We lost. It is over.'), index: 2 },
    ]);
    expect(entries[0]!.apart).toEqual([{ quote: 'We lost. It is over.', claimIndices: [2] }]);
    expect(entries[0]!.revealIndex).toBe(2);
  });

  it('lists each stated rationale once, none when the text states none', () => {
    const text = 'He resigned, “to protect the party”, he said.';
    const withReason = { rationale: 'to protect the party', rationaleCue: 'to' };
    const entries = claimEntries(indexed([make(text, 'to protect the party', withReason), make(text, null, withReason)]));
    expect(entries[0]!.rationales).toEqual([{ cue: 'to', text: 'to protect the party' }]);
    expect(claimEntries(indexed([make('x', null)]))[0]!.rationales).toEqual([]);
  });
});
