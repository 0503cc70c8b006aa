// The People page's data: the speakers and entities across the remembered articles, each with the
// articles that name it and the claims it made there, with their dates. Pure. Which entry a name
// or a speaker belongs to is decided when the article is stored (./person-keys.ts).
// Grouping keeps numbers only (which article, which claim); an entry's articles and claims are
// made into objects when the page shows it: ten thousand articles name tens of thousands of people.
import type { EntityType } from '../analysis/types';
import { memoized } from '../text/memo';
import { normKey } from '../text/normalize';
import { forEachName, keysOfPacked, packRows, unpackClaims, unpackRows, unpackSpeakers, type PeopleSource } from './packed';
import type { MemoryStore } from './store';
import type { RememberedClaim } from './record';

export interface PersonArticle {
  id: string;
  title: string;
  url: string;
  site: string;
  readAt: string;
}

export interface PersonClaim {
  articleId: string;
  /** Title and address of its article. */
  title: string;
  url: string;
  kind: string;
  cue: string | null;
  text: string;
  rationale: string | null;
  readAt: string;
}

export type PersonType = EntityType | 'SOURCE';

/** One name across the articles read, as the list sorts and searches it. */
export interface PersonRow {
  key: string;
  name: string;
  /** The entity type the articles give it most; 'SOURCE' for a speaker no article names as an entity ("a government official"). */
  type: PersonType;
  articleCount: number;
  claimCount: number;
  /** Latest reading that names it (ISO). */
  lastRead: string;
}

/** A row with its articles and claims, latest reading first. */
export interface PersonEntry extends PersonRow {
  articles: PersonArticle[];
  claims: PersonClaim[];
}

const TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];
const PERSON_TYPES: readonly PersonType[] = [...TYPES, 'SOURCE'];

/** An article as an entry lists it. */
type ArticleRef = PersonArticle;

/**
 * Which articles name each row and which claims it made, as chains of links in shared arrays
 * (tens of thousands of names: no arrays of their own). Plain typed arrays, so that the grouping
 * can be kept in the store (PeopleSnapshot) and the page opened without grouping again.
 */
interface Links {
  /** Per row (in `rows` order): its first article link and first claim link, -1 when none. */
  firstArticle: Int32Array;
  firstClaim: Int32Array;
  /** Article links: the article, the next link of the same row (-1 at the end). */
  articleOf: Int32Array;
  nextArticle: Int32Array;
  /** Claim links: the article, the claim's index in it, the next link of the same row. */
  claimArticle: Int32Array;
  claimIndex: Int32Array;
  nextClaim: Int32Array;
}

/** The grouped data: articles (latest reading first; links point into them), rows and links. */
interface Grouped extends Links {
  articles: ArticleRef[];
  rows: PersonRow[];
}

/** The People data as the store keeps it between openings of the page: built at `generation`. */
export interface PeopleSnapshot extends Links {
  generation: number;
  version: typeof SNAPSHOT_VERSION;
  /** Articles packed: id, url, site, title, readAt per article. */
  articles: string;
  /** Rows packed: key, name, type, article count, claim count, last reading per row. */
  rows: string;
}

const SNAPSHOT_VERSION = 1;

/** A name being grouped. */
interface Group {
  row: PersonRow;
  firstArticle: number;
  lastArticleLink: number;
  lastArticle: number;
  firstClaim: number;
  lastClaim: number;
  /** How many articles give it each entity type, in TYPES order. */
  types: number[] | null;
}

