// The reading memory in IndexedDB (the extension's own origin: the background, the options page
// and the People page open the same database). Every write runs in one transaction with the
// generation counter, so a failed write changes nothing and a reader sees a new generation.
import type { MemoryRecord } from './record';
import type { MemoryStore } from './store';

export const DB_NAME = 'context-lens-memory';
const DB_VERSION = 1;
const ARTICLES = 'articles';
const META = 'meta';
const GENERATION_KEY = 'generation';

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

export class IdbStore implements MemoryStore {
  private opening: Promise<IDBDatabase> | null = null;

  constructor(private readonly name = DB_NAME) {}

  private db(): Promise<IDBDatabase> {
    this.opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(this.name, DB_VERSION);
      request.onupgradeneeded = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains(ARTICLES)) db.createObjectStore(ARTICLES, { keyPath: 'id' }).createIndex('site', 'site');
        if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
      };
      request.onsuccess = () => {
        const db = request.result;
        // Another page deleting or upgrading the database: let it, and reopen on next use.
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

  /** Runs `work` in one read-write transaction over the articles and the generation, which it moves on. */
  private async write<T>(work: (articles: IDBObjectStore) => Promise<T> | T): Promise<T> {
    const tx = (await this.db()).transaction([ARTICLES, META], 'readwrite');
    const done = transactionDone(tx);
    const meta = tx.objectStore(META);
    const result = work(tx.objectStore(ARTICLES));
    const current = await requestResult(meta.get(GENERATION_KEY));
    meta.put((typeof current === 'number' ? current : 0) + 1, GENERATION_KEY);
    const value = await result;
    await done;
    return value;
  }

  async all(): Promise<MemoryRecord[]> {
    const tx = (await this.db()).transaction(ARTICLES, 'readonly');
    return (await requestResult(tx.objectStore(ARTICLES).getAll())) as MemoryRecord[];
  }

  async count(): Promise<number> {
    const tx = (await this.db()).transaction(ARTICLES, 'readonly');
    return requestResult(tx.objectStore(ARTICLES).count());
  }

  async put(record: MemoryRecord): Promise<void> {
    await this.write((articles) => void articles.put(record));
  }

  async addMissing(records: readonly MemoryRecord[]): Promise<number> {
    return this.write(async (articles) => {
      const present = new Set((await requestResult(articles.getAllKeys())).map(String));
      let added = 0;
      for (const record of records) {
        if (present.has(record.id)) continue;
        present.add(record.id);
        articles.add(record);
        added++;
      }
      return added;
    });
  }

  async delete(id: string): Promise<void> {
    await this.write((articles) => void articles.delete(id));
  }

  async deleteSite(site: string): Promise<number> {
    return this.write(async (articles) => {
      const keys = await requestResult(articles.index('site').getAllKeys(IDBKeyRange.only(site)));
      for (const key of keys) articles.delete(key);
      return keys.length;
    });
  }

  async clear(): Promise<void> {
    await this.write((articles) => void articles.clear());
  }

  async generation(): Promise<number> {
    const tx = (await this.db()).transaction(META, 'readonly');
    const value = await requestResult(tx.objectStore(META).get(GENERATION_KEY));
    return typeof value === 'number' ? value : 0;
  }
}
