// Content script: decides whether the page is an article, extracts and analyses it on the device,
// reports to the background, draws the highlights the site's settings turn on, shows the quote
// card, and re-reads the article when the page changes.
import browser from 'webextension-polyfill';
import type { Analysis, ArticleInput, Claim } from '../analysis/types';
import { extractArticle } from '../extraction/article';
import type { RelatedDoc } from '../index/types';
import { t } from '../shared/i18n';
import { isMessage, type HighlightCounts, type HighlightState, type Message, type PageReport, type RevealTarget } from '../shared/messages';
import { sendToBackground } from '../shared/messaging';
import { DEFAULT_SETTINGS, DEFAULTS_KEY, loadSiteSettings, saveSiteSettings, siteKey, type SiteSettings } from '../shared/site-settings';
import { badgeOf, speakerBadges } from '../shared/speakers';
import { clearHighlights, findMarks, flash, highlightsRegistered, paint, quoteAt, type PageMarks } from './highlights';
import { HoverCard, type CardContent } from './hover-card';
import { readerArticle } from './reader-article';
import { watchMutations, type MutationWatch } from './mutation-watch';

let settings: SiteSettings = DEFAULT_SETTINGS;
let analysis: Analysis | null = null;
let analysedText: string | null = null;
let marks: PageMarks | null = null;
let drawn: HighlightCounts = { quotes: 0, speakers: 0, entities: 0 };
let related: RelatedDoc[] = [];
let watch: MutationWatch | null = null;
/** Times the page cleared our highlights and they were drawn again (shown in the popup). */
let restored = 0;
const card = new HoverCard({
  unattributed: t('unattributed'),
  noRationale: t('noRationale'),
  related: t('cardRelated'),
  close: t('close'),
});

/** Lets the page run between the steps of a refresh, so no single task holds the main thread long. */
const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Runs one step and, in the test build, records it as a performance measure ("context-lens:<step>")
 * that `npm run bench:page` reads. The shipped extension leaves nothing in the page's timeline.
 */
function step<T>(name: string, run: () => T): T {
  if (!__CONTEXT_LENS_TEST__) return run();
  const start = performance.now();
  try {
    return run();
  } finally {
    performance.measure(`context-lens:${name}`, { start, end: performance.now() });
  }
}

/**
 * The analysis runs in the background (off the page's main thread, and kept out of this script so
 * every page loads less code). The test build records the wait as "context-lens:analyze-wait".
 */
async function analyseOffPage(input: ArticleInput): Promise<Analysis> {
  const start = performance.now();
  try {
    return await sendToBackground({ type: 'analyze-article', input });
  } finally {
    if (__CONTEXT_LENS_TEST__) performance.measure('context-lens:analyze-wait', { start, end: performance.now() });
  }
}

/** Extracts the article and has it analysed; null when the article text has not changed since last time. */
async function analysePage(): Promise<PageReport | null> {
  const url = location.href;
  try {
    const extraction = step('extract', () => extractArticle(document));
    if (!extraction.isArticle) {
      if (analysedText === '') return null;
      analysis = null;
      analysedText = '';
      return { status: 'no-article', url, reason: extraction.code };
    }
    if (extraction.text === analysedText) return null;
    await yieldToPage();
    analysis = await analyseOffPage({ title: extraction.title, text: extraction.text, langHint: extraction.lang });
    analysedText = extraction.text;
    return { status: 'article', url, analysis, ...(extraction.publishedTime ? { published: extraction.publishedTime } : {}) };
  } catch (error) {
    // A hostile or broken page must never break the extension: report it plainly.
    console.warn('Context Lens: analysis failed', error);
    analysis = null;
    analysedText = '';
    return { status: 'no-article', url, reason: 'analysisFailed' };
  }
}

function repaint(): void {
  drawn = step('paint', () => paint(marks, settings));
}

/** Work is cut into slices of at most SLICE_MS, each its own task (long tasks start at 50 ms). */
const SLICE_MS = 12;

