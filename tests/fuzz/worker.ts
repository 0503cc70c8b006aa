// Fuzz worker thread: runs one campaign and announces each input before checking it, so the main
// thread can tell which input hung when it stops hearing from the worker.
import fc from 'fast-check';
import { parentPort, workerData } from 'node:worker_threads';
import { CAMPAIGNS } from './campaigns';
import type { CampaignReport, CampaignRequest, WorkerMessage } from './protocol';

const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread');
const send = (message: WorkerMessage): void => port.postMessage(message);

function run(request: CampaignRequest): CampaignReport {
  const campaign = CAMPAIGNS[request.campaign];
  const report: CampaignReport = { campaign: request.campaign, seed: request.seed, inputs: 0, slowestMs: 0, slowest: '' };
  const checkOne = (input: unknown): void => {
    const description = campaign.describe(input);
    send({ type: 'input', index: report.inputs, description });
    report.inputs++;
    const started = performance.now();
    campaign.check(input);
    const elapsed = performance.now() - started;
    if (elapsed > report.slowestMs) {
      report.slowestMs = elapsed;
      report.slowest = description;
    }
  };
  if (campaign.inputs) {
    for (const input of campaign.inputs) {
      try {
        checkOne(input);
      } catch (error) {
        report.failure = `${campaign.describe(input)}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
        break;
      }
    }
    return report;
  }
  if (!campaign.arbitrary) throw new Error(`campaign ${request.campaign} has neither inputs nor an arbitrary`);
  const details = fc.check(fc.property(campaign.arbitrary, checkOne), { numRuns: request.runs, seed: request.seed, endOnFailure: false });
  if (details.failed) {
    const error = details.errorInstance;
    const cause = error instanceof Error ? (error.stack ?? error.message) : String(error);
    report.failure = `${fc.defaultReportMessage(details) ?? 'failed'}\nError: ${cause}`;
  }
  return report;
}

send({ type: 'ready' });
try {
  send({ type: 'done', report: run(workerData as CampaignRequest) });
} catch (error) {
  send({ type: 'crash', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
