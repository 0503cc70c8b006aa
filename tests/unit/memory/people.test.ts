import { describe, expect, it } from 'vitest';
import { People } from '../../../src/memory/people';
import { recordOf } from '../../../src/memory/record';
import { summaryOf } from '../../../src/memory/store';
import { packSummary, peopleSourceOf } from '../../../src/memory/packed';
import { TRAM_VOTE, TRAM_WORKS } from './articles';

const packed = [recordOf(TRAM_VOTE, new Date('2025-03-03T10:00:00Z'))!, recordOf(TRAM_WORKS, new Date('2025-04-10T10:00:00Z'))!].map((r) => packSummary(summaryOf(r)));
const records = packed.map(peopleSourceOf);
const allClaims = new Map(packed.map((p) => [p.id, p.claims]));

describe('People', () => {
  const people = new People(records);
  people.addClaims(allClaims, true);
  const byName = (name: string) => {
    const row = people.rows.find((p) => p.name === name);
    return row ? people.entry(row) : undefined;
  };

  it('one entry per person across articles, with the claims made in each, latest first', () => {
    const vasquez = byName('Elena Vasquez');
    expect(vasquez?.type).toBe('PER');
    expect(vasquez?.articles.map((a) => a.id)).toEqual([TRAM_WORKS.url, TRAM_VOTE.url]);
    expect(vasquez?.articleCount).toBe(2);
    expect(vasquez?.claims.length).toBeGreaterThanOrEqual(2);
    expect(vasquez?.claimCount).toBe(vasquez?.claims.length);
    expect(vasquez?.claims[0]!.readAt).toBe('2025-04-10T10:00:00.000Z');
    expect(vasquez?.lastRead).toBe('2025-04-10T10:00:00.000Z');
    expect(new Set(vasquez?.claims.map((c) => c.articleId))).toEqual(new Set([TRAM_VOTE.url, TRAM_WORKS.url]));
    expect(people.rows.filter((p) => p.key === vasquez?.key)).toHaveLength(1);
    expect(people.entry(people.rows.find((p) => p.name === 'Elena Vasquez')!, 1, 1)).toMatchObject({ claims: [{ articleId: TRAM_WORKS.url }], articles: [{ id: TRAM_WORKS.url }] });
  });

  it('places and organisations are listed too, with the articles that name them', () => {
    const street = byName('Quay Street');
    expect(street?.type).toBe('LOC');
    expect(street?.articles.length).toBe(2);
    expect(byName('Millbrook')?.type).toBe('ORG');
    expect(people.articleCount).toBe(2);
  });

  it('speakers first, then by how many articles name them', () => {
    const speakers = people.rows.filter((p) => p.claimCount > 0).length;
    expect(speakers).toBeGreaterThan(3);
    expect(people.rows.slice(0, speakers).every((p) => p.claimCount > 0)).toBe(true);
  });

  it('claims are read for the names shown: the articles that hold them are asked for, once', () => {
    const fresh = new People(records);
    const vasquez = fresh.rows.find((p) => p.name === 'Elena Vasquez')!;
    expect(fresh.entry(vasquez).claims).toEqual([]);
    expect(fresh.claimsNeeded([vasquez], 8).sort()).toEqual([TRAM_VOTE.url, TRAM_WORKS.url].sort());
    expect(fresh.claimsNeeded([vasquez], 1)).toEqual([TRAM_WORKS.url]);
    fresh.addClaims(new Map([[TRAM_WORKS.url, allClaims.get(TRAM_WORKS.url)!]]));
    expect(fresh.claimsNeeded([vasquez], 8)).toEqual([TRAM_VOTE.url]);
    expect(fresh.entry(vasquez).claims.every((c) => c.articleId === TRAM_WORKS.url)).toBe(true);
    // Search looks into claims once all are read; names always.
    expect(fresh.search('customers')).toEqual([]);
    expect(fresh.search('vasquez').map((p) => p.name)).toEqual(['Elena Vasquez']);
    fresh.addClaims(allClaims, true);
    expect(fresh.search('half of our customers').map((p) => p.name)).toEqual(['Tomasz Wielicki']);
  });

  it('finds by name, accents and case ignored, and by the words of a claim', () => {
    expect(people.search('VASQUEZ').map((p) => p.name)).toContain('Elena Vasquez');
    expect(people.search('wielicki customers').map((p) => p.name)).toEqual(['Tomasz Wielicki']);
    expect(people.search('half of our customers').map((p) => p.name)).toEqual(['Tomasz Wielicki']);
    expect(people.search('zzzz')).toEqual([]);
    expect(people.search('  ')).toHaveLength(people.rows.length);
  });

  it('articles stored without their People keys (an earlier version) group as those stored with them', () => {
    const older = records.map(({ nameKeys: _n, speakerKeys: _s, ...rest }) => rest);
    expect(older.every((r) => !('nameKeys' in r))).toBe(true);
    const fromOlder = new People(older);
    expect(fromOlder.rows).toEqual(people.rows);
  });

  it('a speaker named by another form of an entity of the article is that entity', () => {
    const summary = summaryOf(recordOf(TRAM_VOTE, new Date('2025-03-03T10:00:00Z'))!);
    const withAlias = { ...summary, entities: [{ text: 'Mark Warner', type: 'PER' as const, mentions: 3, aliases: ['Warner'] }], claims: [{ kind: 'direct' as const, speaker: 'Warner', cue: 'said', text: 'x', rationale: null }] };
    const rows = new People([peopleSourceOf(packSummary(withAlias))]).rows;
    expect(rows).toEqual([expect.objectContaining({ name: 'Mark Warner', type: 'PER', claimCount: 1, articleCount: 1 })]);
  });

  it('a kept grouping (snapshot) gives the same rows and entries; a damaged or foreign one is refused', () => {
    const snapshot = structuredClone(people.snapshot(7));
    expect(snapshot.generation).toBe(7);
    const kept = People.fromSnapshot(snapshot)!;
    expect(kept.rows).toEqual(people.rows);
    kept.addClaims(allClaims, true);
    for (const row of people.rows) expect(kept.entry(row)).toEqual(people.entry(row));
    expect(kept.articleCount).toBe(people.articleCount);
    expect(kept.search('half of our customers').map((p) => p.name)).toEqual(['Tomasz Wielicki']);

    expect(People.fromSnapshot({ ...snapshot, version: 2 as unknown as 1 })).toBeNull();
    expect(People.fromSnapshot({ ...snapshot, nextArticle: Int32Array.from(snapshot.nextArticle, () => 1e6) })).toBeNull();
    expect(People.fromSnapshot({ ...snapshot, firstClaim: new Int32Array(1) })).toBeNull();
    expect(People.fromSnapshot({ ...snapshot, rows: 'a\x1fb\x1fNOT-A-TYPE\x1f1\x1f0\x1f' })).toBeNull();
    expect(People.fromSnapshot({ ...snapshot, articles: 42 as unknown as string })).toBeNull();
  });
});

