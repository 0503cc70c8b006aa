import { describe, expect, it } from 'vitest';
import { conceptOfName, matchConcept, nameKey } from '../../../src/index/concepts';
import { termBag, tokenize } from '../../../src/index/text';

const conceptsIn = (text: string): string[] => [...termBag('', text, 'fr').counts.keys()].filter((t) => t.startsWith('~'));

describe('cross-lingual aliases', () => {
  it('gives French and English names of one referent the same concept', () => {
    const same: Array<[string, string]> = [
      ['Kiev', 'Kyiv'],
      ['Moscou', 'Moscow'],
      ['États-Unis', 'United States'],
      ['OTAN', 'NATO'],
      ['Royaume-Uni', 'United Kingdom'],
      ['Allemagne', 'Germany'],
      ['Nations unies', 'United Nations'],
      ['Pékin', 'Beijing'],
    ];
    for (const [fr, en] of same) {
      expect(conceptOfName(fr), fr).not.toBeNull();
      expect(conceptOfName(fr), `${fr} = ${en}`).toBe(conceptOfName(en));
    }
    expect(conceptOfName('Moscou')).not.toBe(conceptOfName('Londres'));
  });

  it('finds names in running text, longest first, demonyms included', () => {
    expect(conceptsIn('Les États-Unis et le Royaume-Uni')).toEqual(['~US', '~GB']);
    expect(conceptsIn('les troupes russes')).toEqual(['~RU']);
    expect(termBag('', 'Russian troops', 'en').counts.has('~RU')).toBe(true);
  });

  it('matches acronyms only in capitals and proper names only capitalised', () => {
    expect(conceptsIn('une décision de l’ONU')).toEqual(['~UN']);
    expect(termBag('', 'let us see', 'en').counts.has('~US')).toBe(false);
    expect(termBag('', 'the turkey was roasted', 'en').counts.has('~TR')).toBe(false);
    expect(matchConcept(tokenize('Turkey said'), 0)?.id).toBe('TR');
  });

  it('makes transliterations of one name meet', () => {
    expect(nameKey('Vladimir Poutine')).toBe(nameKey('Vladimir Putin'));
    expect(nameKey('Netanyahou')).toBe(nameKey('Netanyahu'));
    expect(nameKey('Zelensky')).toBe(nameKey('Zelenskyy'));
    expect(nameKey('Mikhaïl Gorbatchev')).toBe(nameKey('Mikhail Gorbachev'));
    expect(nameKey('Emmanuel Macron')).not.toBe(nameKey('Marine Le Pen'));
  });
});

describe('terms', () => {
  it('stems per language and drops each language’s stop words', () => {
    const fr = termBag('', 'Les renseignements et le renseignement', 'fr').counts;
    expect([...fr.keys()]).toEqual(['fr:renseign']);
    expect(fr.get('fr:renseign')).toBe(2);
    const en = termBag('', 'The sanctions and the sanctioned banks', 'en').counts;
    expect(en.has('en:the')).toBe(false);
    expect(en.get('en:sanction')).toBe(2);
  });

  it('keeps the words as written for explanations', () => {
    const bag = termBag('', 'Le renseignement, les renseignements, le renseignement.', 'fr', { surfaces: true });
    expect(bag.surfaces?.get('fr:renseign')).toBe('renseignement');
  });
});
