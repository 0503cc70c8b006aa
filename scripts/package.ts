// Store packages: builds the extension, then writes into artifacts/package/
//   context-lens-<version>-chrome.zip   (Chrome Web Store)
//   context-lens-<version>-firefox.zip  (addons.mozilla.org)
//   context-lens-<version>-source.zip   (the source AMO asks for, with BUILD.md: how to rebuild it)
// and checks them: no manifest `key`, the expected version and CSP; `web-ext lint` on the unpacked
// Firefox zip (no error, no warning but the listed third-party ones, see README); the unpacked
// Chrome zip loads in headless Chromium (service worker up, popup renders, no error).
//   npm run package [-- --skip-browser]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import JSZip from 'jszip';
import { listFiles } from './lib/files';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { 'skip-browser': { type: 'boolean', default: false } } });
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
const outDir = join(root, 'artifacts/package');
const base = `${pkg.name}-${pkg.version}`;
const problems: string[] = [];
const check = (ok: boolean, what: string): void => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) problems.push(what);
};

/** Files AMO reviewers need to rebuild the add-on; fixtures and gold data are test-only. */
const SOURCE_EXCLUDE = [/^tests\/fixtures\//, /^tests\/gold\//, /^docs\/.*\.png$/];
/** web-ext lint warnings that come from bundled libraries, each justified in the README. */
const ALLOWED_WARNINGS: Array<{ code: string; file: string; max: number; why: string }> = [
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: 'popup.js', max: 1, why: "Preact's dangerouslySetInnerHTML path (never used)" },
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: 'options.js', max: 1, why: "Preact's dangerouslySetInnerHTML path (never used)" },
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: 'people.js', max: 1, why: "Preact's dangerouslySetInnerHTML path (never used)" },
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: 'content.js', max: 2, why: "@mozilla/readability on its inert clone of the page" },
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: 'reader.js', max: 2, why: "Preact's dangerouslySetInnerHTML path (never used); DOMPurify's parser fallback for XHTML (never taken: the reader parses text/html itself)" },
];

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

/** Zip time stamps: the commit's time, so the same commit gives the same archives. */
function commitDate(): Date {
  try {
    return new Date(Number(run('git', ['log', '-1', '--format=%ct']).trim()) * 1000);
  } catch {
    return new Date('2020-01-01T00:00:00Z');
  }
}

async function writeZip(file: string, entries: Array<{ name: string; path: string }>, date: Date): Promise<void> {
  const zip = new JSZip();
  for (const entry of [...entries].sort((a, b) => a.name.localeCompare(b.name))) {
    zip.file(entry.name, readFileSync(entry.path), { date, createFolders: false });
  }
  const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'UNIX' });
  writeFileSync(file, data);
}

async function unzipTo(file: string, dir: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const target = resolve(dir, entry.name);
    if (!target.startsWith(dir)) throw new Error(`zip entry outside the folder: ${entry.name}`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await entry.async('nodebuffer'));
  }
}

async function zippedManifest(file: string): Promise<Record<string, unknown>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const manifest = zip.file('manifest.json');
  if (!manifest) throw new Error(`${file} has no manifest.json`);
  return JSON.parse(await manifest.async('string')) as Record<string, unknown>;
}

