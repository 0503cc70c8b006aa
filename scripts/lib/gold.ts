// Gold files (../shared/eval/README.md §2) and how a prediction matches them: the same
// normalisation and matching rules as ../shared/eval/score.mjs, per predicted item, so that a rule's
// precision (eval --rules) and a scorer's training labels (scripts/train-scorers.ts) agree with the
// scorer's figures.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Claim, Entity } from '../../src/analysis/types';

export interface GoldEntity {
  text: string;
  type: string;
  aliases?: string[];
  key?: boolean;
}

export interface GoldClaim {
  kind: 'direct' | 'indirect' | 'action';
  quote?: string | null;
  content?: string | null;
  speaker?: string | null;
  speakerAliases?: string[];
  cue?: string | null;
  rationale?: string | null;
  rationaleCue?: string | null;
  optional?: boolean;
  rationaleOptional?: boolean;
}

export interface Gold {
  /** File name without .json. */
  id: string;
  source: string;
  lang: string;
  title: string;
  entities: GoldEntity[];
  claims: GoldClaim[];
  boilerplate?: string[];
  ignore?: string[];
}

export const ROOT = resolve(import.meta.dirname, '../..');
export const SHARED = resolve(ROOT, '..', 'shared');
// pending: annotated blind, not yet second-read nor trained on (tests/gold-pending/README.md).
export const SPLITS = { gold: join(ROOT, 'tests/gold'), fresh: join(ROOT, 'tests/gold-fresh'), pending: join(ROOT, 'tests/gold-pending') } as const;
export type Split = keyof typeof SPLITS;

/** The gold files of a split, in name order. */
export function readGold(split: Split): Gold[] {
  const dir = SPLITS[split];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => ({ ...(JSON.parse(readFileSync(join(dir, n), 'utf8')) as Omit<Gold, 'id'>), id: n.slice(0, -'.json'.length) }));
}

/** The document a gold file annotates: `shared/…` is ../shared beside the project. */
export function goldSource(gold: Pick<Gold, 'source'>): string {
  return gold.source.startsWith('shared/') ? join(SHARED, gold.source.slice('shared/'.length)) : join(ROOT, gold.source);
}

export function sharedAvailable(): boolean {
  return existsSync(join(SHARED, 'eval', 'score.mjs'));
}

// ---- the scorer's normalisation ---------------------------------------------------------------

