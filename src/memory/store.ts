// Where the reading memory keeps its records: one small interface, an IndexedDB implementation for
// the extension (./idb-store.ts) and an in-memory one for the logic's unit tests. Every write
// moves the store's generation on, so a reader holding a derived structure (the background's
// related-documents index) knows when to rebuild it, whichever extension page wrote.
import type { MemoryRecord } from './record';

export interface MemoryStore {
  all(): Promise<MemoryRecord[]>;
  count(): Promise<number>;
  /** Stores a record, replacing one with the same id. */
  put(record: MemoryRecord): Promise<void>;
  /** Adds, in one transaction, the records whose id is not stored yet (nothing stored is replaced); returns how many were added. */
  addMissing(records: readonly MemoryRecord[]): Promise<number>;
  delete(id: string): Promise<void>;
  /** Deletes every record of a site (host name); returns how many. */
  deleteSite(site: string): Promise<number>;
  clear(): Promise<void>;
  /** A number that changes with every write. */
  generation(): Promise<number>;
}

/** The store in a Map: for tests and tools. Records are copied in and out, as IndexedDB clones them. */
export class InMemoryStore implements MemoryStore {
  private readonly records = new Map<string, MemoryRecord>();
  private gen = 0;

  async all(): Promise<MemoryRecord[]> {
    return [...this.records.values()].map((r) => structuredClone(r));
  }
  async count(): Promise<number> {
    return this.records.size;
  }
  async put(record: MemoryRecord): Promise<void> {
    this.records.set(record.id, structuredClone(record));
    this.gen++;
  }
  async addMissing(records: readonly MemoryRecord[]): Promise<number> {
    let added = 0;
    for (const record of records) {
      if (this.records.has(record.id)) continue;
      this.records.set(record.id, structuredClone(record));
      added++;
    }
    this.gen++;
    return added;
  }
  async delete(id: string): Promise<void> {
    this.records.delete(id);
    this.gen++;
  }
  async deleteSite(site: string): Promise<number> {
    const ids = [...this.records.values()].filter((r) => r.site === site).map((r) => r.id);
    for (const id of ids) this.records.delete(id);
    this.gen++;
    return ids.length;
  }
  async clear(): Promise<void> {
    this.records.clear();
    this.gen++;
  }
  async generation(): Promise<number> {
    return this.gen;
  }
}
