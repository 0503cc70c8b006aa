import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, EXPORT_VERSION, exportMemory, parseExport } from '../../../src/memory/export-format';
import { recordOf, type MemoryRecord } from '../../../src/memory/record';
import { InMemoryStore } from '../../../src/memory/store';
import { TRAM_VOTE, TRAM_WORKS } from './articles';

const vote = recordOf(TRAM_VOTE, new Date('2025-03-03T10:00:00Z'))!;
const works = recordOf(TRAM_WORKS, new Date('2025-04-10T10:00:00Z'))!;
const file = (articles: unknown[], extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: '2025-04-11T00:00:00Z', articles, ...extra });

describe('memory export and import', () => {
  it('reads back exactly what it exported', () => {
    const result = parseExport(exportMemory([vote, works], new Date('2025-04-11T00:00:00Z')));
    expect(result).toEqual({ ok: true, records: [vote, works] });
  });

  it('refuses text that is not JSON, another file, another version, with the reason', () => {
    expect(parseExport('{"format": "context-lens-memory", "version": 1, "articles": [')).toMatchObject({ ok: false, problem: 'importNotJson' });
    expect(parseExport('[]')).toMatchObject({ ok: false, problem: 'importForeign' });
    expect(parseExport(JSON.stringify({ bookmarks: [] }))).toMatchObject({ ok: false, problem: 'importForeign' });
    expect(parseExport(file([vote], { version: 2 }))).toMatchObject({ ok: false, problem: 'importVersion' });
  });

  it('refuses the whole file when one article is malformed, saying where', () => {
    const bad: Array<[string, (r: MemoryRecord) => unknown]> = [
      ['url', (r) => ({ ...r, url: 'javascript:alert(1)' })],
      ['id', (r) => ({ ...r, id: 'https://elsewhere.example/' })],
      ['title', (r) => ({ ...r, title: 42 })],
      ['readAt', (r) => ({ ...r, readAt: 'yesterday' })],
      ['type', (r) => ({ ...r, entities: [{ ...r.entities[0], type: 'GOD' }] })],
      ['kind', (r) => ({ ...r, claims: [{ ...r.claims[0], kind: '<script>' }] })],
      ['bodyTerms', (r) => ({ ...r, features: { ...r.features, bodyTerms: [['tram', -1]] } })],
      ['sim', (r) => ({ ...r, features: { ...r.features, sim: [1] } })],
      ['features', (r) => ({ ...r, features: null })],
    ];
    for (const [field, corrupt] of bad) {
      const result = parseExport(file([works, corrupt(vote)]));
      expect(result, field).toMatchObject({ ok: false, problem: 'importInvalid' });
      expect(result.ok ? '' : result.detail, field).toMatch(/^articles\[1\]/);
    }
  });

  it('drops unknown fields and keeps prototype keys as plain data', () => {
    const hostile = JSON.parse(file([vote])) as { articles: Array<Record<string, unknown>> };
    hostile.articles[0]!.extra = 'x';
    (hostile.articles[0]!.features as { bodyTerms: unknown[] }).bodyTerms.push(['__proto__', 2]);
    const result = parseExport(JSON.stringify(hostile));
    expect(result.ok).toBe(true);
    const record = result.ok ? result.records[0]! : vote;
    expect('extra' in record).toBe(false);
    expect(record.features.bodyTerms).toContainEqual(['__proto__', 2]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('an import adds what is missing and replaces nothing already stored', async () => {
    const store = new InMemoryStore();
    await store.put(vote);
    const parsed = parseExport(exportMemory([{ ...vote, title: 'changed' }, works], new Date()));
    expect(parsed.ok).toBe(true);
    expect(await store.addMissing(parsed.ok ? parsed.records : [])).toBe(1);
    const titles = (await store.all()).map((r) => r.title).sort();
    expect(titles).toEqual([vote.title, works.title].sort());
  });
});
