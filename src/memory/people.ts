// The People page's data: the speakers and entities across the remembered articles, each with the
// articles that name it and the claims it made there, with their dates. Pure. Which entry a name
// or a speaker belongs to is decided when the article is stored (./person-keys.ts).
// Grouping keeps numbers only (which article, which claim); an entry's articles and claims are
// made into objects when the page shows it: ten thousand articles name tens of thousands of people.
import type { EntityType } from '../analysis/types';
import { normKey } from '../text/normalize';
import { forEachName, keysOfPacked, unpackClaims, unpackSpeakers, type PeopleSource } from './packed';
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

/** A name being grouped: its row, and its articles and claims as chains in shared number arrays
 * (tens of thousands of names: no arrays of their own). */
interface Group {
  row: PersonRow;
  /** First and last link of its articles (`articleLinks`), -1 when none; the last article's index. */
  firstArticle: number;
  lastArticleLink: number;
  lastArticle: number;
  /** First and last link of its claims (`claimLinks`), -1 when none. */
  firstClaim: number;
  lastClaim: number;
  /** How many articles give it each entity type, in TYPES order. */
  types: number[] | null;
}

/** Links of chains: the article (index in `records`), the claim's index in its article, the next link (-1 at the end). */
interface Links {
  article: number[];
  claim: number[];
  next: number[];
}

/** normKey, remembered (for articles stored without their keys): the same names come back in article after article. */
function memoKey(): (name: string) => string {
  const keys = new Map<string, string>();
  return (name) => {
    let key = keys.get(name);
    if (key === undefined) {
      key = normKey(name);
      keys.set(name, key);
    }
    return key;
  };
}

export class People {
  /** Every name, those who spoke first, then those most often named. */
  readonly rows: PersonRow[];
  private readonly records: PeopleSource[];
  /** Packed claims of the articles read so far (addClaims), by article id; unpacked on first use. */
  private readonly packedClaims = new Map<string, string>();
  private readonly unpacked = new Map<number, RememberedClaim[]>();
  private allClaims = false;
  private readonly groups = new Map<string, Group>();
  private readonly articleLinks: Links = { article: [], claim: [], next: [] };
  private readonly claimLinks: Links = { article: [], claim: [], next: [] };
  /** Normalised text of each row's claims, made on the first search that needs it. */
  private readonly claimText = new Map<string, string[]>();

