// Lint of the analysis's word lists: every list sorted and free of duplicates, one form per entry
// (lowercase, straight apostrophes), and no form both added to and blocked from the reporting verbs.
import { describe, expect, it } from 'vitest';
import { WORD_CLASSES } from '../../../src/analysis/lexicon/word-classes';
import { GAZETTEER_LISTS } from '../../../src/analysis/lexicon/gazetteers';
import { EXTRA_REPORTING_VERBS_EN, EXTRA_REPORTING_VERBS_FR, REPORTING_VERB_BLOCKLIST } from '../../../src/analysis/lexicon/reporting-verbs-extra';

const lists: Array<[string, readonly string[]]> = [
  ...Object.entries(WORD_CLASSES).map(([id, c]): [string, readonly string[]] => [`word class ${id}`, c.words]),
  ...Object.entries(GAZETTEER_LISTS).map(([id, c]): [string, readonly string[]] => [`gazetteer ${id}`, c.words]),
  ['reporting verbs added (en)', EXTRA_REPORTING_VERBS_EN],
  ['reporting verbs added (fr)', EXTRA_REPORTING_VERBS_FR],
  ['reporting verbs blocked', REPORTING_VERB_BLOCKLIST],
];

describe('word lists', () => {
  it.each(lists)('%s is sorted, without duplicates, in normal form', (_name, words) => {
    expect(words.length).toBeGreaterThan(0);
    const sorted = [...words].sort();
    expect(words).toEqual(sorted);
    expect(new Set(words).size).toBe(words.length);
    for (const w of words) {
      expect(w, w).toBe(w.trim());
      expect(w, w).toBe(w.toLowerCase());
      expect(w, w).not.toMatch(/[’‘]/u);
    }
  });

  it('every word class says why it exists', () => {
    for (const [id, c] of Object.entries(WORD_CLASSES)) {
      expect(c.why.length, id).toBeGreaterThan(20);
      expect(['fr', 'en', 'fr+en']).toContain(c.lang);
    }
  });

  it('no reporting-verb form is both added and blocked', () => {
    const blocked = new Set(REPORTING_VERB_BLOCKLIST);
    expect([...EXTRA_REPORTING_VERBS_EN, ...EXTRA_REPORTING_VERBS_FR].filter((w) => blocked.has(w))).toEqual([]);
  });
});
