// Locates the read-only reference data folder `../shared` (beside the project) that benchmarks and
// evaluations read. Tests never need it.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const SHARED_DIR = resolve(process.env.CONTEXT_LENS_SHARED ?? join(PROJECT_ROOT, '..', 'shared'));

/** Absolute path of `relative` inside ../shared; exits with a clear message when it is absent. */
export function requireShared(relative: string, what: string): string {
  const path = join(SHARED_DIR, relative);
  if (!existsSync(path)) {
    console.error(`${what} needs ${path}, which is absent: ../shared (the reference data) is not beside this checkout.`);
    process.exit(2);
  }
  return path;
}
