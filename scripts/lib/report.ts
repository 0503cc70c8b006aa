// Plain-text report of an analysis, for the terminal.
import type { Analysis } from '../../src/analysis/types';
import type { RelatedDoc } from '../../src/index/types';

export function formatReport(analysis: Analysis, related: RelatedDoc[]): string {
  const lines: string[] = [];
  lines.push(analysis.title || '(untitled)', `language: ${analysis.lang}${analysis.supported ? '' : ' (not supported: quotes only)'}`, '');
  lines.push(`RELATED DOCUMENTS (${related.length})`);
  if (related.length === 0) lines.push('  none in the bundled collection');
  for (const doc of related) lines.push(`  ${doc.title} [${doc.date ?? 'undated'}] score ${doc.score} — shared: ${doc.why.join(', ')}`);
  lines.push('', `KEY ENTITIES (${analysis.entities.length})`);
  for (const type of ['PER', 'ORG', 'LOC', 'MISC'] as const) {
    const names = analysis.entities.filter((e) => e.type === type).map((e) => `${e.text} ×${e.mentions}`);
    if (names.length) lines.push(`  ${type}: ${names.join(', ')}`);
  }
  lines.push('', `CLAIMS (${analysis.claims.length})`);
  for (const claim of analysis.claims) {
    lines.push(`  - ${claim.quote ? `“${claim.quote}”` : claim.text}`);
    lines.push(`    ${claim.kind}, speaker: ${claim.speaker ?? 'unattributed'}${claim.cue ? ` (${claim.cue})` : ''}`);
    lines.push(`    rationale: ${claim.rationale ? `[${claim.rationaleCue ?? ''}] ${claim.rationale}` : 'no rationale stated'}`);
  }
  return `${lines.join('\n')}\n`;
}
