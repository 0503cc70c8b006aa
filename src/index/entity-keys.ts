// Named entities as index keys: each name of an entity (full name and aliases) becomes a key that
// is the same across languages (concept id for Moscou/Moscow, spelling-tolerant key otherwise),
// with the entity's type and how prominent it is in the document.
import type { Entity, EntityType } from '../analysis/types';
import { conceptOfName, nameKey } from './concepts';
import { fold } from '../text/normalize';

/** Entities kept per document, most important first (the analysis orders them). */
export const ENTITIES_PER_DOC = 20;
export const ENTITY_PREFIX = '#';

export const TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** Index keys of an entity's names, without duplicates. */
export function entityKeys(entity: Entity): string[] {
  const keys = new Set<string>();
  for (const name of [entity.text, ...entity.aliases]) {
    const concept = conceptOfName(name);
    const key = concept ? `~${concept}` : nameKey(name);
    if (key.length >= 2) keys.add(ENTITY_PREFIX + key);
  }
  return [...keys];
}

/** 0..1: how much the document is about the entity (mentions, presence in the title). */
export function prominence(entity: Entity, foldedTitle: string): number {
  const inTitle = foldedTitle.includes(fold(entity.text)) || entity.aliases.some((a) => a.length > 3 && foldedTitle.includes(fold(a)));
  return Math.min(1, (entity.mentions + (inTitle ? 2 : 0)) / 4);
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

/** Keys and values of a document's entities. */
export function documentEntities(entities: readonly Entity[], title: string): Array<[key: string, value: number]> {
  const foldedTitle = fold(title);
  const out = new Map<string, number>();
  for (const entity of entities.slice(0, ENTITIES_PER_DOC)) {
    const value = entityValue(entity.type, prominence(entity, foldedTitle));
    for (const key of entityKeys(entity)) if (!out.has(key)) out.set(key, value);
  }
  return [...out];
}
