// A remembered article's names and claims packed into strings, as IndexedDB keeps them for the
// People page: reading ten thousand articles back is then a copy of a few strings each instead of
// hundreds of small objects (read time fell by more than half in Chromium), and grouping reads only
// the names and the speakers; a claim's words are unpacked when its person is shown.
// Separators are control characters that page text never keeps (they are replaced by spaces).
import type { ClaimKind, EntityType } from '../analysis/types';
import { personKeys, type PersonKeys } from './person-keys';
import type { ArticleSummary, RememberedClaim, RememberedEntity } from './record';

const ITEM = '\x1e';
const FIELD = '\x1f';
const ALIAS = '\x1d';
const NULL = '\x1c';
const CONTROL = /[\x1c-\x1f]/g;

/** An article as the People page reads it. */
export interface PackedSummary {
  id: string;
  url: string;
  site: string;
  title: string;
  readAt: string;
  /** Each name: text, type, aliases, mentions. */
  names: string;
  /** Each claim's speaker ('' for none), in the claims' order. */
  speakers: string;
  /** Each claim: kind, speaker, cue, text, rationale. */
  claims: string;
  /** The People entry of each name and of each claim's speaker (./person-keys.ts); absent in
   * articles stored by an earlier version, where the People page works them out. */
  nameKeys?: string;
  speakerKeys?: string;
}

const clean = (text: string): string => text.replace(CONTROL, ' ');
const orNull = (text: string | null): string => (text === null ? NULL : clean(text));
const fromNull = (text: string | undefined): string | null => (text === undefined || text === NULL ? null : text);
const items = (packed: string): string[] => (packed === '' ? [] : packed.split(ITEM));

/** An article as the People page groups it: without its claims' words (read for the names shown). */
export type PeopleSource = Omit<PackedSummary, 'claims'>;

export function peopleSourceOf(packed: PackedSummary): PeopleSource {
  const { id, url, site, title, readAt, names, speakers, nameKeys, speakerKeys } = packed;
  return { id, url, site, title, readAt, names, speakers, ...(nameKeys === undefined ? {} : { nameKeys }), ...(speakerKeys === undefined ? {} : { speakerKeys }) };
}

/** The People keys of a packed article: as stored, or worked out from its names and speakers. */
export function keysOfPacked(source: PeopleSource, keyOf?: (name: string) => string): PersonKeys {
  if (source.nameKeys !== undefined && source.speakerKeys !== undefined) return { names: source.nameKeys.split(ITEM), speakers: source.speakerKeys.split(ITEM) };
  const speakers = unpackSpeakers(source.speakers);
  return personKeys(unpackNames(source.names), speakers, keyOf);
}

export function unpackSummary(packed: PackedSummary & Pick<ArticleSummary, 'lang' | 'published'>): ArticleSummary {
  return {
    id: packed.id,
    url: packed.url,
    site: packed.site,
    title: packed.title,
    lang: packed.lang,
    published: packed.published,
    readAt: packed.readAt,
    entities: unpackNames(packed.names),
    claims: unpackClaims(packed.claims),
  };
}

export function packSummary(summary: ArticleSummary): PackedSummary {
  const keys = personKeys(summary.entities, summary.claims.map((c) => c.speaker));
  return {
    id: summary.id,
    url: summary.url,
    site: summary.site,
    title: summary.title,
    readAt: summary.readAt,
    names: summary.entities.map((e) => [clean(e.text), e.type, e.aliases.map(clean).join(ALIAS), String(e.mentions)].join(FIELD)).join(ITEM),
    speakers: summary.claims.map((c) => (c.speaker === null ? '' : clean(c.speaker))).join(ITEM),
    claims: summary.claims.map((c) => [c.kind, orNull(c.speaker), orNull(c.cue), clean(c.text), orNull(c.rationale)].join(FIELD)).join(ITEM),
    nameKeys: keys.names.join(ITEM),
    speakerKeys: keys.speakers.join(ITEM),
  };
}

export function unpackNames(packed: string): RememberedEntity[] {
  return items(packed).map((item) => {
    const [text = '', type = 'MISC', aliases = '', mentions = '0'] = item.split(FIELD);
    return { text, type: type as EntityType, aliases: aliases === '' ? [] : aliases.split(ALIAS), mentions: Number(mentions) || 0 };
  });
}

/** The name fields grouping needs, without making objects: calls `each(text, type, i)` per name. */
export function forEachName(packed: string, each: (text: string, type: string, i: number) => void): void {
  items(packed).forEach((item, i) => {
    const a = item.indexOf(FIELD);
    const b = item.indexOf(FIELD, a + 1);
    each(item.slice(0, a), item.slice(a + 1, b), i);
  });
}

/** Rows of text fields packed into one string (fields cleaned of the separators), and back. */
export function packRows(rows: ReadonlyArray<readonly string[]>): string {
  return rows.map((fields) => fields.map(clean).join(FIELD)).join(ITEM);
}

export function unpackRows(packed: string): string[][] {
  return items(packed).map((item) => item.split(FIELD));
}

export function unpackSpeakers(packed: string): string[] {
  return items(packed);
}

export function unpackClaims(packed: string): RememberedClaim[] {
  return items(packed).map((item) => {
    const [kind = 'direct', speaker, cue, text = '', rationale] = item.split(FIELD);
    return { kind: kind as ClaimKind, speaker: fromNull(speaker), cue: fromNull(cue), text, rationale: fromNull(rationale) };
  });
}
