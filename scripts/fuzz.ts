// Long fuzz runs (the CI run of tests/unit/fuzz is short): many more generated inputs per campaign
// and the slowest extreme inputs (10,000-level jsdom trees, 1 MB quote floods, 5 MB of text).
//   npm run fuzz [-- --scale 10] [--campaign analysis] [--seed N] [--timeout-s 600]
// Prints, per campaign, the number of inputs, the seed (FUZZ_SEED=N replays it) and the slowest input.
import { parseArgs } from 'node:util';
import type { CampaignName } from '../tests/fuzz/campaigns';
import { CI_RUNS } from '../tests/fuzz/ci-runs';
import { describeReport, runCampaign } from '../tests/fuzz/run-campaign';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '10' },
    campaign: { type: 'string', multiple: true },
    seed: { type: 'string' },
    'timeout-s': { type: 'string', default: '600' },
  },
});
const ALL: CampaignName[] = ['analysis', 'extraction', 'article-pages', 'big-inputs', 'big-inputs-long'];
const chosen = (values.campaign ?? ALL) as CampaignName[];
const scale = Number(values.scale);
let failed = 0;
let inputs = 0;
const started = Date.now();
for (const name of chosen) {
  if (!ALL.includes(name)) throw new Error(`unknown campaign ${name}; one of ${ALL.join(', ')}`);
  const runs = Math.round(CI_RUNS[name] * scale);
  try {
    const report = await runCampaign(name, {
      runs,
      seed: values.seed === undefined ? undefined : Number(values.seed),
      perInputTimeoutMs: Number(values['timeout-s']) * 1000,
    });
    inputs += report.inputs;
    console.log(describeReport(report));
    if (report.failure) failed++;
  } catch (error) {
    failed++;
    console.log(`${name}: FAILED: ${error instanceof Error ? error.message : String(error)}`);
  }
}
console.log(`fuzz: ${inputs} inputs in ${((Date.now() - started) / 1000).toFixed(0)} s, ${failed} campaign(s) failed`);
process.exitCode = failed > 0 ? 1 : 0;
