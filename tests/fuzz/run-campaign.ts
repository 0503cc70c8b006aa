// Runs a fuzz campaign in a worker thread with a per-input timeout: the worker announces each input
// before checking it; when it stays silent longer than the timeout, it is terminated and the
// campaign fails naming the input that hung. (Synchronous code cannot be interrupted in its own
// thread, which is why the campaign runs in another one.)
import { Worker } from 'node:worker_threads';
import type { CampaignName } from './campaigns';
import type { CampaignReport, CampaignRequest, WorkerMessage } from './protocol';

export interface RunOptions {
  runs: number;
  seed?: number;
  /** Longest time one input may take before it counts as a hang. */
  perInputTimeoutMs: number;
  /** Longest time the worker may take to load the code under test (default 120 s: a loaded machine). */
  startupTimeoutMs?: number;
}

export function randomSeed(): number {
  return Math.floor(Math.random() * 0x7fffffff);
}

export function runCampaign(campaign: CampaignName, options: RunOptions): Promise<CampaignReport> {
  const request: CampaignRequest = { campaign, runs: options.runs, seed: options.seed ?? randomSeed() };
  const worker = new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), {
    workerData: request,
    // Room for 10,000-level trees in recursive library code, as a browser tab has.
    resourceLimits: { stackSizeMb: 16 },
  });
  return new Promise<CampaignReport>((resolve, reject) => {
    let current = 'the worker start-up';
    let timer: NodeJS.Timeout | undefined;
    const finish = (outcome: () => void): void => {
      clearTimeout(timer);
      worker.removeAllListeners();
      void worker.terminate().finally(outcome);
    };
    const arm = (limitMs: number): void => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        finish(() => reject(new Error(`${campaign} (seed ${request.seed}): no answer within ${limitMs} ms on ${current}`)));
      }, limitMs);
    };
    arm(options.startupTimeoutMs ?? 120_000);
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'ready') {
        current = 'the first input';
        arm(options.perInputTimeoutMs);
      } else if (message.type === 'input') {
        current = `input #${message.index} (${message.description})`;
        arm(options.perInputTimeoutMs);
      } else if (message.type === 'done') {
        finish(() => resolve(message.report));
      } else {
        finish(() => reject(new Error(`${campaign} (seed ${request.seed}) crashed on ${current}: ${message.error}`)));
      }
    });
    worker.on('error', (error) => finish(() => reject(new Error(`${campaign} worker error on ${current}: ${error.message}`, { cause: error }))));
    worker.on('exit', (code) => finish(() => reject(new Error(`${campaign} worker exited (code ${code}) on ${current}`))));
  });
}

export function describeReport(report: CampaignReport): string {
  return (
    `${report.campaign}: ${report.inputs} inputs (seed ${report.seed}), slowest ${report.slowestMs.toFixed(0)} ms ` +
    `(${report.slowest.slice(0, 80)})${report.failure ? ` — FAILED:\n${report.failure}` : ''}`
  );
}
