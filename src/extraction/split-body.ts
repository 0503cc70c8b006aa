// A body split across sibling containers: many sites cut an article into several containers of the
// same kind (one per module, one between each advertisement), and Readability keeps the one it
// scores best. This finds the containers of the same kind near the one it kept — same tag, mostly
// the same classes, a common ancestor a few levels up, prose in them, nothing hiding them — and
// adds their paragraphs in page order.
import { textBlocks, type TextBlock } from './block-text';
import { HIDDEN_PART_RULES } from './hidden-parts';

/** Paragraph-like elements that anchor the extracted text in the page. */
const ANCHOR_SELECTOR = 'p, li, blockquote, h2, h3, h4, h5, h6';
/** Blocks at least this long are looked up in the page (shorter text is not unique enough). */
const ANCHOR_CHARS = 80;
/** Bounded work on huge pages. */
const MAX_ANCHOR_ELEMENTS = 20_000;
const MAX_CANDIDATES = 2_000;
/** Sibling containers share an ancestor at most this many levels above them. */
const MAX_LEVELS_UP = 4;
/** Share of class names two containers have in common to be of the same kind. */
const SAME_KIND_CLASSES = 0.6;
/** A container adds to the body only if it holds prose: at least one block this long, mostly not links. */
const PROSE_CHARS = 80;
const PROSE_MAX_LINK_SHARE = 0.3;
/** What is added may not outweigh what was found this many times (a wrong guess stays small). */
const MAX_ADDED_RATIO = 3;
/** A body part is prose, not a card: at most this share of its text is links, and no linked heading. */
const MAX_PART_LINK_SHARE = 0.2;
/** Most of a body part's text is prose (a menu or a list of labels is not). */
const MIN_PROSE_SHARE = 0.6;
/** More containers of the same kind than this at one level are a feed of cards, not one body. */
const MAX_PARTS = 60;

const normalise = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function classSet(el: Element): Set<string> {
  return new Set(Array.from(el.classList));
}

function sameKind(a: Element, b: Element): boolean {
  if (a.tagName !== b.tagName) return false;
  const ca = classSet(a);
  const cb = classSet(b);
  if (ca.size === 0 && cb.size === 0) return false; // bare <div>s say nothing about kind
  let shared = 0;
  for (const c of ca) if (cb.has(c)) shared++;
  return shared / Math.max(ca.size, cb.size) >= SAME_KIND_CLASSES;
}

function ancestorAt(el: Element, levels: number): Element | null {
  let node: Element | null = el;
  for (let i = 0; i < levels && node; i++) node = node.parentElement;
  return node;
}

function hiddenBetween(el: Element, top: Element): boolean {
  for (let node: Element | null = el; node && node !== top; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return true;
    if (HIDDEN_PART_RULES.some((rule) => rule.test(node!))) return true;
  }
  return false;
}

function isProse(block: TextBlock): boolean {
  return !block.heading && block.text.length >= PROSE_CHARS && block.linkChars <= block.rawChars * PROSE_MAX_LINK_SHARE;
}

/** The extracted blocks with the paragraphs of sibling containers added in page order (unchanged when none). */
/** A container that holds part of an article body: prose, few links, no linked heading (a teaser card has one). */
function isBodyPart(own: readonly TextBlock[]): boolean {
  const chars = own.reduce((sum, b) => sum + b.rawChars, 0);
  const links = own.reduce((sum, b) => sum + b.linkChars, 0);
  const text = own.reduce((sum, b) => sum + b.text.length, 0);
  const prose = own.filter(isProse).reduce((sum, b) => sum + b.text.length, 0);
  return prose >= text * MIN_PROSE_SHARE && links <= chars * MAX_PART_LINK_SHARE && !own.some((b) => b.heading && b.linkChars > b.rawChars / 2);
}

/**
 * The extracted blocks with the paragraphs of sibling containers added in page order (unchanged
 * when none). `elsewhere` are blocks already judged not to be this article (another article's).
 */
