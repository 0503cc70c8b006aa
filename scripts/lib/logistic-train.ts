// Training of the analysis's logistic-regression scorers (src/analysis/model/logistic.ts):
// deterministic full-batch AdaGrad with L2, features in name order, no randomness, so the same
// examples give the same weights to the last digit kept.
import type { Features } from '../../src/analysis/model/logistic';

export interface Example {
  features: Features;
  label: 0 | 1;
}

export interface Trained {
  bias: number;
  weights: Record<string, number>;
}

export interface TrainOptions {
  /** L2 strength per example. */
  l2?: number;
  iterations?: number;
  rate?: number;
  /** Features seen fewer times than this are left out (they would only memorise a document). */
  minCount?: number;
}

/** Fits a binary logistic regression. */
export function trainBinary(examples: readonly Example[], options: TrainOptions = {}): Trained {
  const { l2 = 0.01, iterations = 400, rate = 0.3, minCount = 3 } = options;
  const counts = new Map<string, number>();
  for (const e of examples) for (const name of Object.keys(e.features)) if (name !== 'bias') counts.set(name, (counts.get(name) ?? 0) + 1);
  const names = [...counts.entries()].filter(([, n]) => n >= minCount).map(([name]) => name).sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = examples.map((e) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [name, v] of Object.entries(e.features)) {
      const i = index.get(name);
      if (i !== undefined) {
        idx.push(i);
        val.push(v);
      }
    }
    return { idx, val, y: e.label };
  });
  const w = new Float64Array(names.length);
  const g2 = new Float64Array(names.length);
  let b = 0;
  let b2 = 0;
  const n = Math.max(1, rows.length);
  for (let it = 0; it < iterations; it++) {
    const grad = new Float64Array(names.length);
    let gb = 0;
    for (const r of rows) {
      let z = b;
      for (let k = 0; k < r.idx.length; k++) z += (w[r.idx[k] as number] as number) * (r.val[k] as number);
      const p = 1 / (1 + Math.exp(-z));
      const d = p - r.y;
      gb += d;
      for (let k = 0; k < r.idx.length; k++) grad[r.idx[k] as number] = (grad[r.idx[k] as number] as number) + d * (r.val[k] as number);
    }
    for (let i = 0; i < names.length; i++) {
      const g = (grad[i] as number) / n + l2 * (w[i] as number);
      g2[i] = (g2[i] as number) + g * g;
      w[i] = (w[i] as number) - (rate * g) / (Math.sqrt(g2[i] as number) + 1e-8);
    }
    const gbn = gb / n;
    b2 += gbn * gbn;
    b -= (rate * gbn) / (Math.sqrt(b2) + 1e-8);
  }
  const weights: Record<string, number> = {};
  names.forEach((name, i) => {
    const v = Math.round((w[i] as number) * 1e4) / 1e4;
    if (v !== 0) weights[name] = v;
  });
  return { bias: Math.round(b * 1e4) / 1e4, weights };
}

export function predict(model: Trained, features: Features): number {
  let z = model.bias;
  for (const [name, v] of Object.entries(features)) z += (model.weights[name] ?? 0) * v;
  return 1 / (1 + Math.exp(-z));
}

/** Documents split into `k` folds by a stable hash of their id (the same folds every run). */
export function foldOf(id: string, k: number): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) % k;
}

/** A decision among candidates: their features and which are right (several may be). */
export interface Group {
  candidates: Example[];
}

/**
 * Fits a conditional-logit ranker: per group, a softmax over the candidates' scores, maximising the
 * probability of the right ones (deterministic full-batch AdaGrad with L2). Groups with no right
 * candidate teach nothing and are skipped. The bias cancels out within a group; it is left at 0.
 */
export function trainRanker(groups: readonly Group[], options: TrainOptions = {}): Trained {
  const { l2 = 0.001, iterations = 600, rate = 0.2, minCount = 3 } = options;
  const useful = groups.filter((g) => g.candidates.some((c) => c.label === 1) && g.candidates.length > 1);
  const counts = new Map<string, number>();
  for (const g of useful) for (const c of g.candidates) for (const name of Object.keys(c.features)) if (name !== 'bias') counts.set(name, (counts.get(name) ?? 0) + 1);
  const names = [...counts.entries()].filter(([, n]) => n >= minCount).map(([name]) => name).sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = useful.map((g) =>
    g.candidates.map((c) => {
      const idx: number[] = [];
      const val: number[] = [];
      for (const [name, v] of Object.entries(c.features)) {
        const i = index.get(name);
        if (i !== undefined) {
          idx.push(i);
          val.push(v);
        }
      }
      return { idx, val, y: c.label };
    }),
  );
  const w = new Float64Array(names.length);
  const g2 = new Float64Array(names.length);
  const n = Math.max(1, rows.length);
  for (let it = 0; it < iterations; it++) {
    const grad = new Float64Array(names.length);
    for (const group of rows) {
      const s = group.map((c) => {
        let z = 0;
        for (let k = 0; k < c.idx.length; k++) z += (w[c.idx[k] as number] as number) * (c.val[k] as number);
        return z;
      });
      const max = Math.max(...s);
      const e = s.map((z) => Math.exp(z - max));
      const sum = e.reduce((a, b) => a + b, 0);
      const right = e.reduce((a, v, i) => a + (group[i]?.y === 1 ? v : 0), 0);
      // d(-log(right/sum))/ds_i = p_i - q_i, q_i = e_i/right for right candidates.
      group.forEach((c, i) => {
        const d = (e[i] as number) / sum - (c.y === 1 ? (e[i] as number) / right : 0);
        for (let k = 0; k < c.idx.length; k++) grad[c.idx[k] as number] = (grad[c.idx[k] as number] as number) + d * (c.val[k] as number);
      });
    }
    for (let i = 0; i < names.length; i++) {
      const g = (grad[i] as number) / n + l2 * (w[i] as number);
      g2[i] = (g2[i] as number) + g * g;
      w[i] = (w[i] as number) - (rate * g) / (Math.sqrt(g2[i] as number) + 1e-8);
    }
  }
  const weights: Record<string, number> = {};
  names.forEach((name, i) => {
    const v = Math.round((w[i] as number) * 1e4) / 1e4;
    if (v !== 0) weights[name] = v;
  });
  return { bias: 0, weights };
}
