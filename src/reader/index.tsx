// Reader page entry: reader.html?tab=<id>. Asks the background for the tab's article and analysis
// (waiting while the page is still being analysed), then renders the reader view.
import { render } from 'preact';
import { t, uiLanguage } from '../shared/i18n';
import type { ReaderState } from '../shared/messages';
import { sendToBackground } from '../shared/messaging';
import { ReaderApp, type ReaderView } from './ReaderApp';

const ATTEMPTS = 40;
const DELAY_MS = 250;

async function readerState(tabId: number): Promise<ReaderState> {
  let state: ReaderState = { status: 'unavailable', reason: 'pending' };
  for (let i = 0; i < ATTEMPTS; i++) {
    state = await sendToBackground({ type: 'get-reader-article', tabId });
    if (state.status === 'article' || state.reason !== 'pending') return state;
    await new Promise((resolve) => setTimeout(resolve, DELAY_MS));
  }
  return state;
}

document.documentElement.lang = uiLanguage();
document.title = `${t('readerTitle')} — Context Lens`;
const root = document.getElementById('app');
const show = (view: ReaderView): void => {
  if (root) render(<ReaderApp view={view} />, root);
};
if (root) root.textContent = '';
show({ state: 'loading' });
const tabId = Number(new URLSearchParams(location.search).get('tab'));
if (!Number.isInteger(tabId) || tabId <= 0) show({ state: 'error', message: t('noTab') });
else {
  readerState(tabId)
    .then((state) => {
      if (state.status === 'article') document.title = `${state.analysis.title || state.article.title} — ${t('readerTitle')}`;
      show({ state: 'ready', reader: state });
    })
    .catch((error: unknown) => show({ state: 'error', message: error instanceof Error ? error.message : String(error) }));
}
