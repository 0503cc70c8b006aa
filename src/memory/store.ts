// Where the reading memory keeps its records: one small interface, an IndexedDB implementation for
// the extension (./idb-store.ts) and an in-memory one for the logic's unit tests and the benchmark.
// Every write moves the store's generation on and stamps the records it writes with it, so a reader
// holding a derived structure (the background's related-documents index) can tell what changed
// since it was built: records written later, or a deletion (then everything is rebuilt). The index
// itself can be kept in the store (a snapshot), so a background that was stopped does not rebuild
// it; any deletion drops the snapshot with the records.
import { packSummary, peopleSourceOf, type PeopleSource } from './packed';
import type { PeopleSnapshot } from './people';
import type { ArticleSummary, MemoryRecord } from './record';

/** The memory's index as built at `generation`: the index file's bytes and when each article was read. */
export interface IndexSnapshot {
  generation: number;
  data: Uint8Array;
  readAt: Array<[id: string, readAt: string]>;
}

export interface Changes {
  /** Records written after the generation asked about (new, or replacing one). */
  records: MemoryRecord[];
  /** Whether anything was deleted since. */
  deleted: boolean;
}

export interface MemoryStore {
  /** Every record, with its index features (the index build, the export). */
  all(): Promise<MemoryRecord[]>;
  /** Every record without its index features (the options page). */
  summaries(): Promise<ArticleSummary[]>;
  /** Every record as the People page groups it: names and speakers packed in strings, no claims. */
  peopleSources(): Promise<PeopleSource[]>;
  /** The packed claims of these articles (of all without ids), by article id. */
  packedClaims(ids?: readonly string[]): Promise<Map<string, string>>;
  count(): Promise<number>;
  /** Stores a record, replacing one with the same id. */
  put(record: MemoryRecord): Promise<void>;
  /** Adds, in one transaction, the records whose id is not stored yet (nothing stored is replaced); returns how many were added. */
  addMissing(records: readonly MemoryRecord[]): Promise<number>;
  delete(id: string): Promise<void>;
  /** Deletes every record of a site (host name); returns how many. */
  deleteSite(site: string): Promise<number>;
  clear(): Promise<void>;
  /** A number that grows with every write. */
  generation(): Promise<number>;
  changedSince(generation: number): Promise<Changes>;
  loadSnapshot(): Promise<IndexSnapshot | null>;
  /** Keeps the index built at snapshot.generation (ignored when the store has had a deletion since). */
  saveSnapshot(snapshot: IndexSnapshot): Promise<void>;
  /** The People page's grouping as last kept (any deletion drops it, as it drops the index). */
  loadPeople(): Promise<PeopleSnapshot | null>;
  /** Keeps the People grouping built at snapshot.generation (ignored when the store has had a deletion since). */
  savePeople(snapshot: PeopleSnapshot): Promise<void>;
}

export function summaryOf(record: MemoryRecord): ArticleSummary {
  const { id, url, site, title, lang, published, readAt, entities, claims } = record;
  return { id, url, site, title, lang, published, readAt, entities, claims };
}

/** The store in a Map: for tests and tools. Records are copied in and out, as IndexedDB clones them. */
export class InMemoryStore implements MemoryStore {
  private readonly records = new Map<string, { record: MemoryRecord; seq: number }>();
  private gen = 0;
  private lastDeletion = 0;
  private snapshot: IndexSnapshot | null = null;
  private people: PeopleSnapshot | null = null;

  async all(): Promise<MemoryRecord[]> {
    return [...this.records.values()].map((r) => structuredClone(r.record));
  }
  async summaries(): Promise<ArticleSummary[]> {
    return [...this.records.values()].map((r) => structuredClone(summaryOf(r.record)));
  }
  async peopleSources(): Promise<PeopleSource[]> {
    return structuredClone([...this.records.values()].map((r) => peopleSourceOf(packSummary(r.record))));
  }
  async packedClaims(ids?: readonly string[]): Promise<Map<string, string>> {
    const wanted = ids ? ids.flatMap((id) => this.records.get(id) ?? []) : [...this.records.values()];
    return new Map(wanted.map((r) => [r.record.id, packSummary(r.record).claims]));
  }
  async count(): Promise<number> {
    return this.records.size;
  }
  async put(record: MemoryRecord): Promise<void> {
    this.records.set(record.id, { record: structuredClone(record), seq: ++this.gen });
  }
  async addMissing(records: readonly MemoryRecord[]): Promise<number> {
    const seq = ++this.gen;
    let added = 0;
    for (const record of records) {
      if (this.records.has(record.id)) continue;
      this.records.set(record.id, { record: structuredClone(record), seq });
      added++;
    }
    return added;
  }
  private deleted(): void {
    this.lastDeletion = ++this.gen;
    this.snapshot = null;
    this.people = null;
  }
  async delete(id: string): Promise<void> {
    this.records.delete(id);
    this.deleted();
  }
  async deleteSite(site: string): Promise<number> {
    const ids = [...this.records.values()].filter((r) => r.record.site === site).map((r) => r.record.id);
    for (const id of ids) this.records.delete(id);
    this.deleted();
    return ids.length;
  }
  async clear(): Promise<void> {
    this.records.clear();
    this.deleted();
  }
  async generation(): Promise<number> {
    return this.gen;
  }
  async changedSince(generation: number): Promise<Changes> {
    const records = [...this.records.values()].filter((r) => r.seq > generation).map((r) => structuredClone(r.record));
    return { records, deleted: this.lastDeletion > generation };
  }
  async loadSnapshot(): Promise<IndexSnapshot | null> {
    return this.snapshot ? structuredClone(this.snapshot) : null;
  }
  async saveSnapshot(snapshot: IndexSnapshot): Promise<void> {
    if (snapshot.generation >= this.lastDeletion) this.snapshot = structuredClone(snapshot);
  }
  async loadPeople(): Promise<PeopleSnapshot | null> {
    return this.people ? structuredClone(this.people) : null;
  }
  async savePeople(snapshot: PeopleSnapshot): Promise<void> {
    if (snapshot.generation >= this.lastDeletion) this.people = structuredClone(snapshot);
  }
}
