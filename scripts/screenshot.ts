// Regenerates the README screenshot of the popup on the seed article (headless Chromium).
//   tsx scripts/screenshot.ts        (needs a build in dist/chrome)
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openDemo } from './lib/demo-session';
import { readSourceFile } from './lib/documents';

const root = resolve(import.meta.dirname, '..');
const [doc] = [...readSourceFile(join(root, 'seeds/000_9659c3a96bdd644f.txt'))];
if (!doc) throw new Error('seed document missing');
const session = await openDemo(doc, join(root, 'dist/chrome'), join(root, 'artifacts/demo'), true);
try {
  mkdirSync(join(root, 'docs'), { recursive: true });
  await session.popup.setViewport({ width: 440, height: 900 });
  await session.popup.screenshot({ path: join(root, 'docs/popup-seed.png'), fullPage: true });
  await session.article.bringToFront();
  await session.article.screenshot({ path: join(root, 'docs/highlights-seed.png') });
  console.log('wrote docs/popup-seed.png and docs/highlights-seed.png');
} finally {
  await session.close();
}
