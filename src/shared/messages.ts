// Every message exchanged between content script, background and popup, in one place.
// Each request type maps to its response type, so senders and handlers stay in sync.
import type { Analysis, ArticleInput } from '../analysis/types';
import type { NotArticleReason } from '../extraction/article';
import type { RelatedDoc } from '../index/types';
import type { RememberedDoc } from '../memory/reading-memory';

/** Why a page is not analysed: the extraction's reason, or a failure of the analysis itself. */
export type NoArticleReason = NotArticleReason | 'analysisFailed';

/** What the content script found on a page. */
export type PageReport =
  | { status: 'article'; url: string; analysis: Analysis; /** Publication date, when the page states it. */ published?: string }
  | { status: 'no-article'; url: string; reason: NoArticleReason }
  | { status: 'disabled'; url: string };

/** What the popup shows for a tab. */
export type TabState =
  | { status: 'pending' }
  | { status: 'no-article'; url: string; reason: NoArticleReason }
  | { status: 'disabled'; url: string }
  | {
      status: 'article';
      url: string;
      analysis: Analysis;
      related: RelatedDoc[];
      /** Related articles from the reading memory (when it is on), with when they were read. */
      remembered?: RememberedDoc[];
    };

/** Number of ranges drawn on the page per highlight category (0 when the category is off). */
export interface HighlightCounts {
  quotes: number;
  speakers: number;
  entities: number;
}

/** Highlights drawn now (HighlightCounts), whether they are on, and how many each category has on the page. */
export type HighlightState = HighlightCounts & {
  enabled: boolean;
  found: HighlightCounts;
  /** Times the page removed the highlights (e.g. CSS.highlights.clear()) and they were drawn again. */
  restored?: number;
};

/** What the popup asks the page to scroll to and flash: a claim (by index) or an entity (by name). */
export type RevealTarget = { kind: 'claim'; index: number } | { kind: 'entity'; name: string };

/**
 * The article as the reader view shows it. `html` is Readability's HTML of the article as the page
 * has it: unsafe, a string until the reader page sanitises it (src/reader/sanitise.ts).
 */
export interface ReaderArticle {
  html: string;
  title: string;
  byline: string | null;
  published: string | null;
  siteName: string | null;
  lang: string | null;
}

/** What the reader page shows for a tab: the article with its analysis, or why there is none. */
export type ReaderState =
  | { status: 'article'; url: string; analysis: Analysis; related: RelatedDoc[]; article: ReaderArticle }
  | { status: 'unavailable'; reason: 'pending' | 'disabled' | 'noHtml' | NoArticleReason };

export interface MessageMap {
  /** content → background: the page has been analysed. */
  'page-report': { request: { report: PageReport }; response: { ok: true; related: RelatedDoc[] } };
  /** content → background: analyse an extracted article off the page's main thread. */
  'analyze-article': { request: { input: ArticleInput }; response: Analysis };
  /** background → popup: a tab's state changed (the page was re-analysed), so an open popup redraws. */
  'tab-state-changed': { request: { tabId: number; state: TabState }; response: void };
  /** popup → background: state of a tab. */
  'get-tab-state': { request: { tabId: number }; response: TabState };
  /** popup → content: show or hide all inline highlights (saved for the site). */
  'set-highlights': { request: { enabled: boolean }; response: HighlightCounts };
  /** background (keyboard shortcut) → content: flip all inline highlights (saved for the site). */
  'toggle-highlights': { request: object; response: HighlightState };
  /** popup → content: current highlight state. */
  'get-highlights': { request: object; response: HighlightState };
  /** reader page → background: the tab's article (its HTML asked of the page now) and analysis. */
  'get-reader-article': { request: { tabId: number }; response: ReaderState };
  /** background → content: the article's HTML and what the page states of it, on demand (never stored). */
  'get-article-html': { request: object; response: ReaderArticle | null };
  /** popup → content: scroll to a claim or entity, flash it, and show a claim's card. */
  'reveal': { request: { target: RevealTarget }; response: { found: boolean } };
}

export type MessageType = keyof MessageMap;
export type Message<T extends MessageType = MessageType> = { type: T } & MessageMap[T]['request'];
export type Response<T extends MessageType> = MessageMap[T]['response'];

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
