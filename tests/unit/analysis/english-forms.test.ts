import { describe, expect, it } from 'vitest';
import { englishBases, inClassInflected } from '../../../src/analysis/lexicon/english-forms';

describe('englishBases', () => {
  it('gives the base forms of regular verb inflections, checked against the verb lexicon', () => {
    expect(englishBases('struggles')).toContain('struggle');
    expect(englishBases('prompting')).toContain('prompt');
    expect(englishBases('causing')).toContain('cause');
    expect(englishBases('stopped')).toContain('stop');
    expect(englishBases('tried')).toContain('try');
    expect(englishBases('urges')).toContain('urge');
  });

  it('strips plural endings without a lexicon, and invents no verb', () => {
    expect(englishBases('opportunities')).toContain('opportunity');
    expect(englishBases('platforms')).toContain('platform');
    expect(englishBases('boss')).toEqual(['boss']);
    expect(englishBases('bed')).toEqual(['bed']); // "b" is no verb
    expect(englishBases('ring')).toEqual(['ring']);
  });

  it('reads a class of base forms inflected', () => {
    const set = new Set(['struggle', 'prompt']);
    expect(inClassInflected(set, 'struggled')).toBe(true);
    expect(inClassInflected(set, 'prompts')).toBe(true);
    expect(inClassInflected(set, 'stroll')).toBe(false);
  });
});
