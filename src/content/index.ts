// Content script: decides whether the page is an article, extracts and analyses it on the device,
// reports to the background, and draws the quote highlights the popup can toggle.
import browser from 'webextension-polyfill';
import { analyze } from '../analysis';
import type { Analysis } from '../analysis/types';
import { extractArticle } from '../extraction/article';
import { isMessage, type HighlightCounts, type PageReport } from '../shared/messages';
import { sendToBackground } from '../shared/messaging';
import { hideHighlights, highlightsRegistered, quoteRanges, showHighlights } from './highlights';

let analysis: Analysis | null = null;
let highlightsOn = true;
let ranges: Range[] = [];
let restored = 0;

function analysePage(): PageReport {
  const url = location.href;
  try {
    const extraction = extractArticle(document);
    if (!extraction.isArticle) return { status: 'no-article', url, reason: extraction.reason };
    const result = analyze({ title: extraction.title, text: extraction.text, langHint: extraction.lang });
    analysis = result;
    return { status: 'article', url, analysis: result };
  } catch (error) {
    // A hostile or broken page must never break the extension: report it plainly.
    console.warn('Context Lens: analysis failed', error);
    return { status: 'no-article', url, reason: 'This page could not be analysed.' };
  }
}

function applyHighlights(): HighlightCounts {
  if (!analysis || !highlightsOn) {
    hideHighlights();
    return { quotes: 0 };
  }
  ranges = quoteRanges(document, analysis);
  return { quotes: showHighlights(ranges) };
}

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isMessage(message)) return undefined;
  if (message.type === 'set-highlights') {
    highlightsOn = (message as { enabled?: unknown }).enabled === true;
    return Promise.resolve(applyHighlights());
  }
  if (message.type === 'get-highlights') {
    // A page can clear the highlight registry (CSS.highlights.clear()): draw ours again.
    if (highlightsOn && ranges.length > 0 && !highlightsRegistered() && showHighlights(ranges) > 0) restored++;
    return Promise.resolve({ enabled: highlightsOn, quotes: highlightsOn ? ranges.length : 0, restored });
  }
  return undefined;
});

const report = analysePage();
applyHighlights();
void sendToBackground({ type: 'page-report', report });