/**
 * findMarks in slices. The test build records each slice as "context-lens:find-marks" (the bench
 * reports the longest) and the whole as "context-lens:find-marks-total".
 */
async function findMarksInSlices(root: HTMLElement, current: Analysis): Promise<PageMarks> {
  const begin = performance.now();
  let sliceStart = begin;
  const endSlice = (): void => {
    if (__CONTEXT_LENS_TEST__) performance.measure('context-lens:find-marks', { start: sliceStart, end: performance.now() });
  };
  const pause = (): Promise<void> | null => {
    if (performance.now() - sliceStart < SLICE_MS) return null;
    endSlice();
    return yieldToPage().then(() => {
      sliceStart = performance.now();
    });
  };
  const found = await findMarks(root, current, pause);
  endSlice();
  if (__CONTEXT_LENS_TEST__) performance.measure('context-lens:find-marks-total', { start: begin, end: performance.now() });
  return found;
}

function noMarks(error: unknown): null {
  console.warn('Context Lens: highlights could not be placed', error);
  return null;
}

let refreshing = false;
let refreshAgain = false;

/** Reads the page again: re-analyses if the article changed, and re-finds the marks in any case (no drift). */
async function refresh(): Promise<void> {
  if (refreshing) {
    refreshAgain = true; // a change arrived meanwhile: one more pass once this one is done
    return;
  }
  refreshing = true;
  try {
    const report = await analysePage();
    await yieldToPage();
    if (!settings.enabled) return; // turned off for the site meanwhile
    // Highlights are a bonus: a page they cannot be placed on still gets its report below.
    marks = analysis && document.body ? await findMarksInSlices(document.body, analysis).catch(noMarks) : null;
    if (!settings.enabled) return;
    card.hide();
    repaint();
    if (__CONTEXT_LENS_TEST__ && drawn.quotes + drawn.speakers + drawn.entities > 0) performance.mark('context-lens:highlights-shown');
    if (report) {
      void sendToBackground({ type: 'page-report', report })
        .then((answer) => (related = answer.related ?? []))
        .catch(() => undefined);
    }
  } finally {
    refreshing = false;
  }
  if (refreshAgain) {
    refreshAgain = false;
    await refresh();
  }
}

function found(): HighlightCounts {
  return { quotes: marks?.quotes.length ?? 0, speakers: marks?.speakers.length ?? 0, entities: marks?.entities.length ?? 0 };
}

function relatedFor(claim: Claim): CardContent['related'] {
  const haystack = `${claim.speaker ?? ''} ${claim.text}`.toLowerCase();
  return related
    .filter((doc) => doc.why.some((name) => name.length > 2 && haystack.includes(name.toLowerCase())))
    .slice(0, 3)
    .map((doc) => ({ title: doc.title, date: doc.date }));
}

function showCard(claimIndex: number, anchor: Range): void {
  const claim = analysis?.claims[claimIndex];
  if (!claim || !analysis) return;
  const { slot, initials } = badgeOf(speakerBadges(analysis.claims), claim.speaker);
  card.show(
    { speaker: claim.speaker ?? '', initials, cue: claim.cue, rationale: claim.rationale, rationaleCue: claim.rationaleCue, related: relatedFor(claim) },
    slot,
    anchor.getBoundingClientRect(),
  );
}

// Hover and click: hit-test the pointer against the quotes' boxes, at most once per frame.
let pointer: { x: number; y: number } | null = null;
let shownFor: Range | null = null;
function onPointer(x: number, y: number): void {
  if (pointer === null) {
    requestAnimationFrame(() => {
      const at = pointer;
      pointer = null;
      if (!at || !settings.highlights || !settings.categories.quotes) return;
      const mark = quoteAt(marks, at.x, at.y);
      if (mark) {
        if (mark.range !== shownFor || !card.visible) showCard(mark.claimIndex, mark.range);
        shownFor = mark.range;
      } else if (!card.covers(at.x, at.y)) {
        card.hide();
        shownFor = null;
      }
    });
  }
  pointer = { x, y };
}

