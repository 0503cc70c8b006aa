// The analysis contract of ../shared/eval/README.md §1: the analysis of one document with its id,
// date and related documents. `npm run analyze -- --json` prints it and the reader view exports it,
// both through these functions.
import type { Analysis } from '../analysis/types';
import type { RelatedDoc } from '../index/types';

export interface AnalysisContract extends Analysis {
  id: string;
  /** "YYYY-MM-DD" (or as precise as known), null when unknown. */
  date: string | null;
  related: RelatedDoc[];
}

export function analysisContract(id: string, date: string | null, analysis: Analysis, related: RelatedDoc[]): AnalysisContract {
  return { id, date, ...analysis, related };
}

/** One line of JSON, as the CLI prints it (`extra`, e.g. the rules of --explain, appended). */
export function contractJson(contract: AnalysisContract, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ ...contract, ...extra });
}
