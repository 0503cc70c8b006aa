// Runs one fuzz campaign as a vitest test body: CI counts, per-input timeout, replayable seed.
import { expect } from 'vitest';
import { CAMPAIGNS, type CampaignName } from './campaigns';
import { CI_RUNS, PER_INPUT_TIMEOUT_MS, seedFromEnv } from './ci-runs';
import { describeReport, runCampaign } from './run-campaign';

/** Guard for the whole campaign; the real limit is the per-input timeout inside runCampaign. */
export const CAMPAIGN_GUARD_MS = 900_000;

export async function fuzz(name: CampaignName): Promise<void> {
  const report = await runCampaign(name, { runs: CI_RUNS[name], seed: seedFromEnv(), perInputTimeoutMs: PER_INPUT_TIMEOUT_MS });
  console.log(`fuzz ${describeReport(report)}`);
  expect(report.failure, describeReport(report)).toBeUndefined();
  const expected = CAMPAIGNS[name].inputs?.length ?? CI_RUNS[name];
  expect(report.inputs).toBe(expected);
}