function reveal(target: RevealTarget): boolean {
  if (!analysis || !marks) return false;
  let range: Range | undefined;
  let claimIndex: number | null = null;
  if (target.kind === 'claim') {
    const claim = analysis.claims[target.index];
    if (!claim) return false;
    claimIndex = target.index;
    // Its quote as marked, else its sentence; never the same words quoted elsewhere by someone else.
    range = marks.quotes.find((q) => q.claimIndex === target.index)?.range ?? marks.article.find(claim.text, 'text', 1)[0];
  } else {
    const entity = analysis.entities.find((e) => e.text === target.name);
    for (const name of entity ? [entity.text, ...entity.aliases] : [target.name]) {
      range = marks.article.find(name, 'words', 1)[0];
      if (range) break;
    }
  }
  if (!range) return false;
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center', inline: 'nearest' });
  flash(range);
  if (claimIndex !== null) {
    showCard(claimIndex, range);
    shownFor = range;
  }
  return true;
}

async function updateSettings(next: SiteSettings, persist: boolean): Promise<void> {
  settings = next;
  if (persist) await saveSiteSettings(location.href, next).catch(() => undefined);
  repaint();
}

function highlightState(): HighlightState {
  return { ...drawn, enabled: settings.highlights, found: found() };
}

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isMessage(message)) return undefined;
  switch (message.type) {
    case 'set-highlights': {
      const enabled = (message as Message<'set-highlights'>).enabled === true;
      return updateSettings({ ...settings, highlights: enabled }, true).then(() => drawn);
    }
    case 'toggle-highlights':
      return updateSettings({ ...settings, highlights: !settings.highlights }, true).then(highlightState);
    case 'get-highlights':
      // A page can clear the highlight registry (CSS.highlights.clear()): draw ours again.
      if (settings.enabled && drawn.quotes + drawn.speakers + drawn.entities > 0 && !highlightsRegistered()) {
        repaint();
        restored++;
      }
      return Promise.resolve({ ...highlightState(), restored });
    case 'reveal':
      return Promise.resolve({ found: reveal((message as Message<'reveal'>).target) });
    case 'get-article-html':
      return Promise.resolve(analysis ? readerArticle(document) : null);
    default:
      return undefined;
  }
});

function start(): void {
  if (__CONTEXT_LENS_TEST__) performance.mark('context-lens:start');
  void refresh();
  watch ??= document.body ? watchMutations(document.body, () => void refresh()) : null;
}

function stop(): void {
  watch?.stop();
  watch = null;
  analysis = null;
  analysedText = null;
  marks = null;
  clearHighlights();
  card.destroy();
  void sendToBackground({ type: 'page-report', report: { status: 'disabled', url: location.href } }).catch(() => undefined);
}

// Settings changed elsewhere (popup, options page, another tab of the site): follow them.
const ownKey = siteKey(location.href);
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local' || !(DEFAULTS_KEY in changes || (ownKey !== null && ownKey in changes))) return;
  void loadSiteSettings(location.href).then((next) => {
    const wasEnabled = settings.enabled;
    settings = next;
    if (next.enabled && !wasEnabled) start();
    else if (!next.enabled && wasEnabled) stop();
    else repaint();
  });
});

document.addEventListener('pointermove', (event) => onPointer(event.clientX, event.clientY), { passive: true });
document.addEventListener('click', (event) => onPointer(event.clientX, event.clientY), { passive: true });
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') card.hide();
});

void loadSiteSettings(location.href)
  .catch(() => DEFAULT_SETTINGS)
  .then((loaded) => {
    settings = loaded;
    if (settings.enabled) start();
    else void sendToBackground({ type: 'page-report', report: { status: 'disabled', url: location.href } }).catch(() => undefined);
  });
