// The hook through which the scorers' training (scripts/train-scorers.ts) sees every decision the
// analysis takes: the candidates each scorer chose from, with their features. Off during ordinary
// analysis. While training, the scorers are switched off too, so that the candidates and features a
// model is trained on never depend on an earlier model (the weights rebuild the same every time).
import type { Features } from './logistic';

export type Task = 'speaker' | 'rationale' | 'entity';

export interface CandidateRecord {
  task: Task;
  /** What the decision is about: a claim's text and quote, a name. */
  about: { text: string; quote?: string | null; kind?: string; aliases?: string[] };
  candidates: Array<{ value: string | null; features: Features }>;
}

let sink: ((record: CandidateRecord) => void) | null = null;

/** Runs `f` with the scorers off, handing every decision's candidates to `record`. */
export function collectCandidates<T>(record: (r: CandidateRecord) => void, f: () => T): T {
  const outer = sink;
  sink = record;
  try {
    return f();
  } finally {
    sink = outer;
  }
}

/** True while training data is collected: the scorers stand aside and the rules' first choice holds. */
export function training(): boolean {
  return sink !== null;
}

export function recordCandidates(record: CandidateRecord): void {
  sink?.(record);
}
