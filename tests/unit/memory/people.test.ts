import { describe, expect, it } from 'vitest';
import { gatherPeople, searchPeople } from '../../../src/memory/people';
import { recordOf } from '../../../src/memory/record';
import { TRAM_VOTE, TRAM_WORKS } from './articles';

const records = [recordOf(TRAM_VOTE, new Date('2025-03-03T10:00:00Z'))!, recordOf(TRAM_WORKS, new Date('2025-04-10T10:00:00Z'))!];

describe('gatherPeople', () => {
  const people = gatherPeople(records);
  const byName = (name: string) => people.find((p) => p.name === name);

  it('one entry per person across articles, with the claims made in each, latest first', () => {
    const vasquez = byName('Elena Vasquez');
    expect(vasquez?.type).toBe('PER');
    expect(vasquez?.articles.map((a) => a.id)).toEqual([TRAM_WORKS.url, TRAM_VOTE.url]);
    expect(vasquez?.claims.length).toBeGreaterThanOrEqual(2);
    expect(vasquez?.claims[0]!.readAt).toBe('2025-04-10T10:00:00.000Z');
    expect(new Set(vasquez?.claims.map((c) => c.articleId))).toEqual(new Set([TRAM_VOTE.url, TRAM_WORKS.url]));
    expect(people.filter((p) => p.key === vasquez?.key)).toHaveLength(1);
  });

  it('places and organisations are listed too, with the articles that name them', () => {
    const street = byName('Quay Street');
    expect(street?.type).toBe('LOC');
    expect(street?.articles.length).toBe(2);
    expect(byName('Millbrook')?.type).toBe('ORG');
  });

  it('speakers first, then by how many articles name them', () => {
    const speakers = people.filter((p) => p.claims.length > 0).length;
    expect(people.slice(0, speakers).every((p) => p.claims.length > 0)).toBe(true);
  });
});

describe('searchPeople', () => {
  const people = gatherPeople(records);
  it('finds by name, accents and case ignored, and by the words of a claim', () => {
    expect(searchPeople(people, 'VASQUEZ').map((p) => p.name)).toContain('Elena Vasquez');
    expect(searchPeople(people, 'wielicki customers').map((p) => p.name)).toEqual(['Tomasz Wielicki']);
    expect(searchPeople(people, 'zzzz')).toEqual([]);
    expect(searchPeople(people, '  ')).toHaveLength(people.length);
  });
});
