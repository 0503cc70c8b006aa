// Named entities as index keys: each name of an entity (full name and aliases) becomes a key that
// is the same across languages (concept id for Moscou/Moscow, spelling-tolerant key otherwise),
// with the entity's type and how prominent it is in the document.
import type { Entity, EntityType } from '../analysis/types';
import { conceptOfName, nameKey } from './concepts';
import { prominence, TYPE_WEIGHT, type EntityPlace } from './scoring';

/** Entities kept per document, most important first (the analysis orders them). */
export const ENTITIES_PER_DOC = 20;
export const ENTITY_PREFIX = '#';
/** Key of a surname that a document only uses as the short form of a full name ("Warner" for
 * "Mark Warner"): an article naming only "Warner" meets it, one naming "Tim Warner" does not. */
export const SURNAME_PREFIX = '#=';

export const TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** An entity as a document names it: its names and where they stand. */
export interface NamedEntity extends EntityPlace {
  text: string;
  aliases: string[];
  type: EntityType;
}

interface NameKeys {
  /** Keys of the entity's own names. */
  names: string[];
  /** Keys of the surnames of its full name (a person named in full), without prefix. */
  surnames: string[];
}

function words(name: string): string[] {
  return name.split(/[\s\u00a0]+/u).filter(Boolean);
}

function nameKeys(entity: Pick<Entity, 'text' | 'aliases' | 'type'>): NameKeys {
  const names = new Set<string>();
  const surnames = new Set<string>();
  const full = words(entity.text);
  for (const name of [entity.text, ...entity.aliases]) {
    const concept = conceptOfName(name);
    const key = concept ? `~${concept}` : nameKey(name);
    if (key.length < 2) continue;
    const own = words(name);
    // "Warner" in "Mark Warner": the end of the person's full name.
    const surname = !concept && entity.type === 'PER' && full.length > own.length && own.join(' ') === full.slice(full.length - own.length).join(' ');
    (surname ? surnames : names).add(key);
  }
  for (const key of names) surnames.delete(key);
  return { names: [...names], surnames: [...surnames] };
}

/** Keys a document's entity is indexed under. */
export function documentKeys(entity: Pick<Entity, 'text' | 'aliases' | 'type'>): string[] {
  const { names, surnames } = nameKeys(entity);
  return [...names.map((k) => ENTITY_PREFIX + k), ...surnames.map((k) => SURNAME_PREFIX + k)];
}

/**
 * Keys an article's entity is looked up under: its names, and for a person the documents that
 * name only the surname; a person named by surname alone also meets any full name ending with it.
 */
export function queryKeys(entity: Pick<Entity, 'text' | 'aliases' | 'type'>): string[] {
  const { names, surnames } = nameKeys(entity);
  const keys = new Set<string>();
  for (const k of names) {
    keys.add(ENTITY_PREFIX + k);
    if (entity.type === 'PER' && !k.startsWith('~') && words(entity.text).length === 1) keys.add(SURNAME_PREFIX + k);
  }
  for (const k of surnames) keys.add(ENTITY_PREFIX + k);
  return [...keys];
}

/** Posting value byte: type in the top two bits, prominence (0..63) below. */
export function entityValue(type: EntityType, weight: number): number {
  return (Math.max(0, TYPES.indexOf(type)) << 6) | Math.max(1, Math.round(weight * 63));
}

export function valueType(value: number): EntityType {
  return TYPES[value >> 6] ?? 'MISC';
}

export function valueProminence(value: number): number {
  return (value & 63) / 63;
}

/**
 * Where a concept entity (a country, a city…) stands counts its demonyms and other names too:
 * « les troupes russes » names Russia as much as « la Russie » does.
 */
export function withConceptMentions(place: EntityPlace, keys: readonly string[], terms: TermParts): EntityPlace {
  let { mentions, title, lead } = place;
  for (const key of keys) {
    if (!key.startsWith(`${ENTITY_PREFIX}~`)) continue;
    const term = key.slice(ENTITY_PREFIX.length);
    const inTitle = terms.title.get(term) ?? 0;
    const inLead = terms.lead.get(term) ?? 0;
    mentions = Math.max(mentions, inTitle + inLead + (terms.body.get(term) ?? 0));
    title ||= inTitle > 0;
    lead ||= inLead > 0;
  }
  return { mentions, title, lead };
}

/** A document's term counts by part: where its concept entities are named. */
export interface TermParts {
  title: ReadonlyMap<string, number>;
  lead: ReadonlyMap<string, number>;
  body: ReadonlyMap<string, number>;
}

/**
 * Keys and posting values of a document's entities (the first entity of a key wins), and the
 * document's entity mass: the sum of type weight × prominence over its entities, which the
 * relevance floor compares with what an article shares with it.
 */
export function entityPostings(entities: readonly NamedEntity[], terms: TermParts): { postings: Array<[key: string, value: number]>; mass: number } {
  const out = new Map<string, number>();
  let mass = 0;
  for (const entity of entities) {
    const keys = documentKeys(entity).filter((key) => !out.has(key));
    if (keys.length === 0) continue;
    const weight = prominence(withConceptMentions(entity, keys, terms));
    const value = entityValue(entity.type, weight);
    mass += TYPE_WEIGHT[entity.type] * valueProminence(value);
    for (const key of keys) out.set(key, value);
  }
  return { postings: [...out], mass };
}
