// The reading memory's logic, whatever the store: remembering an analysed article (when the
// reader turned the memory on, did not pause it or exclude the site, and is not in a private
// window) and finding, among the articles read before, those related to the current one. The
// related query is the bundled index's own (src/index): the remembered articles are assembled
// into an index of the same format, rebuilt when the store's generation moves on, and queried
// with the same relevance floor and the same exclusion of the article itself (same address,
// same text print, near-identical text).
import type { Analysis } from '../analysis/types';
import { assembleIndex, assembleIndexInSlices, type BuildResult } from '../index/build';
import { PreparedQuery, prepareQuery, RelatedIndex } from '../index/query';
import type { RelatedDoc } from '../index/types';
import { currentPeople } from './people';
import { analysedDocOf, articleId, recordOf, siteOf, type MemoryRecord } from './record';
import { isExcluded, type MemorySettings } from './settings';
import type { MemoryStore } from './store';

/** A related document found in the memory: when it was read. */
export interface RememberedDoc extends RelatedDoc {
  readAt: string;
}

export type RememberOutcome = 'stored' | 'off' | 'paused' | 'excluded' | 'private' | 'unsuitable';

export interface ReadPage {
  url: string;
  analysis: Analysis;
  published?: string | undefined;
}

/** The memory's index and when each of its articles was read. */
interface BuiltIndex {
  index: RelatedIndex;
  readAt: Map<string, string>;
}

/** The index as the background holds it: a base built at `generation` (kept in the store as a
 * snapshot) and a small index of the records written since, which replace their base copies. */
interface MemoryIndex {
  generation: number;
  base: BuiltIndex & { generation: number };
  delta: (BuiltIndex & { ids: Set<string> }) | null;
}

/** Records written since the base was built are queried from a small index of their own, up to
 * this many; beyond, the base is rebuilt with them (and saved). */
export const MAX_DELTA = 200;

/** The People page's grouping is brought up to date this long after the last article stored (a
 * reader going through several articles costs one regrouping). */
export const PEOPLE_REGROUP_DELAY_MS = 3000;