  constructor(records: readonly PeopleSource[]) {
    const keyOf = memoKey();
    // Latest reading first: each entry's articles and claims come out in that order, unsorted.
    this.records = [...records].sort((a, b) => (a.readAt < b.readAt ? 1 : a.readAt > b.readAt ? -1 : 0));
    const articleLinks = this.articleLinks;
    const claimLinks = this.claimLinks;
    const group = (name: string, key: string): Group => {
      let g = this.groups.get(key);
      if (!g) {
        g = { row: { key, name, type: 'SOURCE', articleCount: 0, claimCount: 0, lastRead: '' }, firstArticle: -1, lastArticleLink: -1, lastArticle: -1, firstClaim: -1, lastClaim: -1, types: null };
        this.groups.set(key, g);
      }
      return g;
    };
    /** Adds the article to the name's chain once; says whether it was new. */
    const seen = (g: Group, index: number): boolean => {
      if (g.lastArticle === index) return false;
      const link = articleLinks.article.length;
      articleLinks.article.push(index);
      articleLinks.claim.push(-1);
      articleLinks.next.push(-1);
      if (g.lastArticleLink < 0) g.firstArticle = link;
      else articleLinks.next[g.lastArticleLink] = link;
      g.lastArticleLink = link;
      g.lastArticle = index;
      g.row.articleCount++;
      return true;
    };
    this.records.forEach((record, index) => {
      const keys = keysOfPacked(record, keyOf);
      forEachName(record.names, (text, typeName, i) => {
        const key = keys.names[i] ?? '';
        if (key === '') return;
        const g = group(text, key);
        const type = TYPES.indexOf(typeName as EntityType);
        if (seen(g, index) && type >= 0) (g.types ??= [0, 0, 0, 0])[type]!++;
      });
      if (record.speakers === '') return;
      unpackSpeakers(record.speakers).forEach((speaker, c) => {
        const key = keys.speakers[c] ?? '';
        if (key === '') return;
        const g = group(speaker, key);
        seen(g, index);
        const link = claimLinks.article.length;
        claimLinks.article.push(index);
        claimLinks.claim.push(c);
        claimLinks.next.push(-1);
        if (g.lastClaim < 0) g.firstClaim = link;
        else claimLinks.next[g.lastClaim] = link;
        g.lastClaim = link;
        g.row.claimCount++;
      });
    });
    const rows: PersonRow[] = [];
    for (const g of this.groups.values()) {
      if (g.types) {
        let best = 0;
        g.types.forEach((n, i) => {
          if (n > best) [g.row.type, best] = [TYPES[i]!, n];
        });
      }
      g.row.lastRead = this.records[articleLinks.article[g.firstArticle] ?? -1]?.readAt ?? '';
      rows.push(g.row);
    }
    this.rows = rows.sort((a, b) => b.claimCount - a.claimCount || b.articleCount - a.articleCount || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  get articleCount(): number {
    return this.records.length;
  }

  /** The row with its articles and claims. */
  entry(row: PersonRow, maxClaims = Infinity, maxArticles = Infinity): PersonEntry {
    const g = this.groups.get(row.key)!;
    const articles: PersonArticle[] = [];
    for (let link = g.firstArticle; link >= 0 && articles.length < maxArticles; link = this.articleLinks.next[link]!) {
      const r = this.records[this.articleLinks.article[link]!]!;
      articles.push({ id: r.id, title: r.title, url: r.url, site: r.site, readAt: r.readAt });
    }
    const claims: PersonClaim[] = [];
    for (let link = g.firstClaim; link >= 0 && claims.length < maxClaims; link = this.claimLinks.next[link]!) {
      const index = this.claimLinks.article[link]!;
      const r = this.records[index]!;
      let unpacked = this.unpacked.get(index);
      if (!unpacked) {
        const packed = this.packedClaims.get(r.id);
        if (packed === undefined) continue; // not read yet (claimsNeeded)
        unpacked = unpackClaims(packed);
        this.unpacked.set(index, unpacked);
      }
      const c = unpacked[this.claimLinks.claim[link]!];
      if (!c) continue;
      claims.push({ articleId: r.id, title: r.title, url: r.url, kind: c.kind, cue: c.cue, text: c.text, rationale: c.rationale, readAt: r.readAt });
    }
    return { ...row, articles, claims };
  }

  /** Ids of the articles whose claims `entry(row, maxClaims)` needs for these rows and that were not read yet. */
  claimsNeeded(rows: readonly PersonRow[], maxClaims: number): string[] {
    const ids = new Set<string>();
    for (const row of rows) {
      const g = this.groups.get(row.key);
      let n = 0;
      for (let link = g?.firstClaim ?? -1; link >= 0 && n < maxClaims; link = this.claimLinks.next[link]!, n++) {
        const id = this.records[this.claimLinks.article[link]!]!.id;
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

/** The entries the People page draws first, their claims read from the store for them only (the page and bench:memory). */
export async function firstPeopleView(people: People, store: Pick<MemoryStore, 'packedClaims'>): Promise<PersonEntry[]> {
  const first = people.rows.slice(0, PEOPLE_VIEW.firstEntries);
  people.addClaims(await store.packedClaims(people.claimsNeeded(first, PEOPLE_VIEW.claimsShown)));
  return first.map((row) => people.entry(row, PEOPLE_VIEW.claimsShown, PEOPLE_VIEW.articlesShown));
}
