// The annotated article as Markdown: the article's blocks, each followed by the claims placed next
// to it (speaker, cue, quotes, stated rationale or "no rationale stated"), then the key entities.
// Page text is escaped: a Markdown viewer shows it as text, never as HTML or links of the page's making.
import type { Entity, EntityType } from '../analysis/types';
import type { BlockKind } from './blocks';

export interface MarkdownBlock {
  kind: BlockKind;
  level: number;
  quoted: boolean;
  ordered: boolean;
  text: string;
}

export interface MarkdownClaim {
  speaker: string;
  initials: string;
  cues: string[];
  /** The sentence carrying the claims. */
  text: string;
  quotes: string[];
  rationales: Array<{ cue: string | null; text: string }>;
}

export interface MarkdownLabels {
  source: string;
  unplaced: string;
  entities: string;
  because: string;
  noRationale: string;
  entityTypes: Record<EntityType, string>;
}

export interface MarkdownArticle {
  title: string;
  url: string;
  meta: string[];
  blocks: MarkdownBlock[];
  /** Claims per block index. */
  notes: Map<number, MarkdownClaim[]>;
  unplaced: MarkdownClaim[];
  entities: Entity[];
}

/** Escapes what Markdown would read as markup (HTML included). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()<>#+!|~]/g, '\\$&')
    .replace(/^(\s*)([-=])/u, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/u, '$1\\$2');
}

function blockLine(block: MarkdownBlock): string {
  const text = escapeMarkdown(block.text);
  let line: string;
  switch (block.kind) {
    case 'heading':
      line = `${'#'.repeat(Math.min(6, block.level + 1))} ${text}`;
      break;
    case 'item':
      line = `${block.ordered ? '1.' : '-'} ${text}`;
      break;
    case 'caption':
      line = `*${text}*`;
      break;
    case 'code':
      line = block.text.split('\n').map((l) => `    ${l}`).join('\n');
      break;
    default:
      line = text;
  }
  return block.quoted ? line.split('\n').map((l) => `> ${l}`).join('\n') : line;
}

function claimLines(claim: MarkdownClaim, labels: MarkdownLabels): string[] {
  const cue = claim.cues.length > 0 ? ` (${escapeMarkdown(claim.cues.join(', '))})` : '';
  const quotes = claim.quotes.map((q) => `“${escapeMarkdown(q)}”`).join(' … ');
  const reasons = claim.rationales.length > 0
    ? claim.rationales.map((r) => `**${escapeMarkdown(r.cue ?? labels.because)}** ${escapeMarkdown(r.text)}`).join('; ')
    : `*${labels.noRationale}*`;
  return [`> **${escapeMarkdown(claim.speaker)}** \\[${escapeMarkdown(claim.initials)}\\]${cue}: ${quotes || escapeMarkdown(claim.text)}`, `> — ${reasons}`];
}

export function articleMarkdown(article: MarkdownArticle, labels: MarkdownLabels): string {
  const out: string[] = [`# ${escapeMarkdown(article.title)}`, ''];
  for (const line of article.meta) out.push(`${escapeMarkdown(line)}  `);
  out.push(`${labels.source}: <${article.url.replace(/[<>\s]/g, encodeURIComponent)}>`, '');
  article.blocks.forEach((block, index) => {
    out.push(blockLine(block), '');
    for (const claim of article.notes.get(index) ?? []) out.push(...claimLines(claim, labels), '');
  });
  if (article.unplaced.length > 0) {
    out.push(`## ${labels.unplaced}`, '');
    for (const claim of article.unplaced) out.push(...claimLines(claim, labels), '');
  }
  if (article.entities.length > 0) {
    out.push(`## ${labels.entities}`, '');
    for (const type of ['PER', 'ORG', 'LOC', 'MISC'] as const) {
      const names = article.entities.filter((e) => e.type === type).map((e) => `${escapeMarkdown(e.text)} ×${e.mentions}`);
      if (names.length > 0) out.push(`- **${labels.entityTypes[type]}**: ${names.join(', ')}`);
    }
    out.push('');
  }
  return out.join('\n');
}
