// The article body a page declares in its schema.org JSON-LD (`articleBody`), weighed against what
// the extraction found in the page itself. When the two tell the same article:
//   - the page shows only part of the declared body (a paywalled lead, a body split over
//     containers the extraction missed, text held only in a script): the declared body is the text;
//   - otherwise the page's blocks are kept, minus the short blocks the declared body does not hold
//     (captions, teasers, calls to action that sit between the paragraphs).
// When they do not tell the same article, the declared body is ignored — unless the page gave no
// text at all (its body is only in the JSON-LD).
import { textBlocks, type TextBlock } from './block-text';

/** Fewer words than this is a summary or a teaser, not a body to trust. */
const MIN_DECLARED_WORDS = 60;
/** A block "is in" the declared body when at least this share of its word 4-grams are. */
const BLOCK_IN_SHARE = 0.5;
/** The declared body tells the same article when it holds at least this share of the page's text... */
const CORROBORATED_SHARE = 0.5;
/** ...and the page shows the whole article when its blocks hold this share of the declared body. */
const COVERED_SHARE = 0.6;
/** Blocks longer than this are kept even when the declared body lacks them: prose the publisher left out. */
const KEEP_LONG_BLOCK = 400;
/** A sentence above the declared body at least this long is a lead the body leaves out: kept. */
const LEAD_CHARS = 60;

export type BodySource = 'page' | 'page-checked' | 'declared';

export interface ReconciledBody {
  blocks: TextBlock[];
  source: BodySource;
  /** Page blocks dropped because the declared body does not hold them. */
  dropped: TextBlock[];
}

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function shingles(ws: readonly string[], into = new Set<string>()): Set<string> {
  for (let i = 0; i + 4 <= ws.length; i++) into.add(`${ws[i]} ${ws[i + 1]} ${ws[i + 2]} ${ws[i + 3]}`);
  return into;
}

/** Parses markup into an inert document (DOMParser: no script runs, nothing loads). */
export type HtmlParser = (html: string) => Document | null;

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Without a parser: the numeric and the few structural named entities. */
function decodeBasicEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/giu, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const lineBlocks = (text: string): TextBlock[] =>
  text
    .split(/\n/u)
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter((line) => line !== '')
    .map((line) => ({ text: line, linkChars: 0, rawChars: line.length, heading: false }));

const stripTags = (html: string): string =>
  html.replace(/<br\s*\/?>|<\/(?:p|div|h[1-6]|li|blockquote)\s*>/giu, '\n').replace(/<[^>]{0,2000}>/gu, '');

/** Markup or entities left in a text once it has been parsed (a body escaped twice: "&amp;#231;"). */
const STILL_ESCAPED = /&(?:#x?[0-9a-f]{1,7}|[a-z]{2,8});|<\/?[a-z][\w-]*[\s/>]/iu;

function parsedBlocks(html: string, parseHtml: HtmlParser): TextBlock[] | null {
  // Line breaks of a plain-text body stay paragraph breaks.
  const parsed = parseHtml(html.replace(/\r?\n/gu, '<br>'));
  if (!parsed?.body) return null;
  for (const el of Array.from(parsed.body.querySelectorAll('script, style, template'))) el.remove();
  return textBlocks(parsed.body);
}

/**
 * The declared body as blocks of plain text: markup some publishers leave in it gives paragraphs
 * and headings, entities are decoded (also when escaped twice).
 */
export function declaredBodyBlocks(body: string, parseHtml?: HtmlParser): TextBlock[] {
  if (!/[<&]/u.test(body)) return lineBlocks(body);
  if (!parseHtml) return lineBlocks(decodeBasicEntities(stripTags(body)));
  let blocks = parsedBlocks(body, parseHtml);
  if (blocks && blocks.some((b) => STILL_ESCAPED.test(b.text))) blocks = parsedBlocks(blocks.map((b) => b.text).join('\n'), parseHtml);
  return blocks ?? lineBlocks(decodeBasicEntities(stripTags(body)));
}

/**
 * Weighs the page's blocks against the declared bodies (several when the page declares several
 * article nodes: the one that best matches the page is used). `pageFailed` says the page gave no
 * usable text, so an uncorroborated declared body is still better than none.
 */
export function reconcileWithDeclared(
  blocks: readonly TextBlock[],
  declared: readonly string[],
  leads: readonly string[],
  pageFailed: boolean,
  parseHtml?: HtmlParser,
): ReconciledBody {
  const page: ReconciledBody = { blocks: [...blocks], source: 'page', dropped: [] };
  const plain = (raw: string): { text: string; blocks: TextBlock[] } => {
    const parsed = declaredBodyBlocks(raw, parseHtml);
    return { text: parsed.map((b) => b.text).join('\n'), blocks: parsed };
  };
  const candidates = declared.map(plain).filter((c) => words(c.text).length >= MIN_DECLARED_WORDS);
  if (candidates.length === 0) return page;

  const blockWords = blocks.map((b) => words(b.text));
  const leadText = leads.map((lead) => plain(lead).text).join('\n');
  let best: { text: string; blocks: TextBlock[]; inside: boolean[]; inChars: number } | null = null;
  for (const { text, blocks: bodyBlocks } of candidates) {
    // The lead the body often leaves out (a standfirst, a summary) counts as declared too.
    const ws = words(text);
    const set = shingles(words(leadText), shingles(ws));
    const joined = ` ${ws.join(' ')} ${words(leadText).join(' ')} `;
    const inside = blockWords.map((w) => {
      if (w.length === 0) return true;
      if (w.length < 4) return joined.includes(` ${w.join(' ')} `);
      const own = shingles(w);
      let hit = 0;
      for (const s of own) if (set.has(s)) hit++;
      return hit >= own.size * BLOCK_IN_SHARE;
    });
    const inChars = blocks.reduce((sum, b, i) => sum + (inside[i] ? b.text.length : 0), 0);
    if (!best || inChars > best.inChars) best = { text, blocks: bodyBlocks, inside, inChars };
  }
  if (!best) return page;

  const pageChars = blocks.reduce((sum, b) => sum + b.text.length, 0);
  const corroborated = pageChars > 0 && best.inChars >= pageChars * CORROBORATED_SHARE;
  if (!corroborated) {
    // A page that gave nothing: trust the one body it declares (several would be a guess).
    return pageFailed && candidates.length === 1 ? { blocks: best.blocks, source: 'declared', dropped: [...blocks] } : page;
  }
  const declaredSet = shingles(words(best.text));
  const shown = new Set<string>();
  blocks.forEach((_, i) => {
    if (best.inside[i]) shingles(blockWords[i]!, shown);
  });
  let covered = 0;
  for (const s of shown) if (declaredSet.has(s)) covered++;
  if (declaredSet.size > 0 && covered < declaredSet.size * COVERED_SHARE) {
    return { blocks: best.blocks, source: 'declared', dropped: [...blocks] };
  }
  const kept: TextBlock[] = [];
  const dropped: TextBlock[] = [];
  const firstInside = best.inside.findIndex((inside, i) => inside && (blocks[i]?.text.length ?? 0) >= LEAD_CHARS);
  blocks.forEach((block, i) => {
    // Above the declared body: a standfirst or key points the body leaves out, when they are sentences.
    const lead = i < firstInside && block.text.length >= LEAD_CHARS && /[.!?…"»”]$/u.test(block.text) && block.linkChars < block.rawChars / 2;
    if (best.inside[i] || block.heading || block.text.length > KEEP_LONG_BLOCK || lead) kept.push(block);
    else dropped.push(block);
  });
  return { blocks: kept, source: 'page-checked', dropped };
}
