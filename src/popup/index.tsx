// Popup entry: renders the analysis of the current tab. Page text is only ever rendered as
// text nodes by Preact (no innerHTML), so page markup cannot run here.
import { render } from 'preact';
import { uiLanguage } from '../shared/i18n';
import { App } from './App';
import { initialState } from './tab-state';

// Asked before anything is drawn, so the background's answer travels while Preact renders.
const initial = initialState();

document.documentElement.lang = uiLanguage();
const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<App initial={initial} />, root);
}
