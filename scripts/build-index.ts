// Builds a related-documents index from files and folders.
//   tsx scripts/build-index.ts --out FILE INPUT...
// Shows a progress bar on a terminal and a summary (documents, languages, duplicates, bad files
// with the reason, time, size); a malformed file is reported and skipped.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { buildIndexFromPaths } from './lib/index-builder';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
if (!values.out || positionals.length === 0) {
  console.error('usage: npm run index -- --out FILE INPUT...');
  process.exit(2);
}

const tty = process.stderr.isTTY;
const progress = (done: number, total: number): void => {
  if (!tty) return;
  const width = 30;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files`);
};

const report = buildIndexFromPaths(positionals, progress);
if (tty) process.stderr.write('\n');
const json = JSON.stringify(report.index);
writeFileSync(values.out, json);

const languages = new Map<string, number>();
for (const doc of report.index.docs) languages.set(doc.lang, (languages.get(doc.lang) ?? 0) + 1);
console.log(`documents: ${report.index.docs.length} from ${report.files} file(s)`);
console.log(`languages: ${[...languages].map(([lang, n]) => `${lang} ${n}`).join(', ') || 'none'}`);
console.log(`duplicates skipped: ${report.duplicates.length}`);
console.log(`bad files skipped: ${report.problems.length}`);
for (const problem of report.problems) console.log(`  ${problem.file}: ${problem.reason}`);
console.log(`time: ${(report.ms / 1000).toFixed(2)} s`);
console.log(`size: ${json.length} bytes (${gzipSync(json).length} gzipped) → ${values.out}`);
