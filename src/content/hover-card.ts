// The card shown over a highlighted quote: speaker, reporting cue, stated rationale and related
// documents. It lives in a closed shadow root under one host element (the only node the extension
// adds to a page), so page CSS cannot restyle it and page scripts cannot read it. Page-derived
// strings are set as text only.
import { SPEAKER_SLOTS, SPEAKER_TEXT, speakerColour } from '../shared/speakers';

export interface CardContent {
  speaker: string;
  /** The speaker's initials, as in the popup (colour is not the only cue). */
  initials: string;
  cue: string | null;
  rationale: string | null;
  rationaleCue: string | null;
  related: Array<{ title: string; date: string | null }>;
}

export interface CardLabels {
  unattributed: string;
  noRationale: string;
  related: string;
  close: string;
}

const CARD_CSS = `
:host { all: initial; }
.card { box-sizing: border-box; position: fixed; z-index: 2147483647; width: 320px; max-width: calc(100vw - 16px);
  padding: 10px 12px; border-radius: 8px; border: 1px solid #c9d1d9; background: #ffffff; color: #1b1f23;
  font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', sans-serif; box-shadow: 0 4px 16px rgba(0,0,0,.18); }
.speaker { font-weight: 600; display: flex; gap: 6px; align-items: center; }
.initials { min-width: 24px; padding: 0 4px; box-sizing: border-box; border-radius: 9px; text-align: center; flex: none;
  font-size: 12px; font-weight: 700; line-height: 18px; color: ${SPEAKER_TEXT}; }
.cue { color: #4a5560; font-weight: 400; }
.rationale { margin-top: 4px; }
.rationale.none { color: #4a5560; font-style: italic; }
.related { margin: 6px 0 0; padding: 0; list-style: none; font-size: 12px; }
.related-label { margin-top: 6px; font-size: 11px; text-transform: uppercase; color: #4a5560; }
.close { position: absolute; top: 4px; right: 6px; border: 0; background: transparent; color: inherit; font-size: 16px; cursor: pointer; }
@media (prefers-color-scheme: dark) {
  .card { background: #1c1f23; color: #e6e9ec; border-color: #3a4048; }
  .cue, .rationale.none, .related-label { color: #b3bcc5; }
}
${SPEAKER_SLOTS.map((slot) => `.s${slot} { background: ${speakerColour(slot)}; }`).join('\n')}
`;

export class HoverCard {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private card: HTMLElement | null = null;

  constructor(private readonly labels: CardLabels) {}

  get visible(): boolean {
    return this.card !== null && !this.card.hidden;
  }

  /** True when the point is over the card (the pointer may move from the quote onto it). */
  covers(x: number, y: number): boolean {
    if (!this.card || this.card.hidden) return false;
    const box = this.card.getBoundingClientRect();
    return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
  }

  show(content: CardContent, slot: string, anchor: DOMRect): void {
    const card = this.ensureCard();
    card.replaceChildren();
    const el = (tag: string, className: string, text?: string): HTMLElement => {
      const node = document.createElement(tag);
      node.className = className;
      if (text !== undefined) node.textContent = text;
      return node;
    };

    const speaker = el('div', 'speaker');
    const initials = el('span', `initials s${slot}`, content.initials);
    initials.setAttribute('aria-hidden', 'true');
    speaker.append(initials, el('span', 'name', content.speaker || this.labels.unattributed));
    if (content.cue) speaker.append(el('span', 'cue', `· ${content.cue}`));
    card.append(speaker);

    const rationale = el('div', content.rationale ? 'rationale' : 'rationale none');
    if (content.rationale) {
      rationale.append(el('b', 'rationale-cue', content.rationaleCue ?? ''), document.createTextNode(` ${content.rationale}`));
    } else {
      rationale.textContent = this.labels.noRationale;
    }
    card.append(rationale);

    if (content.related.length > 0) {
      card.append(el('div', 'related-label', this.labels.related));
      const list = el('ul', 'related');
      for (const doc of content.related) list.append(el('li', 'related-doc', doc.date ? `${doc.title} (${doc.date})` : doc.title));
      card.append(list);
    }
    const close = el('button', 'close', '×');
    close.setAttribute('aria-label', this.labels.close);
    close.addEventListener('click', () => this.hide());
    card.append(close);

    card.setAttribute('aria-label', content.speaker || this.labels.unattributed);
    card.hidden = false;
    const width = Math.min(320, window.innerWidth - 16);
    const left = Math.max(8, Math.min(anchor.left, window.innerWidth - width - 8));
    const below = anchor.bottom + 6;
    card.style.left = `${left}px`;
    card.style.top = `${below}px`;
    // Above the quote when it would overflow the bottom of the window.
    const height = card.getBoundingClientRect().height;
    if (below + height > window.innerHeight - 8) card.style.top = `${Math.max(8, anchor.top - height - 6)}px`;
    if (__CONTEXT_LENS_TEST__) this.host?.setAttribute('data-test-card', card.textContent ?? '');
  }

  hide(): void {
    if (!this.card || this.card.hidden) return;
    this.card.hidden = true;
    if (__CONTEXT_LENS_TEST__) this.host?.removeAttribute('data-test-card');
  }

  /** Removes the host element from the page. */
  destroy(): void {
    this.host?.remove();
    this.host = this.shadow = this.card = null;
  }

  private ensureCard(): HTMLElement {
    if (this.card && this.host?.isConnected) return this.card;
    const host = document.createElement('context-lens-card');
    // Inline !important: page rules on the host element cannot hide or move it.
    host.style.setProperty('all', 'initial', 'important');
    host.style.setProperty('position', 'fixed', 'important');
    host.style.setProperty('top', '0', 'important');
    host.style.setProperty('left', '0', 'important');
    host.style.setProperty('z-index', '2147483647', 'important');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = CARD_CSS;
    const card = document.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'dialog');
    card.hidden = true;
    shadow.append(style, card);
    // Under <html>, not <body>: the article (and its mutation watch) never sees it.
    document.documentElement.append(host);
    this.host = host;
    this.shadow = shadow;
    this.card = card;
    return card;
  }
}
