// Fuzz suite, generated inputs: thousands of hostile texts and pages through the analysis and the
// extraction (see tests/fuzz/). Each campaign runs in a worker thread with a generous per-input timeout: an input that throws, breaks an invariant or hangs fails the test,
// with the seed to replay it (FUZZ_SEED=… npx vitest run tests/unit/fuzz). Long runs: npm run fuzz.
import { describe, it } from 'vitest';
import { CI_RUNS } from '../../fuzz/ci-runs';
import { CAMPAIGN_GUARD_MS, fuzz } from '../../fuzz/vitest-campaign';

describe('fuzz: nothing throws, hangs or returns a malformed result', () => {
  it(`analysis of ${CI_RUNS.analysis} hostile texts (quotes of every style, RTL, CJK, controls, markup)`, () => fuzz('analysis'), CAMPAIGN_GUARD_MS);
  it(`extraction of ${CI_RUNS.extraction} malformed and hostile pages`, () => fuzz('extraction'), CAMPAIGN_GUARD_MS);
  it(`extraction, analysis and highlights of ${CI_RUNS['article-pages']} hostile article pages`, () => fuzz('article-pages'), CAMPAIGN_GUARD_MS);
});
