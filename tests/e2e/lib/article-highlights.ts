// Highlights only on the article's own words (tests/fixtures/pages/furniture/): pages whose sticky
// header, navigation menu, tag list, "related" block, sidebar and headings repeat the article's
// names and its short quote. Every highlight range the content script draws must lie inside the
// article body, start and end on word boundaries, and a quote must sit between quotation marks.
// And one colour per speaker (tests/fixtures/pages/speakers/ too, whose headline and article quote
// the same words from two speakers): each quote range has the popup's colour for the claim whose
// sentence holds it, each speaker's name the popup's colours for that speaker.
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { BrowserName } from './browsers';
import { analysedClaims, expectColoursAsInPopup, pageMarks } from './colour-probes';
import { openPopup, QUOTE_HIGHLIGHT_PREFIX, SPEAKER_HIGHLIGHT_PREFIX, waitForHighlights, waitForTabStatus, WAIT } from './extension';
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

/** What a highlight marks, from its name. */
function kindOf(highlight: string): string {
  if (highlight.startsWith(QUOTE_HIGHLIGHT_PREFIX)) return 'quote';
  if (highlight.startsWith(SPEAKER_HIGHLIGHT_PREFIX)) return 'speaker';
  return highlight === 'context-lens-entity' ? 'entity' : highlight;
}

/** Speakers and entities are drawn in the same pass as the quotes: waits for them too. */
async function waitForSpeakersAndEntities(tab: Page): Promise<void> {
  await tab.waitForFunction(
    (speakerPrefix: string) => {
      let speakers = 0;
      for (const [name, highlight] of CSS.highlights) if (name.startsWith(speakerPrefix)) speakers += highlight.size;
      return speakers > 0 && (CSS.highlights.get('context-lens-entity')?.size ?? 0) > 0;
    },
    WAIT,
    SPEAKER_HIGHLIGHT_PREFIX,
  );
}

export function defineArticleHighlightsSuite(name: BrowserName): void {
  describe(`${name}: highlights only on the article's own words`, () => {
    const file = useBrowser(name);

    for (const page of PAGES) {
      it(`${page.path}: no highlight outside the article body, none inside a word, quotes only between their marks, colours as in the popup`, async () => {
        const { control } = file.current();
        const { tab, tabId } = await file.openFixture(page.path);
        try {
          expect(await waitForTabStatus(control, tabId)).toBe('article');
          await waitForHighlights(tab, true);
          await waitForSpeakersAndEntities(tab);
          const drawn = await drawnRanges(tab);
          const { outside, article } = await pageTexts(tab);

          // The page is a fair test: the names and the short quote recur outside the article, and
          // the article holds longer words that start with its names.
          for (const repeated of page.repeatedNames) expect(count(outside, repeated), `"${repeated}" outside the article`).toBeGreaterThan(0);
          for (const word of page.longerWords) expect(article, word).toContain(word);
          expect(count(outside, page.shortQuote), `"${page.shortQuote}" outside the article`).toBeGreaterThan(0);
          expect(count(article, page.shortQuote), `"${page.shortQuote}" twice in the article`).toBe(2);

          // Something of each kind is drawn, and the repeated names are among it.
          const kinds = new Set(drawn.map((r) => kindOf(r.highlight)));
          expect([...kinds].sort()).toEqual(['entity', 'quote', 'speaker']);
          const names = new Set(drawn.map((r) => r.text.replace(/\s+/g, ' ')));
          expect(page.repeatedNames.filter((n) => !names.has(n)), 'repeated names not highlighted in the article').toEqual([]);

          const outsideArticle = drawn.filter((r) => !r.inArticle).map((r) => `${r.highlight}: ${r.text}`);
          expect(outsideArticle, 'highlights outside the article body').toEqual([]);
          const cut = drawn.flatMap((r) => cutsWord(r) ?? []);
          expect(cut, 'highlights cutting a word').toEqual([]);

          const quotes = drawn.filter((r) => kindOf(r.highlight) === 'quote');
          const unquoted = quotes.filter((r) => !OPENING_MARKS.test(r.before) || !CLOSING_MARKS.test(r.after)).map((r) => `…${r.before}|${r.text}|${r.after}…`);
          expect(unquoted, 'quote highlights not between quotation marks').toEqual([]);
          // The short quote: highlighted once, where it is quoted, though the article repeats it.
          expect(quotes.filter((r) => r.text === page.shortQuote)).toHaveLength(1);
          console.log(`[e2e] ${name} ${page.path}: ${drawn.length} ranges (${quotes.length} quotes), all in the article body`);

          // One colour per speaker: the page's quotes and names as the popup colours them.
          const popup = (await openPopup(file.current().session, tabId, `popup:${page.path}`)).page;
          try {
            const checked = await expectColoursAsInPopup(tab, popup, control, tabId, page.path);
            expect(checked.quotes).toBe(quotes.length);
            expect(checked.names).toBeGreaterThan(0);
          } finally {
            await popup.close();
          }
        } finally {
          await tab.close();
        }
      });
    }

    it('speakers/en/: the same words quoted by two speakers take each their own colour, the headline\'s none', async () => {
      const { control, session } = file.current();
      const { tab, tabId } = await file.openFixture('speakers/en/');
      let popup: Page | undefined;
      try {
        expect(await waitForTabStatus(control, tabId)).toBe('article');
        await waitForHighlights(tab, true);
        await waitForSpeakersAndEntities(tab);
        // A fair test: the analysis gives the words to the headline's speaker and to another one
        // before her in the article (the previous content script gave every place her colour).
        const claims = await analysedClaims(control, tabId);
        const sameWords = claims.filter((c) => c.quote === 'a breach of trust');
        expect(sameWords.map((c) => c.speaker)).toEqual(['Lena Kraus', 'Tom Hale', 'Lena Kraus']);
        popup = (await openPopup(session, tabId, 'popup:speakers/en/')).page;
        const checked = await expectColoursAsInPopup(tab, popup, control, tabId, 'speakers/en/');
        expect(checked.speakers, 'speakers whose names are marked').toBeGreaterThanOrEqual(4);

        const marks = await pageMarks(tab);
        const breach = marks.filter((m) => m.kind === 'quote' && m.text === 'a breach of trust');
        expect(breach.map((m) => m.block.slice(0, 20)).sort()).toEqual(['Lena Kraus, who head', 'Opposition leader To']);
        expect(new Set(breach.map((m) => m.background)).size, 'two speakers, two colours').toBe(2);
        // Nothing in the headline, the menu or the related block (outside the article body).
        const outside = await tab.evaluate((prefixes: string[]) => {
          const body = document.querySelector('[data-article-body]');
          const found: string[] = [];
          for (const [name, highlight] of CSS.highlights) {
            if (!prefixes.some((p) => name.startsWith(p))) continue;
            for (const range of highlight) if (range instanceof Range && !body?.contains(range.startContainer)) found.push(`${name}: ${String(range)}`);
          }
          return found;
        }, [QUOTE_HIGHLIGHT_PREFIX, SPEAKER_HIGHLIGHT_PREFIX]);
        expect(outside).toEqual([]);
        console.log(`[e2e] ${name} speakers/en/: ${checked.quotes} quotes and ${checked.names} names of ${checked.speakers} speakers coloured as in the popup`);
      } finally {
        await popup?.close();
        await tab.close();
      }
    });

    it('no request left 127.0.0.1', async () => {
      await file.expectNoOutsideRequests();
    });
  });
}
