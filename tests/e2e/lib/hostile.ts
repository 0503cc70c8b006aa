// Hostile and fighting pages (tests/fixtures/pages/hostile/): page-supplied markup is never run or
// rendered as HTML — not in the page, not in the popup — and the extension keeps working (or says
// clearly why not) under a strict CSP, with frames, shadow DOM, redefined built-ins, a page that
// clears the highlights, and 10,000 levels of nesting.
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { BrowserName } from './browsers';
import { badgeText, contentHighlights, highlightSize, openPopup, readPopupArticle, waitForHighlights, waitForTabStatus, WAIT } from './extension';
import { useBrowser } from './session';

/** Every URL the hostile payloads would load if they ever ran or were rendered. */
const PAYLOAD_PATH = '/__hostile__/';

/** Elements and attributes that page markup would bring into the popup if it were rendered as HTML. */
async function renderedMarkup(popup: Page): Promise<string[]> {
  return popup.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('img, svg, iframe, object, embed, video, audio, link, style, script, form, base')) {
      if (el.tagName === 'SCRIPT' && el.getAttribute('src') === 'popup.js') continue;
      if (el.tagName === 'LINK' && el.getAttribute('href') === 'popup.css') continue;
      found.push(el.outerHTML.slice(0, 120));
    }
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) if (/^on/i.test(attr)) found.push(`<${el.tagName} ${attr}>`);
    }
    return found;
  });
}

