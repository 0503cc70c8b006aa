// Turns the article element Readability selected into plain text with one paragraph per block,
// so sentence splitting and boilerplate-line removal see the page's real paragraphs.

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL', 'BR',
]);
/** Captions and credits are not article text (see the annotation conventions). */
const SKIPPED_TAGS = new Set(['FIGCAPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'svg', 'SVG']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) paragraphs.push(line);
    current = '';
  };
  // Iterative walk: deeply nested markup must not overflow the stack.
  const stack: Array<{ node: Node; exit: boolean }> = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    const isBlock = BLOCK_TAGS.has(tag);
    if (exit) {
      if (isBlock) flush();
      continue;
    }
    if (isBlock) flush();
    stack.push({ node, exit: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ node: child, exit: false });
    }
  }
  flush();
  return paragraphs.join('\n\n');
}
