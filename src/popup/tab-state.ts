// Which tab the popup describes, and its analysis state from the background.
import browser from 'webextension-polyfill';
import type { TabState } from '../shared/messages';
import { sendToBackground } from '../shared/messaging';

/** The tab to describe: `?tabId=N` (a popup opened as a tab, as in tests) or the active tab. */
export async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/**
 * Asks the background for the tab's state, waiting a little while the page is still being analysed
 * (or, with `waitWhile`, while it is in another transient status).
 */
export async function fetchTabState(
  tabId: number,
  waitWhile: ReadonlyArray<TabState['status']> = ['pending'],
  attempts = 40,
  delayMs = 250,
): Promise<TabState> {
  let state: TabState = { status: 'pending' };
  for (let i = 0; i < attempts; i++) {
    state = await sendToBackground({ type: 'get-tab-state', tabId });
    if (!waitWhile.includes(state.status)) return state;
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
  return state;
}

export interface InitialState {
  tabId: number | null;
  tab: TabState;
}

/** The tab and its state (waiting while it is in a status of `waitWhile`); the popup's script asks
 * for it as soon as it runs. */
export async function initialState(waitWhile?: ReadonlyArray<TabState['status']>): Promise<InitialState> {
  const tabId = await targetTabId();
  return { tabId, tab: tabId === null ? { status: 'pending' } : await fetchTabState(tabId, waitWhile) };
}
