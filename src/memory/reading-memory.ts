// The reading memory's logic, whatever the store: remembering an analysed article (when the
// reader turned the memory on, did not pause it or exclude the site, and is not in a private
// window) and finding, among the articles read before, those related to the current one. The
// related query is the bundled index's own (src/index): the remembered articles are assembled
// into an index of the same format, rebuilt when the store's generation moves on, and queried
// with the same relevance floor and the same exclusion of the article itself (same address,
// same text print, near-identical text).
import type { Analysis } from '../analysis/types';
import { assembleIndex } from '../index/build';
import { RelatedIndex } from '../index/query';
import type { RelatedDoc } from '../index/types';
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

interface BuiltIndex {
  generation: number;
  index: RelatedIndex;
  readAt: Map<string, string>;
}

export class ReadingMemory {
  private built: Promise<BuiltIndex> | null = null;

  constructor(
    private readonly store: MemoryStore,
    private readonly settings: () => Promise<MemorySettings>,
    private readonly now: () => Date = () => new Date(),
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
    return 'stored';
  }

  /** Articles read before that are related to this one, best first (none when the memory is off). */
  async related(page: ReadPage, limit = 5): Promise<RememberedDoc[]> {
    if (!(await this.settings()).enabled) return [];
    const { index, readAt } = await this.index();
    if (index.size === 0) return [];
    const url = articleId(page.url) ?? page.url;
    return index
      .query({ analysis: page.analysis, url, date: page.published ?? null }, limit)
      .map((doc) => ({ ...doc, readAt: readAt.get(doc.id) ?? '' }));
  }

  /** The index of the remembered articles, rebuilt when the store changed since it was built. */
  private async index(): Promise<BuiltIndex> {
    const generation = await this.store.generation();
    const current = this.built ? await this.built.catch(() => null) : null;
    if (current && current.generation === generation) return current;
    this.built = this.store.all().then((records) => buildMemoryIndex(records, generation));
    return this.built;
  }
}

export function buildMemoryIndex(records: readonly MemoryRecord[], generation = 0): BuiltIndex {
  const { data } = assembleIndex(records.map(analysedDocOf), { builtAt: '' });
  return { generation, index: RelatedIndex.fromBytes(data), readAt: new Map(records.map((r) => [r.id, r.readAt])) };
}
