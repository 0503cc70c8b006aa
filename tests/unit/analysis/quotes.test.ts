import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/analysis/quotes';
import { claimWith, run } from './helpers';

describe('quote spans', () => {
  it('finds quotes in every mark style', () => {
    const inner = findQuotes('« Un » et “deux” puis "trois" et ‘quatre’ mais pas l’apostrophe.').map((q) => q.inner);
    expect(inner).toEqual(['Un', 'deux', 'trois', 'quatre']);
  });

  it('ends a multi-paragraph quote with its paragraph when the next one reopens it', () => {
    const text = '“Nothing like this has happened since the war,” he told donors. “I know a lot of people thought I was exaggerating.\n\n“But I knew we had the data.”';
    expect(findQuotes(text).map((q) => q.inner)).toEqual([
      'Nothing like this has happened since the war,',
      'I know a lot of people thought I was exaggerating.',
      'But I knew we had the data.',
    ]);
  });

  it('ends a straight-quoted sentence that lost its closing mark where the next quote opens', () => {
    const text = 'An official responded: "We pay more than France. Without it we would pay 14 times as much. "There can be no deal which does not protect the rebate."';
    expect(findQuotes(text).map((q) => q.inner)).toEqual(['We pay more than France. Without it we would pay 14 times as much.', 'There can be no deal which does not protect the rebate.']);
  });

  it('ends a quote introduced by a colon with its paragraph when its closing mark was lost', () => {
    expect(findQuotes('Mr Brady said: "I believe it is essential that Britain keeps the rebate.\n\nThe talks go on.').map((q) => q.inner)).toEqual(['I believe it is essential that Britain keeps the rebate.']);
  });

  it('recovers a quote whose opening mark was lost when an incise follows its closing mark', () => {
    const text = 'L\'élu explique s\'être "heurté à une organisation". Le mouvement est resté dans sa logique de 2017. Mais il ne produit plus d\'idées nouvelles", estime-t-il. Le parti doit "avoir sa raison d\'être".';
    expect(findQuotes(text).map((q) => q.inner)).toEqual(['heurté à une organisation', 'Le mouvement est resté dans sa logique de 2017. Mais il ne produit plus d\'idées nouvelles', 'avoir sa raison d\'être']);
    expect(findQuotes('Il y avait "cinq surveillants". Notamment, il n\'y avait personne sur son trajet", a déclaré la ministre.').map((q) => q.inner)).toEqual(['cinq surveillants', 'Notamment, il n\'y avait personne sur son trajet']);
    // Without an incise after it, a mark after a word opens nothing and closes nothing.
    expect(findQuotes('Il mesure 6" de haut, dit-on parfois. Le reste est "normal".').map((q) => q.inner)).toEqual(['normal']);
  });

  it('never crosses a paragraph break otherwise', () => {
    expect(findQuotes('Il a dit « bonjour\n\nEt puis rien.')).toEqual([]);
  });
});

describe('short quotes', () => {
  it('keeps a short quoted sentence as a claim of the last speaker', () => {
    const a = run('“The issue has just disappeared,” said Senator Mark Warner, a Virginia Democrat. “There’s collective amnesia.”');
    expect(claimWith(a, 'collective amnesia')?.speaker).toBe('Mark Warner');
  });

  it('gives a short quote the speaker of the cue closing its sentence after a later quote (“…,” X said)', () => {
    const a = run('The outages have been “terribly disruptive” and the firm is taking steps to avoid them, but at the moment, “we won’t roll the dice on public safety,” company CEO Andy Vesey said.');
    expect(claimWith(a, 'terribly disruptive')?.speaker).toBe('Andy Vesey');
  });

  it('reads "X reports that" + a bare plural subject and its auxiliary as a cue, not the noun "the reports that"', () => {
    const a = run('Wee reports that censors had also instructed news aggregators to “block and control” discussions about the plague.');
    expect(claimWith(a, 'block and control')?.speaker).toMatch(/Wee/u);
    expect(run('The reports that officials have seen are secret.').claims).toHaveLength(0);
  });

  it('reads ", reports Wee." closing a sentence as an inverted cue, but not ", notes the report."', () => {
    const a = run('The couple was quarantined. All “relevant sites” were also disinfected, reports Wee.');
    expect(claimWith(a, 'relevant sites')).toMatchObject({ speaker: 'Wee', cue: 'reports' });
    expect(run('The couple was quarantined. Prices rose, notes the report.').claims).toHaveLength(0);
  });
});
