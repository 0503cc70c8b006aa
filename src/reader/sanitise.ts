// The only path by which a page's HTML reaches an extension page: DOMPurify under a strict
// allow-list of an article's structure, then our own rules on what DOMPurify keeps (links open in a
// new tab and only to http(s), images only when the reader allows them, nesting capped). The HTML is
// parsed once, by DOMParser, into an inert document (no script runs, nothing loads there), capped in
// depth, sanitised there in place, and never serialised again: what the page gets is those nodes.
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { flattenDeepNesting } from '../extraction/flatten';

/** An article's structure and nothing else: no style, no forms, frames, SVG, MathML or media. */
export const ALLOWED_TAGS: readonly string[] = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'blockquote', 'figure', 'figcaption', 'img', 'a',
  'em', 'strong', 'b', 'i', 'code', 'pre', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'br', 'hr', 'sup', 'sub', 'time',
];
/** No id, name or class (no clobbering, no borrowing the reader's own classes), no style, no handlers. */
export const ALLOWED_ATTR: readonly string[] = ['href', 'src', 'alt', 'title', 'datetime', 'colspan', 'rowspan', 'lang'];
/**
 * Containers DOMPurify keeps only so that their boundaries survive: each is then replaced by its
 * children, its loose text put in paragraphs (so "<div>a<section>b</section></div>" is two blocks, not "ab").
 */
const CONTAINERS = ['div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'details', 'summary', 'dl', 'dt', 'dd', 'address', 'center', 'hgroup'];
/** Elements removed with everything inside them (DOMPurify's own list adds script, style, svg, math, iframe…). */
const DROPPED_WITH_CONTENT = ['form', 'button', 'select', 'textarea', 'input', 'object', 'embed', 'canvas', 'dialog', 'template', 'audio', 'video'];

/** Links lead to web pages only. */
const WEB_URL = /^https?:\/\//i;
/** Images the reader may allow: web images, and inline bitmaps (no SVG: it can carry script). */
const IMAGE_URL = /^(?:https?:\/\/|data:image\/(?:png|gif|jpe?g|webp);base64,)/i;
/** Deeper than this below the article, an element's subtree is kept as plain paragraphs of its text. */
export const MAX_READER_DEPTH = 48;

export interface SanitiseOptions {
  /** Show the article's images (each is a request to the site, as the page itself would make). Default: off. */
  images?: boolean;
  /** Text of a blocked image without alt text (the reader's language). */
  imageLabel?: string;
}

const CONFIG: Config & { IN_PLACE: true } = {
  ALLOWED_TAGS: [...ALLOWED_TAGS, ...CONTAINERS],
  ALLOWED_ATTR: [...ALLOWED_ATTR],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // URLs keep DOMPurify's own check (no javascript:, vbscript:…); ours, stricter, follow (fixLink, fixImage).
  ADD_FORBID_CONTENTS: DROPPED_WITH_CONTENT,
  KEEP_CONTENT: true,
  IN_PLACE: true,
};

const purifiers = new WeakMap<Window, DOMPurify>();

function purifierFor(view: Window): DOMPurify {
  let purifier = purifiers.get(view);
  if (!purifier) {
    purifier = createDOMPurify(view as unknown as Parameters<typeof createDOMPurify>[0]);
    purifiers.set(view, purifier);
  }
  return purifier;
}

/**
 * Sanitises an article's HTML into a fragment of an inert document (adopt it into the page to show
 * it). `view` is the window whose DOM parses it: the extension page's, or jsdom's in tests.
 */
export function sanitiseArticle(html: string, view: Window, options: SanitiseOptions = {}): DocumentFragment {
  const Parser = (view as Window & { DOMParser: typeof DOMParser }).DOMParser;
  const doc = new Parser().parseFromString(html, 'text/html');
  const container = doc.createElement('div');
  container.append(...doc.body.childNodes);
  // Deep nesting is flattened first: DOMPurify and the DOM recurse on deep trees, 10,000 levels overflow.
  flattenDeepNesting(container, MAX_READER_DEPTH);
  purifierFor(view).sanitize(container, CONFIG);
  // Our rules run on the inert, sanitised nodes, before anything could load.
  for (const link of [...container.querySelectorAll('a')]) fixLink(link);
  for (const image of [...container.querySelectorAll('img')]) fixImage(image, options);
  // Innermost containers first, so each one's loose text becomes its own paragraphs.
  const containers = [...container.querySelectorAll(CONTAINERS.join(','))].reverse();
  for (const element of containers) {
    wrapLooseText(element);
    element.replaceWith(...element.childNodes);
  }
  wrapLooseText(container);
  const out = doc.createDocumentFragment();
  out.append(...container.childNodes);
  return out;
}

/** A link to a web page opens in a new tab without opener or referrer; any other link becomes its text. */
function fixLink(link: HTMLAnchorElement): void {
  const href = link.getAttribute('href') ?? '';
  if (!WEB_URL.test(href.trim())) {
    link.replaceWith(...link.childNodes);
    return;
  }
  link.setAttribute('target', '_blank');
  link.setAttribute('rel', 'noopener noreferrer');
  link.setAttribute('referrerpolicy', 'no-referrer');
}

/** Images are shown only when allowed, and then only web or inline bitmaps; else their alt text stands in. */
function fixImage(image: HTMLImageElement, options: SanitiseOptions): void {
  const src = (image.getAttribute('src') ?? '').trim();
  const alt = (image.getAttribute('alt') ?? '').trim();
  if (options.images === true && IMAGE_URL.test(src)) {
    image.setAttribute('referrerpolicy', 'no-referrer');
    image.setAttribute('loading', 'lazy');
    return;
  }
  const placeholder = image.ownerDocument.createElement('span');
  placeholder.className = 'image-placeholder';
  placeholder.textContent = alt || (options.imageLabel ?? 'Image');
  image.replaceWith(placeholder);
}

const INLINE = new Set(['A', 'EM', 'STRONG', 'B', 'I', 'CODE', 'SUP', 'SUB', 'TIME', 'BR', 'SPAN']);

/** Text left directly under the article (its wrappers removed) goes into paragraphs, so every run of text is a block. */
function wrapLooseText(container: Element): void {
  let paragraph: HTMLParagraphElement | null = null;
  for (const node of [...container.childNodes]) {
    const inline = node.nodeType === 3 || (node.nodeType === 1 && INLINE.has((node as Element).tagName));
    if (!inline) {
      paragraph = null;
      continue;
    }
    if (!paragraph) {
      if (node.nodeType === 3 && (node.textContent ?? '').trim() === '') continue;
      paragraph = container.ownerDocument.createElement('p');
      node.before(paragraph);
    }
    paragraph.append(node);
  }
}
