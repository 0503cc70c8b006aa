import { describe, expect, it } from 'vitest';
import { findRationale } from '../../../src/analysis/rationale';

const fr = (s: string) => findRationale(s, 'fr');
const en = (s: string) => findRationale(s, 'en');

describe('stated rationale (fr)', () => {
  it('takes the complement of explicit cues up to the clause end', () => {
    expect(fr('La Russie a envoyé des troupes, invoquant l’échec de Kiev à mettre en œuvre les accords, destinés à …')).toMatchObject({ cue: 'invoquant', rationale: 'l’échec de Kiev à mettre en œuvre les accords' });
    expect(fr('Elle a menti dans le but d’obtenir plus d’aide.')).toMatchObject({ cue: 'dans le but d’', rationale: 'obtenir plus d’aide' });
    expect(fr('Le match a été reporté en raison de la tempête.')).toMatchObject({ cue: 'en raison de', rationale: 'la tempête' });
    expect(fr('Il est parti, car il était malade depuis des semaines.')).toMatchObject({ cue: 'car', rationale: 'il était malade depuis des semaines' });
  });

  it('reads "pour" + infinitive as a purpose, and nothing else', () => {
    expect(fr('Il a démissionné pour protester contre la réforme.')).toMatchObject({ cue: 'pour', rationale: 'protester contre la réforme' });
    expect(fr('Les protocoles ont été signés pour la première fois en 2014.')).toBeNull();
    expect(fr('Il était trop fatigué pour continuer la course.')).toBeNull();
    expect(fr('Il a été condamné pour avoir menti aux enquêteurs.')).toBeNull();
    expect(fr('Pour la ministre, cette innovation va dénaturer le renseignement.')).toBeNull();
  });

  it('needs a main clause after a sentence-initial "Pour" + infinitive', () => {
    expect(fr('Pour repérer ces personnes, la loi permettra d’étendre la surveillance.')).toMatchObject({ cue: 'Pour', rationale: 'repérer ces personnes' });
    expect(fr('Pour dépasser le tabac')).toBeNull();
    expect(fr('Toutes les conditions étaient réunies pour que la sécurité soit assurée.')).toMatchObject({ cue: 'pour que', rationale: 'la sécurité soit assurée' });
  });

  it('invents nothing without a cue', () => {
    expect(fr('Le gouvernement a présenté son projet de loi mardi.')).toBeNull();
  });
});

describe('stated rationale (en)', () => {
  it('takes explicit cues', () => {
    expect(en('The company closed the plant, citing falling demand for its cars.')).toMatchObject({ cue: 'citing', rationale: 'falling demand for its cars' });
    expect(en('The EU raised compensation in a bid to deter airlines from overbooking.')).toMatchObject({ cue: 'in a bid to', rationale: 'deter airlines from overbooking' });
    expect(en('It remained justified because less EU farm money came to the UK.')).toMatchObject({ cue: 'because', rationale: 'less EU farm money came to the UK' });
  });

  it('reads "to" + verb as a purpose only after an action and its object', () => {
    expect(en('The researchers used an electronic stylus to move the cursor.')).toMatchObject({ cue: 'to', rationale: 'move the cursor' });
    expect(en('To answer this question, the scientists asked five people to perform a task.')).toMatchObject({ cue: 'To', rationale: 'answer this question' });
    expect(en('He wanted to leave the party before the vote.')).toBeNull();
    expect(en('It is easier for airlines to take off in bad weather.')).toBeNull();
    expect(en('The Agency warned people to stay away from such products.')).toBeNull();
    expect(en('Prices rose from 10 to 20 dollars.')).toBeNull();
  });
});
