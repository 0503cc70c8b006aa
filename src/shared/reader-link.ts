// Opens the reader view (reader.html, an extension page) of a tab's article in a new tab, next to it.
import browser from 'webextension-polyfill';

export const READER_PAGE = 'reader.html';

export function readerUrl(tabId: number): string {
  return browser.runtime.getURL(`${READER_PAGE}?tab=${tabId}`);
}

export async function openReader(tabId: number): Promise<void> {
  await browser.tabs.create({ url: readerUrl(tabId), active: true });
}