export class ReadingMemory {
  private current: Promise<MemoryIndex> | null = null;
  private regroup: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly store: MemoryStore,
    private readonly settings: () => Promise<MemorySettings>,
    private readonly now: () => Date = () => new Date(),
    private readonly regroupDelayMs: number | null = PEOPLE_REGROUP_DELAY_MS,
  ) {}

  /** Stores the article when the settings allow it; says what was done. */
  async remember(page: ReadPage, context: { incognito?: boolean } = {}): Promise<RememberOutcome> {
    const settings = await this.settings();
    if (!settings.enabled) return 'off';
    if (settings.paused) return 'paused';
    if (context.incognito) return 'private';
    if (isExcluded(siteOf(page.url), settings)) return 'excluded';
    const record = recordOf(page, this.now());
    if (!record) return 'unsuitable';
    await this.store.put(record);
    this.schedulePeople();
    return 'stored';
  }

  /** Regroups the People page's data soon, in the background, so that opening the page reads it kept
   * instead of grouping every article read (null delay: never, for tests that call updatePeople). */
  private schedulePeople(): void {
    if (this.regroupDelayMs === null) return;
    if (this.regroup !== null) clearTimeout(this.regroup);
    this.regroup = setTimeout(() => {
      this.regroup = null;
      void this.updatePeople().catch((error: unknown) => console.warn('Context Lens: the People page data was not updated', error));
    }, this.regroupDelayMs);
  }

  /** Brings the kept People grouping up to the store's generation; says whether it had to regroup. */
  async updatePeople(): Promise<boolean> {
    const { grouped, kept } = await currentPeople(this.store);
    await kept;
    return grouped;
  }

  /** Articles read before that are related to this one, best first (none when the memory is off).
   * The page's query prepared once (relatedQuery) serves the bundled index too. */
  async related(page: ReadPage | PreparedQuery, limit = 5): Promise<RememberedDoc[]> {
    if (!(await this.settings()).enabled) return [];
    const { base, delta } = await this.index();
    const query = page instanceof PreparedQuery ? page : relatedQuery(page);
    const found = (built: BuiltIndex, skip?: Set<string>): RememberedDoc[] =>
      built.index.size === 0
        ? []
        : built.index
            .query(query, limit + (skip?.size ?? 0))
            .filter((doc) => !skip?.has(doc.id))
            .map((doc) => ({ ...doc, readAt: built.readAt.get(doc.id) ?? '' }));
    if (!delta) return found(base).slice(0, limit);
    return [...found(base, delta.ids), ...found(delta)].sort((a, b) => b.score - a.score).slice(0, limit);
  }

  /** The index of the remembered articles as of the store's generation now. */
  private async index(): Promise<MemoryIndex> {
    const generation = await this.store.generation();
    const held = this.current ? await this.current.catch(() => null) : null;
    if (held && held.generation === generation) return held;
    this.current = this.update(held?.base ?? null, generation);
    return this.current;
  }

  private async update(held: MemoryIndex['base'] | null, generation: number, fresh = false): Promise<MemoryIndex> {
    const base = held ?? (await this.loadSnapshot());
    if (base) {
      const changes = await this.store.changedSince(base.generation);
      // Just rebuilt and already overtaken by other writes: use it as it is; the next query catches up.
      if (fresh && (changes.deleted || changes.records.length > MAX_DELTA)) return { generation: base.generation, base, delta: null };
      if (!changes.deleted && changes.records.length <= MAX_DELTA) {
        if (changes.records.length === 0) return { generation, base, delta: null };
        return { generation, base, delta: { ...buildMemoryIndex(changes.records), ids: new Set(changes.records.map((r) => r.id)) } };
      }
    }
    // Read the generation before the records: a record written in between is in both, and its newer copy wins.
    const builtAt = await this.store.generation();
    const records = await this.store.all();
    // In slices: at 10,000 articles the build takes seconds, and the background must go on answering.
    const rebuilt = { ...(await buildMemoryIndexInSlices(records)), generation: builtAt };
    await this.store
      .saveSnapshot({ generation: builtAt, data: rebuilt.data, readAt: [...rebuilt.readAt] })
      .catch((error: unknown) => console.warn('Context Lens: the memory index was not saved', error));
    return this.update(rebuilt, generation, true);
  }

  private async loadSnapshot(): Promise<MemoryIndex['base'] | null> {
    const snapshot = await this.store.loadSnapshot().catch(() => null);
    if (!snapshot) return null;
    try {
      return { generation: snapshot.generation, index: RelatedIndex.fromBytes(snapshot.data), readAt: new Map(snapshot.readAt) };
    } catch {
      return null; // an index of another format version: rebuilt
    }
  }
}

/** A read page as the related-documents indexes are asked about it: at its address without fragment. */
export function relatedQuery(page: ReadPage): PreparedQuery {
  return prepareQuery({ analysis: page.analysis, url: articleId(page.url) ?? page.url, date: page.published ?? null });
}

export function buildMemoryIndex(records: readonly MemoryRecord[]): BuiltIndex & { data: Uint8Array } {
  return builtFrom(records, assembleIndex(analysedDocs(records), { builtAt: '' }));
}

/** buildMemoryIndex, pausing between slices of the work (the same bytes). */
export async function buildMemoryIndexInSlices(records: readonly MemoryRecord[]): Promise<BuiltIndex & { data: Uint8Array }> {
  return builtFrom(records, await assembleIndexInSlices(analysedDocs(records), { builtAt: '' }));
}

/** The records as the index builder reads them, converted as it goes (inside its slices). */
function* analysedDocs(records: readonly MemoryRecord[]): Generator<ReturnType<typeof analysedDocOf>> {
  for (const record of records) yield analysedDocOf(record);
}

function builtFrom(records: readonly MemoryRecord[], { data }: BuildResult): BuiltIndex & { data: Uint8Array } {
  return { data, index: RelatedIndex.fromBytes(data), readAt: new Map(records.map((r) => [r.id, r.readAt])) };
}
