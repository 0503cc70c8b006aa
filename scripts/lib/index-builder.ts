// Builds an index file from source paths, for both the extension build and `npm run index`.
import { buildIndex } from '../../src/index/build';
import type { IndexFile, SourceDocument } from '../../src/index/types';
import { listSourceFiles, readSourceFile, type LoadProblem } from './documents';

export interface IndexBuildReport {
  index: IndexFile;
  files: number;
  duplicates: string[];
  problems: LoadProblem[];
  ms: number;
}

export function buildIndexFromPaths(paths: string[], onProgress?: (done: number, total: number) => void): IndexBuildReport {
  const started = performance.now();
  const files = listSourceFiles(paths);
  const problems: LoadProblem[] = [];
  function* documents(): Generator<SourceDocument> {
    let done = 0;
    for (const file of files) {
      try {
        yield* readSourceFile(file, problems);
      } catch (error) {
        problems.push({ file, reason: error instanceof Error ? error.message : String(error) });
      }
      onProgress?.(++done, files.length);
    }
  }
  const { index, duplicates } = buildIndex(documents());
  return { index, files: files.length, duplicates, problems, ms: performance.now() - started };
}
