// Article detection and extraction on a DOM Document. Uses only DOM APIs (no browser extension
// API), so the content script and the Node CLI (on a jsdom document) run exactly the same path.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { stripBoilerplate } from '../analysis';
import { hasArticleJsonLd } from './json-ld';
import { blockText } from './block-text';

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
  /** Plain-language reason, shown to the reader. */
  reason: string;
}

export type Extraction = ExtractedArticle | NotAnArticle;

/** Fewer characters than this is a teaser or a stub, not an article to analyse. */
const MIN_ARTICLE_CHARS = 400;
/** Readability gives up (throws) on documents with more elements than this, instead of hanging. */
const MAX_ELEMENTS = 60_000;

export function extractArticle(doc: Document): Extraction {
  const jsonLd = hasArticleJsonLd(doc);
  let readerable = false;
  try {
    readerable = isProbablyReaderable(doc);
  } catch {
    readerable = false;
  }
  if (!jsonLd && !readerable) {
    return { isArticle: false, reason: 'This page does not look like a news article.' };
  }

  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    const clone = doc.cloneNode(true) as Document;
    parsed = new Readability<Node>(clone, { serializer: (node) => node, maxElemsToParse: MAX_ELEMENTS }).parse();
  } catch (error) {
    const tooBig = error instanceof Error && /elements/i.test(error.message);
    return {
      isArticle: false,
      reason: tooBig ? 'This page is too large to analyse.' : 'The article text could not be extracted from this page.',
    };
  }
  if (!parsed?.content) {
    return { isArticle: false, reason: 'No article text was found on this page.' };
  }
  const text = stripBoilerplate(blockText(parsed.content));
  if (text.length < MIN_ARTICLE_CHARS) {
    return { isArticle: false, reason: 'The text on this page is too short to be an article.' };
  }
  const title = (parsed.title ?? doc.title ?? '').trim();
  return {
    isArticle: true,
    title,
    text,
    lang: parsed.lang ?? (doc.documentElement.getAttribute('lang') || undefined),
    byline: parsed.byline ?? undefined,
    publishedTime: parsed.publishedTime ?? undefined,
    siteName: parsed.siteName ?? undefined,
  };
}
