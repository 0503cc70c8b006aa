// Deciding whether a capitalised name is an entity at all, and its type. The entity rules propose
// names and vote for types (rules/entity-rules.ts); two learned scorers weigh that evidence with the
// name's shape and the words around its mentions: one says whether the name is an entity a reader
// expects (weights/entity.json), one picks its type among PER, ORG, LOC, MISC (weights/entity-type.json).
// They decide only names no trusted rule typed (a gazetteer, a title, a given name, a head word).
import type { EntityType } from '../types';
import type { Token } from '../../text/tokens';
import { GIVEN_NAMES, PLACES, ORGS } from '../lexicon/gazetteers';
import { isReportingVerb } from '../lexicon/reporting-verbs';
import { words, type WordClassId } from '../lexicon/word-classes';
import type { Lang } from '../rules/engine';
import { hasWeights, probability, type BinaryModel, type Features } from './logistic';
import { recordCandidates, training } from './candidates';
import ENTITY_MODEL from './weights/entity.json';
import TYPE_MODEL from './weights/entity-type.json';

export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** One entity as the grouping sees it: its forms, mentions and the type votes its mentions got. */
export interface EntityEvidence {
  readonly lang: Lang;
  readonly text: string;
  /** Its other forms. */
  readonly aliases: readonly string[];
  readonly words: readonly string[];
  /** Token index of each mention's first word and its last word, and whether the mention starts a sentence. */
  readonly mentions: ReadonlyArray<{ first: number; last: number; sentenceInitial: boolean; inTitle: boolean }>;
  /** "TYPE rule-id" of each type vote, and the weighted votes per type. */
  readonly voters: ReadonlySet<string>;
  readonly votes: ReadonlyMap<EntityType, number>;
  readonly candidateRules: ReadonlySet<string>;
  /** The type the votes give. */
  readonly votedType: EntityType;
  readonly tokens: readonly Token[];
  /** Lowercase words seen in lowercase somewhere in the text. */
  readonly lowerSeen: ReadonlySet<string>;
  /** Mentions that lie inside quotation marks. */
  readonly quoted: number;
  /** Position of the first mention in the text. */
  readonly firstPos: number;
}

/** Word classes whose membership, for the word before or after a mention, is a feature. */
const CONTEXT_CLASSES: readonly WordClassId[] = ['title-word', 'place-preposition', 'place-noun', 'preposition', 'determiner', 'role-noun', 'org-noun', 'office-word', 'honorific', 'subject-pronoun'];
const bucket = (n: number, top: number): string => (n >= top ? `${top}+` : String(n));

function classesOf(word: string | undefined): string[] {
  if (!word) return [];
  return CONTEXT_CLASSES.filter((c) => words(c).has(word));
}

