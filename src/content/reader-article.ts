// The article's HTML for the reader view, made when the reader asks (never for every page): the
// same inert clone and Readability options as the extraction, Readability's HTML kept this time.
// It stays a string until the reader page sanitises it; nothing here renders it.
import { Readability } from '@mozilla/readability';
import { inertClone, READABILITY_OPTIONS } from '../extraction/article';
import type { ReaderArticle } from '../shared/messages';

/**
 * Drops inline event handler attributes (onclick, onerror…) from the inert article. Not the
 * defence (the reader sanitises everything): Chromium spends about a millisecond per handler when an
 * extension page parses HTML under its CSP, so a hostile 5 MB article would take seconds to parse.
 */
function withoutHandlers(root: Element): Element {
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const name of element.getAttributeNames()) if (/^on/i.test(name)) element.removeAttribute(name);
  }
  return root;
}

export function readerArticle(doc: Document): ReaderArticle | null {
  try {
    const parsed = new Readability<string>(inertClone(doc), { ...READABILITY_OPTIONS, serializer: (node: Node) => withoutHandlers(node as Element).innerHTML }).parse();
    if (!parsed?.content) return null;
    return {
      html: parsed.content,
      title: parsed.title ?? doc.title,
      byline: parsed.byline || null,
      published: parsed.publishedTime || null,
      siteName: parsed.siteName || null,
      lang: parsed.lang || doc.documentElement?.getAttribute('lang') || null,
    };
  } catch (error) {
    console.warn('Context Lens: no article HTML for the reader', error);
    return null;
  }
}
