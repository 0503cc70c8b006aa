import { describe, expect, it } from 'vitest';
import { isWholeWords, isWordBoundary } from '../../../src/content/word-bounds';

/** Whether `name` at its first occurrence in `text` is whole words. */
const whole = (text: string, name: string, from = 0): boolean => {
  const at = text.indexOf(name, from);
  if (at < 0) throw new Error(`${name} not in ${text}`);
  return isWholeWords(text, at, at + name.length);
};

describe('whole words in any script', () => {
  it('a name inside a longer word is not whole: Israel|i, Oct|ober, Amérique|s', () => {
    expect(whole('the Israeli army', 'Israel')).toBe(false);
    expect(whole('on 3 October', 'Oct')).toBe(false);
    expect(whole('les Amériques', 'Amérique')).toBe(false);
    expect(whole('Washingtonian', 'Washington')).toBe(false);
    expect(whole('in 2024a', '2024')).toBe(false);
  });

  it('accents and combining marks belong to the word', () => {
    expect(whole('Amérique latine', 'Amérique')).toBe(true);
    expect(whole('Ame\u0301rique', 'Ame')).toBe(false); // e + combining acute is one letter
    expect(whole('Zürich', 'Z')).toBe(false);
    expect(whole('Москва́ и Москвы', 'Москв')).toBe(false);
    expect(whole('Москва и Россия', 'Москва')).toBe(true);
    expect(whole('Αθήνα, Αθηναίοι', 'Αθήνα')).toBe(true);
    expect(whole('Αθηναίοι', 'Αθην')).toBe(false);
    expect(whole('القدس والقدسية', 'القدس', 6)).toBe(false);
  });

  it('an apostrophe separates words, a hyphen between letters joins them', () => {
    expect(whole("à l'Assemblée nationale", 'Assemblée')).toBe(true);
    expect(whole('à l’Assemblée', 'Assemblée')).toBe(true);
    expect(whole('Obama’s aide', 'Obama')).toBe(true);
    expect(whole("Obama's aide", 'Obama')).toBe(true);
    expect(whole('Jean-Pierre Raffarin', 'Pierre')).toBe(false);
    expect(whole('Jean-Pierre Raffarin', 'Jean')).toBe(false);
    expect(whole('Jean-Pierre Raffarin', 'Jean-Pierre')).toBe(true);
    expect(whole('a pro-Israel group', 'Israel')).toBe(false);
    expect(whole('Israel - the country', 'Israel')).toBe(true);
    expect(whole('(Israel)', 'Israel')).toBe(true);
    expect(whole('“Israel”', 'Israel')).toBe(true);
  });

  it('scripts without spaces: boundaries where the word segmenter puts them, and at a change of script', () => {
    expect(whole('iPhone手机', 'iPhone')).toBe(true);
    expect(isWordBoundary('東京', 0)).toBe(true);
    expect(isWordBoundary('東京', 2)).toBe(true);
    // 東京 (Tokyo) is one word for the segmenter: no boundary between its two characters.
    expect(isWordBoundary('東京に行きました', 1)).toBe(false);
    expect(isWordBoundary('東京に行きました', 2)).toBe(true);
  });

  it('text ends and punctuation are boundaries', () => {
    expect(isWordBoundary('Obama', 0)).toBe(true);
    expect(isWordBoundary('Obama', 5)).toBe(true);
    expect(isWordBoundary('Obama.', 5)).toBe(true);
    expect(isWordBoundary('Ob ama', 2)).toBe(true);
    expect(isWordBoundary('Obama', 2)).toBe(false);
  });
});
