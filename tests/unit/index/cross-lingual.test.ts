// French ↔ English related documents on the fixture pairs of tests/fixtures/related (see its README).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceFile } from '../../../scripts/lib/documents';
import { analyze } from '../../../src/analysis';
import { buildIndex } from '../../../src/index/build';
import { RelatedIndex } from '../../../src/index/query';
import type { SourceDocument } from '../../../src/index/types';

const dir = join(import.meta.dirname, '../../fixtures/related');
const docs: SourceDocument[] = readdirSync(dir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .flatMap((name) => [...readSourceFile(join(dir, name))]);
const byId = new Map(docs.map((d) => [d.id, d]));
const index = RelatedIndex.fromBytes(buildIndex(docs).data);

const PAIRS: Array<[fr: string, en: string]> = [
  ['fr-otan-pologne', 'en-nato-poland'],
  ['fr-sanctions-moscou', 'en-sanctions-moscow'],
  ['fr-kiev-cereales', 'en-kyiv-grain'],
];
const UNRELATED = ['fr-tarte-pommes', 'fr-municipales-lyon', 'en-city-marathon'];

function relatedTo(id: string) {
  const doc = byId.get(id)!;
  return index.query({ analysis: analyze({ title: doc.title, text: doc.text }), id, date: doc.date });
}

describe('cross-lingual related documents', () => {
  it('indexes every fixture, in both languages', () => {
    expect(index.documentIds().sort()).toEqual([...byId.keys()].sort());
  });

  for (const [fr, en] of PAIRS) {
    it(`${fr} (fr) finds ${en} (en) first`, () => {
      expect(relatedTo(fr)[0]?.id).toBe(en);
    });
    it(`${en} (en) finds ${fr} (fr) first`, () => {
      expect(relatedTo(en)[0]?.id).toBe(fr);
    });
  }

  it('never lists the unrelated articles for a news story', () => {
    for (const [fr, en] of PAIRS) {
      for (const id of [fr, en]) {
        const listed = relatedTo(id).map((r) => r.id);
        for (const unrelated of UNRELATED) expect(listed).not.toContain(unrelated);
      }
    }
  });

  it('lists nothing for the recipe and the marathon', () => {
    expect(relatedTo('fr-tarte-pommes')).toEqual([]);
    expect(relatedTo('en-city-marathon')).toEqual([]);
  });

  it('explains a match with names and words as the article writes them', () => {
    const doc = byId.get('fr-otan-pologne')!;
    const result = relatedTo('fr-otan-pologne').find((r) => r.id === 'en-nato-poland')!;
    expect(result.why.length).toBeGreaterThan(0);
    // the French article says OTAN, Pologne: the reasons are its own words, never stems or the English names
    expect(result.why.join(' ')).toMatch(/OTAN|Pologne|Henrik Vollmer/);
    const written = `${doc.title}\n${doc.text}`.toLowerCase();
    for (const reason of result.why) expect(written).toContain(reason.toLowerCase());
  });

  it('matches across languages on aliases alone, without a shared person name', () => {
    const strip = (doc: SourceDocument, name: string): SourceDocument => ({ ...doc, text: doc.text.replaceAll('Henrik Vollmer', name) });
    const en = strip(byId.get('en-nato-poland')!, 'Paul Smith');
    const fr = strip(byId.get('fr-otan-pologne')!, 'Jean Martin');
    const others = docs.filter((d) => d.id !== en.id && d.id !== fr.id);
    const alone = RelatedIndex.fromBytes(buildIndex([...others, en]).data);
    const results = alone.query({ analysis: analyze({ title: fr.title, text: fr.text }), date: fr.date });
    expect(results[0]?.id).toBe('en-nato-poland');
    expect(results[0]?.why.join(' ')).toMatch(/OTAN|Pologne|Bruxelles|États-Unis|Varsovie/);
  });

  it('gives each result a positive score, best first', () => {
    const results = relatedTo('en-sanctions-moscow');
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r.score).toBeGreaterThan(0);
    expect(results.map((r) => r.score)).toEqual([...results.map((r) => r.score)].sort((a, b) => b - a));
  });
});
