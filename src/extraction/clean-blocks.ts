// Removes what Readability keeps around an article but is not its text, rule by rule (the rules and
// their examples are rows of clean-rules.ts): the header and title above the body, then each block
// that a line rule drops on its own, runs of links, related-story blocks under their label, and an
// author's bio at the end. Every dropped block is reported with its rule, so the benchmark can
// count what each removes (scripts/bench-extraction.ts).
import type { TextBlock } from './block-text';
import { SHORT, isAuthorBio, isBylineLine, isDateLine, isMenuItem, isRelatedLabel, isTeaser, lineRule, normalise, type DropRule } from './clean-rules';

export type { DropRule } from './clean-rules';

/** How many leading blocks may sit above the title before it is no longer a page header. */
const HEADER_BLOCKS = 12;
const HEADER_CHARS = 600;
/** A block above the title this long, mostly not links and ending a sentence, is a lead: kept. */
const LEAD_CHARS = 80;
/** A kicker glued before the title ("Technologie im Klassenzimmer Künstliche Intelligenz …") is at most this long. */
const KICKER_CHARS = 60;
/** Teasers a related-story label may cover. */
const MAX_TEASERS = 15;
/** A site menu: at least this many menu items in a row, in the first or last fifth of the blocks. */
const MIN_MENU_ITEMS = 6;
const EDGE_SHARE = 0.2;
/** An author's bio sits in the last quarter of the blocks (at least the last three). */
const TAIL_SHARE = 0.25;
const MIN_TAIL = 3;

export interface CleanOptions {
  title?: string;
  /** Told about every dropped block (the benchmark counts them). */
  onDrop?: (rule: DropRule, block: TextBlock) => void;
}

const linkShare = (block: TextBlock): number => (block.rawChars > 0 ? block.linkChars / block.rawChars : 0);

function isLinkLine(block: TextBlock | undefined): boolean {
  return block !== undefined && block.text.length <= SHORT && linkShare(block) >= 0.9;
}

/** The title's block: the title itself, most of it, or the title after a short kicker. */
function isTitleBlock(text: string, title: string): boolean {
  if (text.length < 10) return false;
  return (
    text === title ||
    (title.includes(text) && text.length >= title.length * 0.6) ||
    (text.includes(title) && text.length <= title.length * 1.3) ||
    (text.endsWith(title) && text.length - title.length <= KICKER_CHARS)
  );
}

/** A lead above the title: prose, not navigation. */
function isLead(block: TextBlock): boolean {
  return !block.heading && block.text.length >= LEAD_CHARS && linkShare(block) < 0.5 && /[.!?…"»”]$/u.test(block.text) && !isDateLine(block.text) && !isBylineLine(block.text);
}

export function cleanBlocks(blocks: readonly TextBlock[], options: CleanOptions = {}): TextBlock[] {
  const drop = options.onDrop ?? ((): void => undefined);
  const dropped = new Set<number>();
  const mark = (rule: DropRule, i: number): void => {
    if (dropped.has(i)) return;
    dropped.add(i);
    drop(rule, blocks[i]!);
  };

  // The page header: the title (and whatever short navigation is above it) is not the body.
  const title = normalise(options.title ?? '');
  if (title.length >= 10) {
    let before = 0;
    for (let i = 0; i < Math.min(blocks.length, HEADER_BLOCKS); i++) {
      const block = blocks[i]!;
      if (isTitleBlock(normalise(block.text), title)) {
        for (let j = 0; j < i; j++) if (!isLead(blocks[j]!)) mark('before-title', j);
        mark('title', i);
        break;
      }
      before += block.text.length;
      if (before > HEADER_CHARS) break;
    }
  }

  // Site menus and footers at the edges of the text.
  const headEnd = Math.ceil(blocks.length * EDGE_SHARE);
  const footStart = Math.floor(blocks.length * (1 - EDGE_SHARE));
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    while (j < blocks.length && !dropped.has(j) && isMenuItem(blocks[j]!)) j++;
    if (j - i >= MIN_MENU_ITEMS && (i < headEnd || j > footStart)) for (let k = i; k < j; k++) mark('menu', k);
    i = Math.max(j, i + 1);
  }

  const tailStart = Math.min(blocks.length - MIN_TAIL, Math.floor(blocks.length * (1 - TAIL_SHARE)));
  for (let i = 0; i < blocks.length; i++) {
    if (dropped.has(i)) continue;
    const block = blocks[i]!;
    // A related-story label first: it is often an interface line too, and the teasers under it go with it.
    if (isRelatedLabel(block)) {
      mark('related-block', i);
      for (let j = i + 1; j < Math.min(blocks.length, i + 1 + MAX_TEASERS) && isTeaser(blocks[j]!); j++) mark('related-block', j);
      continue;
    }
    const rule = lineRule(block);
    if (rule) {
      mark(rule, i);
      continue;
    }
    // A run of short lines that are all links: a list of other stories.
    if (isLinkLine(block) && (isLinkLine(blocks[i - 1]) || isLinkLine(blocks[i + 1]))) {
      mark('link-list', i);
      continue;
    }
    if (i >= tailStart && isAuthorBio(block)) mark('author-bio', i);
  }
  return blocks.filter((_, i) => !dropped.has(i));
}
