// The relevance floor (src/index/relevance.ts), the cross-language rule of the ranking, and the
// default bundle: articles unrelated to its one seed get an empty list.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceFile } from '../../../scripts/lib/documents';
import { buildIndexFromPaths } from '../../../scripts/lib/index-builder';
import { analyze } from '../../../src/analysis';
import { buildIndex } from '../../../src/index/build';
import { documentKeys, queryKeys } from '../../../src/index/entity-keys';
import { RelatedIndex } from '../../../src/index/query';
import {
  INFORMATIVE_RARITY,
  isRelated,
  MIN_ARTICLE_SHARE,
  MIN_DOCUMENT_SHARE,
  MIN_INFORMATIVE_WORDS,
  MIN_RELATED_SCORE,
  type RelevanceEvidence,
} from '../../../src/index/relevance';
import { prominence } from '../../../src/index/scoring';
import { termBag } from '../../../src/index/text';
import type { SourceDocument } from '../../../src/index/types';

const root = join(import.meta.dirname, '../../..');

/** Evidence that passes every test of the floor; each case below breaks one. */
const strong: RelevanceEvidence = {
  score: 0.5,
  sameLanguage: true,
  names: [{ article: 1, document: 1, type: 'PER' }],
  articleShare: 0.6,
  documentShare: 0.6,
  words: [],
};

describe('relevance floor', () => {
  it('shows a document sharing the subject of both texts', () => {
    expect(isRelated(strong)).toBe(true);
  });

  it('shows nothing under the score floor, whatever the evidence', () => {
    expect(isRelated({ ...strong, score: MIN_RELATED_SCORE - 0.01 })).toBe(false);
    expect(isRelated({ ...strong, score: MIN_RELATED_SCORE })).toBe(true);
  });

  it('needs the shared names to weigh in the article and in the document', () => {
    expect(isRelated({ ...strong, articleShare: MIN_ARTICLE_SHARE - 0.01 })).toBe(false);
    expect(isRelated({ ...strong, documentShare: MIN_DOCUMENT_SHARE - 0.01 })).toBe(false);
    expect(isRelated({ ...strong, names: [] })).toBe(false);
  });

  it('accepts several informative words of the article’s language instead of names', () => {
    const words = Array.from({ length: MIN_INFORMATIVE_WORDS }, () => INFORMATIVE_RARITY);
    const noNames = { ...strong, names: [], articleShare: 0, documentShare: 0 };
    expect(isRelated({ ...noNames, words })).toBe(true);
    expect(isRelated({ ...noNames, words: words.slice(1) })).toBe(false);
    // common words are no evidence, nor words whose rarity a small index cannot tell
    expect(isRelated({ ...noNames, words: words.map(() => INFORMATIVE_RARITY - 0.01) })).toBe(false);
    expect(isRelated({ ...noNames, words: words.map(() => null) })).toBe(false);
    // nor words of another language (only concept terms match there, and they are names)
    expect(isRelated({ ...noNames, sameLanguage: false, words })).toBe(false);
  });
});

describe('prominence and names', () => {
  it('weighs an entity of the title and lead over a side mention, however often repeated', () => {
    expect(prominence({ mentions: 1, title: true, lead: true })).toBeGreaterThan(prominence({ mentions: 9, title: false, lead: false }));
    expect(prominence({ mentions: 9, title: false, lead: false })).toBeLessThanOrEqual(0.5);
  });

  it('lets a surname meet the full name it belongs to, never another person’s', () => {
    const mark = { text: 'Mark Warner', aliases: ['Warner'], type: 'PER' as const };
    const tim = { text: 'Tim Warner', aliases: ['Warner'], type: 'PER' as const };
    const surnameOnly = { text: 'Warner', aliases: [], type: 'PER' as const };
    const meets = (query: typeof mark, doc: typeof mark): boolean => queryKeys(query).some((k) => documentKeys(doc).includes(k));
    expect(meets(mark, tim)).toBe(false);
    expect(meets(tim, mark)).toBe(false);
    expect(meets(mark, mark)).toBe(true);
    expect(meets(mark, surnameOnly)).toBe(true);
    expect(meets(surnameOnly, mark)).toBe(true);
  });

  it('writes a dotted abbreviation as the article does', () => {
    const bag = termBag('', 'The U.S. army and the U.S. navy', 'en', { surfaces: true });
    expect(bag.surfaces?.get('~US')).toBe('U.S.');
  });
});

