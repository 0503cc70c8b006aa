// Scores the analysis against the gold in tests/gold with the shared scorer (../shared/eval).
//   npm run eval [-- --lang fr|en] [-- --cli]
// By default the predictions are computed in this process (same code path as the CLI, see
// lib/analyze-file.ts) and handed to the scorer with --pred; --cli makes the scorer run
// `npm run --silent analyze -- --json` on each document instead (slower, end to end).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyzeFile } from './lib/analyze-file';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '..', 'shared');
const scorer = resolve(shared, 'eval', 'score.mjs');
const goldDir = resolve(root, 'tests/gold');
if (!existsSync(scorer)) {
  console.error(`eval: ${scorer} not found. The scorer and most gold documents live in ../shared beside the project; without it there is nothing to score.`);
  process.exit(2);
}

const args = process.argv.slice(2);
const cli = args.includes('--cli');
const scorerArgs = args.filter((a) => a !== '--cli');
let predDir: string | null = null;
if (!cli) {
  predDir = mkdtempSync(join(tmpdir(), 'context-lens-eval-'));
  for (const name of readdirSync(goldDir).filter((n) => n.endsWith('.json'))) {
    const gold = JSON.parse(readFileSync(join(goldDir, name), 'utf8')) as { source: string };
    const source = gold.source.startsWith('shared/') ? join(shared, gold.source.slice('shared/'.length)) : join(root, gold.source);
    try {
      writeFileSync(join(predDir, name), JSON.stringify(analyzeFile(source, null)));
    } catch (error) {
      console.error(`eval: ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  scorerArgs.push('--pred', predDir);
}
const result = spawnSync(process.execPath, [scorer, goldDir, '--root', root, '--shared', shared, ...scorerArgs], { stdio: 'inherit', cwd: root });
if (predDir) rmSync(predDir, { recursive: true, force: true });
process.exit(result.status ?? 1);
