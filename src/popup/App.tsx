import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { isMessage, type Message, type RevealTarget, type TabState } from '../shared/messages';
import { sendToTab } from '../shared/messaging';
import { openReader } from '../shared/reader-link';
import { loadSiteSettings, saveSiteSettings } from '../shared/site-settings';
import { ClaimsSection } from './components/ClaimsSection';
import { EntitiesSection } from './components/EntitiesSection';
import { HighlightControls } from './components/HighlightControls';
import { RelatedSection } from './components/RelatedSection';
import { initialState, type InitialState } from './tab-state';

/** `revision` counts the states the background pushed, so parts that read the page redraw too. */
type View = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; tabId: number; tab: TabState; revision: number };

export function App({ initial }: { initial: Promise<InitialState> }) {
  const [view, setView] = useState<View>({ state: 'loading' });

  /** Shows the tab's state once `pending` (a request from initialState) answers. */
  const show = async (pending: Promise<InitialState>): Promise<void> => {
    try {
      const { tabId, tab } = await pending;
      setView(tabId === null ? { state: 'error', message: t('noTab') } : { state: 'ready', tabId, tab, revision: 0 });
    } catch (error) {
      setView({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  // The first request was sent before Preact started (index.tsx): only its answer is awaited here,
  // subscribed right after the first render (a layout effect does not wait for the next frame).
  useLayoutEffect(() => void show(initial), []);
  // The page may be re-analysed while the popup is open (live pages, "load more"): show the new state.
  useEffect(() => {
    const onMessage = (message: unknown): undefined => {
      if (!isMessage(message) || message.type !== 'tab-state-changed') return undefined;
      const { tabId, state } = message as Message<'tab-state-changed'>;
      setView((current) => (current.state === 'ready' && current.tabId === tabId ? { ...current, tab: state, revision: current.revision + 1 } : current));
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);

  if (view.state === 'loading') {
    return (
      <Frame state="loading">
        <p class="status" role="status">{t('loading')}</p>
      </Frame>
    );
  }
  if (view.state === 'error') return <Frame state="error"><p class="status" role="alert">{view.message}</p></Frame>;
  const { tab, tabId, revision } = view;
  if (tab.status === 'pending') {
    return (
      <Frame state="no-article">
        <p data-message="no-article">{t('notAnalysed')}</p>
      </Frame>
    );
  }
  if (tab.status === 'no-article') {
    return (
      <Frame state="no-article">
        <p data-message="no-article">{t('noArticle')}</p>
        <p class="status" data-reason={tab.reason}>{t(`reason_${tab.reason}`)}</p>
      </Frame>
    );
  }
  if (tab.status === 'disabled') {
    const enable = async (): Promise<void> => {
      await saveSiteSettings(tab.url, { ...(await loadSiteSettings(tab.url)), enabled: true });
      setView({ state: 'loading' });
      await show(initialState(['pending', 'disabled'])); // until the content script has analysed the page
    };
    return (
      <Frame state="disabled">
        <p data-message="disabled">{t('disabledHere')}</p>
        <button type="button" class="primary" data-action="enable-site" onClick={() => void enable()}>{t('enableHere')}</button>
      </Frame>
    );
  }
  const { analysis, related, remembered } = tab;
  const reveal = (target: RevealTarget): void => {
    void sendToTab(tabId, { type: 'reveal', target }).catch(() => undefined);
  };
  return (
    <Frame state="article">
      <header>
        <h1 class="article-title" lang={analysis.lang}>{analysis.title || t('untitled')}</h1>
        {!analysis.supported && <p class="notice">{t('unsupportedLanguage', analysis.lang)}</p>}
        <HighlightControls key={revision} tabId={tabId} url={tab.url} />
      </header>
      <RelatedSection related={related} remembered={remembered} />
      <EntitiesSection entities={analysis.entities} onReveal={(name) => reveal({ kind: 'entity', name })} />
      <ClaimsSection claims={analysis.claims} onReveal={(index) => reveal({ kind: 'claim', index })} />
      <footer>
        <button type="button" class="link" data-action="open-reader" onClick={() => void openReader(tabId).catch(() => undefined)}>
          {t('openReader')}
        </button>
        <button type="button" class="link" data-action="options" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
        <button type="button" class="link" data-action="people" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('people.html') })}>
          {t('openPeople')}
        </button>
        <span class="local">{t('localOnly')}</span>
      </footer>
    </Frame>
  );
}

/** Mirrors the view state on the root element (`<main id="app" data-state>`), which tests and styles read. */
function Frame({ state, children }: { state: string; children: ComponentChildren }) {
  useLayoutEffect(() => {
    const root = document.getElementById('app');
    if (!root) return;
    root.dataset.state = state;
    root.setAttribute('aria-busy', String(state === 'loading'));
    // Read by npm run bench:page (popup time to first render of the tab's state).
    if (state !== 'loading' && performance.getEntriesByName('context-lens:popup-rendered').length === 0) {
      performance.mark('context-lens:popup-rendered');
    }
  }, [state]);
  return <>{children}</>;
}
