// `npm run index -- --out FILE INPUT...` end to end: files of every kind, a malformed one, the summary.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readIndexFiles } from '../../../scripts/lib/index-builder';
import { INDEX_VERSION } from '../../../src/index/format';

const root = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'context-lens-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/build-index.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('npm run index', { timeout: 60_000 }, () => {
  it('indexes folders and files, skips a malformed file with the reason, and prints a summary', () => {
    const docs = join(dir, 'docs');
    rmSync(docs, { recursive: true, force: true });
    writeFileSync(join(dir, 'records.jsonl'), `${JSON.stringify({ id: 'r1', lang: 'en', date: '2022-01-02', title: 'Trains', text: 'The railway strike stopped trains across the country on Monday.' })}\n{oops\n`);
    writeFileSync(join(dir, 'junk.txt'), Buffer.from([0, 1, 2, 0]));
    const out = join(dir, 'index.json');
    const result = run('--out', out, join(root, 'tests/fixtures/related'), join(dir, 'records.jsonl'), join(dir, 'junk.txt'));
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/documents: 10 from 11 file\(s\)/);
    expect(result.stdout).toMatch(/languages: en 5, fr 5/);
    expect(result.stdout).toMatch(/bad files skipped: 2/);
    expect(result.stdout).toMatch(/records\.jsonl:2: /);
    expect(result.stdout).toMatch(/junk\.txt: .*binary/);
    expect(result.stdout).toMatch(/size: \d+ bytes \(\d+ gzipped\)/);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ format: 'context-lens-index', version: INDEX_VERSION, docCount: 10, data: 'index.bin' });
    expect(readIndexFiles(out).documentIds()).toContain('r1');
  });

  it('writes into a folder it creates, and says so in one line when it cannot write', () => {
    const out = join(dir, 'new', 'folder', 'index.json');
    const result = run('--out', out, join(root, 'tests/fixtures/related'));
    expect(result.status, result.stderr).toBe(0);
    expect(readIndexFiles(out).documentIds().length).toBeGreaterThan(0);
    writeFileSync(join(dir, 'a-file'), 'not a folder');
    const blocked = run('--out', join(dir, 'a-file', 'index.json'), join(root, 'tests/fixtures/related'));
    expect(blocked.status).toBe(1);
    expect(blocked.stderr).toMatch(/^index: cannot write .*a-file/m);
    expect(blocked.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('explains its usage when arguments are missing', () => {
    const result = run('--out', join(dir, 'x.json'));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/usage: npm run index -- --out FILE/);
  });
});
