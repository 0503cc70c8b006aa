// bench:memory without the news corpus: says so, measures nothing, and with --json ends with a
// "partial" summary line (npm run bench reads it).
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastSummary } from '../../../scripts/lib/bench-summary';

const root = resolve(import.meta.dirname, '../../..');

describe('bench:memory summary line', { timeout: 120_000 }, () => {
  it('without the corpus: says so and ends with a partial summary', () => {
    const run = spawnSync(
      process.execPath,
      [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/bench-memory.ts'), '--json', '--corpus', join(root, 'tests/fixtures/no-such-corpus')],
      { cwd: root, encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/the news corpus is absent .* nothing measured/);
    expect(lastSummary(run.stdout)).toMatchObject({ bench: 'memory', status: 'partial', targetsMet: false });
  });
});
