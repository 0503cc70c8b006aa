// The sanitised article as a list of blocks (headings, paragraphs, list items, quoted paragraphs,
// captions, code, table rows), in reading order: what claims are placed next to, what the
// Markdown export writes, and what the reader scrolls to.
import type { Claim } from '../analysis/types';

export type BlockKind = 'heading' | 'paragraph' | 'item' | 'caption' | 'code' | 'row';

export interface Block {
  element: Element;
  kind: BlockKind;
  /** Heading level (1–6), 0 for the rest. */
  level: number;
  /** Inside a block quote. */
  quoted: boolean;
  /** A list item of a numbered list. */
  ordered: boolean;
  text: string;
}

const BLOCK_SELECTOR = 'h1, h2, h3, h4, h5, h6, p, li, figcaption, pre, tr, blockquote';
const KINDS: Record<string, BlockKind> = { P: 'paragraph', LI: 'item', FIGCAPTION: 'caption', PRE: 'code', TR: 'row', BLOCKQUOTE: 'paragraph' };

const clean = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The innermost blocks of `root` (a block holding other blocks is read through them), in document order. */
export function articleBlocks(root: ParentNode): Block[] {
  const blocks: Block[] = [];
  for (const element of root.querySelectorAll(BLOCK_SELECTOR)) {
    if (element.querySelector(BLOCK_SELECTOR)) continue;
    const text = element.tagName === 'TR' ? [...element.children].map((cell) => clean(cell.textContent ?? '')).join(' | ') : clean(element.textContent ?? '');
    if (text === '') continue;
    const heading = /^H([1-6])$/.exec(element.tagName);
    blocks.push({
      element,
      kind: heading ? 'heading' : (KINDS[element.tagName] ?? 'paragraph'),
      level: heading ? Number(heading[1]) : 0,
      quoted: element.tagName === 'BLOCKQUOTE' || element.parentElement?.closest('blockquote') !== null,
      ordered: element.tagName === 'LI' && element.parentElement?.tagName === 'OL',
      text,
    });
  }
  return blocks;
}

/** Text compared loosely: case, spacing, and the many forms of quotation marks and apostrophes. */
export function matchKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words at the start and at the end of a claim's sentence that find it when the rest differs (a sentence cut across two blocks). */
const EDGE_WORDS = 8;

/**
 * The block each claim belongs to (index into `blockTexts`), null when its sentence is in none (text
 * the reader does not show). Claims come in reading order: the search starts at the previous
 * claim's block, so a sentence repeated in the article goes to the occurrence that follows.
 */
export function placeClaims(blockTexts: readonly string[], claims: readonly Claim[]): Array<number | null> {
  const keys = blockTexts.map(matchKey);
  let from = 0;
  return claims.map((claim) => {
    const words = matchKey(claim.text).split(' ');
    const probes = [matchKey(claim.text), claim.quote ? matchKey(claim.quote) : '', words.slice(0, EDGE_WORDS).join(' '), words.slice(-EDGE_WORDS).join(' ')];
    for (const probe of probes) {
      if (probe.length < 12) continue;
      const found = findFrom(keys, probe, from);
      if (found !== null) {
        from = found;
        return found;
      }
    }
    return null;
  });
}

function findFrom(keys: readonly string[], probe: string, from: number): number | null {
  for (let i = from; i < keys.length; i++) if (keys[i]!.includes(probe)) return i;
  for (let i = 0; i < from && i < keys.length; i++) if (keys[i]!.includes(probe)) return i;
  return null;
}
