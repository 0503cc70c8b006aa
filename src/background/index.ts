// Background: receives page reports, finds related documents in the bundled index, keeps the
// per-tab state the popup reads, and sets the toolbar badge (number of claims).
import browser from 'webextension-polyfill';
import { isMessage, type Message, type PageReport, type TabState } from '../shared/messages';
import type { RelatedDoc } from '../index/types';
import { relatedIndex } from './index-loader';
import { forgetTab, loadTabState, saveTabState } from './tab-states';

async function onPageReport(tabId: number, report: PageReport): Promise<void> {
  let state: TabState;
  if (report.status === 'article') {
    let related: RelatedDoc[] = [];
    try {
      related = (await relatedIndex()).query({ analysis: report.analysis, url: report.url, date: report.published ?? null });
    } catch (error) {
      console.warn('Context Lens: related documents unavailable', error);
    }
    state = { status: 'article', url: report.url, analysis: report.analysis, related };
  } else {
    state = { status: 'no-article', url: report.url, reason: report.reason };
  }
  await saveTabState(tabId, state);
  const claims = state.status === 'article' ? state.analysis.claims.length : 0;
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f5f8b' });
  await browser.action.setBadgeText({ tabId, text: state.status === 'article' ? String(claims) : '' });
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isMessage(message)) return undefined;
  switch (message.type) {
    case 'page-report': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      const { report } = message as Message<'page-report'>;
      return onPageReport(tabId, report).then(() => ({ ok: true as const }));
    }
    case 'get-tab-state':
      return loadTabState((message as Message<'get-tab-state'>).tabId);
    default:
      return undefined;
  }
});

browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new navigation: the old analysis no longer describes the tab.
  if (change.status === 'loading' && change.url !== undefined) {
    void forgetTab(tabId);
    void browser.action.setBadgeText({ tabId, text: '' });
  }
});
browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