/** Groups the articles' names and speakers (the work opening the page costs when no snapshot is current). */
function group(sources: readonly PeopleSource[]): Grouped {
  // normKey remembered, for articles stored without their keys: the same names come back in article after article.
  const keyOf = memoized(normKey);
  // Latest reading first: each entry's articles and claims come out in that order, unsorted.
  const records = [...sources].sort((a, b) => (a.readAt < b.readAt ? 1 : a.readAt > b.readAt ? -1 : 0));
  const groups = new Map<string, Group>();
  const articleOf: number[] = [];
  const nextArticle: number[] = [];
  const claimArticle: number[] = [];
  const claimIndex: number[] = [];
  const nextClaim: number[] = [];
  const groupOf = (name: string, key: string): Group => {
    let g = groups.get(key);
    if (!g) {
      g = { row: { key, name, type: 'SOURCE', articleCount: 0, claimCount: 0, lastRead: '' }, firstArticle: -1, lastArticleLink: -1, lastArticle: -1, firstClaim: -1, lastClaim: -1, types: null };
      groups.set(key, g);
    }
    return g;
  };
  /** Adds the article to the name's chain once; says whether it was new. */
  const seen = (g: Group, index: number): boolean => {
    if (g.lastArticle === index) return false;
    const link = articleOf.length;
    articleOf.push(index);
    nextArticle.push(-1);
    if (g.lastArticleLink < 0) g.firstArticle = link;
    else nextArticle[g.lastArticleLink] = link;
    g.lastArticleLink = link;
    g.lastArticle = index;
    g.row.articleCount++;
    return true;
  };
  records.forEach((record, index) => {
    const keys = keysOfPacked(record, keyOf);
    forEachName(record.names, (text, typeName, i) => {
      const key = keys.names[i] ?? '';
      if (key === '') return;
      const g = groupOf(text, key);
      const type = TYPES.indexOf(typeName as EntityType);
      if (seen(g, index) && type >= 0) (g.types ??= [0, 0, 0, 0])[type]!++;
    });
    if (record.speakers === '') return;
    unpackSpeakers(record.speakers).forEach((speaker, c) => {
      const key = keys.speakers[c] ?? '';
      if (key === '') return;
      const g = groupOf(speaker, key);
      seen(g, index);
      const link = claimArticle.length;
      claimArticle.push(index);
      claimIndex.push(c);
      nextClaim.push(-1);
      if (g.lastClaim < 0) g.firstClaim = link;
      else nextClaim[g.lastClaim] = link;
      g.lastClaim = link;
      g.row.claimCount++;
    });
  });
  const all = [...groups.values()];
  for (const g of all) {
    if (g.types) {
      let best = 0;
      g.types.forEach((n, i) => {
        if (n > best) [g.row.type, best] = [TYPES[i]!, n];
      });
    }
    g.row.lastRead = records[articleOf[g.firstArticle] ?? -1]?.readAt ?? '';
  }
  all.sort((a, b) => b.row.claimCount - a.row.claimCount || b.row.articleCount - a.row.articleCount || (a.row.name < b.row.name ? -1 : a.row.name > b.row.name ? 1 : 0));
  return {
    articles: records.map(({ id, title, url, site, readAt }) => ({ id, title, url, site, readAt })),
    rows: all.map((g) => g.row),
    firstArticle: Int32Array.from(all, (g) => g.firstArticle),
    firstClaim: Int32Array.from(all, (g) => g.firstClaim),
    articleOf: Int32Array.from(articleOf),
    nextArticle: Int32Array.from(nextArticle),
    claimArticle: Int32Array.from(claimArticle),
    claimIndex: Int32Array.from(claimIndex),
    nextClaim: Int32Array.from(nextClaim),
  };
}

const isInt32Array = (value: unknown): value is Int32Array => value instanceof Int32Array;

/** The grouped data of a snapshot, or null when it is not one this version wrote whole. */
function fromSnapshot(snapshot: PeopleSnapshot): Grouped | null {
  const { firstArticle, firstClaim, articleOf, nextArticle, claimArticle, claimIndex, nextClaim } = snapshot;
  const links: Links = { firstArticle, firstClaim, articleOf, nextArticle, claimArticle, claimIndex, nextClaim };
  if (snapshot.version !== SNAPSHOT_VERSION || typeof snapshot.articles !== 'string' || typeof snapshot.rows !== 'string' || !Object.values(links).every(isInt32Array)) return null;
  const articles: ArticleRef[] = [];
  for (const [id = '', url = '', site = '', title = '', readAt = ''] of unpackRows(snapshot.articles)) articles.push({ id, url, site, title, readAt });
  const rows: PersonRow[] = [];
  for (const [key = '', name = '', type = '', articleCount = '0', claimCount = '0', lastRead = ''] of unpackRows(snapshot.rows)) {
    if (!PERSON_TYPES.includes(type as PersonType)) return null;
    rows.push({ key, name, type: type as PersonType, articleCount: Number(articleCount), claimCount: Number(claimCount), lastRead });
  }
  const grouped: Grouped = { articles, rows, ...links };
  // Links must point inside the arrays: a damaged snapshot is rebuilt, never followed out of bounds.
  const inside = (values: Int32Array, size: number): boolean => values.every((v) => v >= -1 && v < size);
  const ok =
    grouped.firstArticle.length === rows.length &&
    grouped.firstClaim.length === rows.length &&
    grouped.nextArticle.length === grouped.articleOf.length &&
    grouped.claimIndex.length === grouped.claimArticle.length &&
    grouped.nextClaim.length === grouped.claimArticle.length &&
    inside(grouped.firstArticle, grouped.articleOf.length) &&
    inside(grouped.nextArticle, grouped.articleOf.length) &&
    inside(grouped.firstClaim, grouped.claimArticle.length) &&
    inside(grouped.nextClaim, grouped.claimArticle.length) &&
    inside(grouped.articleOf, articles.length) &&
    inside(grouped.claimArticle, articles.length);
  return ok ? grouped : null;
}

