// Article detection and extraction on a DOM Document. Uses only DOM APIs (no browser extension
// API), so the content script and the Node CLI and benchmarks (on a jsdom document) run exactly
// the same path:
//   detect (page-signals) → inert clone without hidden parts (hidden-parts) → Readability →
//   one article or several (article-bodies) → the body's other containers (split-body) →
//   clean-up rules (clean-blocks) → weighed against the JSON-LD articleBody (declared-body).
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { stripBoilerplate } from '../analysis/boilerplate';
import { chooseArticleBody } from './article-bodies';
import { textBlocks } from './block-text';
import { cleanBlocks } from './clean-blocks';
import type { DropRule } from './clean-rules';
import { reconcileWithDeclared, type HtmlParser } from './declared-body';
import { addSiblingContainers } from './split-body';
import { flattenDeepNesting } from './flatten';
import { removeHiddenParts } from './hidden-parts';
import { declaresNonArticle, readPageSignals, type PageSignals } from './page-signals';
import { articleTitle, pageHosts } from './title';
import type { TextBlock } from './block-text';

export interface ExtractedArticle {
  isArticle: true;
  title: string;
  /** Paragraphs separated by "\n\n", boilerplate lines removed. */
  text: string;
  lang: string | undefined;
  byline: string | undefined;
  publishedTime: string | undefined;
  siteName: string | undefined;
}

export interface NotAnArticle {
  isArticle: false;
  /** Why, as a code the popup words in the reader's language (its `_locales` key is `reason_<code>`). */
  code: NotArticleReason;
  /** The same reason in plain English, for the command line and benchmarks. */
  reason: string;
}

export type Extraction = ExtractedArticle | NotAnArticle;

export interface ExtractOptions {
  /** Told about every block the clean-up removes (benchmarks count them). */
  onDrop?: (rule: DropRule, block: TextBlock) => void;
  /** Told when each step ends, so a benchmark times the very steps the content script runs. */
  onStep?: (step: ExtractStep) => void;
}

export type ExtractStep = 'detect' | 'clone' | 'parse' | 'text';

/** Fewer characters than this is a teaser or a stub, not an article to analyse... */
const MIN_ARTICLE_CHARS = 400;
/** ...unless the page declares itself an article (a short news brief, a paywalled page's lead). */
const MIN_DECLARED_ARTICLE_CHARS = 250;
/** Readability gives up (throws) on documents with more elements than this, instead of hanging. */
const MAX_ELEMENTS = 60_000;
/** The options Readability runs with here (benchmarks give their peer the same). */
export const READABILITY_OPTIONS = { serializer: (node: Node): Node => node, maxElemsToParse: MAX_ELEMENTS };

export const REASONS = {
  listing: 'This looks like a home page or a section page that lists several articles.',
  undated: 'This page has no date and does not present itself as an article (a product, landing or about page?).',
  noProse: 'This page does not look like a news article.',
  tooBig: 'This page is too large to analyse.',
  failed: 'The article text could not be extracted from this page.',
  empty: 'No article text was found on this page.',
  short: 'The text on this page is too short to be an article.',
  multiple: 'This page holds several articles; open one of them to analyse it.',
  shadow: 'The text of this page is inside web components (shadow DOM), which Context Lens cannot read.',
} as const;

export type NotArticleReason = keyof typeof REASONS;

function notAnArticle(code: NotArticleReason): NotAnArticle {
  return { isArticle: false, code, reason: REASONS[code] };
}

/** Elements inspected when looking for text hidden in shadow roots: bounded work on huge pages. */
const MAX_SHADOW_HOSTS_CHECKED = 20_000;
const SHADOW_TEXT_CHARS = 200;

/** True when open shadow roots hold prose that the document's own text (and Readability) cannot see. */
function textInShadowRoots(doc: Document): boolean {
  const elements = doc.body?.getElementsByTagName('*');
  if (!elements) return false;
  const limit = Math.min(elements.length, MAX_SHADOW_HOSTS_CHECKED);
  for (let i = 0; i < limit; i++) {
    const root = elements[i]?.shadowRoot;
    if (root && (root.textContent ?? '').trim().length >= SHADOW_TEXT_CHARS) return true;
  }
  return false;
}

