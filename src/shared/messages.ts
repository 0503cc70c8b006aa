// Every message exchanged between content script, background and popup, in one place.
// Each request type maps to its response type, so senders and handlers stay in sync.
import type { Analysis } from '../analysis/types';
import type { RelatedDoc } from '../index/types';

/** What the content script found on a page. */
export type PageReport =
  | { status: 'article'; url: string; analysis: Analysis }
  | { status: 'no-article'; url: string; reason: string };

/** What the popup shows for a tab. */
export type TabState =
  | { status: 'pending' }
  | { status: 'no-article'; url: string; reason: string }
  | { status: 'article'; url: string; analysis: Analysis; related: RelatedDoc[] };

export interface HighlightCounts {
  quotes: number;
  /** Times the page removed the highlights (e.g. CSS.highlights.clear()) and they were drawn again. */
  restored?: number;
}

export interface MessageMap {
  /** content → background: the page has been analysed. */
  'page-report': { request: { report: PageReport }; response: { ok: true } };
  /** popup → background: state of a tab. */
  'get-tab-state': { request: { tabId: number }; response: TabState };
  /** popup → content: show or hide inline highlights. */
  'set-highlights': { request: { enabled: boolean }; response: HighlightCounts };
  /** popup → content: current highlight state. */
  'get-highlights': { request: object; response: HighlightCounts & { enabled: boolean } };
}

export type MessageType = keyof MessageMap;
export type Message<T extends MessageType = MessageType> = { type: T } & MessageMap[T]['request'];
export type Response<T extends MessageType> = MessageMap[T]['response'];

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