const ARTICLES = new Set(['le', 'la', 'les', 'l', 'the', 'un', 'une', 'des', 'du', 'de', 'd', 'a', 'an']);
export function norm(s: string | null | undefined): string {
  if (s == null) return '';
  let t = String(s).replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  t = t.replace(/[’‘`´]/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').replace(/'/g, "' ").trim();
  const words = t.split(/\s+/).filter(Boolean);
  while (words.length > 1 && ARTICLES.has((words[0] as string).replace(/'$/, ''))) words.shift();
  return words.map((w) => w.replace(/'$/, '')).filter(Boolean).join(' ');
}
export const tokens = (s: string | null | undefined): string[] => norm(s).split(' ').filter(Boolean);
function overlap(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let n = 0;
  for (const t of b) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      n++;
      counts.set(t, c - 1);
    }
  }
  return n;
}
export const sim = (a: string[], b: string[]): number => overlap(a, b) / Math.max(a.length, b.length, 1);
export const cover = (g: string[], p: string[]): number => overlap(g, p) / Math.max(g.length, 1);

/** The scorer's speaker test: the gold speaker or an alias, normalised, containment counting; agentless gold wants none. */
export function speakerOk(g: GoldClaim, speaker: string | null): boolean {
  const want = [g.speaker, ...(g.speakerAliases ?? [])].map(norm).filter(Boolean);
  const got = norm(speaker);
  if (want.length === 0) return got === '';
  return got.length >= 3 && want.some((w) => w === got || w.includes(got) || got.includes(w));
}

/** The scorer's rationale test: the prediction covers half the gold words and is at least 30 % gold. */
export const rationaleMatches = (gold: string, predicted: string): boolean => {
  const g = tokens(gold);
  const p = tokens(predicted);
  return cover(g, p) >= 0.5 && cover(p, g) >= 0.3;
};

// ---- matching one document -----------------------------------------------------------------------

export interface ClaimMatch {
  /** The gold claim the prediction is scored against for its speaker (a required one), or null. */
  gold: GoldClaim | null;
  /** Counts for claim precision: it corresponds to some gold claim, optional ones included. */
  corresponds: boolean;
  /** Null when the claim has no gold claim to judge its speaker by. */
  speakerCorrect: boolean | null;
  /** 'tp': matches a required gold rationale; 'fp': matches none; 'neutral': only an optional one; null: no rationale predicted. */
  rationale: 'tp' | 'fp' | 'neutral' | null;
}

const claimTokens = (x: { quote?: string | null; text?: string | null; content?: string | null }): string[] => tokens([x.quote, x.text, x.content].filter(Boolean).join(' '));

/** Each predicted claim's standing against the gold, as the scorer decides it. */
export function matchClaims(gold: Gold, claims: readonly Claim[]): ClaimMatch[] {
  const required = gold.claims.filter((g) => !g.optional);
  const out: ClaimMatch[] = claims.map(() => ({ gold: null, corresponds: false, speakerCorrect: null, rationale: null }));
  // Direct quotes: each required gold quote takes the best unused predicted quote (sim ≥ 0.5).
  const used = new Set<number>();
  for (const g of required.filter((x) => x.kind === 'direct')) {
    const gt = tokens(g.quote);
    let best = -1;
    let bestS = 0;
    claims.forEach((p, i) => {
      if (!p.quote || used.has(i)) return;
      const s = sim(gt, tokens(p.quote));
      if (s > bestS) {
        bestS = s;
        best = i;
      }
    });
    if (best >= 0 && bestS >= 0.5) {
      used.add(best);
      (out[best] as ClaimMatch).gold = g;
    }
  }
  // Reported speech and actions: each required gold content takes the prediction covering it best.
  for (const g of required.filter((x) => x.kind !== 'direct')) {
    const gt = tokens(g.content);
    let best = -1;
    let bestS = 0;
    claims.forEach((p, i) => {
      const pt = claimTokens(p);
      const s = cover(gt, pt) + cover(pt, gt) / 100;
      if (s > bestS) {
        bestS = s;
        best = i;
      }
    });
    if (best >= 0 && bestS >= 0.5 && !(out[best] as ClaimMatch).gold) (out[best] as ClaimMatch).gold = g;
  }
  const goldAll = gold.claims.map((g) => ({ q: tokens(g.quote), t: tokens(g.content || g.quote) }));
  const goldRat = gold.claims.filter((g) => g.rationale && !(g.optional || g.rationaleOptional));
  const optRat = gold.claims.filter((g) => g.rationale && (g.optional || g.rationaleOptional));
  const usedRat = new Set<GoldClaim>();
  claims.forEach((p, i) => {
    const m = out[i] as ClaimMatch;
    const pq = tokens(p.quote);
    const pt = claimTokens(p);
    m.corresponds = goldAll.some((g) => (pq.length > 0 && g.q.length > 0 && sim(g.q, pq) >= 0.5) || (g.t.length > 0 && cover(g.t, pt) >= 0.5 && cover(pt, g.t) >= 0.15));
    if (m.gold) m.speakerCorrect = speakerOk(m.gold, p.speaker);
    if (p.rationale) {
      const hit = goldRat.find((g) => !usedRat.has(g) && rationaleMatches(g.rationale as string, p.rationale as string));
      if (hit) {
        usedRat.add(hit);
        m.rationale = 'tp';
      } else m.rationale = optRat.some((g) => rationaleMatches(g.rationale as string, p.rationale as string)) ? 'neutral' : 'fp';
    }
  });
  return out;
}

export interface EntityMatch {
  /** The gold entity it matches, or null (a false positive), undefined when ignored. */
  gold: GoldEntity | null | undefined;
  typeCorrect: boolean;
}

/** Each predicted entity's standing against the gold, as the scorer decides it. */
export function matchEntities(gold: Gold, entities: readonly Entity[]): EntityMatch[] {
  const ignore = new Set((gold.ignore ?? []).map(norm));
  const golds = gold.entities.map((g) => ({ g, keys: new Set([g.text, ...(g.aliases ?? [])].map(norm)), used: false }));
  return entities.map((p) => {
    const names = [p.text, ...p.aliases].map(norm).filter(Boolean);
    if (names.length === 0 || names.every((n) => ignore.has(n))) return { gold: undefined, typeCorrect: false };
    const hit = golds.find((x) => names.some((n) => x.keys.has(n)));
    if (hit && !hit.used) {
      hit.used = true;
      return { gold: hit.g, typeCorrect: p.type === hit.g.type };
    }
    return { gold: null, typeCorrect: false };
  });
}
