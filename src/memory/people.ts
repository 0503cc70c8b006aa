// The People page's data: the speakers and entities across the remembered articles, each with the
// articles that name it and the claims it made there, with their dates. Pure. A name is one entry
// across articles by its normalised form; within an article an entity's other forms ("Warner" for
// "Mark Warner") are the same entry, and a speaker named as an entity is that entity.
import type { EntityType } from '../analysis/types';
import { normKey } from '../text/normalize';
import type { ArticleSummary } from './record';

export interface PersonArticle {
  id: string;
  title: string;
  url: string;
  site: string;
  readAt: string;
}

export interface PersonClaim {
  articleId: string;
  kind: string;
  cue: string | null;
  text: string;
  rationale: string | null;
  readAt: string;
}

export interface PersonEntry {
  key: string;
  name: string;
  /** The entity type the articles give it most; 'SOURCE' for a speaker no article names as an entity ("a government official"). */
  type: EntityType | 'SOURCE';
  articles: PersonArticle[];
  claims: PersonClaim[];
  /** Latest reading that names it (ISO). */
  lastRead: string;
}

interface Building extends PersonEntry {
  types: Map<EntityType, number>;
  articleIds: Set<string>;
}

/** normKey, remembered: the same names come back in article after article. */
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

export function gatherPeople(records: readonly ArticleSummary[]): PersonEntry[] {
  const keyOf = memoKey();
  const entries = new Map<string, Building>();
  const entry = (name: string, key: string): Building => {
    let e = entries.get(key);
    if (!e) {
      e = { key, name, type: 'SOURCE', articles: [], claims: [], lastRead: '', types: new Map(), articleIds: new Set() };
      entries.set(key, e);
    }
    return e;
  };
  const seen = (e: Building, record: ArticleSummary): void => {
    if (e.articleIds.has(record.id)) return;
    e.articleIds.add(record.id);
    e.articles.push({ id: record.id, title: record.title, url: record.url, site: record.site, readAt: record.readAt });
    if (record.readAt > e.lastRead) e.lastRead = record.readAt;
  };
  for (const record of records) {
    // Every form of an entity in this article leads to the entry of its fullest name.
    const local = new Map<string, string>();
    for (const entity of record.entities) {
      const key = keyOf(entity.text);
      if (key === '') continue;
      const e = entry(entity.text, key);
      e.types.set(entity.type, (e.types.get(entity.type) ?? 0) + 1);
      seen(e, record);
      for (const form of [entity.text, ...entity.aliases]) {
        const k = keyOf(form);
        if (k !== '' && !local.has(k)) local.set(k, key);
      }
    }
    for (const claim of record.claims) {
      if (!claim.speaker) continue;
      const own = keyOf(claim.speaker);
      if (own === '') continue;
      const e = entry(claim.speaker, local.get(own) ?? own);
      seen(e, record);
      e.claims.push({ articleId: record.id, kind: claim.kind, cue: claim.cue, text: claim.text, rationale: claim.rationale, readAt: record.readAt });
    }
  }
  const out: PersonEntry[] = [];
  for (const e of entries.values()) {
    let type: PersonEntry['type'] = 'SOURCE';
    let best = 0;
    for (const [t, n] of e.types) if (n > best) [type, best] = [t, n];
    e.claims.sort((a, b) => (a.readAt < b.readAt ? 1 : a.readAt > b.readAt ? -1 : 0));
    e.articles.sort((a, b) => (a.readAt < b.readAt ? 1 : a.readAt > b.readAt ? -1 : 0));
    out.push({ key: e.key, name: e.name, type, articles: e.articles, claims: e.claims, lastRead: e.lastRead });
  }
  // Those who spoke first, then those most often named.
  return out.sort((a, b) => b.claims.length - a.claims.length || b.articles.length - a.articles.length || a.name.localeCompare(b.name));
}

/** Normalised text of an entry's claims, made on the first search that needs it. */
const claimText = new WeakMap<PersonEntry, string>();

/** Entries whose name, or one of whose claims (sentence and stated reason), holds every word of the query (accents and case ignored). */
export function searchPeople(entries: readonly PersonEntry[], query: string): PersonEntry[] {
  const words = normKey(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((e) => {
    const name = normKey(e.name);
    if (words.every((w) => name.includes(w))) return true;
    let text = claimText.get(e);
    if (text === undefined) {
      text = e.claims.map((c) => normKey(`${c.text} ${c.rationale ?? ''}`)).join('\n');
      claimText.set(e, text);
    }
    const claims = text.split('\n');
    return claims.some((c) => words.every((w) => c.includes(w)));
  });
}
