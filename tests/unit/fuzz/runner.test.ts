// The fuzz runner itself: a hanging input is stopped by the per-input timeout and named, and a
// throwing input is reported with its (shrunk) counterexample — so a green fuzz run means something.
import { describe, expect, it } from 'vitest';
import { runCampaign } from '../../fuzz/run-campaign';

describe('fuzz runner', () => {
  it('stops a campaign whose input hangs and names that input', async () => {
    await expect(runCampaign('self-check-hang', { runs: 0, perInputTimeoutMs: 3_000 })).rejects.toThrow(/no answer within 3000 ms on input #1 \(hangs\)/);
  }, 60_000);

  it('reports a throwing input with a shrunk counterexample', async () => {
    const report = await runCampaign('self-check-throw', { runs: 500, seed: 42, perInputTimeoutMs: 30_000 });
    expect(report.failure).toMatch(/Counterexample: \[1001\]/);
    expect(report.failure).toMatch(/too big/);
  }, 60_000);
});
