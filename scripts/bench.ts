// Runs every `bench:*` script of package.json with --json, one after the other (they share two
// cores: never in parallel), and prints one table of their summary lines. A bench that fails, or
// prints no summary, is a row saying so; a bench that ran without ../shared says "partial".
//   npm run bench
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatTable, lastSummary } from './lib/bench-summary';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
const benches = Object.keys(pkg.scripts ?? {}).filter((name) => name.startsWith('bench:')).sort();
/** A whole bench must not hold the table hostage. */
const BENCH_TIMEOUT_MS = 30 * 60_000;

const rows: string[][] = [];
let anyFailed = false;
for (const name of benches) {
  console.error(`== ${name}`);
  const run = spawnSync('npm', ['run', '--silent', name, '--', '--json'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'], // progress and warnings go straight to the terminal
    timeout: BENCH_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  const summary = lastSummary(run.stdout ?? '');
  if (run.status !== 0 || !summary) {
    anyFailed = true;
    const why = run.error ? run.error.message : run.status !== 0 ? `exit ${run.status ?? run.signal}` : 'no summary line';
    rows.push([name, `FAILED (${why})`, '—', '']);
    continue;
  }
  const status = summary.status === 'partial' ? `partial: ${summary.note ?? 'some inputs absent'}` : 'ok';
  const figures = Object.entries(summary.figures).map(([k, v]) => `${k}=${v ?? '—'}`);
  rows.push([name, status, summary.targetsMet ? 'met' : 'NOT met', figures[0] ?? '']);
  for (const figure of figures.slice(1)) rows.push(['', '', '', figure]);
}

if (benches.length === 0) console.log('no bench:* script in package.json');
else console.log(formatTable(['bench', 'status', 'targets', 'figures'], rows));
// Missed targets are figures to read, not an error; a bench that could not run is.
process.exitCode = anyFailed ? 1 : 0;
