// The main job: builds the extension and runs it on a real article (the seed document).
// With a display: opens Chromium with the extension loaded, on a local page built from the seed,
// plus the popup in a second tab. Without one: prints the CLI report of the same document.
//   tsx scripts/demo.ts [SEED_FILE]
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { analyze } from '../src/analysis';
import { RelatedIndex } from '../src/index/query';
import { openDemo } from './lib/demo-session';
import { readSourceFile } from './lib/documents';
import { buildIndexFromPaths } from './lib/index-builder';
import { formatReport } from './lib/report';

const root = resolve(import.meta.dirname, '..');
const seedFile = resolve(root, process.argv[2] ?? 'seeds/000_9659c3a96bdd644f.txt');
const [doc] = [...readSourceFile(seedFile)];
if (!doc) throw new Error(`no document in ${seedFile}`);

execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/build.ts')], { stdio: 'inherit' });

if (!process.env['DISPLAY']) {
  console.error('No display: printing the analysis of the seed article (the same code the extension runs).\n');
  const analysis = analyze({ title: doc.title, text: doc.text });
  const related = RelatedIndex.fromBytes(buildIndexFromPaths([join(root, 'seeds')]).data).query({ analysis, id: doc.id, date: doc.date });
  process.stdout.write(formatReport(analysis, related));
} else {
  const session = await openDemo(doc, join(root, 'dist/chrome'), join(root, 'artifacts/demo'), false);
  console.log(`Demo article: ${session.site.origin}/ — the popup is open in the second tab; the toolbar button shows it too.`);
  console.log('Close the browser window to stop.');
  session.browser.on('disconnected', () => void session.site.close().then(() => process.exit(0)));
}
