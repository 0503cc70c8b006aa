// Analyses one document the way the extension does and prints a readable report, or with --json
// one JSON object (the contract of ../shared/eval/README.md). Logs go to stderr.
//   tsx scripts/analyze.ts [--json] [--explain] [--index FILE] FILE      (FILE: .txt seed or plain, .md, .html, .html.gz)
// --explain: the report shows under each entity and claim the ids of the rules that produced it, and
// the JSON gets `rules`: each of those rules with its concern, language and why.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RelatedIndex } from '../src/index/query';
import { contractJson } from '../src/shared/contract';
import { analyzeFile } from './lib/analyze-file';
import { buildIndexFromPaths, readIndexFiles } from './lib/index-builder';
import { formatReport, usedRules } from './lib/report';

const root = resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: 'boolean', default: false }, explain: { type: 'boolean', default: false }, index: { type: 'string' } },
});
const file = positionals[0];
if (!file) {
  console.error('usage: npm run analyze -- [--json] [--explain] [--index INDEX.json] FILE');
  process.exit(2);
}

function loadIndex(): RelatedIndex {
  if (values.index) return readIndexFiles(values.index);
  const seeds = resolve(root, 'seeds');
  return RelatedIndex.fromBytes(buildIndexFromPaths(existsSync(seeds) ? [seeds] : []).data);
}

try {
  const result = analyzeFile(resolve(file), loadIndex());
  if (values.json) {
    const rules = values.explain ? Object.fromEntries(usedRules(result).map(({ id, concern, lang, why }) => [id, { concern, lang, why }])) : undefined;
    process.stdout.write(`${contractJson(result, rules ? { rules } : {})}\n`);
  } else process.stdout.write(formatReport(result, result.related, values.explain));
} catch (error) {
  console.error(`analyze: ${file}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
