// The reading memory in IndexedDB (the extension's own origin: the background, the options page
// and the People page open the same database). Summaries (what the pages show) and index
// features (what the related query needs) are apart, so the People page does not load the
// features. Every write runs in one transaction with the generation counter, so a failed write
// changes nothing; a deletion also drops the index snapshot, which holds the deleted articles' words.
import { packSummary, peopleSourceOf, unpackSummary, type PeopleSource } from './packed';
import type { ArticleSummary, MemoryRecord } from './record';
import type { PeopleSnapshot } from './people';
import { summaryOf, type Changes, type IndexSnapshot, type MemoryStore } from './store';

export const DB_NAME = 'context-lens-memory';
const DB_VERSION = 1;
const ARTICLES = 'articles';
const FEATURES = 'features';
const CLAIMS = 'claims';
const META = 'meta';
const GENERATION = 'generation';
const LAST_DELETION = 'lastDeletion';
const SNAPSHOT = 'snapshot';
const PEOPLE = 'people';

/** An article's summary as kept: names and speakers packed (./packed.ts), with the generation that
 * wrote it; its claims apart (the People page reads them for the names it shows). */
type StoredSummary = PeopleSource & Pick<ArticleSummary, 'lang' | 'published'> & { seq: number };
interface StoredClaims {
  id: string;
  claims: string;
}
interface StoredFeatures {
  id: string;
  features: MemoryRecord['features'];
}

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

const number = (value: unknown): number => (typeof value === 'number' ? value : 0);

interface WriteStores {
  articles: IDBObjectStore;
  features: IDBObjectStore;
  claims: IDBObjectStore;
  /** The generation this write stamps its records with. */
  seq: number;
  /** Marks the write as a deletion. */
  deleting: () => void;
}

export class IdbStore implements MemoryStore {
  private opening: Promise<IDBDatabase> | null = null;

  constructor(private readonly name = DB_NAME) {}

