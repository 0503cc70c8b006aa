// One document file → the analysis contract object (../shared/eval/README.md §1), exactly as the
// CLI prints it. Shared by `npm run analyze` and the in-process predictions of `npm run eval`.
import { basename, extname } from 'node:path';
import { analyze } from '../../src/analysis';
import { RelatedIndex } from '../../src/index/query';
import { analysisContract, type AnalysisContract } from '../../src/shared/contract';
import { readSourceFile } from './documents';

export type FileAnalysis = AnalysisContract;

export function analyzeFile(path: string, index: RelatedIndex | null): FileAnalysis {
  const [document] = [...readSourceFile(path)];
  if (!document) throw new Error('no document in file');
  const analysis = analyze({ title: document.title, text: document.text, langHint: document.lang });
  const id = basename(path.replace(/\.gz$/u, ''), extname(path.replace(/\.gz$/u, '')));
  const related = index ? index.query({ analysis, id, date: document.date, ...(document.url ? { url: document.url } : {}) }) : [];
  return analysisContract(id, document.date, analysis, related);
}
