// The popup's and the options page's type, drawn by Chromium and by Firefox ESR on the same
// article: the same computed sizes for the same elements, none under 12px. (Chromium gives
// extension pages its own `body { font-size: 75% }`; type set only on :root shrank there.)
// The two browsers run one after the other in this file, each closed before the next starts.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launch, type BrowserName } from './lib/browsers';
import { findNewTabId, openPopup, tabIds, waitForTabStatus } from './lib/extension';
import { describeRequests } from './lib/network-watch';
import { smallestText, TYPE_SELECTORS, typeSizes, type TypeSample } from './lib/popup-probes';

const PAGE = 'bbc-1';
const OPTIONS_SELECTORS = ['body', 'main h1', 'main h2', '.privacy', 'li[data-site] .site', 'li[data-site] label'];

interface Drawn {
  popup: Record<string, TypeSample>;
  options: Record<string, TypeSample>;
  smallest: { px: number; where: string; text: string };
}

const drawn: Partial<Record<BrowserName, Drawn>> = {};

describe('popup type: the same computed sizes in Chromium and Firefox ESR', () => {
  const fixtures = inject('fixturesOrigin');

  for (const name of ['chromium', 'firefox'] as const) {
    it(`${name}: the popup of ${PAGE} and the options page`, async () => {
      const session = await launch(name);
      try {
        const control = await session.newPage('control');
        await session.gotoExtensionPage(control, 'popup.html');
        const before = await tabIds(control);
        const tab = await session.newPage(PAGE);
        const url = `${fixtures}/${PAGE}/`;
        await tab.goto(url, { waitUntil: 'load', timeout: 30_000 });
        const tabId = await findNewTabId(control, before, url);
        expect(await waitForTabStatus(control, tabId)).toBe('article');
        const { page: popup, state } = await openPopup(session, tabId, `popup:${PAGE}`);
        expect(state).toBe('article');
        // An entity the options page lists: the site's settings, saved from the popup's switch.
        await popup.click('input[data-toggle="speakers"]');
        const options: Page = await session.newPage('options');
        await session.gotoExtensionPage(options, 'options.html');
        await options.waitForSelector('li[data-site] .site', { timeout: 30_000 });
        drawn[name] = { popup: await typeSizes(popup), options: await typeSizes(options, OPTIONS_SELECTORS), smallest: await smallestText(popup) };

        const outside = await session.network.outside();
        expect(outside, describeRequests(outside)).toEqual([]);
      } finally {
        await session.close();
      }
    });
  }

  it('both browsers draw every element at the same size, none under 12px', () => {
    const { chromium, firefox } = drawn;
    expect(chromium, 'Chromium measured').toBeDefined();
    expect(firefox, 'Firefox measured').toBeDefined();
    // Every element of the list was there to measure (an absent one would compare nothing).
    expect(Object.keys(chromium!.popup).sort()).toEqual([...TYPE_SELECTORS].sort());
    expect(Object.keys(chromium!.options).sort()).toEqual([...OPTIONS_SELECTORS].sort());
    const sizes = (samples: Record<string, TypeSample>): Record<string, string> =>
      Object.fromEntries(Object.entries(samples).map(([selector, sample]) => [selector, sample.fontSize]));
    expect(sizes(firefox!.popup)).toEqual(sizes(chromium!.popup));
    expect(sizes(firefox!.options)).toEqual(sizes(chromium!.options));
    expect(firefox!.popup).toEqual(chromium!.popup); // line heights and weights too
    expect(chromium!.popup['body']?.fontSize).toBe('14px');
    expect(chromium!.popup['.claim-text']?.fontSize).toBe('14px');
    expect(chromium!.popup['.entity-name']?.fontSize).toBe('14px');
    for (const [name, result] of Object.entries(drawn)) {
      expect(result.smallest.px, `${name}: smallest text ${result.smallest.where} "${result.smallest.text}"`).toBeGreaterThanOrEqual(12);
    }
  });
});
