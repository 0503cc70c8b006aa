// The rationale cues are scanned without their opening word-start lookbehind, checked in code at each
// match (rationale.ts, nextCue: V8 is much slower on a leading lookbehind). The scan must find exactly
// the matches the rule's own regex finds, on any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { globalCue, nextCue } from '../../../src/analysis/rationale';
import { CUE_RULES } from '../../../src/analysis/rules/rationale-rules';

/** Every match of a global regex from 0, as [index, text]. */
function allMatches(next: (from: number) => RegExpExecArray | null, lastIndex: () => number): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  let from = 0;
  for (let m = next(from); m; m = next(from)) {
    out.push([m.index, m[0]]);
    from = Math.max(lastIndex(), m.index + 1);
  }
  return out;
}

const FRAGMENTS = ['to', 'po', 'tato', ' ', ', ', 'because', 'of', 'x', 'é', 'in order to', 'pour', 'parce qu', "'", 'afin de', 'car', 'citing', 'as', 'since', 'due to', 'Pour', 'so that', 'en raison', 'de', 'ment', 'grâce à', '«', '"'];

describe('rationale cue scan', () => {
  it('finds the same matches as each cue rule\'s own regex, cues glued inside words included', () => {
    const text = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 24 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        for (const rule of CUE_RULES) {
          const own = new RegExp(rule.cue.source, rule.cue.flags.includes('g') ? rule.cue.flags : `${rule.cue.flags}g`);
          const expected = allMatches((from) => ((own.lastIndex = from), own.exec(t)), () => own.lastIndex);
          const compiled = globalCue(rule);
          const scanned = allMatches((from) => nextCue(compiled, t, from), () => compiled.re.lastIndex);
          expect(scanned, `${rule.id} on ${JSON.stringify(t)}`).toEqual(expected);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('skips a cue inside a word ("potato to …")', () => {
    const rule = CUE_RULES.find((r) => r.id === 'rationale.en.to-infinitive');
    expect(rule).toBeDefined();
    const compiled = globalCue(rule as (typeof CUE_RULES)[number]);
    const m = nextCue(compiled, 'He ate a potato salad to celebrate.', 0);
    expect(m?.index).toBe('He ate a potato salad '.length);
  });
});