describe('cross-language matches', () => {
  const french: SourceDocument = {
    id: 'fr-amer',
    date: '2023-10',
    title: 'Un goût amer pour les pays alliés, qui paient la note',
    text:
      'Le goût amer de la défaite reste aux pays alliés. Les alliés paient cher leur soutien, et la facture amère pèse sur les finances.\n\n' +
      'Les pays concernés paient des intérêts élevés, un constat amer pour les ministres des finances.',
  };
  const english = analyze({
    title: 'Abu Amer says the allies will pay for the fuel',
    text: 'Abu Amer, a spokesman, said the allies would pay for the fuel deliveries. Abu Amer added that every ally must pay its share of the cost.',
  });
  const index = RelatedIndex.fromBytes(buildIndex([french]).data);

  it('never meets a name’s token or a shared stem against a word of another language', () => {
    // "Amer" (a name) against « amer » (bitter), "allies"/"pay" against « alliés »/« paient »
    expect(index.rank({ analysis: english }, 5, false)).toEqual([]);
    expect(index.query({ analysis: english })).toEqual([]);
  });

  it('still meets the same words in the same language', () => {
    const alike = analyze({ title: 'Les alliés paient un prix amer', text: 'Le goût amer de la défaite : les pays alliés paient la facture, un constat amer pour les finances.' });
    expect(index.rank({ analysis: alike }, 5, false).map((r) => r.result.id)).toEqual(['fr-amer']);
  });
});

describe('the default bundle (seeds/: one article on the war in Ukraine)', () => {
  const bundle = RelatedIndex.fromBytes(buildIndexFromPaths([join(root, 'seeds')]).data);
  const articles = (dir: string): SourceDocument[] =>
    readdirSync(join(root, dir))
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .flatMap((name) => [...readSourceFile(join(root, dir, name))]);
  const related = (doc: SourceDocument): string[] =>
    bundle.query({ analysis: analyze({ title: doc.title, text: doc.text }), date: doc.date }).map((r) => r.id);

  // tests/fixtures/news: OrangeSum and BBC articles on other subjects (the two Guardian war articles apart);
  // tests/fixtures/seeds and the unrelated articles of tests/fixtures/related.
  const unrelated = [
    ...articles('tests/fixtures/news').filter((d) => !d.id.startsWith('ruua-')),
    ...articles('tests/fixtures/seeds'),
    ...articles('tests/fixtures/related').filter((d) => ['fr-tarte-pommes', 'fr-municipales-lyon', 'en-city-marathon'].includes(d.id)),
  ];

  it(`lists nothing for any of ${unrelated.length} unrelated articles`, () => {
    expect(unrelated.length).toBeGreaterThan(45);
    const listed = unrelated.filter((doc) => related(doc).length > 0).map((doc) => doc.id);
    expect(listed).toEqual([]);
  });

  it('lists the seed for articles on the war, in French and in English', () => {
    const war = [...articles('tests/fixtures/related'), ...articles('tests/fixtures/news')].filter((d) =>
      ['fr-otan-pologne', 'fr-sanctions-moscou', 'en-nato-poland', 'en-sanctions-moscow', 'ruua-guardian-099'].includes(d.id),
    );
    expect(war).toHaveLength(5);
    for (const doc of war) expect(related(doc), doc.id).toEqual(['000_9659c3a96bdd644f']);
  });
});
