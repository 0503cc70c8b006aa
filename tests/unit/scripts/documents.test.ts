import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { listSourceFiles, readSourceFile, type LoadProblem } from '../../../scripts/lib/documents';
import { buildIndexFromPaths } from '../../../scripts/lib/index-builder';
import { RelatedIndex } from '../../../src/index/query';

const dir = mkdtempSync(join(tmpdir(), 'context-lens-docs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const body = 'Le Parlement a adopté mardi la réforme, a annoncé le gouvernement dans un communiqué publié le soir même.';
writeFileSync(join(dir, 'seed.txt'), ` date 2022-09 Titre du seed\n\n${body}\n`);
writeFileSync(join(dir, 'plain.txt'), `A plain headline\n\n${body} Autre phrase.\n`);
writeFileSync(join(dir, 'note.md'), `# Markdown title\n\n${body} Encore.\n`);
const records = [
  { id: 'j1', lang: 'en', date: '2020-01-02', title: 'One', text: 'The first record talks about trains and stations.' },
  { id: 'j2', lang: 'fr', date: null, title: 'Deux', text: 'Le second parle de bateaux et de ports.', url: 'https://example.test/2' },
];
writeFileSync(join(dir, 'records.jsonl'), `${records.map((r) => JSON.stringify(r)).join('\n')}\n{not json}\n`);
writeFileSync(join(dir, 'records2.jsonl.gz'), gzipSync(`${JSON.stringify({ id: 'g1', title: 'Gz', text: 'Gzipped record text about rivers.' })}\n`));
writeFileSync(join(dir, 'junk.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 254]));
writeFileSync(join(dir, 'ignored.pdf'), 'not a supported extension');

describe('source documents', () => {
  it('lists the supported files of a folder, in name order', () => {
    expect(listSourceFiles([dir]).map((f) => f.slice(dir.length + 1))).toEqual([
      'junk.txt', 'note.md', 'plain.txt', 'records.jsonl', 'records2.jsonl.gz', 'seed.txt',
    ]);
  });

  it('reads seed, plain text, Markdown and JSON Lines (gzipped or not)', () => {
    const problems: LoadProblem[] = [];
    const read = (name: string) => [...readSourceFile(join(dir, name), problems)];
    expect(read('seed.txt')[0]).toMatchObject({ id: 'seed', date: '2022-09', title: 'Titre du seed' });
    expect(read('plain.txt')[0]).toMatchObject({ id: 'plain', title: 'A plain headline', date: null });
    expect(read('note.md')[0]).toMatchObject({ id: 'note', title: 'Markdown title' });
    expect(read('records.jsonl').map((d) => d.id)).toEqual(['j1', 'j2']);
    expect(read('records.jsonl')[1]).toMatchObject({ url: 'https://example.test/2', lang: 'fr' });
    expect(read('records2.jsonl.gz').map((d) => d.id)).toEqual(['g1']);
    expect(problems.some((p) => p.file.endsWith('records.jsonl:3'))).toBe(true);
  });

  it('refuses binary junk with a reason', () => {
    expect(() => [...readSourceFile(join(dir, 'junk.txt'))]).toThrow(/binary/);
  });

  it('builds an index from a folder, reporting bad files instead of aborting', () => {
    const report = buildIndexFromPaths([dir]);
    expect(RelatedIndex.fromBytes(report.data).documentIds().sort()).toEqual(['g1', 'j1', 'j2', 'note', 'plain', 'seed']);
    expect(report.problems.map((p) => p.file)).toEqual(expect.arrayContaining([join(dir, 'junk.txt'), `${join(dir, 'records.jsonl')}:3`]));
  });
});
