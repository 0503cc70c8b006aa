// The rule engine. Every decision of the analysis is a row of a rule table: an id, the language it
// applies to, why it exists, examples, and its pattern or guard with its action (`apply`). The
// engine runs a table in order and records which rule produced each value, so every entity,
// claim, speaker and rationale can say where it came from (its `trace`).

export type Lang = 'fr' | 'en';
export type RuleLang = Lang | 'fr+en';

/** A text on which the rule fires (tests/unit/analysis/rule-examples.test.ts checks that it does). */
export interface RuleExample {
  readonly lang: Lang;
  readonly text: string;
}

export interface Rule<C, V> {
  /** Stable id, "<concern>.<name>" ("speaker.pronoun-antecedent"). */
  readonly id: string;
  readonly lang: RuleLang;
  readonly why: string;
  readonly examples: readonly RuleExample[];
  /** The pattern or guard and the action: the value the rule yields in this context, or null/undefined when it does not apply. */
  readonly apply: (ctx: C) => V | null | undefined;
}

/** A value a rule yielded, with the rule's id and its place in the table (0 = first). */
export interface Fired<V> {
  readonly rule: string;
  readonly value: V;
  readonly rank: number;
}

/** What every registered rule looks like from outside its table. */
export interface RuleInfo {
  readonly id: string;
  readonly concern: string;
  readonly lang: RuleLang;
  readonly why: string;
  readonly examples: readonly RuleExample[];
  /** Rules that are the outcomes of one learned decision (which one fires depends on the weights):
   *  an example shows the decision taken, by any rule of the family. */
  readonly family?: string;
}

const registry = new Map<string, RuleInfo>();

/** Every rule of every table, by id (for --explain, the rule-example test and `eval --rules`). */
export function allRules(): ReadonlyMap<string, RuleInfo> {
  return registry;
}

/** Registers rules that are not run through a table (a single guard read in place). */
export function defineRule(concern: string, rule: Omit<RuleInfo, 'concern'>): string {
  if (registry.has(rule.id)) throw new Error(`duplicate rule id ${rule.id}`);
  registry.set(rule.id, { ...rule, concern });
  return rule.id;
}

// Rules that yielded a value during the current analysis, when someone asked (explain mode).
let firedLog: Set<string> | null = null;

/** Runs `f` and returns, with its result, the ids of every rule that yielded a value meanwhile. */
export function collectFired<T>(f: () => T): { result: T; fired: Set<string> } {
  const outer = firedLog;
  const fired = new Set<string>();
  firedLog = fired;
  try {
    return { result: f(), fired };
  } finally {
    firedLog = outer;
    if (outer) for (const id of fired) outer.add(id);
  }
}

/** Notes that a rule yielded a value (tables do it themselves; single guards call it). */
export function noteFired(id: string): void {
  if (firedLog) firedLog.add(id);
}

export class RuleTable<C extends { readonly lang: Lang }, V> {
  private readonly byLang: Record<Lang, ReadonlyArray<{ rule: Rule<C, V>; rank: number }>>;

  constructor(
    readonly concern: string,
    readonly rules: readonly Rule<C, V>[],
  ) {
    for (const rule of rules) defineRule(concern, rule);
    const ranked = rules.map((rule, rank) => ({ rule, rank }));
    this.byLang = {
      fr: ranked.filter((r) => r.rule.lang !== 'en'),
      en: ranked.filter((r) => r.rule.lang !== 'fr'),
    };
  }

  /** The first rule, in table order, that yields a value. */
  first(ctx: C): Fired<V> | null {
    for (const { rule, rank } of this.byLang[ctx.lang]) {
      const value = rule.apply(ctx);
      if (value !== null && value !== undefined) {
        noteFired(rule.id);
        return { rule: rule.id, value, rank };
      }
    }
    return null;
  }

  /** Every rule that yields a value, in table order: the candidates a scorer chooses from. */
  all(ctx: C): Fired<V>[] {
    const out: Fired<V>[] = [];
    for (const { rule, rank } of this.byLang[ctx.lang]) {
      const value = rule.apply(ctx);
      if (value !== null && value !== undefined) {
        noteFired(rule.id);
        out.push({ rule: rule.id, value, rank });
      }
    }
    return out;
  }

  /** True when some rule of the table yields a value (a table of vetoes: "is this excluded?"). */
  any(ctx: C): string | null {
    return this.first(ctx)?.rule ?? null;
  }
}
