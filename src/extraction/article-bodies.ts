// One article or several? Decided from the page's structure, not from counting bylines (a single
// article with a "related articles" block of teasers, each with "Par <name>" and a date, is one
// article). An article body is a unit of the extracted content with real prose in it: an
// <article> element (or schema.org Article item), or — on pages that list articles without
// marking them — a run of blocks that opens with a heading followed by a byline or a date line.
// Units of comparable weight are several bodies:
//   - the one that holds the page's title is the article (the next story a site appends below);
//   - else, when the page declares one article (JSON-LD, og:type) and is not a live blog, the first;
//   - else the page holds several articles (a weekly edition, a front page).
import type { TextBlock } from './block-text';
import { isBylineLine, isDateLine } from './clean-rules';

/** Prose characters a unit needs to be an article body (a teaser has one or two short sentences). */
const MIN_BODY_CHARS = 800;
/** A body is "comparable" when it weighs at least this share of the heaviest. */
const COMPARABLE_SHARE = 0.3;
/** A block counts as prose from this length, when it is mostly not link text. */
const PROSE_CHARS = 80;
const PROSE_MAX_LINK_SHARE = 0.3;
/** A marked-up page with more bodies than this is a page of entries (a live page), not a few stories. */
const MAX_STORIES = 3;
/** The title is looked for among the first blocks of a body. */
const TITLE_BLOCKS = 6;

export interface BodyContext {
  title: string;
  /** The page declares itself one article (JSON-LD article type, og:type article). */
  declaredArticle: boolean;
  /** The page declares a live blog: many dated entries are one page. */
  liveBlog: boolean;
}

export type BodyDecision =
  | { kind: 'one'; blocks: TextBlock[]; dropped: TextBlock[] }
  | { kind: 'several'; bodies: number };

interface Unit {
  start: number;
  end: number; // exclusive
  weight: number;
}

const normalise = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function proseWeight(blocks: readonly TextBlock[], start: number, end: number): number {
  let weight = 0;
  for (let i = start; i < end; i++) {
    const b = blocks[i]!;
    if (!b.heading && b.text.length >= PROSE_CHARS && b.linkChars <= b.rawChars * PROSE_MAX_LINK_SHARE) weight += b.text.length;
  }
  return weight;
}

/** Units of the blocks inside article elements: contiguous runs that share an article index. */
function articleUnits(blocks: readonly TextBlock[]): Unit[] {
  const units: Unit[] = [];
  let i = 0;
  while (i < blocks.length) {
    const article = blocks[i]!.article;
    let j = i + 1;
    while (j < blocks.length && blocks[j]!.article === article) j++;
    if (article !== undefined) units.push({ start: i, end: j, weight: proseWeight(blocks, i, j) });
    i = j;
  }
  return units;
}

/** Units of a page that lists articles without marking them: each opens with a heading and a byline or date. */
function headedUnits(blocks: readonly TextBlock[]): Unit[] {
  const starts: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (!blocks[i]!.heading) continue;
    const next = blocks.slice(i + 1, i + 3).map((b) => b.text);
    if (next.some((t) => isBylineLine(t) || isDateLine(t))) starts.push(i);
  }
  if (starts.length === 0) return [];
  const bounds = [0, ...starts.filter((s) => s > 0), blocks.length];
  const units: Unit[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) units.push({ start: bounds[k]!, end: bounds[k + 1]!, weight: proseWeight(blocks, bounds[k]!, bounds[k + 1]!) });
  return units;
}

function comparableBodies(units: Unit[]): Unit[] {
  const heaviest = Math.max(0, ...units.map((u) => u.weight));
  return units.filter((u) => u.weight >= MIN_BODY_CHARS && u.weight >= heaviest * COMPARABLE_SHARE);
}

function holdsTitle(blocks: readonly TextBlock[], unit: Unit, title: string): boolean {
  if (title.length < 10) return false;
  for (let i = unit.start; i < Math.min(unit.end, unit.start + TITLE_BLOCKS); i++) {
    const text = normalise(blocks[i]!.text);
    if (text.length >= 10 && (text === title || (title.includes(text) && text.length >= title.length * 0.6) || (text.includes(title) && text.length <= title.length * 1.3))) return true;
  }
  return false;
}

/** Keeps the blocks of `keep` and everything outside the other bodies. */
function keepOnly(blocks: readonly TextBlock[], bodies: readonly Unit[], keep: Unit): BodyDecision {
  const kept: TextBlock[] = [];
  const dropped: TextBlock[] = [];
  blocks.forEach((block, i) => {
    const other = bodies.some((u) => u !== keep && i >= u.start && i < u.end);
    (other ? dropped : kept).push(block);
  });
  return { kind: 'one', blocks: kept, dropped };
}

export function chooseArticleBody(blocks: readonly TextBlock[], context: BodyContext): BodyDecision {
  const whole: BodyDecision = { kind: 'one', blocks: [...blocks], dropped: [] };
  const title = normalise(context.title);
  const marked = comparableBodies(articleUnits(blocks));
  if (marked.length >= 2) {
    const holders = marked.filter((u) => holdsTitle(blocks, u, title));
    if (holders.length === 1) return keepOnly(blocks, marked, holders[0]!);
    if (context.liveBlog || marked.length > MAX_STORIES) return whole;
    if (context.declaredArticle) return keepOnly(blocks, marked, marked[0]!);
    return { kind: 'several', bodies: marked.length };
  }
  const headed = comparableBodies(headedUnits(blocks));
  if (headed.length >= 2 && !context.declaredArticle && !context.liveBlog && !headed.some((u) => holdsTitle(blocks, u, title))) {
    return { kind: 'several', bodies: headed.length };
  }
  return whole;
}
