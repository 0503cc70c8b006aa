// Locates the read-only reference data folder `../shared` (beside the project) that benchmarks and
// evaluations read. Tests never need it.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BenchSummary } from './bench-summary';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const SHARED_DIR = resolve(process.env.CONTEXT_LENS_SHARED ?? join(PROJECT_ROOT, '..', 'shared'));

/**
 * Absolute path of `relative` inside ../shared; exits with a clear message when it is absent. A
 * bench run with --json (as `npm run bench` runs it) then ends with a "partial" summary line and
 * exit 0, as the benches that measure nothing without ../shared do.
 */
export function requireShared(relative: string, what: string): string {
  const path = join(SHARED_DIR, relative);
  if (!existsSync(path)) {
    const message = `${what} needs ${path}, which is absent: ../shared (the reference data) is not beside this checkout.`;
    console.error(message);
    const bench = /^bench:(\S+)/.exec(what)?.[1];
    if (bench && process.argv.includes('--json')) {
      const summary: BenchSummary = { summary: true, bench, status: 'partial', targetsMet: false, figures: {}, note: `${path} absent: nothing measured` };
      console.log(JSON.stringify(summary));
      process.exit(0);
    }
    process.exit(2);
  }
  return path;
}
