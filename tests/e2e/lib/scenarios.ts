// The e2e scenarios, shared by the Chromium and Firefox test files: one browser per file, launched
// in beforeAll and closed in afterAll; every request that leaves 127.0.0.1 fails the file.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, type BrowserName, type ExtensionSession } from './browsers';
import { ALL_SEED_IDS, ARTICLE_PAGES, NOT_AN_ARTICLE_PAGE, type ArticleExpectation } from './expectations';
import {
  badgeText,
  findNewTabId,
  highlightSize,
  highlightSizes,
  messageTab,
  openPopup,
  readPopupArticle,
  setHighlightsToggle,
  setStorageLocal,
  sizeOf,
  SPEAKER_HIGHLIGHT_PREFIX,
  storageLocal,
  tabIds,
  waitForBadge,
  waitForHighlight,
  waitForHighlights,
  waitForTabStatus,
  WAIT,
} from './extension';
import { cardState, pointInQuote, quotesOnPage, runAxe, seriousOrCritical, waitForCard, waitForFlash } from './page-probes';
import { smallestText, speakerGroups } from './popup-probes';
import { expectColoursAsInPopup } from './colour-probes';
import { REPO_ROOT } from './paths';
import { useBrowser } from './session';

/** Where README screenshots go when CONTEXT_LENS_SCREENSHOTS names a folder (npm run screenshots:e2e). */
const SCREENSHOT_DIR = process.env.CONTEXT_LENS_SCREENSHOTS ? join(REPO_ROOT, process.env.CONTEXT_LENS_SCREENSHOTS) : null;

/** Saves a screenshot (only when asked for); popups (fullPage) at the width of a real popup. */
async function screenshot(page: Page, file: string, fullPage: boolean): Promise<void> {
  if (!SCREENSHOT_DIR) return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.setViewport(fullPage ? { width: 420, height: 640 } : { width: 1100, height: 760 });
  await page.screenshot({ path: join(SCREENSHOT_DIR, file), fullPage });
}

const clean = (text: string): string => text.replace(/\s+/g, ' ').trim();
import { describeRequests, hostOf } from './network-watch';

/** Hosts the self-check requests on purpose (.invalid never resolves); ignored afterwards. */
const SELF_CHECK_HOSTS = {
  page: 'context-lens-selfcheck-page.invalid',
  extensionPage: 'context-lens-selfcheck-extension-page.invalid',
  background: 'context-lens-selfcheck-background.invalid',
} as const;

