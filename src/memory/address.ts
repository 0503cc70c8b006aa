// An article's address as the reading memory keys it: its URL without the fragment (http and https
// pages only), and its site (host name). Pure, and light: the options page imports it.

/** The record id of a page: its URL without the fragment; null for what is not an http(s) page. */
export function articleId(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    parsed.hash = '';
    return parsed.href;
  } catch {
    return null;
  }
}

export function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
