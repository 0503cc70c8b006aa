// Per-tab analysis results. Kept in memory and mirrored in storage.session, because an MV3
// background (service worker or event page) can be stopped between the report and the popup.
import browser from 'webextension-polyfill';
import type { TabState } from '../shared/messages';

const memory = new Map<number, TabState>();
const key = (tabId: number): string => `tab:${tabId}`;

export async function saveTabState(tabId: number, state: TabState): Promise<void> {
  memory.set(tabId, state);
  await browser.storage.session?.set({ [key(tabId)]: state }).catch(() => undefined);
}

export async function loadTabState(tabId: number): Promise<TabState> {
  const cached = memory.get(tabId);
  if (cached) return cached;
  const stored = (await browser.storage.session?.get(key(tabId)).catch(() => undefined)) as
    | Record<string, TabState | undefined>
    | undefined;
  return stored?.[key(tabId)] ?? { status: 'pending' };
}

export async function forgetTab(tabId: number): Promise<void> {
  memory.delete(tabId);
  await browser.storage.session?.remove(key(tabId)).catch(() => undefined);
}