export function addSiblingContainers(doc: Document, blocks: readonly TextBlock[], elsewhere: readonly TextBlock[] = []): { blocks: TextBlock[]; added: TextBlock[] } {
  const unchanged = { blocks: [...blocks], added: [] };
  const body = doc.body;
  if (!body || blocks.length === 0) return unchanged;
  const wanted = new Map<string, number>(); // normalised prose text → block index
  blocks.forEach((b, i) => {
    if (b.text.length >= ANCHOR_CHARS) wanted.set(normalise(b.text), i);
  });
  if (wanted.size === 0) return unchanged;
  // Where the extracted prose is in the page.
  const anchors: Array<{ el: Element; index: number }> = [];
  const elements = body.querySelectorAll(ANCHOR_SELECTOR);
  for (let i = 0; i < Math.min(elements.length, MAX_ANCHOR_ELEMENTS); i++) {
    const el = elements[i]!;
    const index = wanted.get(normalise(el.textContent ?? ''));
    if (index !== undefined) anchors.push({ el, index });
  }
  const containers = new Set<Element>();
  for (const { el } of anchors) if (el.parentElement && el.parentElement !== body) containers.add(el.parentElement);
  if (containers.size === 0) return unchanged;

  const known = new Set([...wanted.keys(), ...elsewhere.map((b) => normalise(b.text))]);
  const found: Array<{ el: Element; blocks: TextBlock[] }> = [];
  const extractedChars = blocks.reduce((sum, b) => sum + b.text.length, 0);
  let addedChars = 0;
  for (const container of containers) {
    for (let levels = 1; levels <= MAX_LEVELS_UP; levels++) {
      const top = ancestorAt(container, levels);
      if (!top || top === body.parentElement) break;
      const candidates = top.getElementsByTagName(container.tagName);
      const kin: Element[] = [];
      for (let i = 0; i < Math.min(candidates.length, MAX_CANDIDATES); i++) {
        const other = candidates[i]!;
        if (other === container || containers.has(other) || other.contains(container) || container.contains(other)) continue;
        // Same kind, and so is the wrapper around it: a caption or a quote box of similar classes sits elsewhere.
        const wrap = container.parentElement;
        const otherWrap = other.parentElement;
        if (sameKind(container, other) && wrap && otherWrap && (wrap === otherWrap || sameKind(wrap, otherWrap))) kin.push(other);
      }
      if (kin.length === 0) continue;
      if (kin.length > MAX_PARTS) break; // a feed of cards
      let addedHere = false;
      for (const other of kin) {
        if (found.some((f) => f.el === other || f.el.contains(other) || other.contains(f.el)) || hiddenBetween(other, top)) continue;
        // A part of this body is never inside another <article> (teaser cards are).
        if (other.closest('article') !== container.closest('article')) continue;
        const own = textBlocks(other);
        const fresh = own.filter((b) => !known.has(normalise(b.text)));
        if (!isBodyPart(own) || fresh.length < own.length / 2) continue;
        found.push({ el: other, blocks: fresh });
        for (const b of fresh) known.add(normalise(b.text));
        addedChars += fresh.reduce((sum, b) => sum + b.text.length, 0);
        addedHere = true;
      }
      if (addedHere) break; // the nearest level with more of the body is the body's
    }
  }
  if (found.length === 0 || addedChars > extractedChars * MAX_ADDED_RATIO) return unchanged;

  // Page order: each added container goes before the first extracted block that follows it.
  const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
  const out: TextBlock[] = [];
  const added: TextBlock[] = [];
  const sortedAnchors = [...anchors].sort((a, b) => a.index - b.index);
  const insertAt = found.map(({ el, blocks: extra }) => {
    const next = sortedAnchors.find((a) => (el.compareDocumentPosition(a.el) & FOLLOWING) !== 0);
    return { at: next ? next.index : blocks.length, extra };
  });
  for (let i = 0; i <= blocks.length; i++) {
    for (const group of insertAt.filter((g) => g.at === i)) {
      out.push(...group.extra);
      added.push(...group.extra);
    }
    if (i < blocks.length) out.push(blocks[i]!);
  }
  return { blocks: out, added };
}
