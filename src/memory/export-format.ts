// The reading memory's export file: versioned JSON, and its reader. An import is validated in
// full before anything is written: a file that is not JSON, not a Context Lens memory, of an
// unknown version, or with one malformed article is refused as a whole, with a reason.
import type { ClaimKind, EntityType } from '../analysis/types';
import type { NamedEntity } from '../index/entity-keys';
import { articleId, siteOf } from './address';
import type { IndexFeatures, MemoryRecord, RememberedClaim, RememberedEntity } from './record';

export const EXPORT_FORMAT = 'context-lens-memory';
export const EXPORT_VERSION = 1;
/** An import larger than this is refused before it is parsed (10,000 articles export to about 60 MB). */
export const MAX_IMPORT_BYTES = 300 * 1024 * 1024;
export const MAX_IMPORT_ARTICLES = 100_000;

export interface MemoryExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  articles: MemoryRecord[];
}

export function exportMemory(records: readonly MemoryRecord[], now: Date): string {
  const file: MemoryExport = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), articles: [...records] };
  return JSON.stringify(file);
}

/** Why an import is refused: a message key of _locales (importNotJson…), with the detail shown beside it. */
export type ImportProblem = 'importNotJson' | 'importForeign' | 'importVersion' | 'importInvalid' | 'importTooLarge';
export type ImportResult = { ok: true; records: MemoryRecord[] } | { ok: false; problem: ImportProblem; detail: string };

class Invalid extends Error {}

const ENTITY_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];
const CLAIM_KINDS: readonly ClaimKind[] = ['direct', 'indirect', 'action'];
const MAX_STRING = 10_000;
const MAX_LIST = 100_000;

type Obj = Record<string, unknown>;

function object(value: unknown, where: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Invalid(`${where}: not an object`);
  return value as Obj;
}
function string(value: unknown, where: string, max = MAX_STRING): string {
  if (typeof value !== 'string' || value.length > max) throw new Invalid(`${where}: not a string`);
  return value;
}
function stringOrNull(value: unknown, where: string): string | null {
  return value === null ? null : string(value, where);
}
function integer(value: unknown, where: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) throw new Invalid(`${where}: not an integer in ${min}..${max}`);
  return value;
}
function boolean(value: unknown, where: string): boolean {
  if (typeof value !== 'boolean') throw new Invalid(`${where}: not true/false`);
  return value;
}
function list<T>(value: unknown, where: string, item: (v: unknown, w: string) => T): T[] {
  if (!Array.isArray(value) || value.length > MAX_LIST) throw new Invalid(`${where}: not a list`);
  return value.map((v, i) => item(v, `${where}[${i}]`));
}
function oneOf<T extends string>(value: unknown, options: readonly T[], where: string): T {
  if (!options.includes(value as T)) throw new Invalid(`${where}: unknown value`);
  return value as T;
}

function termCounts(value: unknown, where: string): Array<[string, number]> {
  return list(value, where, (pair, w) => {
    if (!Array.isArray(pair) || pair.length !== 2) throw new Invalid(`${w}: not a [term, count] pair`);
    return [string(pair[0], w, 200), integer(pair[1], w, 1, 1_000_000)];
  });
}

function namedEntity(value: unknown, where: string): NamedEntity {
  const o = object(value, where);
  return {
    text: string(o.text, `${where}.text`, 500),
    aliases: list(o.aliases, `${where}.aliases`, (a, w) => string(a, w, 500)),
    type: oneOf(o.type, ENTITY_TYPES, `${where}.type`),
    mentions: integer(o.mentions, `${where}.mentions`, 0, 1_000_000),
    title: boolean(o.title, `${where}.title`),
    lead: boolean(o.lead, `${where}.lead`),
  };
}

function features(value: unknown, where: string): IndexFeatures {
  const o = object(value, where);
  const sim = list(o.sim, `${where}.sim`, (v, w) => integer(v, w, 0, 0xffffffff));
  if (sim.length !== 2) throw new Invalid(`${where}.sim: not two numbers`);
  return {
    lang: string(o.lang, `${where}.lang`, 16),
    print: integer(o.print, `${where}.print`, 0, 0xffffffff),
    sim: [sim[0]!, sim[1]!],
    titleTerms: termCounts(o.titleTerms, `${where}.titleTerms`),
    leadTerms: termCounts(o.leadTerms, `${where}.leadTerms`),
    bodyTerms: termCounts(o.bodyTerms, `${where}.bodyTerms`),
    entities: list(o.entities, `${where}.entities`, namedEntity),
  };
}

function entity(value: unknown, where: string): RememberedEntity {
  const o = object(value, where);
  return {
    text: string(o.text, `${where}.text`, 500),
    type: oneOf(o.type, ENTITY_TYPES, `${where}.type`),
    mentions: integer(o.mentions, `${where}.mentions`, 0, 1_000_000),
    aliases: list(o.aliases, `${where}.aliases`, (a, w) => string(a, w, 500)),
  };
}

function claim(value: unknown, where: string): RememberedClaim {
  const o = object(value, where);
  return {
    kind: oneOf(o.kind, CLAIM_KINDS, `${where}.kind`),
    speaker: stringOrNull(o.speaker, `${where}.speaker`),
    cue: stringOrNull(o.cue, `${where}.cue`),
    text: string(o.text, `${where}.text`),
    rationale: stringOrNull(o.rationale, `${where}.rationale`),
  };
}

function date(value: unknown, where: string, nullable: boolean): string | null {
  if (nullable && value === null) return null;
  const s = string(value, where, 40);
  if (!/^\d{4}-\d{2}/.test(s) || Number.isNaN(Date.parse(s.length === 7 ? `${s}-01` : s))) throw new Invalid(`${where}: not a date`);
  return s;
}

/** A stored article read back from untrusted JSON: every field checked, unknown fields dropped. */
export function readRecord(value: unknown, where: string): MemoryRecord {
  const o = object(value, where);
  const url = string(o.url, `${where}.url`, 4096);
  const id = articleId(url);
  if (id === null || o.id !== id) throw new Invalid(`${where}.url: not the http(s) address of the article`);
  return {
    id,
    url: id,
    site: siteOf(id),
    title: string(o.title, `${where}.title`),
    lang: string(o.lang, `${where}.lang`, 16),
    published: date(o.published, `${where}.published`, true),
    readAt: date(o.readAt, `${where}.readAt`, false)!,
    entities: list(o.entities, `${where}.entities`, entity),
    claims: list(o.claims, `${where}.claims`, claim),
    features: features(o.features, `${where}.features`),
  };
}

/** Reads an export file; refuses it whole at the first problem. */
export function parseExport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, problem: 'importTooLarge', detail: `${text.length} bytes` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: 'importNotJson', detail: error instanceof Error ? error.message : String(error) };
  }
  if (typeof json !== 'object' || json === null || (json as Obj).format !== EXPORT_FORMAT) {
    return { ok: false, problem: 'importForeign', detail: 'no "format": "context-lens-memory"' };
  }
  const file = json as Obj;
  if (file.version !== EXPORT_VERSION) return { ok: false, problem: 'importVersion', detail: `version ${String(file.version)}` };
  if (!Array.isArray(file.articles)) return { ok: false, problem: 'importInvalid', detail: 'articles: not a list' };
  if (file.articles.length > MAX_IMPORT_ARTICLES) return { ok: false, problem: 'importTooLarge', detail: `${file.articles.length} articles` };
  try {
    return { ok: true, records: file.articles.map((a, i) => readRecord(a, `articles[${i}]`)) };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, problem: 'importInvalid', detail: error.message };
    throw error;
  }
}
