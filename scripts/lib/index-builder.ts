// Builds an index from source paths, for the extension build and `npm run index`, and reads and
// writes the two index files (manifest index.json + data index.bin, side by side).
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { analyseDocument, assembleIndex, type AnalysedDoc, type BuildResult } from '../../src/index/build';
import type { IndexManifest } from '../../src/index/format';
import { RelatedIndex } from '../../src/index/query';
import { listSourceFiles, readSourceFile, type LoadProblem } from './documents';

export interface IndexBuildReport extends BuildResult {
  files: number;
  problems: LoadProblem[];
  ms: number;
}

export interface BuildProgress {
  files: number;
  totalFiles: number;
  documents: number;
}

export function buildIndexFromPaths(paths: string[], onProgress?: (progress: BuildProgress) => void, dataName = 'index.bin'): IndexBuildReport {
  const started = performance.now();
  const files = listSourceFiles(paths);
  const problems: LoadProblem[] = [];
  let documents = 0;
  function* analysed(): Generator<AnalysedDoc> {
    let done = 0;
    for (const file of files) {
      try {
        for (const source of readSourceFile(file, problems)) {
          yield analyseDocument(source);
          documents++;
          if (documents % 100 === 0) onProgress?.({ files: done, totalFiles: files.length, documents });
        }
      } catch (error) {
        problems.push({ file, reason: error instanceof Error ? error.message : String(error) });
      }
      onProgress?.({ files: ++done, totalFiles: files.length, documents });
    }
  }
  const result = assembleIndex(analysed(), { dataName });
  return { ...result, files: files.length, problems, ms: performance.now() - started };
}

/** Data file name written beside a manifest: "index.json" → "index.bin". */
export function dataNameFor(manifestPath: string): string {
  return `${basename(manifestPath).replace(/\.json$/i, '')}.bin`;
}

/** Writes the manifest at `manifestPath` and the data file beside it; returns total bytes. */
export function writeIndexFiles(manifestPath: string, result: BuildResult): number {
  const manifest: IndexManifest = { ...result.manifest, data: dataNameFor(manifestPath) };
  const json = `${JSON.stringify(manifest)}\n`;
  writeFileSync(manifestPath, json);
  writeFileSync(join(dirname(manifestPath), manifest.data), result.data);
  return Buffer.byteLength(json) + result.data.length;
}

export function readIndexFiles(manifestPath: string): RelatedIndex {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as IndexManifest;
  return RelatedIndex.fromBytes(readFileSync(join(dirname(manifestPath), manifest.data)));
}