/** The features both entity scorers read. */
export function entityFeatures(e: EntityEvidence): Features {
  const f: Features = { bias: 1 };
  for (const v of e.voters) f[`v:${v.slice(v.indexOf(' ') + 1)}`] = 1;
  for (const r of e.candidateRules) f[`c:${r}`] = 1;
  for (const t of ENTITY_TYPES) {
    const n = e.votes.get(t) ?? 0;
    if (n > 0) f[`votes:${t}:${bucket(Math.round(n), 5)}`] = 1;
  }
  if (e.voters.size === 0) f['no-vote'] = 1;
  f[`voted:${e.votedType}`] = 1;
  f[`lang:${e.lang}`] = 1;
  const n = e.words.length;
  f[`words:${bucket(n, 4)}`] = 1;
  f[`mentions:${bucket(e.mentions.length, 5)}`] = 1;
  if (e.mentions.every((m) => m.sentenceInitial)) f['always-sentence-initial'] = 1;
  if (e.mentions.every((m) => m.inTitle)) f['title-only'] = 1;
  if (e.mentions.some((m) => m.inTitle)) f['in-title'] = 1;
  if (e.quoted > 0) f[e.quoted === e.mentions.length ? 'always-quoted' : 'sometimes-quoted'] = 1;
  if (e.firstPos < 600) f['early'] = 1;
  const lw = e.words.map((w) => w.toLowerCase());
  const first = lw[0] ?? '';
  const last = lw[lw.length - 1] ?? '';
  if (/^\p{Lu}{2,}$/u.test(e.words.join(''))) f['all-caps'] = 1;
  if (/\p{N}/u.test(e.text)) f['digit'] = 1;
  if (e.text.includes('-')) f['hyphen'] = 1;
  if (GIVEN_NAMES.has(first)) f['given-name-first'] = 1;
  if (lw.some((w) => PLACES.has(w))) f['place-word'] = 1;
  if (lw.some((w) => ORGS.has(w))) f['org-word'] = 1;
  if (e.lowerSeen.has(first)) f['first-word-seen-lowercase'] = 1;
  if (n > 1 && e.lowerSeen.has(last)) f['last-word-seen-lowercase'] = 1;
  if (/(?:ov|ova|ev|eva|ski|ska|sky|enko|ic|ić|escu|ez|es|son|sen|berg|stein|mann|ini|elli|etti)$/u.test(last) && n <= 3) f['surname-ending'] = 1;
  if (/(?:ia|land|stan|burg|bourg|ville|polis|grad|sk)$/u.test(last)) f['place-ending'] = 1;
  if (/(?:ais|aise|ien|ienne|ese|ish|ian|an)$/u.test(last) && n === 1) f['demonym-shape'] = 1;
  // The words around its mentions, as word classes (never the words themselves).
  for (const m of e.mentions) {
    const prev = e.tokens[m.first - 1];
    const next = e.tokens[m.last + 1];
    for (const c of classesOf(prev?.word ? prev.lower : undefined)) f[`prev:${c}`] = 1;
    for (const c of classesOf(next?.word ? next.lower : undefined)) f[`next:${c}`] = 1;
    if (next && !next.word && /^['’]s$/u.test(next.text)) f['next:possessive'] = 1;
    if (next?.word && isReportingVerb(next.lower, e.lang)) f['next:reporting-verb'] = 1;
    if (prev && !prev.word && /^[«“"]$/u.test(prev.text)) f['prev:open-quote'] = 1;
    if (next && !next.word && next.text === ',') f['next:comma'] = 1;
    if (prev?.word && prev.cap) f['prev:capitalised'] = 1;
  }
  return f;
}

/**
 * Type rules whose vote is trusted as it is (a gazetteer, a title, a given name, the name's own head
 * word); the scorers decide only names with no such vote, where the rules guess or say nothing.
 */
const STRONG_VOTES = new Set([
  'entity.type.candidate-hint', 'entity.type.gazetteer', 'entity.type.channel', 'entity.type.org-last-word', 'entity.type.law', 'entity.type.given-name',
  'entity.type.place-word', 'entity.type.event', 'entity.type.org-word', 'entity.type.after-title', 'entity.type.administration',
  'entity.type.place-noun-of', 'entity.type.plural-after-place-preposition',
]);

/** True when a rule the scorers defer to voted for the name. */
export function stronglyTyped(voters: ReadonlySet<string>): boolean {
  for (const v of voters) if (STRONG_VOTES.has(v.slice(v.indexOf(' ') + 1))) return true;
  return false;
}

const keepModel = ENTITY_MODEL as BinaryModel;
const typeModels = TYPE_MODEL as unknown as { about: string; models: Record<EntityType, BinaryModel> };

/** The scorers' verdict on an entity: keep it or not, its type, and the keep probability (null when untrained or training). */
export function scoreEntity(e: EntityEvidence): { keep: boolean; type: EntityType; score: number | null } {
  if (stronglyTyped(e.voters)) return { keep: true, type: e.votedType, score: null };
  const features = entityFeatures(e);
  if (training()) {
    recordCandidates({ task: 'entity', about: { text: e.text, aliases: [...e.aliases] }, candidates: [{ value: e.votedType, features }] });
    return { keep: true, type: e.votedType, score: null };
  }
  let type = e.votedType;
  if (hasWeights(typeModels.models?.PER?.weights ?? {})) {
    let best = -1;
    for (const t of ENTITY_TYPES) {
      const p = probability(typeModels.models[t], features);
      if (p > best) {
        best = p;
        type = t;
      }
    }
  }
  if (!hasWeights(keepModel.weights)) return { keep: true, type, score: null };
  const p = probability(keepModel, features);
  return { keep: p >= keepModel.threshold, type, score: p };
}
