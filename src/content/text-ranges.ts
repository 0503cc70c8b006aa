// The live page's text as one string, with a map back to DOM positions. Whitespace is collapsed
// and invisible characters are dropped the way the extraction and the analysis read text
// (src/text/normalize.ts cleanText), so strings of the analysed article are found as written.
// Each block of the page (paragraph, heading, list item, cell… the same blocks as the extraction's
// src/extraction/block-text.ts) ends with "\n": a found string never runs from one block into the
// next, and the article's paragraphs can be matched to whole blocks (src/content/article-text.ts).
import { BLOCK_TAGS, SKIPPED_TAGS } from '../extraction/block-text';

/** Form controls hold text that is not the page's prose. */
const UNREAD_TAGS = new Set([...SKIPPED_TAGS, 'INPUT', 'IFRAME', 'OBJECT']);
/** Dropped from the text, as cleanText drops them: soft hyphen, zero-width space, word joiner, BOM. */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;
/** Collapsed into one space, as cleanText and the extraction do: whitespace and control characters. */
const SPACES = /[\s\u0000-\u0008\u000e-\u001f\u007f\ufffd]+/g;
const INVISIBLE_CHAR = /[\u00ad\u200b\u2060\ufeff]/;
const SPACE_CHAR = /[\s\u0000-\u0008\u000e-\u001f\u007f\ufffd]/;

export const BLOCK_END = '\n';
/** Occurrences of one name highlighted at most. */
export const MAX_RANGES_PER_NAME = 20;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

interface Segment {
  node: Text;
  /** Offset of the node's first kept character in the page text. */
  start: number;
  /** Number of kept characters. */
  length: number;
  /** Whether normalizing changed the node's characters (then offsets are mapped on demand). */
  changed: boolean;
  /** Whether the page text before this node ended with a space or a block end (its leading space is dropped). */
  afterSpace: boolean;
}

/** Returns a promise when the current slice of work should let the page run, else null. */
export type Pause = () => Promise<void> | null;

const tagOf = (element: Element): string => String(element.tagName).toUpperCase();

export class PageText {
  private value = '';
  private readonly segments: Segment[] = [];
  private readonly parts: string[] = [];
  private length = 0;
  private lastWasSpace = true;
  private blockPending = false;

  /** Reads the text under `root` at once (omit `root` to fill it with PageText.build). */
  constructor(root?: Node, private readonly maxChars = 5_000_000) {
    if (!root) return;
    const walk = new BlockWalk(root);
    for (let item = walk.next(); item && this.length < maxChars; item = walk.next()) this.add(item);
    this.finish();
  }

  /** Reads the text under `root` in slices, pausing when `pause` says so, so no task runs long. */
  static async build(root: Node, pause: Pause, maxChars = 5_000_000): Promise<PageText> {
    const page = new PageText(undefined, maxChars);
    const walk = new BlockWalk(root);
    for (let item = walk.next(); item && page.length < maxChars; item = walk.next()) {
      page.add(item);
      const wait = pause();
      if (wait) await wait;
    }
    page.finish();
    return page;
  }

  /** The normalized text: blocks end with BLOCK_END, no block holds a BLOCK_END. */
  get text(): string {
    return this.value;
  }

  // One native regex pass per node: the offset map of a changed node is only computed for the
  // few positions a Range needs (see offsetIn), which keeps reading cheap on big pages.
  private add(item: WalkItem): void {
    if (item === 'block') {
      this.blockPending = true;
      return;
    }
    const data = item.data;
    let kept = data.replace(INVISIBLE, '').replace(SPACES, ' ');
    if (this.lastWasSpace && kept.startsWith(' ')) kept = kept.slice(1);
    if (kept.length === 0) return;
    if (this.blockPending && this.length > 0) {
      this.parts.push(BLOCK_END);
      this.length += 1;
      this.lastWasSpace = true;
      if (kept.startsWith(' ')) kept = kept.slice(1);
      if (kept.length === 0) return;
    }
    this.blockPending = false;
    this.segments.push({ node: item, start: this.length, length: kept.length, changed: kept !== data, afterSpace: this.lastWasSpace });
    this.parts.push(kept);
    this.length += kept.length;
    this.lastWasSpace = kept.endsWith(' ');
  }

