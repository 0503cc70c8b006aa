// Small helpers for the analysis mechanism tests.
import { analyze } from '../../../src/analysis';
import type { Analysis, Claim } from '../../../src/analysis/types';

export function run(text: string, title = ''): Analysis {
  return analyze({ title, text });
}

export function claimWith(analysis: Analysis, words: string): Claim | undefined {
  return analysis.claims.find((c) => (c.quote ?? c.text).includes(words));
}
