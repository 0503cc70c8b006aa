// Helpers that read the extension's state from one of its own pages (which has the extension APIs)
// and read the popup's DOM. Functions passed to page.evaluate run in the browser: they may use only
// their arguments and browser globals.
import type { Page } from 'puppeteer-core';
import type { ExtensionSession } from './browsers';

export const WAIT = { timeout: 30_000, polling: 200 } as const;
/** Quote highlights are named context-lens-quote-<speaker slot>. */
export const QUOTE_HIGHLIGHT_PREFIX = 'context-lens-quote-';
/** Speakers' names are highlighted per speaker too: context-lens-speaker-<speaker slot>. */
export const SPEAKER_HIGHLIGHT_PREFIX = 'context-lens-speaker-';

/** The part of the WebExtension API the tests use, as seen from an extension page. */
export interface ExtensionApi {
  tabs: {
    query(queryInfo: Record<string, unknown>): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(keys: string | null): Promise<Record<string, unknown>>; set(items: object): Promise<void>; clear(): Promise<void> } };
}

export type TabStatus = 'pending' | 'article' | 'no-article';

/** Rethrows a failed wait with what was being waited for. */
async function waitingFor<T>(what: string, wait: Promise<T>): Promise<T> {
  try {
    return await wait;
  } catch (error) {
    throw new Error(`${what}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** Ids of all open tabs. */
export async function tabIds(extensionPage: Page): Promise<number[]> {
  return extensionPage.evaluate(async () => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
    const api = g.browser ?? g.chrome;
    if (!api) throw new Error('no extension API in this page');
    return (await api.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id]));
  });
}

/**
 * Id of the one tab opened since `before` was taken. Without the "tabs" permission Chromium hides
 * tab URLs from the extension, so the tab is found as the new one; where the URL is visible
 * (Firefox grants it through the content-script host match) it must be `url`.
 */
export async function findNewTabId(extensionPage: Page, before: readonly number[], url: string): Promise<number> {
  const handle = await waitingFor(`the new tab for ${url}`, extensionPage.waitForFunction(
    async (known: number[], wanted: string) => {
      const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
      const api = g.browser ?? g.chrome;
      if (!api) return false;
      const fresh = (await api.tabs.query({})).filter((t) => t.id !== undefined && !known.includes(t.id));
      if (fresh.length !== 1) return false;
      const [tab] = fresh;
      return tab && tab.id !== undefined && (tab.url === undefined || tab.url === wanted) ? tab.id : false;
    },
    WAIT,
    [...before],
    url,
  ));
  const id = await handle.jsonValue();
  if (typeof id !== 'number') throw new Error(`no tab id for ${url}`);
  return id;
}

/** Waits until the background has a settled state ('article' | 'no-article') for the tab. */
export async function waitForTabStatus(extensionPage: Page, tabId: number): Promise<TabStatus> {
  const what = `a settled get-tab-state answer for tab ${tabId} (did the content script report?)`;
  const handle = await waitingFor(what, extensionPage.waitForFunction(
    async (id: number) => {
      const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
      const api = g.browser ?? g.chrome;
      if (!api) return false;
      const message = { type: 'get-tab-state', tabId: id };
      const state = (await api.runtime.sendMessage(message)) as { status?: string } | undefined;
      return state && state.status && state.status !== 'pending' ? state.status : false;
    },
    WAIT,
    tabId,
  ));
  return (await handle.jsonValue()) as TabStatus;
}

/** What the content script of a tab says of its highlights (asked as the popup asks). */
export async function contentHighlights(extensionPage: Page, tabId: number): Promise<{ enabled: boolean; quotes: number; restored?: number }> {
  return extensionPage.evaluate(async (id: number) => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
    const api = g.browser ?? g.chrome;
    if (!api) throw new Error('no extension API in this page');
    return (await api.tabs.sendMessage(id, { type: 'get-highlights' })) as { enabled: boolean; quotes: number; restored?: number };
  }, tabId);
}

export async function badgeText(extensionPage: Page, tabId: number): Promise<string> {
  return extensionPage.evaluate(async (id: number) => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
    const api = g.browser ?? g.chrome;
    if (!api) throw new Error('no extension API in this page');
    return api.action.getBadgeText({ tabId: id });
  }, tabId);
}

/** Waits for a non-empty badge (it is set right after the report, possibly a moment later). */
export async function waitForBadge(extensionPage: Page, tabId: number): Promise<string> {
  const handle = await waitingFor(`a non-empty badge on tab ${tabId}`, extensionPage.waitForFunction(
    async (id: number) => {
      const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
      const api = g.browser ?? g.chrome;
      if (!api) return false;
      const text = await api.action.getBadgeText({ tabId: id });
      return text !== '' ? text : false;
    },
    WAIT,
    tabId,
  ));
  return String(await handle.jsonValue());
}

/** Total size of the page's quote highlights (all speaker colours), -1 without the Highlight API. */
export async function highlightSize(articlePage: Page): Promise<number> {
  return articlePage.evaluate((prefix: string) => {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return -1;
    let size = 0;
    for (const [name, highlight] of CSS.highlights) if (name.startsWith(prefix)) size += highlight.size;
    return size;
  }, QUOTE_HIGHLIGHT_PREFIX);
}

/** Size of every highlight of the extension on the page, by name. */
export async function highlightSizes(articlePage: Page): Promise<Record<string, number>> {
  return articlePage.evaluate(() => {
    const sizes: Record<string, number> = {};
    for (const [name, highlight] of CSS.highlights) if (name.startsWith('context-lens-')) sizes[name] = highlight.size;
    return sizes;
  });
}

export async function waitForHighlights(articlePage: Page, present: boolean): Promise<void> {
  const what = `quote highlights (${QUOTE_HIGHLIGHT_PREFIX}*) ${present ? 'non-empty' : 'empty or removed'} on the page`;
  await waitingFor(what, articlePage.waitForFunction(
    (prefix: string, wanted: boolean) => {
      let size = 0;
      for (const [name, highlight] of CSS.highlights) if (name.startsWith(prefix)) size += highlight.size;
      return wanted ? size > 0 : size === 0;
    },
    WAIT,
    QUOTE_HIGHLIGHT_PREFIX,
    present,
  ));
}

/** Waits until the page's highlights named `prefix`… have a total size that satisfies `wanted` ('some' or 'none'). */
export async function waitForHighlight(articlePage: Page, prefix: string, wanted: 'some' | 'none'): Promise<void> {
  await waitingFor(`highlights ${prefix}*: ${wanted}`, articlePage.waitForFunction(
    (p: string, w: string) => {
      let size = 0;
      for (const [name, highlight] of CSS.highlights) if (name.startsWith(p)) size += highlight.size;
      return size > 0 === (w === 'some');
    },
    WAIT,
    prefix,
    wanted,
  ));
}

/** Total size of the highlights named `prefix`… in `sizes` (from highlightSizes). */
export function sizeOf(sizes: Record<string, number>, prefix: string): number {
  return Object.entries(sizes).reduce((sum, [name, size]) => sum + (name.startsWith(prefix) ? size : 0), 0);
}

/** Sends a message to the content script of a tab, from an extension page. */
export async function messageTab(extensionPage: Page, tabId: number, message: object): Promise<unknown> {
  return extensionPage.evaluate(
    async (id: number, m: object) => {
      const g = globalThis as unknown as { browser?: ExtensionApi & { tabs: { sendMessage(id: number, m: object): Promise<unknown> } } };
      const api = g.browser;
      if (!api) throw new Error('no browser namespace in this page');
      return api.tabs.sendMessage(id, m);
    },
    tabId,
    message,
  );
}

/** storage.local of the extension (read from one of its pages). */
export async function storageLocal(extensionPage: Page): Promise<Record<string, unknown>> {
  return extensionPage.evaluate(async () => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
    const api = g.browser ?? g.chrome;
    if (!api) throw new Error('no extension API in this page');
    return api.storage.local.get(null);
  });
}

export async function setStorageLocal(extensionPage: Page, items: Record<string, unknown> | 'clear'): Promise<void> {
  await extensionPage.evaluate(async (value: Record<string, unknown> | 'clear') => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
    const api = g.browser ?? g.chrome;
    if (!api) throw new Error('no extension API in this page');
    if (value === 'clear') await api.storage.local.clear();
    else await api.storage.local.set(value);
  }, items);
}

export type PopupState = 'loading' | 'article' | 'no-article' | 'error';

/** Opens popup.html for a tab and waits until it has left the loading state. */
export async function openPopup(
  session: ExtensionSession,
  tabId: number,
  label: string,
): Promise<{ page: Page; state: PopupState }> {
  const page = await session.newPage(label);
  await session.gotoExtensionPage(page, `popup.html?tabId=${tabId}`);
  const handle = await waitingFor(`popup.html?tabId=${tabId} leaving data-state="loading"`, page.waitForFunction(
    () => {
      const state = document.querySelector('main#app')?.getAttribute('data-state');
      return state && state !== 'loading' ? state : false;
    },
    WAIT,
  ));
  return { page, state: (await handle.jsonValue()) as PopupState };
}

export interface PopupRelated {
  id: string;
  text: string;
  why: string;
}
export interface PopupEntity {
  type: string;
  name: string;
}
export interface PopupClaim {
  /** The claim's index in the analysis. */
  index: number;
  kind: string;
  quote: string | null;
  text: string;
  speaker: string;
  rationale: string | null;
}
export interface PopupArticle {
  sections: Array<{ name: string; heading: string }>;
  related: PopupRelated[];
  entities: PopupEntity[];
  claims: PopupClaim[];
  highlightsToggle: { present: boolean; checked: boolean };
}

export async function readPopupArticle(popup: Page): Promise<PopupArticle> {
  // No named helper functions inside the evaluated function: some TS transforms (esbuild's
  // keepNames, used by tsx) wrap them in a __name() call that does not exist in the page.
  const raw = await popup.evaluate(() => {
    const app = document.querySelector('main#app');
    const toggle = document.querySelector<HTMLInputElement>('input[data-toggle="highlights"]');
    return {
      sections: [...(app?.querySelectorAll('section[data-section]') ?? [])].map((s) => ({
        name: s.getAttribute('data-section') ?? '',
        heading: s.querySelector('h2')?.textContent ?? '',
      })),
      related: [...document.querySelectorAll('li[data-related-id]')].map((li) => ({
        id: li.getAttribute('data-related-id') ?? '',
        text: li.textContent ?? '',
        why: li.querySelector('.why')?.textContent ?? '',
      })),
      entities: [...document.querySelectorAll('li[data-entity-type]')].map((li) => ({
        type: li.getAttribute('data-entity-type') ?? '',
        name: li.querySelector('.entity-name')?.textContent ?? '',
      })),
      // One entry per sentence: each of its claims (data-claim-indices), with the fragment marked for it.
      claims: [...document.querySelectorAll('li[data-claim-kind]')].flatMap((li) => {
        const indices = (li.getAttribute('data-claim-indices') ?? '').split(' ').filter((x) => x !== '');
        const kinds = (li.getAttribute('data-claim-kinds') ?? '').split(' ');
        const quotes = [...li.querySelectorAll('.claim-quote')];
        return indices.map((index, i) => ({
          index: Number(index),
          kind: kinds[i] ?? '',
          quote: quotes.find((q) => (q.getAttribute('data-claim-index') ?? '').split(' ').includes(index))?.textContent ?? null,
          text: li.querySelector('.claim-text')?.textContent ?? '',
          // Claims are grouped by speaker: the name is the group's heading.
          speaker: li.closest('.speaker-group')?.querySelector('.claim-speaker')?.textContent ?? '',
          rationale: [...li.querySelectorAll('.claim-rationale')].map((p) => p.textContent ?? '').join(' ') || null,
        }));
      }),
      highlightsToggle: { present: toggle !== null, checked: toggle?.checked ?? false },
    };
  });
  const clean = (text: string): string => text.replace(/\s+/g, ' ').trim();
  const cleanOrNull = (text: string | null): string | null => (text === null ? null : clean(text));
  return {
    sections: raw.sections.map((s) => ({ name: s.name, heading: clean(s.heading) })),
    related: raw.related.map((r) => ({ id: r.id, text: clean(r.text), why: clean(r.why) })),
    entities: raw.entities.map((e) => ({ type: e.type, name: clean(e.name) })),
    claims: raw.claims.map((c) => ({
      index: c.index,
      kind: c.kind,
      quote: cleanOrNull(c.quote),
      text: clean(c.text),
      speaker: clean(c.speaker),
      rationale: cleanOrNull(c.rationale),
    })),
    highlightsToggle: raw.highlightsToggle,
  };
}

export async function setHighlightsToggle(popup: Page, checked: boolean): Promise<void> {
  const selector = 'input[data-toggle="highlights"]';
  const current = await popup.$eval(selector, (el) => (el as HTMLInputElement).checked);
  if (current !== checked) await popup.click(selector);
  await popup.waitForFunction(
    (sel: string, wanted: boolean) => document.querySelector<HTMLInputElement>(sel)?.checked === wanted,
    WAIT,
    selector,
    checked,
  );
}
