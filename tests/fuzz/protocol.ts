// Messages between the fuzz runner (main thread) and its worker.
import type { CampaignName } from './campaigns';

export interface CampaignRequest {
  campaign: CampaignName;
  /** Generated inputs to try (ignored by fixed campaigns, which run each of their inputs once). */
  runs: number;
  seed: number;
}

export interface CampaignReport {
  campaign: CampaignName;
  seed: number;
  /** Inputs checked. */
  inputs: number;
  /** Slowest input, in ms, and what it was. */
  slowestMs: number;
  slowest: string;
  /** fast-check's report of the first failure (counterexample shrunk), if any. */
  failure?: string;
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'input'; index: number; description: string }
  | { type: 'done'; report: CampaignReport }
  | { type: 'crash'; error: string };
