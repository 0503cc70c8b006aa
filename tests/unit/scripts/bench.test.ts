import { describe, expect, it } from 'vitest';
import { formatTable, lastSummary } from '../../../scripts/lib/bench-summary';
import { syntheticArticle, wordCount } from '../../../scripts/lib/bench-synthetic';

const source = (id: string, text: string) => ({ id, date: '2022-06', title: `Title ${id}`, text });

describe('syntheticArticle', () => {
  const a = source('a', 'Joe Biden said: “We knew it was coming.”\n\nThe talks went on for hours in Kyiv.');
  const b = source('b', 'Le ministre a déclaré « nous ne céderons pas ».');

  it('cycles the real paragraphs in order until the word count is reached', () => {
    const doc = syntheticArticle('synthetic', [a, b], 200);
    expect(wordCount(doc)).toBeGreaterThanOrEqual(200);
    const paragraphs = doc.text.split('\n\n');
    expect(paragraphs.slice(0, 4)).toEqual([
      'Joe Biden said: “We knew it was coming.”',
      'The talks went on for hours in Kyiv.',
      'Le ministre a déclaré « nous ne céderons pas ».',
      'Joe Biden said: “We knew it was coming.”',
    ]);
    expect(doc.title).toBe('Title a');
    expect(doc.id).toBe('synthetic');
  });

  it('refuses sources without quotes or without text', () => {
    expect(() => syntheticArticle('s', [source('c', 'No quote here at all.')], 50)).toThrow(/no quotes/);
    expect(() => syntheticArticle('s', [source('d', '  ')], 50)).toThrow(/no paragraphs/);
  });
});

describe('bench summary lines', () => {
  const summary = { summary: true, bench: 'analysis', status: 'partial', targetsMet: false, figures: { ratioMedian: 0.4 }, note: 'absent' };

  it('takes the summary from the last line only', () => {
    expect(lastSummary(`{"page":"x"}\n${JSON.stringify(summary)}\n`)).toEqual(summary);
    expect(lastSummary(`${JSON.stringify(summary)}\n{"page":"x"}`)).toBeNull();
  });

  it('rejects output that is not a summary', () => {
    expect(lastSummary('')).toBeNull();
    expect(lastSummary('Error: boom')).toBeNull();
    expect(lastSummary(JSON.stringify({ ...summary, status: 'fine' }))).toBeNull();
    expect(lastSummary(JSON.stringify({ ...summary, figures: null }))).toBeNull();
  });

  it('pads table columns to the widest cell', () => {
    expect(formatTable(['a', 'bb'], [['xxx', 'y']]).split('\n')).toEqual(['a    bb', '---  --', 'xxx  y']);
  });
});
