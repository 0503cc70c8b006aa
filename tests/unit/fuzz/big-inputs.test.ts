// Fuzz suite, big inputs: a 5 MB page, giant paragraphs, quote floods, deep nesting (see
// tests/fuzz/). Each campaign runs in a worker thread with a generous per-input timeout: an input that throws, breaks an invariant or hangs fails the test,
// with the seed to replay it (FUZZ_SEED=… npx vitest run tests/unit/fuzz). Long runs: npm run fuzz.
import { describe, it } from 'vitest';
import { CAMPAIGN_GUARD_MS, fuzz } from '../../fuzz/vitest-campaign';

describe('fuzz: extreme inputs neither throw nor hang', () => {
  it('big inputs: 5 MB page, giant paragraph, deep nesting, quote floods', () => fuzz('big-inputs'), CAMPAIGN_GUARD_MS);
});
