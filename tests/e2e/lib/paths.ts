// Locations the e2e harness works with, all absolute.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** Seed documents indexed by the e2e build. */
export const SEEDS_DIR = join(REPO_ROOT, 'tests/fixtures/seeds');
/** Self-contained saved pages served from 127.0.0.1. */
export const PAGES_DIR = join(REPO_ROOT, 'tests/fixtures/pages');
/** Output of the e2e build (git-ignored). */
export const DIST_DIR = join(REPO_ROOT, 'dist-e2e');
export const CHROME_EXTENSION_DIR = join(DIST_DIR, 'chrome');
export const FIREFOX_EXTENSION_DIR = join(DIST_DIR, 'firefox');

/** Debian's real binaries (the /usr/bin wrappers add flags and noise). */
export const CHROMIUM_BINARY = process.env.CHROMIUM_BINARY ?? '/usr/lib/chromium/chromium';
export const FIREFOX_BINARY = process.env.FIREFOX_BINARY ?? '/usr/lib/firefox-esr/firefox-esr';

/** Files each unpacked extension must contain (the build contract). */
export const EXTENSION_FILES = [
  'manifest.json',
  'background.js',
  'content.js',
  'content.css',
  'popup.html',
  'popup.js',
  'popup.css',
  'options.html',
  'options.js',
  'reader.html',
  'reader.js',
  'reader.css',
  'people.html',
  'people.js',
  '_locales/en/messages.json',
  '_locales/fr/messages.json',
  'index.json',
  'index.bin',
] as const;
