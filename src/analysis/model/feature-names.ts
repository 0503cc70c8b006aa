// Feature names made once and reused. A scorer stores each feature as a property of a plain object;
// storing it under a string the engine already knows is several times faster than under a freshly
// built one, and the scorers name thousands of features per article. The names are unchanged.

/** Names kept per prefix (and per first value) before the cache starts over. */
const MAX_NAMES = 10000;

/** `${prefix}${value}`, the same string for the same value. */
export class FeatureNames {
  private readonly byValue = new Map<string, string>();

  constructor(private readonly prefix: string) {}

  of(value: string): string {
    let name = this.byValue.get(value);
    if (name === undefined) {
      if (this.byValue.size >= MAX_NAMES) this.byValue.clear();
      this.byValue.set(value, (name = this.prefix + value));
    }
    return name;
  }
}

/** `${prefix}${a}${infix}${b}`, the same string for the same two values. */
export class FeatureNames2 {
  private readonly byFirst = new Map<string, FeatureNames>();

  constructor(
    private readonly prefix: string,
    private readonly infix: string,
  ) {}

  of(a: string, b: string): string {
    let names = this.byFirst.get(a);
    if (!names) {
      if (this.byFirst.size >= MAX_NAMES) this.byFirst.clear();
      this.byFirst.set(a, (names = new FeatureNames(this.prefix + a + this.infix)));
    }
    return names.of(b);
  }
}
