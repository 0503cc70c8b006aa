// Finds strings of the extracted article text in the live page and returns DOM Ranges for them.
// The extracted text collapses whitespace, so the page's text nodes are searched through the same
// collapsing, with a map back to each node's raw offsets.

const SKIP_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT']);

interface Segment {
  node: Text;
  /** Offset of the node's first kept character in the collapsed text. */
  start: number;
  /** For each kept character of the node, its offset in node.data. */
  raw: number[];
}

export class PageText {
  private text = '';
  private readonly segments: Segment[] = [];

  constructor(root: Node, maxChars = 5_000_000) {
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    let lastWasSpace = true;
    const parts: string[] = [];
    let length = 0;
    for (let node = walker.nextNode(); node && length < maxChars; node = walker.nextNode()) {
      const textNode = node as Text;
      const parent = textNode.parentElement;
      if (!parent || SKIP_PARENTS.has(parent.tagName.toUpperCase())) continue;
      const data = textNode.data;
      const raw: number[] = [];
      let kept = '';
      for (let i = 0; i < data.length; i++) {
        const ch = data[i] ?? '';
        const space = /\s/.test(ch);
        if (space && lastWasSpace) continue;
        kept += space ? ' ' : ch;
        raw.push(i);
        lastWasSpace = space;
      }
      if (raw.length === 0) continue;
      this.segments.push({ node: textNode, start: length, raw });
      parts.push(kept);
      length += kept.length;
    }
    this.text = parts.join('');
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
      else if (position >= segment.start + segment.raw.length) lo = mid + 1;
      else return { segment, offset: segment.raw[position - segment.start]! };
    }
    return null;
  }
}
