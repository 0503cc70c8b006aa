import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { TabState } from '../shared/messages';
import { sendToTab } from '../shared/messaging';
import { ClaimsSection } from './components/ClaimsSection';
import { EntitiesSection } from './components/EntitiesSection';
import { RelatedSection } from './components/RelatedSection';
import { fetchTabState, targetTabId } from './tab-state';

type View = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; tabId: number; tab: TabState };

export function App() {
  const [view, setView] = useState<View>({ state: 'loading' });

  useEffect(() => {
    void (async () => {
      try {
        const tabId = await targetTabId();
        if (tabId === null) return setView({ state: 'error', message: 'No tab to analyse.' });
        setView({ state: 'ready', tabId, tab: await fetchTabState(tabId) });
      } catch (error) {
        setView({ state: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    })();
  }, []);

  if (view.state === 'loading') return <Frame state="loading"><p class="status">Analysing…</p></Frame>;
  if (view.state === 'error') return <Frame state="error"><p class="status" role="alert">{view.message}</p></Frame>;
  const { tab, tabId } = view;
  if (tab.status === 'pending') {
    return (
      <Frame state="no-article">
        <p data-message="no-article">This page has not been analysed: Context Lens runs on web pages (http and https) once they have loaded.</p>
      </Frame>
    );
  }
  if (tab.status === 'no-article') {
    return (
      <Frame state="no-article">
        <p data-message="no-article">No news article detected on this page. {tab.reason}</p>
      </Frame>
    );
  }
  const { analysis, related } = tab;
  return (
    <Frame state="article">
      <header>
        <h1 class="article-title" lang={analysis.lang}>{analysis.title || 'Untitled article'}</h1>
        {!analysis.supported && (
          <p class="notice">Language not supported ({analysis.lang}): only quotations are listed.</p>
        )}
        <HighlightToggle tabId={tabId} />
      </header>
      <RelatedSection related={related} />
      <EntitiesSection entities={analysis.entities} />
      <ClaimsSection claims={analysis.claims} />
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
  }, [state]);
  return <>{children}</>;
}

function HighlightToggle({ tabId }: { tabId: number }) {
  const [enabled, setEnabled] = useState(true);
  const [available, setAvailable] = useState(true);
  const [restored, setRestored] = useState(0);

  useEffect(() => {
    sendToTab(tabId, { type: 'get-highlights' })
      .then((current) => {
        setEnabled(current.enabled);
        setRestored(current.restored ?? 0);
      })
      .catch(() => setAvailable(false));
  }, [tabId]);

  const toggle = (next: boolean): void => {
    setEnabled(next);
    sendToTab(tabId, { type: 'set-highlights', enabled: next }).catch(() => setAvailable(false));
  };

  return (
    <>
      <label class="toggle">
        <input type="checkbox" data-toggle="highlights" checked={enabled} disabled={!available}
          onChange={(event) => toggle(event.currentTarget.checked)} />
        Highlight quotes on the page
      </label>
      {!available && <p class="notice" data-message="highlights-unavailable">Highlights are not available on this page.</p>}
      {restored > 0 && (
        <p class="notice" data-message="highlights-restored">This page removed the quote highlights; Context Lens drew them again.</p>
      )}
    </>
  );
}
