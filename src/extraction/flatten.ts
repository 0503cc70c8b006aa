// Caps the nesting depth of a (cloned, inert) document before Readability reads it. Several of
// Readability's passes cost depth × size (and some recurse), so a page built 10,000 levels deep by
// script would freeze the tab for a long time or overflow the stack. HTML parsers already cap
// nesting (Chromium at 512), so real article markup is far shallower than the cap. Below the cap,
// an element's subtree is replaced by its text, one <p> per block: every word is kept, in order.

export const MAX_NESTING_DEPTH = 256;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);
const DROPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Flattens every subtree that starts deeper than `maxDepth` below `root`; returns how many. */
export function flattenDeepNesting(root: Element, maxDepth = MAX_NESTING_DEPTH): number {
  const cuts: Element[] = [];
  // Iterative walk with explicit depths: recursion is what deep trees break.
  const stack: Array<{ element: Element; depth: number }> = [{ element: root, depth: 0 }];
  while (stack.length > 0) {
    const { element, depth } = stack.pop()!;
    if (depth === maxDepth) {
      if (element.firstElementChild) cuts.push(element);
      continue;
    }
    for (let child = element.lastElementChild; child; child = child.previousElementSibling) stack.push({ element: child, depth: depth + 1 });
  }
  for (const cut of cuts) flattenInto(cut);
  return cuts.length;
}

/** Replaces the children of `element` by paragraphs holding the text of its whole subtree. */
function flattenInto(element: Element): void {
  const doc = element.ownerDocument;
  const paragraphs: Element[] = [];
  let current: Element | null = null;
  const stack: Array<{ node: Node; exit: boolean }> = [];
  for (let child = element.lastChild; child; child = child.previousSibling) stack.push({ node: child, exit: false });
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      current ??= paragraphs[paragraphs.push(doc.createElement('p')) - 1]!;
      current.appendChild(doc.createTextNode(node.nodeValue ?? ''));
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (DROPPED.has(tag)) continue;
    if (BLOCKS.has(tag)) current = null; // a block starts (or ends): next text opens a new paragraph
    if (exit) continue;
    stack.push({ node, exit: true });
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push({ node: child, exit: false });
  }
  element.replaceChildren(...paragraphs);
}
