// "Is this an article?" on the 20 saved real pages of tests/fixtures/pages: every article found,
// no home, landing, about or multi-article page taken for one — where Readability's
// isProbablyReaderable says yes to nytimes-5, yahoo-2, mozilla-1, daringfireball-1 and lwn-1.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../scripts/lib/html';
import { isListingUrl } from '../../../src/extraction/page-signals';
import { PAGE_KINDS, SAVED_PAGES, isArticleKind } from '../../e2e/lib/saved-pages';

const page = (name: string): string => readFileSync(resolve(import.meta.dirname, '../../fixtures/pages', name, 'index.html'), 'utf8');

describe('article detection on saved real pages', () => {
  for (const name of SAVED_PAGES) {
    const article = isArticleKind(name);
    it(`${name} (${PAGE_KINDS[name]}) is ${article ? '' : 'not '}an article`, () => {
      const result = extractFromHtml(page(name));
      expect(result.isArticle, result.isArticle ? result.title : result.reason).toBe(article);
      if (!result.isArticle) expect(result.reason).toMatch(/\w{3,}.*\./);
      else expect(result.text.length).toBeGreaterThan(400);
    }, 30_000);
  }
});

describe('declared page URLs', () => {
  it('tells a site root or one-word section from an article URL', () => {
    for (const url of ['https://www.nytimes.com/es/', 'https://news.yahoo.com/news/', '/', '/index.html', 'https://x.org']) expect(isListingUrl(url), url).toBe(true);
    for (const url of ['https://vortexcannon.org/about-bugs/', '/2019/11/20/story.html', 'http://headlines.yahoo.co.jp/hl?a=2016', '/articles/318674.php', '', 'javascript:alert(1)'])
      expect(isListingUrl(url), url).toBe(false);
  });
});