export class People {
  /** Every name, those who spoke first, then those most often named. */
  readonly rows: PersonRow[];
  private readonly data: Grouped;
  /** Position of each row by key. */
  private readonly rowIndex = new Map<string, number>();
  /** Packed claims of the articles read so far (addClaims), by article id; unpacked on first use. */
  private readonly packedClaims = new Map<string, string>();
  private readonly unpacked = new Map<number, RememberedClaim[]>();
  private allClaims = false;
  /** Normalised text of each row's claims, made on the first search that needs it. */
  private readonly claimText = new Map<string, string[]>();

  /** Groups the remembered articles (or takes a grouping made before: People.fromSnapshot). */
  constructor(records: readonly PeopleSource[] | Grouped) {
    this.data = Array.isArray(records) ? group(records) : (records as Grouped);
    this.rows = this.data.rows;
    this.rows.forEach((row, i) => this.rowIndex.set(row.key, i));
  }

  /** The People data kept in a snapshot, or null when the snapshot is damaged or of another version. */
  static fromSnapshot(snapshot: PeopleSnapshot): People | null {
    const grouped = fromSnapshot(snapshot);
    return grouped ? new People(grouped) : null;
  }

  /** This grouping as the store keeps it, marked as built at `generation`. */
  snapshot(generation: number): PeopleSnapshot {
    const { articles, rows, ...links } = this.data;
    return {
      generation,
      version: SNAPSHOT_VERSION,
      articles: packRows(articles.map((a) => [a.id, a.url, a.site, a.title, a.readAt])),
      rows: packRows(rows.map((r) => [r.key, r.name, r.type, String(r.articleCount), String(r.claimCount), r.lastRead])),
      ...links,
    };
  }

  get articleCount(): number {
    return this.data.articles.length;
  }

  /** The row with its articles and claims. */
  entry(row: PersonRow, maxClaims = Infinity, maxArticles = Infinity): PersonEntry {
    const d = this.data;
    const at = this.rowIndex.get(row.key) ?? -1;
    const articles: PersonArticle[] = [];
    for (let link = d.firstArticle[at] ?? -1; link >= 0 && articles.length < maxArticles; link = d.nextArticle[link]!) {
      const r = d.articles[d.articleOf[link]!]!;
      articles.push({ id: r.id, title: r.title, url: r.url, site: r.site, readAt: r.readAt });
    }
    const claims: PersonClaim[] = [];
    for (let link = d.firstClaim[at] ?? -1; link >= 0 && claims.length < maxClaims; link = d.nextClaim[link]!) {
      const index = d.claimArticle[link]!;
      const r = d.articles[index]!;
      let unpacked = this.unpacked.get(index);
      if (!unpacked) {
        const packed = this.packedClaims.get(r.id);
        if (packed === undefined) continue; // not read yet (claimsNeeded)
        unpacked = unpackClaims(packed);
        this.unpacked.set(index, unpacked);
      }
      const c = unpacked[d.claimIndex[link]!];
      if (!c) continue;
      claims.push({ articleId: r.id, title: r.title, url: r.url, kind: c.kind, cue: c.cue, text: c.text, rationale: c.rationale, readAt: r.readAt });
    }
    return { ...row, articles, claims };
  }

  /** Ids of the articles whose claims `entry(row, maxClaims)` needs for these rows and that were not read yet. */
  claimsNeeded(rows: readonly PersonRow[], maxClaims: number): string[] {
    const d = this.data;
    const ids = new Set<string>();
    for (const row of rows) {
      let n = 0;
      for (let link = d.firstClaim[this.rowIndex.get(row.key) ?? -1] ?? -1; link >= 0 && n < maxClaims; link = d.nextClaim[link]!, n++) {
        const id = d.articles[d.claimArticle[link]!]!.id;
        if (!this.packedClaims.has(id)) ids.add(id);
      }
    }
    return [...ids];
  }

