import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests (pure TS, jsdom where a DOM is needed) and end-to-end tests
// that load the built extension into real headless Chromium and Firefox ESR.
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    projects: [
      {
        extends: true,
        // A generous per-test limit: it only guards against hangs (the CI machine is shared and slow).
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
