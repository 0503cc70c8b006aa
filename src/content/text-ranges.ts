// Finds strings of the extracted article text in the live page and returns DOM Ranges for them.
// The extracted text collapses whitespace, so the page's text nodes are searched through the same
// collapsing, with a map back to each node's raw offsets.

const SKIP_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT']);

interface Segment {
  node: Text;
  /** Offset of the node's first kept character in the collapsed text. */
  start: number;
  /** Number of kept characters. */
  length: number;
  /** Whether the collapsed text changed the node's characters (then offsets are mapped on demand). */
  collapsed: boolean;
  /** Whether the collapsed text before this node ended with a space (its leading space is dropped). */
  afterSpace: boolean;
}

/** Returns a promise when the current slice of work should let the page run, else null. */
export type Pause = () => Promise<void> | null;

export class PageText {
  private text = '';
  private readonly segments: Segment[] = [];
  private readonly parts: string[] = [];
  private length = 0;
  private lastWasSpace = true;

  /** Reads the text under `root` at once (omit `root` to fill it with PageText.build). */
  constructor(root?: Node, private readonly maxChars = 5_000_000) {
    if (!root) return;
    const walker = textWalker(root);
    for (let node = walker.nextNode(); node && this.length < maxChars; node = walker.nextNode()) this.add(node as Text);
    this.finish();
  }

  /** Reads the text under `root` in slices, pausing when `pause` says so, so no task runs long. */
  static async build(root: Node, pause: Pause, maxChars = 5_000_000): Promise<PageText> {
    const page = new PageText(undefined, maxChars);
    const walker = textWalker(root);
    for (let node = walker.nextNode(); node && page.length < maxChars; node = walker.nextNode()) {
      page.add(node as Text);
      const wait = pause();
      if (wait) await wait;
    }
    page.finish();
    return page;
  }

  // One native regex pass per node: the offset map of a collapsed node is only computed for
  // the few positions a Range needs (see offsetIn), which keeps reading cheap on big pages.
  private add(textNode: Text): void {
    const parent = textNode.parentElement;
    if (!parent || SKIP_PARENTS.has(parent.tagName.toUpperCase())) return;
    const data = textNode.data;
    let kept = data.replace(/\s+/g, ' ');
    if (this.lastWasSpace && kept.startsWith(' ')) kept = kept.slice(1);
    if (kept.length === 0) return;
    this.segments.push({ node: textNode, start: this.length, length: kept.length, collapsed: kept !== data, afterSpace: this.lastWasSpace });
    this.parts.push(kept);
    this.length += kept.length;
    this.lastWasSpace = kept.endsWith(' ');
  }

  private finish(): void {
    this.text = this.parts.join('');
    this.parts.length = 0;
  }

  /** Ranges covering every occurrence of `needle` (whitespace-collapsed) in the page, at most `max`. */
  find(needle: string, max = 20): Range[] {
    const wanted = needle.replace(/\s+/g, ' ').trim();
    if (wanted.length < 2) return [];
    const ranges: Range[] = [];
    for (let at = this.text.indexOf(wanted); at >= 0 && ranges.length < max; at = this.text.indexOf(wanted, at + wanted.length)) {
      const range = this.range(at, at + wanted.length);
      if (range) ranges.push(range);
    }
    return ranges;
  }

  private range(start: number, end: number): Range | null {
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

function textWalker(root: Node): TreeWalker {
  const doc = root.ownerDocument ?? (root as Document);
  return doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
}

/** Offset in the node's data of its `kept`-th character after whitespace collapsing. */
function offsetIn(segment: Segment, kept: number): number {
  if (!segment.collapsed) return kept;
  const data = segment.node.data;
  let previousSpace = segment.afterSpace;
  let index = -1;
  for (let i = 0; i < data.length; i++) {
    const space = /\s/.test(data[i] ?? '');
    if (space && previousSpace) continue;
    index++;
    if (index === kept) return i;
    previousSpace = space;
  }
  return data.length - 1;
}
