// `npm run bench` reads the last line of each bench run with --json: a bench must end with a
// summary line even when ../shared is absent ("partial", exit 0), so the table says why it measured nothing.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastSummary } from '../../../scripts/lib/bench-summary';

const root = resolve(import.meta.dirname, '../../..');
const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, script), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, CONTEXT_LENS_SHARED: join(root, 'tests/fixtures/no-such-shared-folder') },
  });

describe('bench summary lines', { timeout: 120_000 }, () => {
  for (const script of ['scripts/bench-extraction.ts', 'scripts/bench-detection.ts']) {
    it(`${script} without ../shared: says so, and with --json ends with a "partial" summary`, () => {
      const plain = run(script);
      expect(plain.status).toBe(2);
      expect(plain.stderr).toMatch(/which is absent: \.\.\/shared/);
      const json = run(script, '--json');
      expect(json.status, json.stderr).toBe(0);
      expect(lastSummary(json.stdout)).toMatchObject({ status: 'partial', targetsMet: false, note: expect.stringMatching(/absent: nothing measured/) });
    });
  }

  it('bench:scaling --json keeps stdout to its rows and a summary with the growth exponent', () => {
    const json = run('scripts/bench-scaling.ts', '--json', '--sizes', '10,20');
    expect(json.status, json.stderr).toBe(0);
    const lines = json.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    const summary = lastSummary(json.stdout);
    expect(summary).toMatchObject({ bench: 'scaling', status: 'ok' });
    expect(typeof summary?.figures['exponent']).toBe('number');
    expect(json.stderr).toMatch(/growth exponent 10 KB → 20 KB/);
  });
});
