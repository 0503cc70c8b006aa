// Turns the article element Readability selected into blocks of plain text, one per paragraph,
// heading or list item, each with how much of it is link text: sentence splitting and the
// clean-up of boilerplate lines then see the page's real paragraphs.

export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL', 'BR',
]);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Captions and credits are not article text (see the annotation conventions). */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set(['FIGCAPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SVG', 'MATH', 'SELECT', 'TEXTAREA']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export interface TextBlock {
  /** Whitespace-collapsed text of the block. */
  text: string;
  /** Characters of `text` (before collapsing) that sit inside links. */
  linkChars: number;
  /** Characters of the block before collapsing. */
  rawChars: number;
  /** The block is (inside) a heading. */
  heading: boolean;
  /** The block is (inside) a table cell. */
  cell?: boolean;
  /** Which article element (an <article> or a schema.org Article item, the outermost one) holds the
   * block: 0, 1, … in document order; undefined outside any. Tells several article bodies apart. */
  article?: number;
}

interface Frame {
  node: Node;
  exit: boolean;
  inLink: boolean;
  inHeading: boolean;
  inCell: boolean;
  article: number | undefined;
}

const ARTICLE_ITEM = /schema\.org\/(?:\w*NewsArticle|Article|BlogPosting|Report)\b/i;

function isArticleElement(el: Element, tag: string): boolean {
  return tag === 'ARTICLE' || ARTICLE_ITEM.test(el.getAttribute?.('itemtype') ?? '');
}

export function textBlocks(root: Node): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current = '';
  let linkChars = 0;
  let heading = false;
  let cell = false;
  let article: number | undefined;
  let articles = 0;
  const flush = (): void => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) {
      const block: TextBlock = { text, linkChars, rawChars: current.length, heading };
      if (cell) block.cell = true;
      if (article !== undefined) block.article = article;
      blocks.push(block);
    }
    current = '';
    linkChars = 0;
    heading = false;
    cell = false;
  };
  // Iterative walk: deeply nested markup must not overflow the stack.
  const stack: Frame[] = [{ node: root, exit: false, inLink: false, inHeading: false, inCell: false, article: undefined }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { node } = frame;
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      current += value;
      if (frame.inLink) linkChars += value.length;
      if (frame.inHeading && value.trim()) heading = true;
      if (frame.inCell && value.trim()) cell = true;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const tag = String((node as Element).tagName).toUpperCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    const isBlock = BLOCK_TAGS.has(tag);
    if (frame.exit) {
      if (isBlock) flush();
      article = frame.article;
      continue;
    }
    if (isBlock) flush();
    stack.push({ ...frame, exit: true });
    const inLink = frame.inLink || tag === 'A';
    const inHeading = frame.inHeading || HEADING_TAGS.has(tag);
    const inCell = frame.inCell || tag === 'TD' || tag === 'TH';
    const inArticle = frame.article ?? (isArticleElement(node as Element, tag) ? articles++ : undefined);
    article = inArticle;
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ node: child, exit: false, inLink, inHeading, inCell, article: inArticle });
    }
  }
  flush();
  return blocks;
}

/** The blocks' text, paragraphs separated by a blank line. */
export function blockText(root: Node): string {
  return textBlocks(root)
    .map((b) => b.text)
    .join('\n\n');
}
