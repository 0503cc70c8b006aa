import { describe, expect, it } from 'vitest';
import { detectLanguage, stripBoilerplate } from '../../../src/analysis';
import { splitSentences } from '../../../src/text/sentences';
import { tokenize } from '../../../src/text/tokens';
import { run } from './helpers';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
  it('survives abbreviations and initials', () => {
    expect(sentences('M. Dupont est arrivé. Mme Durand aussi.')).toEqual(['M. Dupont est arrivé.', 'Mme Durand aussi.']);
    expect(sentences('U.S. officials met Dr. Smith on Monday. C. Eugene Steuerle spoke next.')).toEqual(['U.S. officials met Dr. Smith on Monday.', 'C. Eugene Steuerle spoke next.']);
  });

  it('splits sentences glued after a closing quote or before an elided capital', () => {
    expect(sentences('conditions "imposées".La fédération a protesté. Il reste sur le sujet.L\'association a répondu.')).toEqual([
      'conditions "imposées".',
      'La fédération a protesté.',
      'Il reste sur le sujet.',
      "L'association a répondu.",
    ]);
    expect(sentences('Le site Libération.fr est en ligne. Les U.S.A. aussi.')).toEqual(['Le site Libération.fr est en ligne.', 'Les U.S.A. aussi.']);
  });

  it('splits sentences glued after an acronym, not after one capital', () => {
    expect(sentences("le responsable de RSF.Interrogé par l'AFP, il s'est dit désolé.")).toEqual(['le responsable de RSF.', "Interrogé par l'AFP, il s'est dit désolé."]);
    expect(sentences('Selon M.Dupont le projet avance.')).toEqual(['Selon M.Dupont le projet avance.']);
    expect(sentences("a indiqué l'Elysée à l'AFP.Dénonçant une insulte, elle a porté plainte.")).toEqual(["a indiqué l'Elysée à l'AFP.", 'Dénonçant une insulte, elle a porté plainte.']);
  });

  it('splits sentences glued after stacked closers and before « M. » and a name', () => {
    expect(sentences('pour "crimes contre l\'humanité (persécutions et extermination)".Cette arrestation est un rappel.')).toEqual(['pour "crimes contre l\'humanité (persécutions et extermination)".', 'Cette arrestation est un rappel.']);
    expect(sentences("l'ex-ministre Augustin Bizimana.M. Kabuga est mis en accusation.")).toEqual(["l'ex-ministre Augustin Bizimana.", 'M. Kabuga est mis en accusation.']);
  });

  it('ends sentences at paragraph breaks', () => {
    expect(sentences('Premier paragraphe sans point\n\nSecond paragraphe.')).toEqual(['Premier paragraphe sans point', 'Second paragraphe.']);
  });
});

describe('language', () => {
  it('tells French from English and flags other languages', () => {
    expect(detectLanguage('Le gouvernement a présenté mardi un projet de loi sur les retraites.')).toBe('fr');
    expect(detectLanguage('The government presented a pension bill on Tuesday to the parliament.')).toBe('en');
    const de = run('„Wir werden das schaffen“, sagte die Kanzlerin. Die Regierung hat das Gesetz nicht beschlossen, und es wird noch dauern.');
    expect(de.lang).toBe('de');
    expect(de.supported).toBe(false);
  });

  it('still extracts quotes in an unsupported language', () => {
    const es = run('"Vamos a ganar esta elección sin ninguna duda", dijo el candidato. El partido no ha publicado su programa para las elecciones.');
    expect(es.supported).toBe(false);
    expect(es.claims.some((c) => c.quote?.startsWith('Vamos a ganar'))).toBe(true);
  });
});

describe('boilerplate', () => {
  it('removes "Lire la suite", "À lire aussi", "Read more" and newsletter lines', () => {
    const text = 'Premier paragraphe.\n\nLire la suite : un autre article\n\nÀ lire aussi : encore un\n\nRead more: something\n\nSign up to First Edition, our free daily newsletter\n\nDernier paragraphe.';
    expect(stripBoilerplate(text)).toBe('Premier paragraphe.\n\nDernier paragraphe.');
  });

  it('removes a caption closed by a picture credit and a number alone, but not a sentence with a parenthesis', () => {
    const text = 'The map was published on Monday.\n\nThe first global geologic map of Titan. (NASA/JPL-Caltech/ASU)\n\n4\n\nPrices rose by 4% (and/or more) in May.\n\nA protester in Paris. (AP Photo/Michel Euler)';
    expect(stripBoilerplate(text)).toBe('The map was published on Monday.\n\nPrices rose by 4% (and/or more) in May.');
  });

  it('removes a cookie notice, but not an article paragraph about cookies', () => {
    const notice = 'This website uses cookies to personalize your content (including ads), and allows us to analyze our traffic. By continuing to use our site, you agree to our Terms of Use and Privacy Policy.';
    const news = 'Regulators said websites must obtain consent before placing cookies on a visitor’s device.';
    expect(stripBoilerplate(`First paragraph.\n\n${notice}\n\n${news}`)).toBe(`First paragraph.\n\n${news}`);
    const avis = 'En poursuivant votre navigation sur ce site, vous acceptez l’utilisation de cookies.';
    expect(stripBoilerplate(`Premier paragraphe.\n\n${avis}\n\nDernier paragraphe.`)).toBe('Premier paragraphe.\n\nDernier paragraphe.');
    // No stated reason is read off the notice ("to personalize your content").
    expect(run(`The board approved the plan on Monday.\n\n${notice}`).claims).toEqual([]);
  });

  it('never makes a claim out of a boilerplate line', () => {
    const a = run('Le ministre a déclaré que la loi passerait.\n\nLire la suite : selon le ministre, « tout va bien »');
    expect(a.claims.some((c) => c.text.includes('Lire la suite'))).toBe(false);
  });
});

describe('tokens', () => {
  it('keeps an elision whole when nothing follows it, and splits a closing quote mark off a word', () => {
    expect(tokenize("un internaute l'").map((t) => t.text)).toEqual(['un', 'internaute', "l'"]);
    expect(tokenize("l'accuse").map((t) => t.text)).toEqual(["l'", 'accuse']);
    expect(tokenize("the 'rebels'").map((t) => t.text)).toEqual(['the', "'", 'rebels', "'"]);
  });
});

