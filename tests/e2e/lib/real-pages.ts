// A tour of the 20 saved real pages (tests/fixtures/pages, made self-contained): the content script
// gives every page a verdict that matches its kind, non-articles get a reason in the popup, on
// articles every quote and speaker's name is in the colour the popup gives its claim or speaker,
// articles unrelated to every test seed get "no related document", and pages, popup and
// background make no request outside 127.0.0.1.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserName } from './browsers';
import { expectColoursAsInPopup } from './colour-probes';
import { ARTICLE_PAGES } from './expectations';
import { openPopup, waitForTabStatus } from './extension';
import { PAGE_KINDS, SAVED_PAGES, isArticleKind } from './saved-pages';
import { useBrowser } from './session';

/** The popup's "no related document" line, in each UI language (_locales). */
const EMPTY_RELATED = ['en', 'fr'].map(
  (lang) => (JSON.parse(readFileSync(join(import.meta.dirname, '../../../_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>).emptyRelated!.message,
);
/** Pages about the story of a test seed (their related document is checked in scenarios.ts). */
const PAGES_WITH_A_RELATED_SEED: readonly string[] = ARTICLE_PAGES.map((p) => p.page);

export function defineRealPagesSuite(name: BrowserName): void {
  describe(`${name}: the extension on ${SAVED_PAGES.length} saved real pages`, () => {
    const file = useBrowser(name);
    const coloured = { quotes: 0, names: 0, pages: 0 };

    for (const page of SAVED_PAGES) {
      const article = isArticleKind(page);
      it(`${page} (${PAGE_KINDS[page]}): ${article ? 'article' : 'no article, with a reason'}`, async () => {
        const { session, control } = file.current();
        const { tab, tabId } = await file.openFixture(`${page}/`, page);
        try {
          expect(await waitForTabStatus(control, tabId)).toBe(article ? 'article' : 'no-article');
          if (article) {
            // The report comes after the highlights are drawn: they are on the page now.
            const popup = await openPopup(session, tabId, `popup:${page}`);
            try {
              const checked = await expectColoursAsInPopup(tab, popup.page, control, tabId, page);
              coloured.quotes += checked.quotes;
              coloured.names += checked.names;
              coloured.pages += checked.quotes + checked.names > 0 ? 1 : 0;
              if (!PAGES_WITH_A_RELATED_SEED.includes(page)) {
                // No test seed is about this page's story: the popup says so, and lists nothing.
                expect(popup.state).toBe('article');
                const related = await popup.page.$eval('section[data-section="related"]', (el) => ({
                  listed: el.querySelectorAll('li[data-related-id]').length,
                  empty: el.querySelector('p.empty')?.textContent?.trim() ?? '',
                }));
                expect(related.listed).toBe(0);
                expect(EMPTY_RELATED).toContain(related.empty);
              }
            } finally {
              await popup.page.close();
            }
          } else {
            const popup = await openPopup(session, tabId, `popup:${page}`);
            try {
              expect(popup.state).toBe('no-article');
              // The verdict, then the reason the extraction gave.
              expect(await popup.page.$eval('p[data-message="no-article"]', (el) => el.textContent ?? '')).toMatch(/\w{3,}/);
              const shown = await popup.page.$eval('main#app', (el) => el.textContent ?? '');
              expect(shown).toMatch(/(home page|several articles|no date|does not look like|too short)[^.]*\./);
            } finally {
              await popup.page.close();
            }
          }
        } finally {
          await tab.close();
        }
      });
    }

    it('the colours were checked on real quotes and names', () => {
      console.log(`[e2e] ${name}: ${coloured.quotes} quotes and ${coloured.names} speaker names on ${coloured.pages} pages coloured as in the popup`);
      expect(coloured.pages).toBeGreaterThanOrEqual(10);
      expect(coloured.quotes).toBeGreaterThan(50);
      expect(coloured.names).toBeGreaterThan(50);
    });

    it('no request left 127.0.0.1 while browsing them (pages, popup, background)', async () => {
      const all = await file.current().session.network.all();
      // The watch did record the tour: every page was requested from the fixture server.
      for (const page of SAVED_PAGES) expect(all.some((r) => r.url === `${file.fixtures}/${page}/`), page).toBe(true);
      await file.expectNoOutsideRequests();
    });
  });
}
