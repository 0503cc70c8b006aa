// Analyses one document the way the extension does and prints a readable report, or with --json
// one JSON object (the contract of ../shared/eval/README.md). Logs go to stderr.
//   tsx scripts/analyze.ts [--json] [--index FILE] FILE      (FILE: .txt seed or plain, .md, .html)
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../src/analysis';
import type { Analysis } from '../src/analysis/types';
import { RelatedIndex } from '../src/index/query';
import type { IndexFile, RelatedDoc } from '../src/index/types';
import { readSourceFile } from './lib/documents';
import { buildIndexFromPaths } from './lib/index-builder';
import { formatReport } from './lib/report';

const root = resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: 'boolean', default: false }, index: { type: 'string' } },
});
const file = positionals[0];
if (!file) {
  console.error('usage: npm run analyze -- [--json] [--index INDEX.json] FILE');
  process.exit(2);
}

function loadIndex(): IndexFile {
  if (values.index) return JSON.parse(readFileSync(values.index, 'utf8')) as IndexFile;
  const seeds = resolve(root, 'seeds');
  return buildIndexFromPaths(existsSync(seeds) ? [seeds] : []).index;
}

try {
  const [document] = [...readSourceFile(resolve(file))];
  if (!document) throw new Error('no document in file');
  const analysis: Analysis = analyze({ title: document.title, text: document.text, langHint: document.lang });
  const id = basename(file, extname(file));
  const related: RelatedDoc[] = new RelatedIndex(loadIndex()).query({ analysis, id, ...(document.url ? { url: document.url } : {}) });
  if (values.json) process.stdout.write(`${JSON.stringify({ id, date: document.date, ...analysis, related })}\n`);
  else process.stdout.write(formatReport(analysis, related));
} catch (error) {
  console.error(`analyze: ${file}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
