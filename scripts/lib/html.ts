// Builds a DOM from saved HTML with jsdom (scripts disabled) and runs the content script's
// extraction path on it.
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle, type Extraction } from '../../src/extraction/article';

export function extractFromHtml(html: string, url = 'http://127.0.0.1/'): Extraction {
  // Pages log CSS parse errors by the hundred; they are not ours to report.
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    return extractArticle(dom.window.document);
  } finally {
    closeQuietly(dom);
  }
}

/** jsdom detaches nodes recursively on close and overflows the stack on very deep trees; the
 * garbage collector reclaims the window anyway, so a failed close is not an error. */
function closeQuietly(dom: JSDOM): void {
  try {
    dom.window.close();
  } catch {
    /* see above */
  }
}
