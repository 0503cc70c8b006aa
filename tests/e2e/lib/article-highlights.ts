// Highlights only on the article's own words (tests/fixtures/pages/furniture/): pages whose sticky
// header, navigation menu, tag list, "related" block, sidebar and headings repeat the article's
// names and its short quote. Every highlight range the content script draws must lie inside the
// article body, start and end on word boundaries, and a quote must sit between quotation marks.
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { BrowserName } from './browsers';
import { waitForHighlights, waitForTabStatus, WAIT } from './extension';
import { useBrowser } from './session';

interface FurniturePage {
  path: string;
  /** Names the page around the article repeats: each is highlighted in the article and occurs outside it. */
  repeatedNames: string[];
  /** Words of the article that begin with a highlighted name (no range may stop inside them). */
  longerWords: string[];
  /** A short quote the article also uses unquoted, and a heading outside the article repeats. */
  shortQuote: string;
}

const PAGES: readonly FurniturePage[] = [
  {
    path: 'furniture/fr/',
    repeatedNames: ['Claire Dubois', 'Marc Lefèvre', 'Lyon', 'RideNow', 'Paris', 'Montréal', 'Amérique'],
    longerWords: ['Lyonnais', 'Parisiens', 'Montréalais', 'Amériques'],
    shortQuote: 'nuisance publique',
  },
  {
    path: 'furniture/en/',
    repeatedNames: ['Noa Ben-David', 'Hiroshi Tanaka', 'AquaLeaf', 'Israel', 'Japan', 'Osaka'],
    longerWords: ['Israeli', 'Japanese'],
    shortQuote: 'a game changer',
  },
];

interface DrawnRange {
  highlight: string;
  text: string;
  /** Both ends inside the element marked data-article-body. */
  inArticle: boolean;
  /** Two characters of the page text before the range and two after it (across elements). */
  before: string;
  after: string;
}

/** Every range of the extension's highlights on the page, read from the page itself. */
async function drawnRanges(tab: Page): Promise<DrawnRange[]> {
  return tab.evaluate(() => {
    const body = document.querySelector('[data-article-body]');
    const drawn: DrawnRange[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('context-lens-') || name === 'context-lens-flash') continue;
      for (const range of highlight) {
        if (!(range instanceof Range)) continue;
        const head = document.createRange();
        head.setStart(document.body, 0);
        head.setEnd(range.startContainer, range.startOffset);
        const tail = document.createRange();
        tail.setStart(range.endContainer, range.endOffset);
        tail.setEnd(document.body, document.body.childNodes.length);
        drawn.push({
          highlight: name,
          text: String(range),
          inArticle: !!body && body.contains(range.startContainer) && body.contains(range.endContainer),
          before: String(head).slice(-2),
          after: String(tail).slice(0, 2),
        });
      }
    }
    return drawn;
  });
}

/** The page's visible text outside the article body, and the article body's. */
async function pageTexts(tab: Page): Promise<{ outside: string; article: string }> {
  return tab.evaluate(() => {
    const body = document.querySelector('[data-article-body]');
    const article = body?.textContent ?? '';
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelector('[data-article-body]')?.remove();
    return { outside: clone.textContent ?? '', article };
  });
}

const WORD = /[\p{L}\p{M}\p{N}]/u;
const HYPHEN = /[-\u2010\u2011]/u;
/** Whether a range with these neighbours starts or ends inside a word (a hyphen between letters joins a compound). */
function cutsWord(range: DrawnRange): string | null {
  const first = range.text[0] ?? '';
  const last = range.text[range.text.length - 1] ?? '';
  const [b2 = '', b1 = ''] = range.before.length === 2 ? [...range.before] : ['', ...range.before];
  const [a1 = '', a2 = ''] = [...range.after];
  if (WORD.test(b1) && WORD.test(first)) return `starts inside a word: …${range.before}|${range.text}`;
  if (WORD.test(last) && WORD.test(a1)) return `ends inside a word: ${range.text}|${range.after}…`;
  if (HYPHEN.test(b1) && WORD.test(b2) && WORD.test(first)) return `starts inside a compound: …${range.before}|${range.text}`;
  if (HYPHEN.test(a1) && WORD.test(a2) && WORD.test(last)) return `ends inside a compound: ${range.text}|${range.after}…`;
  return null;
}

const OPENING_MARKS = /[«“„"‘‚‹「『»]\s*$/u;
const CLOSING_MARKS = /^\s*([»”“"’‘›」』«]|$)/u;

const count = (text: string, needle: string): number => text.split(needle).length - 1;

export function defineArticleHighlightsSuite(name: BrowserName): void {
  describe(`${name}: highlights only on the article's own words`, () => {
    const file = useBrowser(name);

    for (const page of PAGES) {
      it(`${page.path}: no highlight outside the article body, none inside a word, quotes only between their marks`, async () => {
        const { control } = file.current();
        const { tab, tabId } = await file.openFixture(page.path);
        try {
          expect(await waitForTabStatus(control, tabId)).toBe('article');
          await waitForHighlights(tab, true);
          // Speakers and entities are drawn in the same pass as the quotes: wait for all three.
          await tab.waitForFunction(
            () => ['context-lens-speaker', 'context-lens-entity'].every((n) => (CSS.highlights.get(n)?.size ?? 0) > 0),
            WAIT,
          );
          const drawn = await drawnRanges(tab);
          const { outside, article } = await pageTexts(tab);

          // The page is a fair test: the names and the short quote recur outside the article, and
          // the article holds longer words that start with its names.
          for (const repeated of page.repeatedNames) expect(count(outside, repeated), `"${repeated}" outside the article`).toBeGreaterThan(0);
          for (const word of page.longerWords) expect(article, word).toContain(word);
          expect(count(outside, page.shortQuote), `"${page.shortQuote}" outside the article`).toBeGreaterThan(0);
          expect(count(article, page.shortQuote), `"${page.shortQuote}" twice in the article`).toBe(2);

          // Something of each kind is drawn, and the repeated names are among it.
          const kinds = new Set(drawn.map((r) => (r.highlight.startsWith('context-lens-quote-') ? 'quote' : r.highlight)));
          expect([...kinds].sort()).toEqual(['context-lens-entity', 'context-lens-speaker', 'quote']);
          const names = new Set(drawn.map((r) => r.text.replace(/\s+/g, ' ')));
          expect(page.repeatedNames.filter((n) => !names.has(n)), 'repeated names not highlighted in the article').toEqual([]);

          const outsideArticle = drawn.filter((r) => !r.inArticle).map((r) => `${r.highlight}: ${r.text}`);
          expect(outsideArticle, 'highlights outside the article body').toEqual([]);
          const cut = drawn.flatMap((r) => cutsWord(r) ?? []);
          expect(cut, 'highlights cutting a word').toEqual([]);

          const quotes = drawn.filter((r) => r.highlight.startsWith('context-lens-quote-'));
          const unquoted = quotes.filter((r) => !OPENING_MARKS.test(r.before) || !CLOSING_MARKS.test(r.after)).map((r) => `…${r.before}|${r.text}|${r.after}…`);
          expect(unquoted, 'quote highlights not between quotation marks').toEqual([]);
          // The short quote: highlighted once, where it is quoted, though the article repeats it.
          expect(quotes.filter((r) => r.text === page.shortQuote)).toHaveLength(1);
          console.log(`[e2e] ${name} ${page.path}: ${drawn.length} ranges (${quotes.length} quotes), all in the article body`);
        } finally {
          await tab.close();
        }
      });
    }

    it('no request left 127.0.0.1', async () => {
      await file.expectNoOutsideRequests();
    });
  });
}
