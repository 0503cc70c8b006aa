import { describe, expect, it } from 'vitest';
import { FR_PARTICIPLE_GROUPS, PARTICIPLE_ENDINGS, participleEndings } from '../../../src/analysis/lexicon/participles';

describe('participle endings (one home)', () => {
  it('builds one alternation per choice of groups: each ending once, the longest first', () => {
    const endings = participleEndings('frI', 'frIs').split('|');
    expect(endings.filter((e) => e === 'is')).toHaveLength(1);
    expect(new Set(endings)).toEqual(new Set(['i', 'ie', 'is', 'ies', 'ise', 'ises']));
    for (let k = 1; k < endings.length; k++) expect((endings[k - 1] as string).length).toBeGreaterThanOrEqual((endings[k] as string).length);
  });

  it('lists every agreement of a group (masculine, feminine, plurals), lowercase, sorted as the groups are read', () => {
    for (const group of FR_PARTICIPLE_GROUPS.filter((g) => g !== 'frIs')) {
      const [base] = PARTICIPLE_ENDINGS[group];
      expect(PARTICIPLE_ENDINGS[group]).toEqual([base, `${base}e`, `${base}s`, `${base}es`]);
    }
    expect(PARTICIPLE_ENDINGS.frIs).toEqual(['is', 'ise', 'ises']);
  });

  it('keeps present-tense forms out of the endings a French cue veto reads (« précise », « salue »)', () => {
    const notPresent = new RegExp(`(?:${participleEndings('frNotPresent')})$`, 'u');
    for (const participle of ['précisé', 'précisées', 'admis', 'reconnu']) expect(notPresent.test(participle)).toBe(true);
    for (const present of ['précise', 'salue', 'affirme', 'dit']) expect(notPresent.test(present)).toBe(false);
  });
});
