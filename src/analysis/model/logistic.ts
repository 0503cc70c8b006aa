// Logistic regression over sparse named features: the learned scorers that choose among the
// candidates rules propose (a speaker, a stated reason, whether a name is an entity, its type). The
// weights are data (weights/*.json), trained on tests/gold by scripts/train-scorers.ts.

/** Feature name → value (mostly 1 for a present indicator). */
export type Features = Record<string, number>;

export interface BinaryModel {
  /** What the model decides, for the reader of the JSON. */
  readonly about: string;
  readonly bias: number;
  readonly weights: Readonly<Record<string, number>>;
  /** Shown only at or above this probability (chosen on tests/gold, precision first). */
  readonly threshold: number;
}

export interface MulticlassModel {
  readonly about: string;
  readonly classes: readonly string[];
  /** Per class: bias and weights. */
  readonly bias: Readonly<Record<string, number>>;
  readonly weights: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** Each weight table as a Map, built once (weights are read-only data): a Map looks a name up faster. */
const WEIGHT_MAPS = new WeakMap<Readonly<Record<string, number>>, ReadonlyMap<string, number>>();
/** Names every object answers (Object.prototype's): looked up in the table itself, as before. */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/** A class without weights. */
const NO_WEIGHTS: Readonly<Record<string, number>> = {};

function weightMap(weights: Readonly<Record<string, number>>): ReadonlyMap<string, number> {
  let map = WEIGHT_MAPS.get(weights);
  if (!map) WEIGHT_MAPS.set(weights, (map = new Map(Object.entries(weights))));
  return map;
}

/** True when the table holds a weight (a scorer is trained); answered from its Map, not by listing its keys per claim. */
export function hasWeights(weights: Readonly<Record<string, number>>): boolean {
  return weightMap(weights).size > 0;
}

/** `weights[name]`, read from the table's Map. */
function weightOf(weights: Readonly<Record<string, number>>, map: ReadonlyMap<string, number>, name: string): number | undefined {
  const w = map.get(name);
  return w !== undefined || !INHERITED.has(name) ? w : weights[name];
}

/** The probability a binary model gives to a candidate. */
export function probability(model: BinaryModel, features: Features): number {
  let z = model.bias;
  const map = weightMap(model.weights);
  for (const name in features) {
    const w = weightOf(model.weights, map, name);
    if (w !== undefined) z += w * (features[name] as number);
  }
  return 1 / (1 + Math.exp(-z));
}

/**
 * `probability(model, features)` for features of value 1 given one by one, in the order they would
 * be stored, without building the features object: the same sum in the same order, so the same number.
 * Each name must be given once (a name stored twice counts once in the object).
 */
export class RunningScore {
  private z: number;
  private readonly map: ReadonlyMap<string, number>;

  constructor(private readonly model: BinaryModel) {
    this.z = model.bias;
    this.map = weightMap(model.weights);
  }

  /** The feature `name` with value 1. */
  add(name: string): void {
    const w = weightOf(this.model.weights, this.map, name);
    if (w !== undefined) this.z += w * 1;
  }

  probability(): number {
    return 1 / (1 + Math.exp(-this.z));
  }
}

/** Each class's probability under a multiclass (softmax) model. */
export function classProbabilities(model: MulticlassModel, features: Features): Record<string, number> {
  const z: Record<string, number> = {};
  let max = -Infinity;
  for (const c of model.classes) {
    let s = model.bias[c] ?? 0;
    const w = model.weights[c] ?? NO_WEIGHTS;
    const map = weightMap(w);
    for (const name in features) {
      const v = weightOf(w, map, name);
      if (v !== undefined) s += v * (features[name] as number);
    }
    z[c] = s;
    if (s > max) max = s;
  }
  let sum = 0;
  for (const c of model.classes) {
    z[c] = Math.exp((z[c] as number) - max);
    sum += z[c] as number;
  }
  for (const c of model.classes) z[c] = (z[c] as number) / sum;
  return z;
}
