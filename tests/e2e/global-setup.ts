// Runs once before the e2e files: builds the extension with the test seeds into dist-e2e/ and
// serves tests/fixtures/pages from 127.0.0.1 on an ephemeral port (given to tests with inject()).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/lib/static-server';
import { DIST_DIR, EXTENSION_FILES, PAGES_DIR, REPO_ROOT, SEEDS_DIR } from './lib/paths';

declare module 'vitest' {
  export interface ProvidedContext {
    /** "http://127.0.0.1:PORT", serving tests/fixtures/pages */
    fixturesOrigin: string;
  }
}

const BUILD_TIMEOUT_MS = 300_000;

function buildExtension(): void {
  const args = ['tsx', 'scripts/build.ts', '--seeds', SEEDS_DIR, '--out', DIST_DIR, '--test-hooks'];
  const started = Date.now();
  const run = spawnSync('npx', args, { cwd: REPO_ROOT, encoding: 'utf8', timeout: BUILD_TIMEOUT_MS });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim();
  if (run.error || run.status !== 0) {
    throw new Error(
      `e2e build failed: npx ${args.join(' ')} (${run.error ? run.error.message : `exit ${String(run.status)}`})\n${output}`,
    );
  }
  const missing = ['chrome', 'firefox'].flatMap((target) =>
    EXTENSION_FILES.filter((file) => !existsSync(join(DIST_DIR, target, file))).map((file) => `${target}/${file}`),
  );
  if (missing.length > 0) throw new Error(`e2e build succeeded but ${DIST_DIR} lacks: ${missing.join(', ')}\n${output}`);
  console.log(`[e2e] built the extension into ${DIST_DIR} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  buildExtension();
  const server = await serveStatic(PAGES_DIR);
  project.provide('fixturesOrigin', server.origin);
  return async () => {
    await server.close();
  };
}
