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

/** The probability a binary model gives to a candidate. */
export function probability(model: BinaryModel, features: Features): number {
  let z = model.bias;
  for (const name in features) {
    const w = model.weights[name];
    if (w !== undefined) z += w * (features[name] as number);
  }
  return 1 / (1 + Math.exp(-z));
}

/** Each class's probability under a multiclass (softmax) model. */
export function classProbabilities(model: MulticlassModel, features: Features): Record<string, number> {
  const z: Record<string, number> = {};
  let max = -Infinity;
  for (const c of model.classes) {
    let s = model.bias[c] ?? 0;
    const w = model.weights[c] ?? {};
    for (const name in features) {
      const v = w[name];
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
