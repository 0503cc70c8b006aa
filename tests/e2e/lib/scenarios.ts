// The e2e scenarios, shared by the Chromium and Firefox test files: one browser per file, launched
// in beforeAll and closed in afterAll; every request that leaves 127.0.0.1 fails the file.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launch, type BrowserName, type ExtensionSession } from './browsers';
import { ALL_SEED_IDS, ARTICLE_PAGES, NOT_AN_ARTICLE_PAGE, type ArticleExpectation } from './expectations';
import {
  badgeText,
  findNewTabId,
  highlightSize,
  openPopup,
  readPopupArticle,
  setHighlightsToggle,
  tabIds,
  waitForBadge,
  waitForHighlights,
  waitForTabStatus,
} from './extension';
import { describeRequests, hostOf } from './network-watch';

/** Hosts the self-check requests on purpose (.invalid never resolves); ignored afterwards. */
const SELF_CHECK_HOSTS = {
  page: 'context-lens-selfcheck-page.invalid',
  extensionPage: 'context-lens-selfcheck-extension-page.invalid',
  background: 'context-lens-selfcheck-background.invalid',
} as const;

export function defineBrowserSuite(name: BrowserName): void {
  describe(`${name}: Context Lens loaded in the browser`, () => {
    const fixtures = inject('fixturesOrigin');
    let session: ExtensionSession | undefined;
    /** An extension page kept open to query tabs, tab states and badges. */
    let control: Page | undefined;

    const current = (): { session: ExtensionSession; control: Page } => {
      if (!session || !control) throw new Error('browser not started');
      return { session, control };
    };

    /** Fails with the list of requests that left 127.0.0.1 (self-check hosts excepted). */
    const expectNoOutsideRequests = async (): Promise<void> => {
      const { session: s } = current();
      const selfCheck = new Set<string>(Object.values(SELF_CHECK_HOSTS));
      const outside = (await s.network.outside()).filter((r) => !selfCheck.has(hostOf(r.url)));
      expect(outside, `requests outside 127.0.0.1:\n${describeRequests(outside)}`).toEqual([]);
    };

    const openFixture = async (page: string): Promise<{ tab: Page; tabId: number; url: string }> => {
      const { session: s, control: c } = current();
      const url = `${fixtures}/${page}/`;
      const before = await tabIds(c);
      const tab = await s.newPage(page);
      await tab.goto(url, { waitUntil: 'load', timeout: 30_000 });
      return { tab, tabId: await findNewTabId(c, before, url), url };
    };

    beforeAll(async () => {
      session = await launch(name);
      control = await session.newPage('control');
      await session.gotoExtensionPage(control, 'popup.html');
    });

    afterAll(async () => {
      const s = session;
      if (!s) return;
      try {
        await expectNoOutsideRequests();
      } finally {
        await s.close();
      }
    });

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
        const view = await readPopupArticle(popup);

        expect(view.sections.map((x) => x.name).sort()).toEqual(['claims', 'entities', 'related']);
        for (const section of view.sections) expect(section.heading, `<h2> of ${section.name}`).not.toBe('');

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
      } finally {
        await popup?.close();
        await tab.close();
      }
      await expectNoOutsideRequests();
    }
  });
}
