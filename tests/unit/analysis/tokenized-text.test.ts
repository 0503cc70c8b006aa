// TokenizedText.range must return exactly what tokenize(text, from, to) returns, for any range:
// checked on real article texts (the fixtures) and on edge cases, at random and at every boundary kind.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize, TokenizedText } from '../../../src/text/tokens';

const newsDir = resolve(import.meta.dirname, '../../fixtures/news');
const texts = [
  ...readdirSync(newsDir)
    .filter((f) => f.endsWith('.txt'))
    .slice(0, 8)
    .map((f) => readFileSync(join(newsDir, f), 'utf8')),
  "L’Ukraine, d’après l’U.S. Army et l' OTAN : « qu’il vienne », a-t-il dit. New Zealand’s Northland’ Iran’s en préparationJean-Luc U.S.A. M. Dupont",
  '“Don’t,” he said — “it’s over.” ‘Quoted’ l’ d’ qu’ jusqu’à lorsqu’il 3,5 % 12-13 e-mail',
];

/** A small deterministic generator, so a failure can be replayed. */
function* offsets(length: number, count: number): Generator<[number, number]> {
  let seed = 12345;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < count; i++) {
    const a = Math.floor(next() * (length + 1));
    const b = Math.min(length, a + Math.floor(next() * 700));
    yield [a, b];
  }
}

describe('TokenizedText', () => {
  it('has texts to compare on', () => expect(texts.length).toBeGreaterThan(5));

  for (const [n, text] of texts.entries()) {
    it(`range(from, to) equals tokenize(text, from, to) on text ${n}`, () => {
      const cached = new TokenizedText(text);
      expect(cached.range(0, text.length)).toEqual(tokenize(text));
      for (const [from, to] of offsets(text.length, 400)) {
        expect(cached.range(from, to), `range ${from}–${to}`).toEqual(tokenize(text, from, to));
      }
      // Every start and end inside the first 300 characters (mid-word, mid-elision, mid-acronym).
      const edge = Math.min(text.length, 300);
      for (let from = 0; from < edge; from += 1) {
        for (const to of [from, from + 1, from + 7, from + 40, edge]) {
          if (to < from || to > text.length) continue;
          expect(cached.range(from, to), `range ${from}–${to}`).toEqual(tokenize(text, from, to));
        }
      }
    });
  }
});
