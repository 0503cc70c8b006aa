import { describe, expect, it } from 'vitest';
import { ReadingMemory } from '../../../src/memory/reading-memory';
import { recordOf } from '../../../src/memory/record';
import { DEFAULT_MEMORY_SETTINGS, type MemorySettings } from '../../../src/memory/settings';
import { InMemoryStore } from '../../../src/memory/store';
import { TRAM_VOTE, TRAM_WORKS, UNRELATED } from './articles';

const ON: MemorySettings = { ...DEFAULT_MEMORY_SETTINGS, enabled: true };

function memoryWith(settings: MemorySettings, store = new InMemoryStore()): { memory: ReadingMemory; store: InMemoryStore; settings: MemorySettings } {
  const box = { settings };
  const memory = new ReadingMemory(store, async () => box.settings, () => new Date('2025-04-10T12:00:00Z'));
  return { memory, store, settings: box.settings };
}

describe('recordOf', () => {
  it('keeps what the reader saw and the index features, without the page fragment', () => {
    const record = recordOf({ ...TRAM_VOTE, url: `${TRAM_VOTE.url}#comments` }, new Date('2025-03-03T10:00:00Z'))!;
    expect(record.id).toBe(TRAM_VOTE.url);
    expect(record.site).toBe('127.0.0.1');
    expect(record.title).toBe('Harbourton council approves the northern tram line');
    expect(record.published).toBe('2025-03-03');
    expect(record.readAt).toBe('2025-03-03T10:00:00.000Z');
    expect(record.entities.map((e) => e.text)).toContain('Elena Vasquez');
    const vasquez = record.claims.find((c) => c.speaker === 'Elena Vasquez');
    expect(vasquez?.cue).toBe('said');
    expect(vasquez?.rationale).toMatch(/Millbrook estate has had no rail link/);
    expect(record.features.bodyTerms.length).toBeGreaterThan(20);
    expect(record.features.entities.length).toBeGreaterThan(0);
    // Plain JSON: what IndexedDB and the export keep.
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
  });

  it('refuses pages without an http(s) address or without text', () => {
    expect(recordOf({ ...TRAM_VOTE, url: 'file:///tmp/a.html' }, new Date())).toBeNull();
    expect(recordOf({ ...TRAM_VOTE, analysis: { ...TRAM_VOTE.analysis, text: '  ' } }, new Date())).toBeNull();
  });
});

describe('ReadingMemory', () => {
  it('stores nothing and finds nothing while off (the default)', async () => {
    const { memory, store } = memoryWith(DEFAULT_MEMORY_SETTINGS);
    expect(await memory.remember(TRAM_VOTE)).toBe('off');
    expect(await store.count()).toBe(0);
    await store.put(recordOf(TRAM_VOTE, new Date())!);
    expect(await memory.related(TRAM_WORKS)).toEqual([]);
  });

  it('lists the article read before as related, with when it was read; never the article itself', async () => {
    const { memory, store } = memoryWith(ON);
    await store.put(recordOf(TRAM_VOTE, new Date('2025-03-03T10:00:00Z'))!);
    await store.put(recordOf(UNRELATED, new Date('2025-03-01T10:00:00Z'))!);
    const related = await memory.related(TRAM_WORKS);
    expect(related.map((r) => r.id)).toEqual([TRAM_VOTE.url]);
    expect(related[0]!.readAt).toBe('2025-03-03T10:00:00.000Z');
    expect(related[0]!.why.join(' ')).toMatch(/Vasquez|Harbourton|Quay Street/);
    // The first article, stored, does not list itself (same address; and by its text at another address).
    expect((await memory.related(TRAM_VOTE)).map((r) => r.id)).toEqual([]);
    expect((await memory.related({ ...TRAM_VOTE, url: 'https://mirror.example.com/tram' })).map((r) => r.id)).toEqual([]);
  });

  it('sees what another writer stored (the generation moves on) and forgets what is deleted', async () => {
    const { memory, store } = memoryWith(ON);
    expect(await memory.related(TRAM_WORKS)).toEqual([]);
    expect(await memory.remember(TRAM_VOTE)).toBe('stored');
    expect((await memory.related(TRAM_WORKS)).length).toBe(1);
    await store.deleteSite('127.0.0.1');
    expect(await memory.related(TRAM_WORKS)).toEqual([]);
    await memory.remember(TRAM_VOTE);
    await store.clear();
    expect(await memory.related(TRAM_WORKS)).toEqual([]);
  });

  it('stores nothing new while paused, for excluded sites (and their subdomains) or in private windows', async () => {
    expect(await memoryWith({ ...ON, paused: true }).memory.remember(TRAM_VOTE)).toBe('paused');
    expect(await memoryWith({ ...ON, excluded: ['127.0.0.1'] }).memory.remember(TRAM_VOTE)).toBe('excluded');
    expect(await memoryWith({ ...ON, excluded: ['example.org'] }).memory.remember(UNRELATED)).toBe('excluded');
    const { memory, store } = memoryWith(ON);
    expect(await memory.remember(TRAM_VOTE, { incognito: true })).toBe('private');
    expect(await store.count()).toBe(0);
  });

  it('reading the same page again replaces its record', async () => {
    const { memory, store } = memoryWith(ON);
    await memory.remember(TRAM_VOTE);
    await memory.remember({ ...TRAM_VOTE, url: `${TRAM_VOTE.url}#top` });
    expect(await store.count()).toBe(1);
  });
});
