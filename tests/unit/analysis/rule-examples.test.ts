// Every rule of every table carries examples; this runs the whole analysis on each and checks that
// the rule fired there (yielded a value, or decided as a guard). A rule whose example no longer
// fires has been shadowed or broken by another change.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis';
import { allRules, collectFired } from '../../../src/analysis/rules/engine';

// The analysis registers its tables when it is imported.
const rules = [...allRules().values()];

describe('rule examples', () => {
  it('registers the rule tables of every concern', () => {
    const concerns = new Set(rules.map((r) => r.concern));
    for (const c of ['cue', 'subject', 'source', 'quote', 'reported', 'claim', 'rationale', 'entity']) expect(concerns).toContain(c);
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s fires on its examples', (_id, rule) => {
    expect(rule.examples.length, 'a rule needs at least one example').toBeGreaterThan(0);
    expect(rule.why.length).toBeGreaterThan(10);
    for (const example of rule.examples) {
      expect(rule.lang === 'fr+en' || rule.lang === example.lang, `example language ${example.lang} for a ${rule.lang} rule`).toBe(true);
      const { fired } = collectFired(() => analyze({ title: '', text: example.text, langHint: example.lang }));
      // A learned decision's outcomes form a family: any of them shows the decision was taken.
      const accepted = rule.family ? rules.filter((r) => r.family === rule.family).map((r) => r.id) : [rule.id];
      expect([...fired].filter((id) => accepted.includes(id)), `"${example.text}" should fire ${accepted.join(' or ')}`).not.toEqual([]);
    }
  });
});
