// Feature names made once and reused. A scorer stores each feature as a property of a plain object;
// storing it under a string the engine already knows is several times faster than under a freshly
// built one, and the scorers name thousands of features per article. The names are unchanged.

import { memoized } from '../../text/memo';

/** Names kept per prefix (and per first value) before the cache starts over. */
const MAX_NAMES = 10000;

/** `${prefix}${value}`, the same string for the same value. */
export class FeatureNames {
  readonly of: (value: string) => string;

  constructor(prefix: string) {
    this.of = memoized((value: string) => prefix + value, MAX_NAMES);
  }
}

/** `${prefix}${a}${infix}${b}`, the same string for the same two values. */
export class FeatureNames2 {
  private readonly byFirst: (a: string) => FeatureNames;

  constructor(prefix: string, infix: string) {
    this.byFirst = memoized((a: string) => new FeatureNames(prefix + a + infix), MAX_NAMES);
  }

  of(a: string, b: string): string {
    return this.byFirst(a).of(b);
  }
}
