// sharedPrefixes must compile a cue list to a regex that matches exactly what the list matches.
import { describe, expect, it } from 'vitest';
import { sharedPrefixes } from '../../../src/text/alternation';

/** Every match (index and text) of `(alternatives)` as a cue regex reads it, from each position. */
function matches(alternatives: string, text: string): string[] {
  const re = new RegExp(`(?<![\\p{L}\\p{M}])(${alternatives})(?:(?<=['’])|(?![\\p{L}\\p{M}]))\\s*`, 'giu');
  return [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}:${m[1]}`);
}

describe('sharedPrefixes', () => {
  const lists = [
    "en raison d['’]|en raison des|en raison du|en raison de|à cause de|en réaction aux|en réaction au|en réaction à",
    'du|dus|dû à|due aux|due au|due à',
    'ab|a|ab x|ac',
    'dus|du',
  ];
  const text = "En raison d’un retard, EN RAISON DES grèves, en raison du vent ; à cause de lui, en réaction aux faits, en réaction à tout. Du dus dû à due aux, due au. ab x, a b, ac, abx";
  it('matches what the plain alternation matches', () => {
    for (const list of lists) expect(matches(sharedPrefixes(list), text)).toEqual(matches(list, text));
  });
  it('shares prefixes, keeping the order of phrases that may match at one place', () => {
    expect(sharedPrefixes('du|dus|dû à')).toBe('d(?:u(?:|s)|û à)');
    expect(sharedPrefixes('ab|a|ab x|ac')).toBe('a(?:b||b x|c)');
  });
  it('leaves a list with regex operators as it is', () => {
    expect(sharedPrefixes('so that(?![’]s)|so as to')).toBe('so that(?![’]s)|so as to');
  });
});
