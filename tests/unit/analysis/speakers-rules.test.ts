import { describe, expect, it } from 'vitest';
import { claimWith, run } from './helpers';

describe('speaker rules (issue 3)', () => {
  it('en: a reporting form after a preposition or determiner is a noun, not the cue', () => {
    const a = run('Jane Doe, a spokeswoman, spoke to reporters.\n\nIn cases of dispute, national bodies would decide whether the passenger had a case, she said.');
    expect(claimWith(a, 'national bodies would decide')).toMatchObject({ speaker: 'Jane Doe', cue: 'said' });
  });

  it('en: a name right before a trailing cue is its subject, whatever titles precede it', () => {
    const a = run('"It is a preposterous piece of legislation," Ryanair deputy chief executive Michael Cawley told the BBC.');
    expect(claimWith(a, 'preposterous piece')?.speaker).toBe('Michael Cawley');
  });

  it('en: a person introduced after a comma is the antecedent of a later "he added"', () => {
    const a = run('"We reckon it will cost passengers," Mr Andy Clarke said.\n\nOn Wednesday, Jacques Barrot, vice president of the Commission, said that the changes were necessary. "This is a concrete example of how the Union works," he added.');
    expect(claimWith(a, 'concrete example')?.speaker).toBe('Jacques Barrot');
  });

  it('en: a name inside a quote is not an antecedent', () => {
    const a = run('The skipper Wade Bassi knows halibut.\n\nA sign advertised “First of the Season Fresh Alaskan Halibut Johnson” at the counter.\n\n“When you look at nice halibut, it is pure white,” he said.');
    expect(claimWith(a, 'pure white')?.speaker).toMatch(/Wade Bassi/u);
  });
});