  private db(): Promise<IDBDatabase> {
    this.opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(this.name, DB_VERSION);
      request.onupgradeneeded = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains(ARTICLES)) {
          const articles = db.createObjectStore(ARTICLES, { keyPath: 'id' });
          articles.createIndex('site', 'site');
          articles.createIndex('seq', 'seq');
        }
        if (!db.objectStoreNames.contains(FEATURES)) db.createObjectStore(FEATURES, { keyPath: 'id' });
        if (!db.objectStoreNames.contains(CLAIMS)) db.createObjectStore(CLAIMS, { keyPath: 'id' });
        if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
      };
      request.onsuccess = () => {
        const db = request.result;
        // Another page upgrading or deleting the database: let it, and reopen on next use.
        db.onversionchange = () => {
          db.close();
          this.opening = null;
        };
        resolve(db);
      };
      request.onerror = () => {
        this.opening = null;
        reject(request.error ?? new Error('cannot open the reading memory'));
      };
    });
    return this.opening;
  }

  /** Runs `work` in one read-write transaction that moves the generation on. */
  private async write<T>(work: (stores: WriteStores) => Promise<T> | T): Promise<T> {
    const tx = (await this.db()).transaction([ARTICLES, FEATURES, CLAIMS, META], 'readwrite');
    const done = transactionDone(tx);
    const meta = tx.objectStore(META);
    try {
      const seq = number(await requestResult(meta.get(GENERATION))) + 1;
      meta.put(seq, GENERATION);
      let deleting = false;
      const value = await work({ articles: tx.objectStore(ARTICLES), features: tx.objectStore(FEATURES), claims: tx.objectStore(CLAIMS), seq, deleting: () => (deleting = true) });
      if (deleting) {
        meta.put(seq, LAST_DELETION);
        meta.delete(SNAPSHOT);
        meta.delete(PEOPLE);
      }
      await done;
      return value;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // already finished
      }
      await done.catch(() => undefined);
      throw error;
    }
  }

  private async read<T>(stores: string[], work: (tx: IDBTransaction) => Promise<T>): Promise<T> {
    return work((await this.db()).transaction(stores, 'readonly'));
  }

  async all(): Promise<MemoryRecord[]> {
    return this.read([ARTICLES, FEATURES, CLAIMS], async (tx) => {
      const [summaries, features, claims] = await Promise.all([
        requestResult(tx.objectStore(ARTICLES).getAll()) as Promise<StoredSummary[]>,
        requestResult(tx.objectStore(FEATURES).getAll()) as Promise<StoredFeatures[]>,
        requestResult(tx.objectStore(CLAIMS).getAll()) as Promise<StoredClaims[]>,
      ]);
      const byId = new Map(features.map((f) => [f.id, f.features]));
      const claimsById = new Map(claims.map((c) => [c.id, c.claims]));
      return summaries.flatMap((stored) => {
        const f = byId.get(stored.id);
        return f ? [{ ...unpackSummary({ ...stored, claims: claimsById.get(stored.id) ?? '' }), features: f }] : [];
      });
    });
  }

  async summaries(): Promise<ArticleSummary[]> {
    const [stored, claims] = await Promise.all([this.stored(), this.packedClaims()]);
    return stored.map((s) => unpackSummary({ ...s, claims: claims.get(s.id) ?? '' }));
  }

  private async stored(): Promise<StoredSummary[]> {
    return this.read([ARTICLES], async (tx) => (await requestResult(tx.objectStore(ARTICLES).getAll())) as StoredSummary[]);
  }

  async peopleSources(): Promise<PeopleSource[]> {
    return this.stored();
  }

  async packedClaims(ids?: readonly string[]): Promise<Map<string, string>> {
    return this.read([CLAIMS], async (tx) => {
      const store = tx.objectStore(CLAIMS);
      const found = ids
        ? (await Promise.all(ids.map((id) => requestResult(store.get(id)) as Promise<StoredClaims | undefined>))).filter((c): c is StoredClaims => c !== undefined)
        : ((await requestResult(store.getAll())) as StoredClaims[]);
      return new Map(found.map((c) => [c.id, c.claims]));
    });
  }

  async count(): Promise<number> {
    return this.read([ARTICLES], (tx) => requestResult(tx.objectStore(ARTICLES).count()));
  }

  private static putRecord(stores: WriteStores, record: MemoryRecord): void {
    const { lang, published } = record;
    const packed = packSummary(summaryOf(record));
    stores.articles.put({ ...peopleSourceOf(packed), lang, published, seq: stores.seq } satisfies StoredSummary);
    stores.claims.put({ id: record.id, claims: packed.claims } satisfies StoredClaims);
    stores.features.put({ id: record.id, features: record.features } satisfies StoredFeatures);
  }

  async put(record: MemoryRecord): Promise<void> {
    await this.write((stores) => IdbStore.putRecord(stores, record));
  }

  async addMissing(records: readonly MemoryRecord[]): Promise<number> {
    return this.write(async (stores) => {
      const present = new Set((await requestResult(stores.articles.getAllKeys())).map(String));
      let added = 0;
      for (const record of records) {
        if (present.has(record.id)) continue;
        present.add(record.id);
        IdbStore.putRecord(stores, record);
        added++;
      }
      return added;
    });
  }

  async delete(id: string): Promise<void> {
    await this.write(({ articles, features, claims, deleting }) => {
      articles.delete(id);
      features.delete(id);
      claims.delete(id);
      deleting();
    });
  }

  async deleteSite(site: string): Promise<number> {
    return this.write(async ({ articles, features, claims, deleting }) => {
      const keys = await requestResult(articles.index('site').getAllKeys(IDBKeyRange.only(site)));
      for (const key of keys) {
        articles.delete(key);
        features.delete(key);
        claims.delete(key);
      }
      deleting();
      return keys.length;
    });
  }

  async clear(): Promise<void> {
    await this.write(({ articles, features, claims, deleting }) => {
      articles.clear();
      features.clear();
      claims.clear();
      deleting();
    });
  }

  async generation(): Promise<number> {
    return this.read([META], async (tx) => number(await requestResult(tx.objectStore(META).get(GENERATION))));
  }

  async changedSince(generation: number): Promise<Changes> {
    return this.read([ARTICLES, FEATURES, CLAIMS, META], async (tx) => {
      const lastDeletion = requestResult(tx.objectStore(META).get(LAST_DELETION));
      const summaries = (await requestResult(tx.objectStore(ARTICLES).index('seq').getAll(IDBKeyRange.lowerBound(generation, true)))) as StoredSummary[];
      const [features, claims] = await Promise.all([
        Promise.all(summaries.map((s) => requestResult(tx.objectStore(FEATURES).get(s.id)) as Promise<StoredFeatures | undefined>)),
        Promise.all(summaries.map((s) => requestResult(tx.objectStore(CLAIMS).get(s.id)) as Promise<StoredClaims | undefined>)),
      ]);
      const records = summaries.flatMap((stored, i) => {
        const f = features[i];
        return f ? [{ ...unpackSummary({ ...stored, claims: claims[i]?.claims ?? '' }), features: f.features }] : [];
      });
      return { records, deleted: number(await lastDeletion) > generation };
    });
  }

  async loadSnapshot(): Promise<IndexSnapshot | null> {
    return this.read([META], async (tx) => {
      const value = (await requestResult(tx.objectStore(META).get(SNAPSHOT))) as IndexSnapshot | undefined;
      return value && value.data instanceof Uint8Array && Array.isArray(value.readAt) && typeof value.generation === 'number' ? value : null;
    });
  }

  async saveSnapshot(snapshot: IndexSnapshot): Promise<void> {
    await this.saveDerived(SNAPSHOT, snapshot);
  }

  async loadPeople(): Promise<PeopleSnapshot | null> {
    return this.read([META], async (tx) => {
      const value = (await requestResult(tx.objectStore(META).get(PEOPLE))) as PeopleSnapshot | undefined;
      return value && typeof value === 'object' && typeof value.generation === 'number' ? value : null;
    });
  }

  async savePeople(snapshot: PeopleSnapshot): Promise<void> {
    await this.saveDerived(PEOPLE, snapshot);
  }

  /** Keeps a structure derived from the records as of `value.generation`, unless a deletion came since: its words must not come back. */
  private async saveDerived(key: string, value: { generation: number }): Promise<void> {
    const tx = (await this.db()).transaction([META], 'readwrite');
    const done = transactionDone(tx);
    const meta = tx.objectStore(META);
    if (number(await requestResult(meta.get(LAST_DELETION))) <= value.generation) meta.put(value, key);
    await done;
  }
}
