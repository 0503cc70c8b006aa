// How many generated inputs each campaign gets in the CI run (about 2 minutes on the 2-core
// machine, all files together); `npm run fuzz` runs far more. FUZZ_SEED replays a reported run.
import type { CampaignName } from './campaigns';

export const CI_RUNS: Record<CampaignName, number> = {
  analysis: 3_000,
  extraction: 1_000,
  'article-pages': 400,
  'big-inputs': 0, // fixed inputs, each run once
  'big-inputs-long': 0,
  'self-check-hang': 0,
  'self-check-throw': 200,
};

/** Generous: the slowest CI input (a 5 MB page) takes well under a minute on an idle machine. */
export const PER_INPUT_TIMEOUT_MS = 300_000;

export function seedFromEnv(): number | undefined {
  const raw = process.env.FUZZ_SEED;
  return raw === undefined || raw === '' ? undefined : Number(raw);
}
