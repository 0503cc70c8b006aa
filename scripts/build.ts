// Builds the extension: bundles content script, background and popup with esbuild, builds the
// related-documents index from the seed folder, and writes one unpacked extension per browser.
//   tsx scripts/build.ts [--seeds DIR] [--out DIR]        (defaults: seeds/, dist/)
//   tsx scripts/build.ts --index FILE.json [--out DIR]     (a prebuilt index instead, e.g. for bench:popup)
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { quoteHighlight, speakerHighlight } from '../src/content/highlights';
import type { BuildResult } from '../src/index/build';
import type { IndexManifest } from '../src/index/format';
import { parseArgs } from 'node:util';
import { speakerHighlightCss } from '../src/shared/speakers';
import { buildIndexFromPaths, writeIndexFiles } from './lib/index-builder';
import { browserManifest, type TargetBrowser } from './lib/manifest';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'dist' },
    // A prebuilt index (manifest path) instead of one built from --seeds, e.g. for bench:popup.
    index: { type: 'string' },
    // The e2e build: exposes the quote card's text to the tests (see src/content/hover-card.ts).
    'test-hooks': { type: 'boolean', default: false },
  },
});
const outRoot = resolve(root, values.out);
const seeds = resolve(root, values.seeds);
const targets: TargetBrowser[] = ['chrome', 'firefox'];

const report = values.index ? readBuiltIndex(resolve(values.index)) : buildIndexFromPaths([seeds]);
for (const problem of report.problems) console.warn(`index: skipped ${problem.file}: ${problem.reason}`);

function readBuiltIndex(manifestPath: string): BuildResult & { files: number; problems: [] } {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as IndexManifest;
  const data = new Uint8Array(readFileSync(join(dirname(manifestPath), manifest.data)));
  return { manifest, data, duplicates: [], files: 1, problems: [] };
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const sourceManifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Record<string, unknown>;

let indexBytes = 0;
for (const target of targets) {
  const out = join(outRoot, target);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: {
      content: join(root, 'src/content/index.ts'),
      background: join(root, 'src/background/index.ts'),
      popup: join(root, 'src/popup/index.tsx'),
      options: join(root, 'src/options/index.tsx'),
      reader: join(root, 'src/reader/index.tsx'),
      people: join(root, 'src/people/index.tsx'),
    },
    define: { __CONTEXT_LENS_TEST__: String(values['test-hooks']) },
    outdir: out,
    bundle: true,
    format: 'iife',
    target: target === 'chrome' ? 'chrome105' : 'firefox140',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: true,
    legalComments: 'linked',
    charset: 'utf8',
    logLevel: 'warning',
  });
  cpSync(join(root, 'src/popup/popup.html'), join(out, 'popup.html'));
  cpSync(join(root, 'src/popup/popup.css'), join(out, 'popup.css'));
  cpSync(join(root, 'src/options/options.html'), join(out, 'options.html'));
  cpSync(join(root, 'src/options/options.css'), join(out, 'options.css'));
  cpSync(join(root, 'src/reader/reader.html'), join(out, 'reader.html'));
  cpSync(join(root, 'src/reader/reader.css'), join(out, 'reader.css'));
  cpSync(join(root, 'src/people/people.html'), join(out, 'people.html'));
  cpSync(join(root, 'src/people/people.css'), join(out, 'people.css'));
  // The quotes' and the speakers' names' colours come from the speaker palette (src/shared/speakers.ts), the popup's and the card's too.
  const speakerCss = speakerHighlightCss({ quote: quoteHighlight, name: speakerHighlight });
  writeFileSync(join(out, 'content.css'), `${readFileSync(join(root, 'src/content/content.css'), 'utf8')}${speakerCss}`);
  cpSync(join(root, '_locales'), join(out, '_locales'), { recursive: true });
  cpSync(join(root, 'icons'), join(out, 'icons'), { recursive: true, filter: (src) => !src.endsWith('.ts') });
  cpSync(join(root, 'src/analysis/lexicon/LICENSE-reporting-verbs'), join(out, 'licenses/reporting-verbs-LICENSE.txt'));
  cpSync(join(root, 'src/analysis/lexicon/LICENSE-gazetteers'), join(out, 'licenses/gazetteers-LICENSE.txt'));
  cpSync(join(root, 'src/analysis/lexicon/LICENSE-english-verbs'), join(out, 'licenses/english-verbs-LICENSE.txt'));
  cpSync(join(root, 'src/index/data/LICENSE-countries'), join(out, 'licenses/countries-LICENSE.txt'));
  indexBytes = writeIndexFiles(join(out, 'index.json'), report);
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(browserManifest(sourceManifest, target, pkg.version), null, 2)}\n`);
}
console.log(
  `built ${targets.map((t) => join(values.out, t)).join(' and ')}: index of ${report.manifest.docCount} document(s) ` +
    `from ${values.index ?? `${report.files} file(s) in ${values.seeds}`} (${(indexBytes / 1024).toFixed(1)} KiB)`,
);
