// Plain-text report of an analysis, for the terminal.
import type { Analysis } from '../../src/analysis/types';
import type { RelatedDoc } from '../../src/index/types';
import { allRules, type RuleInfo } from '../../src/analysis/rules/engine';

/** Every rule named in the analysis's traces, with its language and why, in id order. */
export function usedRules(analysis: Analysis): RuleInfo[] {
  const ids = new Set([...analysis.entities.flatMap((e) => e.trace), ...analysis.claims.flatMap((c) => c.trace)]);
  const rules = allRules();
  return [...ids].sort().map((id) => rules.get(id) ?? { id, concern: '?', lang: 'fr+en', why: '(not registered)', examples: [] });
}

/** `explain`: each entity and claim is followed by the ids of the rules that produced it. */
export function formatReport(analysis: Analysis, related: RelatedDoc[], explain = false): string {
  const lines: string[] = [];
  lines.push(analysis.title || '(untitled)', `language: ${analysis.lang}${analysis.supported ? '' : ' (not supported: quotes only)'}`, '');
  lines.push(`RELATED DOCUMENTS (${related.length})`);
  if (related.length === 0) lines.push('  none in the bundled collection');
  for (const doc of related) lines.push(`  ${doc.title} [${doc.date ?? 'undated'}] score ${doc.score} — shared: ${doc.why.join(', ')}`);
  lines.push('', `KEY ENTITIES (${analysis.entities.length})`);
  for (const type of ['PER', 'ORG', 'LOC', 'MISC'] as const) {
    const entities = analysis.entities.filter((e) => e.type === type);
    if (entities.length === 0) continue;
    if (explain) for (const e of entities) lines.push(`  ${type}: ${e.text} ×${e.mentions}    [${e.trace.join(', ')}]`);
    else lines.push(`  ${type}: ${entities.map((e) => `${e.text} ×${e.mentions}`).join(', ')}`);
  }
  lines.push('', `CLAIMS (${analysis.claims.length})`);
  for (const claim of analysis.claims) {
    lines.push(`  - ${claim.quote ? `“${claim.quote}”` : claim.text}`);
    lines.push(`    ${claim.kind}, speaker: ${claim.speaker ?? 'unattributed'}${claim.cue ? ` (${claim.cue})` : ''}`);
    lines.push(`    rationale: ${claim.rationale ? `[${claim.rationaleCue ?? ''}] ${claim.rationale}` : 'no rationale stated'}`);
    if (explain) lines.push(`    rules: ${claim.trace.join(' → ')}`);
  }
  if (explain) {
    lines.push('', 'RULES USED');
    for (const rule of usedRules(analysis)) lines.push(`  ${rule.id} (${rule.lang}): ${rule.why}`);
  }
  return `${lines.join('\n')}\n`;
}
