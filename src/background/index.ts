// Background: receives page reports, finds related documents in the bundled index, keeps the
// per-tab state the popup reads, sets the toolbar badge (number of claims), and turns the
// keyboard shortcut into a message to the active tab.
import browser from 'webextension-polyfill';
import { analyze } from '../analysis';
import { isMessage, type Message, type PageReport, type ReaderState, type TabState } from '../shared/messages';
import { notifyExtensionPages, sendToTab } from '../shared/messaging';
import { openReader } from '../shared/reader-link';
import type { RelatedDoc } from '../index/types';
import { relatedIndex } from './index-loader';
import { relatedQuery } from '../memory/reading-memory';
import { readingMemory } from './reading-memory';
import { forgetTab, loadTabState, saveTabState } from './tab-states';

export const TOGGLE_HIGHLIGHTS_COMMAND = 'toggle-highlights';
export const OPEN_READER_COMMAND = 'open-reader';

/** The reader's view of a tab: its analysis, and the article's HTML asked of the page now (not kept). */
async function readerState(tabId: number): Promise<ReaderState> {
  const state = await loadTabState(tabId);
  if (state.status === 'pending' || state.status === 'disabled') return { status: 'unavailable', reason: state.status };
  if (state.status === 'no-article') return { status: 'unavailable', reason: state.reason };
  const article = await sendToTab(tabId, { type: 'get-article-html' }).catch(() => null);
  if (!article) return { status: 'unavailable', reason: 'noHtml' };
  return { status: 'article', url: state.url, analysis: state.analysis, related: state.related, article };
}

async function onPageReport(tabId: number, report: PageReport, incognito: boolean): Promise<RelatedDoc[]> {
  let state: TabState;
  let related: RelatedDoc[] = [];
  if (report.status === 'article') {
    // The article's side of the query is worked out once for both indexes.
    const query = relatedQuery(report);
    const [bundled, remembered] = await Promise.all([
      relatedIndex()
        .then((index) => index.query(query))
        .catch((error: unknown) => {
          console.warn('Context Lens: related documents unavailable', error);
          return [];
        }),
      readingMemory()
        .related(query)
        .catch((error: unknown) => {
          console.warn('Context Lens: reading memory unavailable', error);
          return [];
        }),
    ]);
    related = bundled;
    state = { status: 'article', url: report.url, analysis: report.analysis, related, remembered };
    // Remembered after the reply, off the page's path (and after the query, which must not find the article itself).
    setTimeout(() => void readingMemory().remember(report, { incognito }).catch((error: unknown) => console.warn('Context Lens: not remembered', error)), 0);
  } else {
    state = report;
  }
  await saveTabState(tabId, state);
  // An open popup shows the new state at once (no listener when it is closed: not an error).
  await notifyExtensionPages({ type: 'tab-state-changed', tabId, state });
  const claims = state.status === 'article' ? state.analysis.claims.length : 0;
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f5f8b' });
  await browser.action.setBadgeText({ tabId, text: state.status === 'article' ? String(claims) : '' });
  return related;
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isMessage(message)) return undefined;
  switch (message.type) {
    case 'page-report': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      const { report } = message as Message<'page-report'>;
      return onPageReport(tabId, report, sender.tab?.incognito === true).then((related) => ({ ok: true as const, related }));
    }
    case 'analyze-article':
      // The analysis runs here, not in the page: the page's main thread stays free for the reader.
      return Promise.resolve().then(() => analyze((message as Message<'analyze-article'>).input));
    case 'get-tab-state':
      return loadTabState((message as Message<'get-tab-state'>).tabId);
    case 'get-reader-article':
      return readerState((message as Message<'get-reader-article'>).tabId);
    default:
      return undefined;
  }
});

// The shortcut (manifest "commands") toggles every highlight of the active tab; the content script
// answers the same message the e2e tests send, since a headless browser cannot press it.
// The other shortcut opens the active tab's article in the reader view.
browser.commands?.onCommand.addListener((command: string) => {
  if (command !== TOGGLE_HIGHLIGHTS_COMMAND && command !== OPEN_READER_COMMAND) return;
  void browser.tabs
    .query({ active: true, currentWindow: true })
    .then(async ([tab]): Promise<void> => {
      if (tab?.id === undefined) return;
      if (command === OPEN_READER_COMMAND) await openReader(tab.id);
      else await sendToTab(tab.id, { type: 'toggle-highlights' });
    })
    .catch(() => undefined); // no content script in this tab (browser pages, store pages)
});

browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new navigation: the old analysis no longer describes the tab.
  if (change.status === 'loading' && change.url !== undefined) {
    void forgetTab(tabId);
    void browser.action.setBadgeText({ tabId, text: '' });
  }
});
browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