/** Whether the page should be read as an article at all, before extracting it. */
export function detectArticlePage(doc: Document, signals: PageSignals = readPageSignals(doc)): NotAnArticle | null {
  const declared = signals.jsonLdArticle || signals.published;
  if (signals.listingUrl && !declared) return notAnArticle('listing');
  if (!declared && !signals.dated && signals.ogType !== 'article' && declaresNonArticle(signals)) {
    return notAnArticle('undated');
  }
  if (declared || signals.ogType === 'article') return null;
  let readerable = false;
  try {
    readerable = isProbablyReaderable(doc);
  } catch {
    readerable = false;
  }
  return readerable ? null : notAnArticle('noProse');
}

/** An inert HTML parser from the page's own window (DOMParser: its documents run no script and load nothing). */
function inertParser(doc: Document): HtmlParser | undefined {
  const Parser = doc.defaultView?.DOMParser;
  if (!Parser) return undefined;
  return (html) => {
    try {
      return new Parser().parseFromString(html, 'text/html');
    } catch {
      return null;
    }
  };
}

/** What Readability reads: an inert copy of the page, its nesting capped and its hidden parts removed
 * (the extraction and the reader view's article HTML read the same copy). */
export function inertClone(doc: Document): Document {
  const clone = doc.cloneNode(true) as Document;
  if (clone.documentElement) flattenDeepNesting(clone.documentElement);
  removeHiddenParts(clone);
  return clone;
}

export function extractArticle(doc: Document, options: ExtractOptions = {}): Extraction {
  const signals = readPageSignals(doc);
  const refusal = detectArticlePage(doc, signals);
  options.onStep?.('detect');
  if (refusal) return refusal;

  let parsed: ReturnType<Readability<Node>['parse']> = null;
  try {
    const clone = inertClone(doc);
    options.onStep?.('clone');
    parsed = new Readability<Node>(clone, READABILITY_OPTIONS).parse();
    options.onStep?.('parse');
  } catch (error) {
    if (error instanceof Error && /elements/i.test(error.message)) return notAnArticle('tooBig');
    parsed = null; // Readability failed: the page may still declare its body in JSON-LD
  }
  const minChars = signals.jsonLdArticle ? MIN_DECLARED_ARTICLE_CHARS : MIN_ARTICLE_CHARS;
  const title = articleTitle(parsed?.title ?? doc.title ?? '', { siteName: parsed?.siteName, hosts: pageHosts(doc), byline: parsed?.byline });
  const clean = (raw: TextBlock[]): TextBlock[] => cleanBlocks(raw, { title, ...(options.onDrop ? { onDrop: options.onDrop } : {}) });
  const choice = chooseArticleBody(parsed?.content ? textBlocks(parsed.content) : [], {
    title,
    declaredArticle: signals.jsonLdArticle || signals.ogType === 'article',
    liveBlog: signals.liveBlog,
  });
  if (choice.kind === 'several') return notAnArticle('multiple');
  for (const block of choice.dropped) options.onDrop?.('other-article', block);
  const pageBlocks = clean(addSiblingContainers(doc, choice.blocks, choice.dropped).blocks);
  const pageChars = pageBlocks.reduce((sum, b) => sum + b.text.length, 0);
  const body = reconcileWithDeclared(pageBlocks, signals.declaredBodies, signals.declaredLeads, pageChars < minChars, inertParser(doc));
  for (const block of body.source === 'page-checked' ? body.dropped : []) options.onDrop?.('undeclared', block);
  const blocks = body.source === 'declared' ? clean(body.blocks) : body.blocks;
  if (blocks.length === 0 && !parsed?.content) return notAnArticle(textInShadowRoots(doc) ? 'shadow' : parsed === null ? 'failed' : 'empty');
  const text = stripBoilerplate(blocks.map((b) => b.text).join('\n\n'));
  options.onStep?.('text');
  if (text.length < minChars) return notAnArticle(textInShadowRoots(doc) ? 'shadow' : 'short');
  return {
    isArticle: true,
    title,
    text,
    lang: parsed?.lang ?? (doc.documentElement?.getAttribute('lang') || undefined),
    byline: parsed?.byline ?? undefined,
    publishedTime: parsed?.publishedTime ?? undefined,
    siteName: parsed?.siteName ?? undefined,
  };
}