function sourceFiles(): string[] {
  let tracked: string[];
  try {
    tracked = run('git', ['ls-files', '-z']).split('\0').filter(Boolean);
    if (run('git', ['status', '--porcelain', '--untracked-files=no']).trim() !== '') {
      console.warn('warning: the work tree has uncommitted changes; the source archive holds their current content');
    }
  } catch {
    tracked = listFiles(root).map((f) => relative(root, f)).filter((f) => !/^(node_modules|dist|dist-e2e|artifacts|\.git)\//.test(f));
  }
  return tracked.filter((f) => !SOURCE_EXCLUDE.some((re) => re.test(f)));
}

async function lintFirefox(zipFile: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'context-lens-firefox-'));
  try {
    await unzipTo(zipFile, dir);
    const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], { cwd: root, encoding: 'utf8' });
    const report = JSON.parse(lint.stdout) as {
      summary: { errors: number; warnings: number; notices: number };
      errors: Array<{ code: string; file?: string; message: string }>;
      warnings: Array<{ code: string; file?: string; message: string }>;
    };
    console.log(`web-ext lint (unpacked Firefox zip): ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
    for (const m of [...report.errors, ...report.warnings]) console.log(`  ${m.code} ${m.file ?? ''}: ${m.message}`);
    check(report.summary.errors === 0, 'web-ext lint: no error');
    for (const allowed of ALLOWED_WARNINGS) {
      const n = report.warnings.filter((w) => w.code === allowed.code && w.file === allowed.file).length;
      check(n <= allowed.max, `web-ext lint: ${n} × ${allowed.code} in ${allowed.file} (≤ ${allowed.max}: ${allowed.why})`);
    }
    const other = report.warnings.filter((w) => !ALLOWED_WARNINGS.some((a) => a.code === w.code && a.file === w.file));
    check(other.length === 0, `web-ext lint: no other warning${other.length ? ` (${other.map((w) => w.code).join(', ')})` : ''}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function loadInChromium(zipFile: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'context-lens-chrome-'));
  const { launch } = await import('../tests/e2e/lib/browsers');
  try {
    await unzipTo(zipFile, dir);
    const session = await launch('chromium', dir); // installs it and waits for its service worker
    try {
      const page = await session.newPage('popup');
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`page error: ${String(error)}`));
      await session.gotoExtensionPage(page, 'popup.html');
      await page.waitForFunction(() => document.querySelector('main#app')?.getAttribute('data-state') !== 'loading', { timeout: 30_000 });
      check(errors.length === 0, `Chrome zip, unpacked: installed in headless Chromium, service worker up, popup rendered without error${errors.length ? `: ${errors.join('; ')}` : ''}`);
      const outside = await session.network.outside();
      check(outside.length === 0, 'Chrome zip, unpacked: no request outside the browser');
    } finally {
      await session.close();
    }
  } catch (error) {
    check(false, `Chrome zip, unpacked, loads in headless Chromium: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  console.log(`building ${pkg.name} ${pkg.version} …`);
  run('npx', ['tsx', 'scripts/build.ts', '--out', 'dist']);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const date = commitDate();
  const zips = {
    chrome: join(outDir, `${base}-chrome.zip`),
    firefox: join(outDir, `${base}-firefox.zip`),
    source: join(outDir, `${base}-source.zip`),
  };
  for (const target of ['chrome', 'firefox'] as const) {
    const dist = join(root, 'dist', target);
    await writeZip(zips[target], listFiles(dist).map((path) => ({ name: relative(dist, path), path })), date);
  }
  await writeZip(zips.source, sourceFiles().map((name) => ({ name, path: join(root, name) })), date);

  for (const target of ['chrome', 'firefox'] as const) {
    const manifest = await zippedManifest(zips[target]);
    check(!('key' in manifest), `${target} zip: no manifest "key"`);
    check(manifest['version'] === pkg.version, `${target} zip: version ${String(manifest['version'])} = package.json ${pkg.version}`);
    const csp = (manifest['content_security_policy'] as { extension_pages?: string } | undefined)?.extension_pages ?? '';
    check(/script-src 'self'/.test(csp) && !/unsafe|https?:|\*/.test(csp), `${target} zip: strict extension-page CSP (${csp})`);
    const permissions = (manifest['permissions'] as string[] | undefined) ?? [];
    check(permissions.join(',') === 'storage' && !('host_permissions' in manifest), `${target} zip: permissions exactly ["storage"], no host permission`);
  }
  const sourceZip = await JSZip.loadAsync(readFileSync(zips.source));
  for (const needed of ['BUILD.md', 'package.json', 'package-lock.json', 'scripts/build.ts', 'manifest.json', 'src/content/index.ts']) {
    check(sourceZip.file(needed) !== null, `source zip holds ${needed}`);
  }
  await lintFirefox(zips.firefox);
  if (values['skip-browser']) console.log('skipped: loading the Chrome zip in Chromium (--skip-browser)');
  else await loadInChromium(zips.chrome);

  console.log('\npackages:');
  for (const file of Object.values(zips)) console.log(`  ${relative(root, file)}  ${(statSync(file).size / 1024).toFixed(1)} KiB`);
  if (problems.length > 0) {
    console.error(`\n${problems.length} check(s) failed`);
    process.exitCode = 1;
  }
}

await main();
