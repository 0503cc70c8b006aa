// Builds a related-documents index from files and folders.
//   npm run index -- --out FILE INPUT...
// FILE is the manifest (index.json); the data file is written beside it (index.bin).
// Shows a progress bar on a terminal and a summary otherwise (documents, languages, duplicates,
// bad files with the reason, time, size); a malformed file is reported and skipped.
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildIndexFromPaths, writeIndexFiles, type BuildProgress } from './lib/index-builder';

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  parsed = null;
}
if (!parsed?.values.out || parsed.positionals.length === 0) {
  console.error('usage: npm run index -- --out FILE.json INPUT...   (INPUT: folders or .txt/.md/.html/.jsonl[.gz] files)');
  process.exit(2);
}
const out = parsed.values.out;

const tty = process.stderr.isTTY;
const progress = ({ files, totalFiles, documents }: BuildProgress): void => {
  if (!tty) return;
  const width = 30;
  const filled = Math.round((files / Math.max(totalFiles, 1)) * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${files}/${totalFiles} files, ${documents} documents`);
};

let report;
try {
  report = buildIndexFromPaths(parsed.positionals, progress);
} catch (error) {
  if (tty) process.stderr.write('\n');
  console.error(`index: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
if (tty) process.stderr.write('\n');
let bytes;
try {
  mkdirSync(dirname(out), { recursive: true }); // --out may name a folder that does not exist yet
  bytes = writeIndexFiles(out, report);
} catch (error) {
  console.error(`index: cannot write ${out}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const gzipBytes = gzipSync(readFileSync(out)).length + gzipSync(readFileSync(join(dirname(out), report.manifest.data))).length;

const { manifest } = report;
console.log(`documents: ${manifest.docCount} from ${report.files} file(s)`);
console.log(`languages: ${Object.entries(manifest.languages).sort().map(([lang, n]) => `${lang} ${n}`).join(', ') || 'none'}`);
console.log(`duplicates skipped: ${report.duplicates.length}`);
console.log(`bad files skipped: ${report.problems.length}`);
for (const problem of report.problems.slice(0, 50)) console.log(`  ${problem.file}: ${problem.reason}`);
if (report.problems.length > 50) console.log(`  … and ${report.problems.length - 50} more`);
console.log(`time: ${(report.ms / 1000).toFixed(2)} s`);
console.log(`size: ${bytes} bytes (${gzipBytes} gzipped) → ${out} + ${join(dirname(out), manifest.data)}`);