export function defineBrowserSuite(name: BrowserName): void {
  describe(`${name}: Context Lens loaded in the browser`, () => {
    // One browser for the suite; the self-check hosts are requested on purpose and are not leaks.
    const { fixtures, current, expectNoOutsideRequests, openFixture: openPath } = useBrowser(name, {
      ignoreHosts: Object.values(SELF_CHECK_HOSTS),
    });
    const openFixture = (page: string): Promise<{ tab: Page; tabId: number; url: string }> => openPath(`${page}/`, page);

    it('the network watch sees requests from pages, extension pages and the background', async () => {
      const { session: s, control: c } = current();
      const page = await s.newPage('self-check');
      try {
        await page.goto(`${fixtures}/PROVENANCE.md`, { waitUntil: 'load', timeout: 30_000 });
        const fetchFrom = (p: Page, host: string): Promise<string> =>
          p.evaluate((url: string) => fetch(url).then(() => 'answered', (e: unknown) => String(e)), `http://${host}/probe`);
        await fetchFrom(page, SELF_CHECK_HOSTS.page);
        await fetchFrom(c, SELF_CHECK_HOSTS.extensionPage);
        if (s.requestFromBackground) await s.requestFromBackground(`http://${SELF_CHECK_HOSTS.background}/probe`);

        const seen = await s.network.outside();
        const seenBy = (host: string): string[] => seen.filter((r) => hostOf(r.url) === host).map((r) => r.source);
        expect(seenBy(SELF_CHECK_HOSTS.page)).toContain('page:self-check');
        expect(seenBy(SELF_CHECK_HOSTS.extensionPage)).toContain('page:control');
        if (name === 'chromium') {
          expect(seenBy(SELF_CHECK_HOSTS.background)).toContain('service-worker');
        } else {
          // The chrome-context observer (the one that covers the background in Firefox) saw both,
          // with the right triggering principals.
          expect(seenBy(SELF_CHECK_HOSTS.page)).toContain(`firefox-observer:${fixtures}`);
          expect(seenBy(SELF_CHECK_HOSTS.extensionPage)).toContain(`firefox-observer:${s.origin}`);
        }
      } finally {
        await page.close();
      }
      await expectNoOutsideRequests();
    });

    for (const expected of ARTICLE_PAGES) {
      it(`${expected.page}: article detected, badge, popup sections, related seed, highlights toggle`, async () => {
        await checkArticlePage(expected);
      });
    }

    it(`${NOT_AN_ARTICLE_PAGE}: no article, empty badge, no-article popup, no highlights`, async () => {
      const { session: s, control: c } = current();
      const { tab, tabId } = await openFixture(NOT_AN_ARTICLE_PAGE);
      let popup: Page | undefined;
      try {
        expect(await waitForTabStatus(c, tabId)).toBe('no-article');
        expect(await badgeText(c, tabId)).toBe('');
        expect(await highlightSize(tab)).toBeLessThanOrEqual(0);

        const opened = await openPopup(s, tabId, `popup:${NOT_AN_ARTICLE_PAGE}`);
        popup = opened.page;
        expect(opened.state).toBe('no-article');
        const message = await popup.$eval('p[data-message="no-article"]', (el) => el.textContent ?? '');
        expect(message).toMatch(/no (news )?article/i);
        expect(await popup.$$('section[data-section]')).toHaveLength(0);
      } finally {
        await popup?.close();
        await tab.close();
      }
      await expectNoOutsideRequests();
    });

    it('bbc-1: highlights per category, speaker colours as in the popup, remembered per site, shortcut toggles all', async () => {
      const { session: s, control: c } = current();
      const { tab, tabId } = await openFixture('bbc-1');
      let popup: Page | undefined;
      try {
        expect(await waitForTabStatus(c, tabId)).toBe('article');
        await waitForHighlights(tab, true);
        const sizes = await highlightSizes(tab);
        expect(sizeOf(sizes, SPEAKER_HIGHLIGHT_PREFIX), 'speaker names highlighted').toBeGreaterThan(0);
        expect(sizes['context-lens-entity'], 'key entities highlighted').toBeGreaterThan(0);

        // Each quote on the page has the popup's colour for the claim whose sentence holds it, each
        // speaker's name the popup's colours for that speaker.
        popup = (await openPopup(s, tabId, 'popup:bbc-1:categories')).page;
        const checked = await expectColoursAsInPopup(tab, popup, c, tabId, 'bbc-1');
        expect(checked.quotes).toBeGreaterThan(0);
        expect(checked.names).toBeGreaterThan(0);

        // One category off: only that highlight goes, and the choice is saved for the site.
        await popup.click('input[data-toggle="speakers"]');
        await waitForHighlight(tab, SPEAKER_HIGHLIGHT_PREFIX, 'none');
        expect(await highlightSize(tab)).toBeGreaterThan(0);
        const site = `site:${new URL(fixtures).hostname}`;
        const saved = (await storageLocal(c))[site] as { categories?: Record<string, boolean> } | undefined;
        expect(saved?.categories).toEqual({ quotes: true, speakers: false, entities: true });
        await popup.close();
        popup = undefined;

        // Remembered: a fresh load of the site draws quotes but not speakers, and the popup says so.
        await tab.reload({ waitUntil: 'load', timeout: 30_000 });
        await waitForHighlights(tab, true);
        expect(sizeOf(await highlightSizes(tab), SPEAKER_HIGHLIGHT_PREFIX)).toBe(0);
        popup = (await openPopup(s, tabId, 'popup:bbc-1:remembered')).page;
        await popup.waitForSelector('input[data-toggle="speakers"]', WAIT);
        expect(await popup.$eval('input[data-toggle="speakers"]', (el) => (el as HTMLInputElement).checked)).toBe(false);
        await popup.close();
        popup = undefined;

        // The shortcut's message hides everything, then brings back what the categories allow.
        const off = (await messageTab(c, tabId, { type: 'toggle-highlights' })) as { enabled: boolean };
        expect(off.enabled).toBe(false);
        await waitForHighlights(tab, false);
        expect(Object.values(await highlightSizes(tab)).reduce((a, b) => a + b, 0)).toBe(0);
        expect(((await storageLocal(c))[site] as { highlights?: boolean }).highlights).toBe(false);
        const on = (await messageTab(c, tabId, { type: 'toggle-highlights' })) as { enabled: boolean; entities: number };
        expect(on.enabled).toBe(true);
        expect(on.entities).toBeGreaterThan(0);
        await waitForHighlights(tab, true);
      } finally {
        await popup?.close();
        await tab.close();
        await setStorageLocal(c, 'clear');
      }
      await expectNoOutsideRequests();
    });

    it('bbc-1: hovering a quote shows its card in a closed shadow root; the popup scrolls to claims and entities', async () => {
      const { session: s, control: c } = current();
      const { tab, tabId } = await openFixture('bbc-1');
      let popup: Page | undefined;
      try {
        expect(await waitForTabStatus(c, tabId)).toBe('article');
        await waitForHighlights(tab, true);
        popup = (await openPopup(s, tabId, 'popup:bbc-1:card')).page;
        const view = await readPopupArticle(popup);
        // A quote of Obama's: the card must also list the related seed that shares his name.
        const onPage = await quotesOnPage(tab);
        const claimOf = (text: string): (typeof view.claims)[number] | undefined =>
          view.claims.find((x) => x.quote !== null && clean(x.quote) === clean(text));
        const quote = onPage.find((q) => /Obama/.test(claimOf(q.text)?.speaker ?? ''));
        const claim = quote ? claimOf(quote.text) : undefined;
        expect(claim, `a quote by Obama highlighted among ${onPage.length}`).toBeDefined();

        // Hover: hit-tested from the pointer position, the card shows speaker and rationale.
        await tab.bringToFront();
        const point = await pointInQuote(tab, clean(quote!.text));
        await tab.mouse.move(point.x, point.y);
        const text = await waitForCard(tab, true);
        expect(text).toContain(claim!.speaker === 'Unattributed' ? 'Unattributed' : claim!.speaker);
        expect(text).toContain(claim!.rationale === 'no rationale stated' ? 'no rationale stated' : claim!.rationale!.split(' ').slice(-1)[0]);
        const relatedSeed = view.related.find((r) => r.id === 'obama-gun-control');
        expect(relatedSeed).toBeDefined();
        expect(text).toContain('Obama announces executive action on gun control');
        const state = await cardState(tab);
        expect(state).toMatchObject({ hosts: 1, open: false });
        await tab.mouse.move(2, 2);
        await waitForCard(tab, false);

        // Popup → page: a claim far down the article is scrolled into view, flashed, and its card shown.
        await tab.evaluate(() => window.scrollTo(0, 0));
        await popup.bringToFront();
        const items = await popup.$$('li[data-claim-kind] button.reveal');
        expect(items.length).toBeGreaterThan(0);
        const lastItem = items[items.length - 1]!;
        const target = await lastItem.evaluate((el) => ({
          quote: el.querySelector('.claim-quote')?.textContent ?? null,
          text: el.querySelector('.claim-text')?.textContent ?? '',
          speaker: el.closest('.speaker-group')?.querySelector('.claim-speaker')?.textContent ?? '',
        }));
        await lastItem.click();
        const flashed = await waitForFlash(tab);
        expect(flashed.inView, `flashed "${flashed.text}" in view`).toBe(true);
        expect([clean(target.quote ?? ''), clean(target.text)]).toContain(clean(flashed.text));
        expect(await waitForCard(tab, true)).toContain(target.speaker);

        // Keyboard: Enter on an entity reveals it too.
        await popup.focus('li[data-entity-type] button.reveal');
        const entity = await popup.$eval('li[data-entity-type] .entity-name', (el) => el.textContent ?? '');
        await popup.keyboard.press('Enter');
        const flashedEntity = await waitForFlash(tab);
        expect(flashedEntity.inView).toBe(true);
        expect(entity).toContain(clean(flashedEntity.text).split(' ').slice(-1)[0]);
      } finally {
        await popup?.close();
        await tab.close();
      }
      await expectNoOutsideRequests();
    });

    it('bbc-1-live: re-analysed when the article changes after load; highlights replaced, never piled up', async () => {
      const { control: c } = current();
      const { tab, tabId } = await openFixture('bbc-1-live');
      try {
        expect(await waitForTabStatus(c, tabId)).toBe('article');
        // live.js appends a paragraph with a new quote 1.2 s after load.
        const newQuote = /keep pressing Congress on background checks/;
        await c.waitForFunction(
          async (id: number, pattern: string) => {
            const g = globalThis as unknown as { browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
            const state = (await g.browser?.runtime.sendMessage({ type: 'get-tab-state', tabId: id })) as
              | { analysis?: { claims: Array<{ quote: string | null }> } }
              | undefined;
            return state?.analysis?.claims.some((claim) => claim.quote !== null && new RegExp(pattern).test(claim.quote)) ?? false;
          },
          WAIT,
          tabId,
          newQuote.source,
        );
        await tab.waitForFunction(
          (pattern: string) => {
            for (const [name, highlight] of CSS.highlights) {
              if (!name.startsWith('context-lens-quote-')) continue;
              for (const range of highlight) if (new RegExp(pattern).test(String(range))) return true;
            }
            return false;
          },
          WAIT,
          newQuote.source,
        );
        const claims = await c.evaluate(async (id: number) => {
          const g = globalThis as unknown as { browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
          const state = (await g.browser?.runtime.sendMessage({ type: 'get-tab-state', tabId: id })) as { analysis: { claims: unknown[] } };
          return state.analysis.claims.length;
        }, tabId);
        await c.waitForFunction(
          async (id: number, n: number) => {
            const g = globalThis as unknown as { browser?: { action: { getBadgeText(d: { tabId: number }): Promise<string> } } };
            return (await g.browser?.action.getBadgeText({ tabId: id })) === String(n);
          },
          WAIT,
          tabId,
          claims,
        );

        // Another change that leaves the article text as it is: the marks are found again and the
        // highlights replaced (new Highlight objects), with exactly the same sizes.
        const before = await highlightSizes(tab);
        await tab.evaluate(() => {
          (window as unknown as { clBefore: unknown }).clBefore = CSS.highlights.get('context-lens-entity');
          document.body.appendChild(document.createComment('more comments loaded'));
        });
        await tab.waitForFunction(
          () => CSS.highlights.get('context-lens-entity') !== (window as unknown as { clBefore: unknown }).clBefore,
          WAIT,
        );
        expect(await highlightSizes(tab)).toEqual(before);

        // A popup left open while the article grows shows the new claim without being reopened.
        const { page: popup } = await openPopup(current().session, tabId, 'popup:bbc-1-live');
        try {
          // Claims shown: each sentence entry lists its claims' indices.
          const shownBefore = (await readPopupArticle(popup)).claims.length;
          expect(shownBefore).toBe(claims);
          await tab.evaluate(() => {
            const more = document.createElement('p');
            more.textContent = '"Every family deserves an answer before the summer," said Maria Lopez, a campaigner in Denver.';
            document.querySelector('.story-body__inner')?.appendChild(more);
          });
          await popup.waitForFunction(
            (n: number) =>
              [...document.querySelectorAll('li[data-claim-kind]')].flatMap((li) => (li.getAttribute('data-claim-indices') ?? '').split(' ').filter((x) => x !== '')).length > n &&
              [...document.querySelectorAll('li[data-claim-kind]')].some((li) => /Every family deserves an answer/.test(li.textContent ?? '')),
            WAIT,
            shownBefore,
          );
        } finally {
          await popup.close();
        }
      } finally {
        await tab.close();
      }
      await expectNoOutsideRequests();
    });

    it('options page: per-site switch stops the analysis of the site; the popup turns it back on; axe-clean', async () => {
      const { session: s, control: c } = current();
      const host = new URL(fixtures).hostname;
      const on = { enabled: true, highlights: true, categories: { quotes: true, speakers: true, entities: true } };
      await setStorageLocal(c, { [`site:${host}`]: on });
      const options = await s.newPage('options');
      let article: { tab: Page; tabId: number } | undefined;
      let popup: Page | undefined;
      try {
        await s.gotoExtensionPage(options, 'options.html');
        await options.waitForSelector(`li[data-site="${host}"] input[data-option="${host}:enabled"]`, WAIT);
        expect(await options.$eval('[data-statement="local"]', (el) => el.textContent ?? '')).toMatch(/nothing leaves the device/i);
        expect(seriousOrCritical(await runAxe(options)), 'axe on the options page').toEqual([]);
        await options.click(`input[data-option="${host}:enabled"]`);
        await c.waitForFunction(
          async (key: string) => {
            const g = globalThis as unknown as { browser?: { storage: { local: { get(k: string): Promise<Record<string, { enabled?: boolean }>> } } } };
            return (await g.browser?.storage.local.get(key))?.[key]?.enabled === false;
          },
          WAIT,
          `site:${host}`,
        );

        article = await openFixture('lemonde-1');
        expect(await waitForTabStatus(c, article.tabId)).toBe('disabled');
        expect(await highlightSize(article.tab)).toBeLessThanOrEqual(0);
        const opened = await openPopup(s, article.tabId, 'popup:disabled');
        popup = opened.page;
        expect(opened.state).toBe('disabled');
        await popup.click('button[data-action="enable-site"]');
        await popup.waitForFunction(() => document.querySelector('main#app')?.getAttribute('data-state') === 'article', WAIT);
        await waitForHighlights(article.tab, true);
      } finally {
        await popup?.close();
        await article?.tab.close();
        await options.close();
        await setStorageLocal(c, 'clear');
      }
      await expectNoOutsideRequests();
    });

    it('no request left 127.0.0.1 during the whole file', async () => {
      const { session: s } = current();
      const all = await s.network.all();
      // The watch really recorded the traffic of the scenarios above.
      expect(all.some((r) => r.url.startsWith(`${fixtures}/lemonde-1/`))).toBe(true);
      await expectNoOutsideRequests();
    });

    async function checkArticlePage(expected: ArticleExpectation): Promise<void> {
      const { session: s, control: c } = current();
      const { tab, tabId } = await openFixture(expected.page);
      let popup: Page | undefined;
      try {
        // The content script ran, found an article and reported it; the badge counts its claims.
        expect(await waitForTabStatus(c, tabId)).toBe('article');
        const badge = await waitForBadge(c, tabId);
        expect(badge).toMatch(/^[1-9]\d*$/);
        await waitForHighlights(tab, true);

        const opened = await openPopup(s, tabId, `popup:${expected.page}`);
        popup = opened.page;
        expect(opened.state).toBe('article');
        // The highlight controls render once the site's settings are read from storage, a moment
        // after the article: wait for them, or a loaded machine reads the popup before they exist.
        await popup.waitForSelector('input[data-toggle="highlights"]', WAIT);
        const view = await readPopupArticle(popup);

        expect(view.sections.map((x) => x.name).sort()).toEqual(['claims', 'entities', 'related']);
        expect(seriousOrCritical(await runAxe(popup)), `axe-core on the popup of ${expected.page}`).toEqual([]);
        await screenshot(popup, `${name}-en-popup-${expected.page}.png`, true);
        if (name === 'chromium') {
          // Dark mode (prefers-color-scheme): same axe check, contrast included. Puppeteer emulates
          // media features through CDP only, so this runs in Chromium.
          await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
          expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(28, 31, 35)');
          expect(seriousOrCritical(await runAxe(popup)), `axe-core on the dark popup of ${expected.page}`).toEqual([]);
          await screenshot(popup, `${name}-en-popup-dark-${expected.page}.png`, true);
          await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
        }
        for (const section of view.sections) expect(section.heading, `<h2> of ${section.name}`).not.toBe('');

        // Legible type: no text under 12px (Chromium's own extension-page style would make it 10.5px).
        const smallest = await smallestText(popup);
        expect(smallest.px, `smallest text: ${smallest.where} "${smallest.text}"`).toBeGreaterThanOrEqual(12);
        // One entry per sentence; each speaker's initials and one colour for the speaker, different
        // from the others' while the palette lasts.
        const groups = await speakerGroups(popup);
        expect(groups.length).toBeGreaterThan(0);
        for (const group of groups) {
          expect(new Set(group.sentences).size, `sentences of ${group.speaker} shown once each`).toBe(group.sentences.length);
          expect(group.initials, `initials of ${group.speaker}`).toMatch(/^(\?|\p{Lu}[\p{L}]?\d*|\p{Lu}{2}\d*)$/u);
          for (const colour of group.fragmentColours) expect(colour, `fragments of ${group.speaker}`).toBe(group.colour);
        }
        const named = groups.filter((g) => g.slot !== 'x');
        expect(new Set(named.map((g) => g.initials)).size, 'initials tell speakers apart').toBe(named.length);
        const firstTwelve = named.slice(0, 12);
        expect(new Set(firstTwelve.map((g) => g.colour)).size, 'the first twelve speakers have twelve colours').toBe(firstTwelve.length);

        // What the analysis found: soft assertions, so one run reports every miss at once and the
        // highlight toggle below is still exercised.
        const entityList = view.entities.map((e) => `${e.type} ${e.name}`).join('; ');
        let found = 0;
        for (const wanted of expected.entities) {
          const match = view.entities.find((e) => wanted.name.test(e.name));
          if (!match) continue;
          found++;
          if (wanted.type) expect.soft(match.type, `type of ${match.name}`).toBe(wanted.type);
        }
        const names = expected.entities.map((e) => String(e.name)).join(', ');
        expect
          .soft(found, `at least ${expected.minEntities} of ${names} among: ${entityList}`)
          .toBeGreaterThanOrEqual(expected.minEntities);
        for (const entity of view.entities) expect(['PER', 'ORG', 'LOC', 'MISC']).toContain(entity.type);

        // Claims: as many as the badge says, each complete, some by the expected speakers.
        expect(view.claims.length).toBe(Number(badge));
        for (const claim of view.claims) {
          expect(['direct', 'indirect', 'action']).toContain(claim.kind);
          expect(claim.text, 'claim text').not.toBe('');
          expect(claim.rationale, 'claim rationale (or "no rationale stated")').toBeTruthy();
          if (claim.kind === 'direct') expect(claim.quote, 'direct claim quote').toBeTruthy();
        }
        const speakers = view.claims.map((claim) => claim.speaker);
        expect
          .soft(
            speakers.some((speaker) => expected.speaker.test(speaker)),
            `a speaker matching ${String(expected.speaker)} among: ${speakers.join('; ')}`,
          )
          .toBe(true);
        const quoted = view.claims.find((claim) => claim.quote !== null && expected.quotedBy.quote.test(claim.quote));
        expect.soft(quoted, `a direct quote matching ${String(expected.quotedBy.quote)}`).toBeDefined();
        if (quoted) expect.soft(quoted.speaker, `speaker of "${quoted.quote ?? ''}"`).toMatch(expected.quotedBy.speaker);

        // Related documents: the seed about the same story, none of the others.
        const relatedIds = view.related.map((r) => r.id);
        const relatedList = view.related.map((r) => `${r.id} (why: ${r.why})`).join('; ');
        const related = view.related.find((r) => r.id === expected.related.id);
        expect.soft(related, `related ${expected.related.id} among: ${relatedList}`).toBeDefined();
        if (related) {
          expect.soft(related.text).toContain(expected.related.title);
          expect.soft(related.text).toContain(expected.related.year);
          expect.soft(related.why).toMatch(expected.related.why);
        }
        for (const id of expected.unrelated) {
          expect.soft(relatedIds, `unrelated seed ${id} listed: ${relatedList}`).not.toContain(id);
        }
        for (const id of relatedIds) expect.soft(ALL_SEED_IDS, `related "${id}" is one of the seeds`).toContain(id);

        // Highlights on the page follow the popup's toggle.
        expect(view.highlightsToggle).toEqual({ present: true, checked: true });
        await setHighlightsToggle(popup, false);
        await waitForHighlights(tab, false);
        await setHighlightsToggle(popup, true);
        await waitForHighlights(tab, true);
        expect(await highlightSize(tab)).toBeGreaterThan(0);
        if (SCREENSHOT_DIR) {
          const [first] = await quotesOnPage(tab);
          if (first) await pointInQuote(tab, clean(first.text));
          await tab.bringToFront();
          await screenshot(tab, `${name}-en-page-${expected.page}.png`, false);
        }
      } finally {
        await popup?.close();
        await tab.close();
        await setStorageLocal(c, 'clear');
      }
      await expectNoOutsideRequests();
    }
  });

  describe(`${name} in French and in dark mode: UI strings from _locales/fr, prefers-color-scheme: dark`, () => {
    const fixtures = inject('fixturesOrigin');
    let session: ExtensionSession | undefined;
    let control: Page | undefined;

    beforeAll(async () => {
      // A reader whose system is in French and in dark mode (set as the user would, not emulated).
      session = await launch(name, { locale: 'fr', colorScheme: 'dark' });
      control = await session.newPage('control-fr');
      await session.gotoExtensionPage(control, 'popup.html');
    });

    afterAll(async () => {
      await session?.close();
    });

    it('lemonde-1 and mozilla-2: the popup speaks French, is dark, stays axe-clean, and the card too', async () => {
      const s = session!;
      const c = control!;
      expect(await c.evaluate(() => (globalThis as unknown as { browser: { i18n: { getUILanguage(): string } } }).browser.i18n.getUILanguage())).toMatch(/^fr/);
      for (const page of ['lemonde-1', 'mozilla-2']) {
        const before = await tabIds(c);
        const tab = await s.newPage(`fr:${page}`);
        let popup: Page | undefined;
        try {
          const url = `${fixtures}/${page}/`;
          await tab.goto(url, { waitUntil: 'load', timeout: 30_000 });
          const tabId = await findNewTabId(c, before, url);
          const status = await waitForTabStatus(c, tabId);
          const opened = await openPopup(s, tabId, `popup-fr:${page}`);
          popup = opened.page;
          expect(await popup.evaluate(() => document.documentElement.lang)).toBe('fr');
          expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), 'the popup sees dark mode').toBe(true);
          expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(28, 31, 35)');
          if (page === 'mozilla-2') {
            expect(status).toBe('no-article');
            expect(await popup.$eval('p[data-message="no-article"]', (el) => el.textContent ?? '')).toMatch(/Aucun article/);
            // The reason is worded in French too, not in the extraction's English.
            const reason = await popup.$eval('p[data-reason]', (el) => el.textContent ?? '');
            expect(reason).toMatch(/\b(cette|ce|une|des|la|le) /i);
            expect(reason).not.toMatch(/\b(this|the|page has)\b/i);
            continue;
          }
          expect(status).toBe('article');
          const headings = await popup.$$eval('section[data-section] h2', (els) => els.map((el) => el.textContent ?? ''));
          expect(headings.map((h) => h.replace(/\s*\(\d+\)$/, ''))).toEqual(['Documents liés', 'Entités clés', 'Déclarations']);
          expect(await popup.$eval('input[data-toggle="highlights"]', (el) => el.parentElement?.textContent ?? '')).toMatch(/Surligner/);
          const rationales = await popup.$$eval('.claim-rationale.none', (els) => els.map((el) => el.textContent ?? ''));
          for (const text of rationales) expect(text).toBe('aucune justification donnée');
          expect(seriousOrCritical(await runAxe(popup)), 'axe-core on the French, dark popup').toEqual([]);
          await screenshot(popup, `${name}-fr-popup-${page}.png`, true);

          await waitForHighlights(tab, true);
          await tab.bringToFront();
          const [quote] = await quotesOnPage(tab);
          const point = await pointInQuote(tab, clean(quote!.text));
          await tab.mouse.move(point.x, point.y);
          const card = await waitForCard(tab, true);
          // The card says what the popup says about this quote's rationale ("aucune justification donnée" or the reason).
          // (An entry is a sentence: the quote is one of its fragments, its rationales those of the sentence.)
          const sentenceRationales = await popup.$$eval('li[data-claim-kind]', (items, wanted) => {
            const norm = (x: string): string => x.replace(/\s+/g, ' ').trim();
            const item = items.find((li) => [...li.querySelectorAll('.claim-quote')].some((q) => norm(q.textContent ?? '') === wanted));
            return item ? [...item.querySelectorAll('.claim-rationale')].map((p) => norm(p.textContent ?? '')) : null;
          }, clean(quote!.text));
          expect(sentenceRationales, `popup claim of "${quote!.text}"`).not.toBeNull();
          expect(
            sentenceRationales!.some((rationale) => clean(card).includes(rationale)),
            `card "${card}" states one of ${sentenceRationales!.join(' | ')}`,
          ).toBe(true);
          await screenshot(tab, `${name}-fr-page-${page}.png`, false);
        } finally {
          await popup?.close();
          await tab.close();
        }
      }
      const outside = (await s.network.outside()).filter((r) => !r.url.includes('.invalid'));
      expect(outside, describeRequests(outside)).toEqual([]);
    });
  });
}
