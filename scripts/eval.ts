// Scores the analysis against the gold in tests/gold with the shared scorer (../shared/eval).
//   npm run eval [-- --lang fr|en]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '..', 'shared');
const scorer = resolve(shared, 'eval', 'score.mjs');
if (!existsSync(scorer)) {
  console.error(`eval: ${scorer} not found. The scorer and most gold documents live in ../shared beside the project; without it there is nothing to score.`);
  process.exit(2);
}
const result = spawnSync(process.execPath, [scorer, resolve(root, 'tests/gold'), '--root', root, '--shared', shared, ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: root,
});
process.exit(result.status ?? 1);
