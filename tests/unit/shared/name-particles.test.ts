import { describe, expect, it } from 'vitest';
import { WORD_CLASSES } from '../../../src/analysis/lexicon/word-classes';
import { NAME_CONNECTORS, NAME_PARTICLES } from '../../../src/shared/name-particles';

describe('name particles', () => {
  it("are the analysis's name-connector words (one list, copied so the content script does not bundle the lexicon)", () => {
    expect([...NAME_CONNECTORS].sort()).toEqual([...WORD_CLASSES['name-connector'].words].sort());
    for (const word of NAME_CONNECTORS) expect(NAME_PARTICLES.has(word)).toBe(true);
    expect(NAME_PARTICLES.has('die')).toBe(true);
  });
});
