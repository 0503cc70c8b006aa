import { describe, expect, it } from 'vitest';
import { currentPeople, openPeople } from '../../../src/memory/people';
import { ReadingMemory } from '../../../src/memory/reading-memory';
import { recordOf } from '../../../src/memory/record';
import { DEFAULT_MEMORY_SETTINGS, type MemorySettings } from '../../../src/memory/settings';
import { InMemoryStore } from '../../../src/memory/store';
import { TRAM_VOTE, TRAM_WORKS, UNRELATED } from './articles';

const ON: MemorySettings = { ...DEFAULT_MEMORY_SETTINGS, enabled: true };

function memoryWith(settings: MemorySettings, store = new InMemoryStore()): { memory: ReadingMemory; store: InMemoryStore; settings: MemorySettings } {
  const box = { settings };
  const memory = new ReadingMemory(store, async () => box.settings, () => new Date('2025-04-10T12:00:00Z'), null);
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

describe('ReadingMemory index upkeep', () => {
  /** A store that counts full reads (each one is a rebuild of the index). */
  class CountingStore extends InMemoryStore {
    fullReads = 0;
    override async all() {
      this.fullReads++;
      return super.all();
    }
  }
  const settings = async (): Promise<MemorySettings> => ON;

  it('keeps the built index as a snapshot; a restarted background reuses it, and adds what was written since', async () => {
    const store = new CountingStore();
    await store.put(recordOf(TRAM_VOTE, new Date('2025-03-03T10:00:00Z'))!);
    const first = new ReadingMemory(store, settings, undefined, null);
    expect((await first.related(TRAM_WORKS)).map((r) => r.id)).toEqual([TRAM_VOTE.url]);
    expect(store.fullReads).toBe(1);
    expect((await store.loadSnapshot())?.generation).toBe(await store.generation());

    // Written since the snapshot: found from a small index of its own, without a rebuild.
    await store.put(recordOf(TRAM_WORKS, new Date('2025-04-10T10:00:00Z'))!);
    const restarted = new ReadingMemory(store, settings, undefined, null);
    expect((await restarted.related(TRAM_VOTE)).map((r) => r.id)).toEqual([TRAM_WORKS.url]);
    expect(store.fullReads).toBe(1);

    // A record read again replaces its copy in the snapshot: listed once, with the new date.
    await store.put(recordOf(TRAM_VOTE, new Date('2025-05-01T10:00:00Z'))!);
    const again = await restarted.related(TRAM_WORKS);
    expect(again.map((r) => [r.id, r.readAt])).toEqual([[TRAM_VOTE.url, '2025-05-01T10:00:00.000Z']]);
    expect(store.fullReads).toBe(1);
  });

  it('a deletion drops the snapshot (it holds the deleted articles’ words) and the index is rebuilt without them', async () => {
    const store = new CountingStore();
    await store.put(recordOf(TRAM_VOTE, new Date())!);
    const memory = new ReadingMemory(store, settings, undefined, null);
    expect(await memory.related(TRAM_WORKS)).toHaveLength(1);
    await store.delete(TRAM_VOTE.url);
    expect(await store.loadSnapshot()).toBeNull();
    expect(await memory.related(TRAM_WORKS)).toEqual([]);
    expect(await new ReadingMemory(store, settings, undefined, null).related(TRAM_WORKS)).toEqual([]);
    // A snapshot built before a deletion is refused by the store.
    const rebuilt = (await store.loadSnapshot())?.generation;
    expect(rebuilt).toBe(await store.generation());
    await store.saveSnapshot({ generation: 0, data: new Uint8Array(), readAt: [] });
    expect((await store.loadSnapshot())?.generation).toBe(rebuilt);
  });

  it('keeps the People grouping up to date after articles are stored; a deletion drops it with the deleted names', async () => {
    const store = new InMemoryStore();
    const memory = new ReadingMemory(store, settings, undefined, null);
    expect(await memory.remember(TRAM_VOTE)).toBe('stored');
    expect(await memory.remember(UNRELATED)).toBe('stored');
    expect(await memory.updatePeople()).toBe(true); // grouped, and kept
    expect((await store.loadPeople())?.generation).toBe(await store.generation());
    expect(await memory.updatePeople()).toBe(false); // current: read as kept
    const kept = (await currentPeople(store)).people;
    expect(kept.rows.map((r) => r.name)).toContain('Elena Vasquez');

    await store.delete(TRAM_VOTE.url);
    expect(await store.loadPeople()).toBeNull();
    const after = await currentPeople(store);
    expect(after.grouped).toBe(true);
    expect(after.people.rows.map((r) => r.name)).not.toContain('Elena Vasquez');
    expect(after.people.articleCount).toBe(1);
    await after.kept;
    expect((await store.loadPeople())?.generation).toBe(await store.generation());
  });

  it('an empty memory keeps no People grouping (nothing is written back after everything is deleted)', async () => {
    const store = new InMemoryStore();
    const memory = new ReadingMemory(store, settings, undefined, null);
    await memory.remember(TRAM_VOTE);
    expect(await memory.updatePeople()).toBe(true);
    await store.delete(TRAM_VOTE.url);
    const after = await currentPeople(store);
    await after.kept;
    expect(after.people.articleCount).toBe(0);
    expect(await store.loadPeople()).toBeNull();
  });

  it('regroups by itself a moment after an article is stored', async () => {
    const store = new InMemoryStore();
    const memory = new ReadingMemory(store, settings, undefined, 5);
    await memory.remember(TRAM_VOTE);
    expect(await store.loadPeople()).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await store.loadPeople())?.generation).toBe(await store.generation());
  });

  it('the People page opens on the kept grouping at once, and on a regrouping when articles were stored since; never on deleted names', async () => {
    const store = new InMemoryStore();
    const memory = new ReadingMemory(store, settings, undefined, null);
    await memory.remember(TRAM_VOTE);
    await memory.updatePeople();
    await memory.remember(UNRELATED);
    const opened = await openPeople(store);
    expect(opened.people.articleCount).toBe(1); // kept, from before the second article
    expect((await opened.fresher)?.articleCount).toBe(2);
    const again = await openPeople(store); // the regrouping was kept
    expect(again.fresher).toBeNull();
    expect(again.people.articleCount).toBe(2);
    await store.delete(TRAM_VOTE.url);
    const afterDelete = await openPeople(store);
    expect(afterDelete.fresher).toBeNull(); // nothing kept: grouped now
    expect(afterDelete.people.rows.map((r) => r.name)).not.toContain('Elena Vasquez');
  });
});

