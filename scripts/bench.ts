// Runs every `bench:*` script of package.json with --json and prints one table of their figures
// (one row per JSON line a benchmark prints, plus one per peer it measured in the same run).
//   npm run bench
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
const benches = Object.keys(pkg.scripts).filter((name) => name.startsWith('bench:')).sort();

type Row = Record<string, string>;
const rows: Row[] = [];
const format = (value: unknown): string => (typeof value === 'number' ? String(Number(value.toPrecision(4))) : String(value));

for (const name of benches) {
  process.stderr.write(`== ${name}\n`);
  const run = spawnSync('npm', ['run', '-s', name, '--', '--json'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 });
  const lines = (run.stdout ?? '').split('\n');
  const results = lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
  if (run.status !== 0 || results.length === 0) {
    rows.push({ bench: name, system: '-', note: (lines.find((l) => l.trim()) ?? `exit ${String(run.status)}`).slice(0, 100) });
    continue;
  }
  for (const result of results) {
    const { peers, ...own } = result as { peers?: Record<string, Record<string, unknown>> };
    rows.push({ bench: name, system: 'context-lens', ...Object.fromEntries(Object.entries(own).map(([k, v]) => [k, format(v)])) });
    for (const [peer, figures] of Object.entries(peers ?? {})) {
      rows.push({ bench: name, system: peer, ...Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, format(v)])) });
    }
  }
}

const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => (r[c] ?? '').length)));
console.log(columns.map((c, i) => c.padEnd(widths[i]!)).join('  '));
for (const row of rows) console.log(columns.map((c, i) => (row[c] ?? '').padEnd(widths[i]!)).join('  '));