export function defineHostileSuite(name: BrowserName): void {
  describe(`${name}: hostile pages and pages that fight back`, () => {
    const file = useBrowser(name);
    const consoleErrors: string[] = [];
    const watchConsole = (page: Page, label: string): void => {
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(`${label}: ${message.text()}`);
      });
      page.on('pageerror', (error) => consoleErrors.push(`${label}: ${String(error)}`));
    };

    it('markup in quotes, titles and metadata is shown as text and never runs, in the page or the popup', async () => {
      const { session, control } = file.current();
      const { tab, tabId } = await file.openFixture('hostile/markup/');
      let popup: Page | undefined;
      try {
        expect(await waitForTabStatus(control, tabId)).toBe('article');
        await waitForHighlights(tab, true);
        const opened = await openPopup(session, tabId, 'popup:hostile/markup');
        popup = opened.page;
        watchConsole(popup, 'popup');
        expect(opened.state).toBe('article');
        const view = await readPopupArticle(popup);
        const title = await popup.$eval('h1.article-title', (el) => el.textContent ?? '');
        // The payloads are there, as text (the title comes from <title> or the JSON-LD headline).
        expect(title).toMatch(/<img src=\/__hostile__\/(title|jsonld)\.png onerror=/);
        const claimText = view.claims.map((c) => `${c.quote ?? ''} ${c.text}`).join('\n');
        expect(claimText).toMatch(/<img src=\/__hostile__\/quote-en\.png onerror=|<svg onload=|<script>/);
        // Nothing was rendered as HTML, nothing ran, nothing was fetched.
        expect(await renderedMarkup(popup)).toEqual([]);
        const ranInPopup = await popup.evaluate(() => (globalThis as { __hostile?: unknown }).__hostile ?? null);
        expect(ranInPopup).toBeNull();
        const ranInPage = await tab.evaluate(() => (globalThis as { __hostile?: unknown[] }).__hostile ?? null);
        expect(ranInPage).toEqual([]);
        const payloadRequests = (await session.network.all()).filter((r) => r.url.includes(PAYLOAD_PATH));
        expect(payloadRequests.map((r) => `${r.url} (${r.source})`)).toEqual([]);
        expect(consoleErrors).toEqual([]);
      } finally {
        await popup?.close();
        await tab.close();
      }
    });

    it('a strict page CSP (default-src none) does not stop the analysis or the highlights', async () => {
      const { session, control } = file.current();
      const { tab, tabId } = await file.openFixture('hostile/csp/');
      try {
        expect(await waitForTabStatus(control, tabId)).toBe('article');
        expect(await badgeText(control, tabId)).toMatch(/^[1-9]\d*$/);
        await waitForHighlights(tab, true);
        const { page: popup, state } = await openPopup(session, tabId, 'popup:hostile/csp');
        expect(state).toBe('article');
        expect((await readPopupArticle(popup)).claims.length).toBeGreaterThan(0);
        await popup.close();
      } finally {
        await tab.close();
      }
    });

    it('frames: the top document is analysed, framed articles neither replace nor break it', async () => {
      const { session, control } = file.current();
      const { tab, tabId } = await file.openFixture('hostile/frames/');
      try {
        expect(await waitForTabStatus(control, tabId)).toBe('article');
        const { page: popup } = await openPopup(session, tabId, 'popup:hostile/frames');
        expect(await popup.$eval('h1.article-title', (el) => el.textContent ?? '')).toBe('Bridge closed, with frames');
        await popup.close();
      } finally {
        await tab.close();
      }
    });

    it('an article inside shadow roots: no article, and the popup says why', async () => {
      const { session, control } = file.current();
      const { tab, tabId } = await file.openFixture('hostile/shadow/');
      try {
        expect(await waitForTabStatus(control, tabId)).toBe('no-article');
        const { page: popup, state } = await openPopup(session, tabId, 'popup:hostile/shadow');
        expect(state).toBe('no-article');
        expect(await popup.$eval('main#app', (el) => el.textContent ?? '')).toMatch(/shadow DOM/);
        await popup.close();
      } finally {
        await tab.close();
      }
    });

    it('a page that redefines Array, JSON, Node, Element, String and RegExp methods cannot break the content script', async () => {
      const { session, control } = file.current();
      const { tab, tabId } = await file.openFixture('hostile/prototypes/');
      try {
        // The page's own world is broken (even the test's evaluations there fail)...
        await expect(tab.evaluate(() => [1, 2].map((x) => x * 2))).rejects.toThrow(/redefined by the page/);
        // ...the content script's is not: verdict, quotes found and highlighted.
        expect(await waitForTabStatus(control, tabId)).toBe('article');
        expect((await contentHighlights(control, tabId)).quotes).toBeGreaterThan(0);
        const { page: popup } = await openPopup(session, tabId, 'popup:hostile/prototypes');
        const view = await readPopupArticle(popup);
        expect(view.claims.some((c) => /Mary Smith|Jean Dupont/.test(c.speaker))).toBe(true);
        await popup.close();
      } finally {
        await tab.close();
      }
    });

    it('a page that clears the highlights gets them back, and the popup says so', async () => {
      const { session, control } = file.current();
      const { tab, tabId } = await file.openFixture('hostile/highlights/');
      try {
        expect(await waitForTabStatus(control, tabId)).toBe('article');
        await waitForHighlights(tab, true);
        // The page removes every highlight (its own script, in its own world).
        await tab.evaluate(() => CSS.highlights.clear());
        expect(await highlightSize(tab)).toBe(0);
        const { page: popup } = await openPopup(session, tabId, 'popup:hostile/highlights');
        await popup.waitForSelector('p[data-message="highlights-restored"]', WAIT);
        await waitForHighlights(tab, true);
        await popup.close();
      } finally {
        await tab.close();
      }
    });

    it('10,000 levels of nesting: the verdict arrives and the popup opens', async () => {
      const { session, control } = file.current();
      const { tab, tabId } = await file.openFixture('hostile/deep/');
      try {
        expect(await tab.$eval('html', (el) => el.getAttribute('data-depth'))).toBe('10000');
        const status = await waitForTabStatus(control, tabId);
        expect(['article', 'no-article']).toContain(status);
        const { page: popup, state } = await openPopup(session, tabId, 'popup:hostile/deep');
        expect(state).toBe(status);
        if (state === 'no-article') {
          expect(await popup.$eval('main#app', (el) => el.textContent ?? '')).toMatch(/\w+\./);
        }
        console.log(`[e2e] ${name}: 10,000-level page → ${status}`);
        await popup.close();
      } finally {
        await tab.close();
      }
    });

    it('no request left 127.0.0.1 and no payload was fetched', async () => {
      const all = await file.current().session.network.all();
      expect(all.filter((r) => r.url.includes(PAYLOAD_PATH)).map((r) => r.url)).toEqual([]);
      await file.expectNoOutsideRequests();
    });
  });
}