  /** Claims read from the store (`all`: every article's, so that search can look into them). */
  addClaims(claims: ReadonlyMap<string, string>, all = false): void {
    for (const [id, packed] of claims) this.packedClaims.set(id, packed);
    if (all) this.allClaims = true;
  }

  /** Whether every article's claims were added (search looks into claims only then). */
  get hasAllClaims(): boolean {
    return this.allClaims;
  }

  /** Rows whose name, or one of whose claims (sentence and stated reason), holds every word of the query (accents and case ignored). */
  search(query: string): PersonRow[] {
    const words = normKey(query).split(' ').filter(Boolean);
    if (words.length === 0) return this.rows;
    return this.rows.filter((row) => {
      const name = normKey(row.name);
      if (words.every((w) => name.includes(w))) return true;
      if (row.claimCount === 0 || !this.allClaims) return false;
      let texts = this.claimText.get(row.key);
      if (texts === undefined) {
        texts = this.entry(row).claims.map((c) => normKey(`${c.text} ${c.rationale ?? ''}`));
        this.claimText.set(row.key, texts);
      }
      return texts.some((text) => words.every((w) => text.includes(w)));
    });
  }
}

/** What the People page shows of a long reading history before a search: thousands of names otherwise. */
export const PEOPLE_VIEW = {
  /** Entries drawn at first. */
  firstEntries: 100,
  /** Claims shown per entry. */
  claimsShown: 8,
  /** Articles listed under a name that made no claim. */
  articlesShown: 3,
} as const;

/** The People data as of the store's generation now: the kept grouping when it is current (the
 * background regroups after articles are stored), else grouped now; `kept` settles when a new
 * grouping has been kept for the next time (the page does not wait for it). */
export async function currentPeople(store: Pick<MemoryStore, 'loadPeople' | 'savePeople' | 'generation' | 'peopleSources'>): Promise<{ people: People; grouped: boolean; kept: Promise<void> }> {
  const [snapshot, generation] = await Promise.all([store.loadPeople().catch(() => null), store.generation()]);
  const current = snapshot && snapshot.generation === generation ? People.fromSnapshot(snapshot) : null;
  if (current) return { people: current, grouped: false, kept: Promise.resolve() };
  // The generation is read before the records: a record written in between makes the kept grouping look stale, never current.
  const people = new People(await store.peopleSources());
  // An empty memory keeps nothing derived: after "delete everything" no grouping is written back.
  const kept =
    people.articleCount === 0
      ? Promise.resolve()
      : store.savePeople(people.snapshot(generation)).catch((error: unknown) => console.warn('Context Lens: the People grouping was not kept', error));
  return { people, grouped: true, kept };
}

/**
 * The People data as the page opens it: the kept grouping at once, even when articles were stored
 * since it was made (a kept grouping never holds a deleted article: any deletion drops it), with
 * `fresher` the regrouping that will replace it then; grouped now only when none is kept. `kept`
 * settles when a grouping made here has been kept for the next opening.
 */
export async function openPeople(store: Pick<MemoryStore, 'loadPeople' | 'savePeople' | 'generation' | 'peopleSources'>): Promise<{ people: People; fresher: Promise<People> | null; kept: Promise<void> }> {
  const [snapshot, generation] = await Promise.all([store.loadPeople().catch(() => null), store.generation()]);
  const held = snapshot ? People.fromSnapshot(snapshot) : null;
  if (held && snapshot?.generation === generation) return { people: held, fresher: null, kept: Promise.resolve() };
  if (held) {
    const regrouped = currentPeople(store);
    return { people: held, fresher: regrouped.then((r) => r.people), kept: regrouped.then((r) => r.kept) };
  }
  const { people, kept } = await currentPeople(store);
  return { people, fresher: null, kept };
}

/** The entries the People page draws first, their claims read from the store for them only (the page and bench:memory). */
export async function firstPeopleView(people: People, store: Pick<MemoryStore, 'packedClaims'>): Promise<PersonEntry[]> {
  const first = people.rows.slice(0, PEOPLE_VIEW.firstEntries);
  people.addClaims(await store.packedClaims(people.claimsNeeded(first, PEOPLE_VIEW.claimsShown)));
  return first.map((row) => people.entry(row, PEOPLE_VIEW.claimsShown, PEOPLE_VIEW.articlesShown));
}
