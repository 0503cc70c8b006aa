// Popup entry: renders the analysis of the current tab. Page text is only ever rendered as
// text nodes by Preact (no innerHTML), so page markup cannot run here.
import { render } from 'preact';
import { App } from './App';

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<App />, root);
}