  private finish(): void {
    this.value = this.parts.join('') + (this.length > 0 ? BLOCK_END : '');
    this.parts.length = 0;
  }

  /** Ranges covering every occurrence of `needle` (whitespace-collapsed) in the page, at most `max`. */
  find(needle: string, max = MAX_RANGES_PER_NAME): Range[] {
    const wanted = normalizeNeedle(needle);
    if (wanted.length < 2) return [];
    const ranges: Range[] = [];
    for (let at = this.value.indexOf(wanted); at >= 0 && ranges.length < max; at = this.value.indexOf(wanted, at + wanted.length)) {
      const range = this.range(at, at + wanted.length);
      if (range) ranges.push(range);
    }
    return ranges;
  }

  /** A DOM Range over the page text [start, end), or null when it is not text of the page. */
  range(start: number, end: number): Range | null {
    if (end <= start) return null;
    const first = this.locate(start);
    const last = this.locate(end - 1);
    if (!first || !last) return null;
    const range = first.segment.node.ownerDocument.createRange();
    range.setStart(first.segment.node, first.offset);
    range.setEnd(last.segment.node, last.offset + 1);
    return range;
  }

  private locate(position: number): { segment: Segment; offset: number } | null {
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const segment = this.segments[mid]!;
      if (position < segment.start) hi = mid - 1;
      else if (position >= segment.start + segment.length) lo = mid + 1;
      else return { segment, offset: offsetIn(segment, position - segment.start) };
    }
    return null;
  }
}

/** A needle as the page text spells it: invisible characters dropped, whitespace collapsed, trimmed. */
export function normalizeNeedle(needle: string): string {
  return needle.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

type WalkItem = Text | 'block';

/**
 * Walks the text nodes under a root in document order, saying 'block' where a block starts or
 * ends (entering or leaving a block element, a <br>), and skipping the subtrees the extraction
 * skips (scripts, captions, buttons, form controls…). Iterative and resumable between calls.
 */
class BlockWalk {
  private node: Node | null;
  private pendingBlock = false;

  constructor(private readonly root: Node) {
    this.node = root.nodeType === TEXT_NODE ? root : root.firstChild;
  }

  next(): WalkItem | null {
    for (;;) {
      if (this.pendingBlock) {
        this.pendingBlock = false;
        return 'block';
      }
      const node = this.node;
      if (!node) return null;
      if (node.nodeType === TEXT_NODE) {
        this.node = this.after(node);
        return node as Text;
      }
      if (node.nodeType !== ELEMENT_NODE || UNREAD_TAGS.has(tagOf(node as Element))) {
        this.node = this.after(node);
        continue;
      }
      this.node = node.firstChild ?? this.after(node);
      if (isBlock(node)) return 'block';
    }
  }

  /** The node after `node`'s subtree; leaving a block element on the way is a block end. */
  private after(node: Node): Node | null {
    for (let current: Node | null = node; current && current !== this.root; current = current.parentNode) {
      if (isBlock(current)) this.pendingBlock = true;
      if (current.nextSibling) return current.nextSibling;
    }
    return null;
  }
}

function isBlock(node: Node): boolean {
  return node.nodeType === ELEMENT_NODE && BLOCK_TAGS.has(tagOf(node as Element));
}

/** Offset in the node's data of its `kept`-th character after normalizing. */
function offsetIn(segment: Segment, kept: number): number {
  if (!segment.changed) return kept;
  const data = segment.node.data;
  let previousSpace = segment.afterSpace;
  let index = -1;
  for (let i = 0; i < data.length; i++) {
    const char = data[i] ?? '';
    if (INVISIBLE_CHAR.test(char)) continue;
    const space = SPACE_CHAR.test(char);
    if (space && previousSpace) continue;
    index++;
    if (index === kept) return i;
    previousSpace = space;
  }
  return data.length - 1;
}
