// Page side of `npm run bench:analysis`: bundled by esbuild (like the content script, from the same
// modules) and evaluated in a headless Chromium tab showing a saved page. It replays the content
// script's work on the live document, once cold (what a reader's tab pays) and then several times
// warm (for stable medians), and times Readability's parse, the peer, in the same tab.
import { Readability } from '@mozilla/readability';
import type { Analysis, ArticleInput } from '../../src/analysis/types';
import { READABILITY_OPTIONS, extractArticle, type ExtractStep } from '../../src/extraction/article';
import { hideHighlights, quoteRanges, showHighlights } from '../../src/content/highlights';

/** The analysis, from the bundle evaluated before this one (bench-page-analysis.ts): the extension
 * runs it in the background, so its code is not part of this bundle's load. */
const analyze = (input: ArticleInput): Analysis =>
  ((globalThis as Record<string, unknown>).__contextLensAnalyze as (input: ArticleInput) => Analysis)(input);

/** The esbuild banner stamps this before any module of the bundle is evaluated. */
const START_MARK = '__contextLensBenchStart';

/** Synchronous sections of the content script's one task, in milliseconds (cold, first run). */
export interface ContentScriptSections {
  /** Reading the page's signals and deciding whether it is an article (src/extraction/detect). */
  detect: number;
  /** document.cloneNode(true) and the nesting cap: the copy Readability is allowed to mutate. */
  clone: number;
  /** Readability's parse: the peer, reported apart. */
  readabilityParse: number;
  /** Text blocks, clean-up rules and stripBoilerplate on Readability's article element. */
  text: number;
  analyze: number;
  /** Finding the quotes in the page and drawing the highlights. */
  highlights: number;
}

export interface PageMeasurement {
  url: string;
  isArticle: boolean;
  reason?: string;
  lang?: string;
  words: number;
  claims: number;
  entities: number;
  /** Top-level evaluation of the bundle (extraction, Readability, highlights: what content.js holds). */
  scriptLoadMs: number;
  cold: ContentScriptSections | null;
  /** Warm medians over `runs` runs, each in a task of its own. */
  readabilityMs: number[];
  analysisMs: number[];
  /** Long tasks (> 50 ms) the browser reported while the cold run was the only thing running. */
  coldLongTasks: number[];
  /** The replayed steps gave exactly the text extractArticle() gives (guards against drift). */
  sameTextAsExtractArticle: boolean;
}

const loadedAt = performance.now();
const startedAt = (globalThis as Record<string, unknown>)[START_MARK];
const scriptLoadMs = typeof startedAt === 'number' ? loadedAt - startedAt : Number.NaN;

function nextTask(delayMs = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, delayMs));
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

interface ColdRun {
  sections: ContentScriptSections;
  title: string;
  text: string;
  lang: string | undefined;
  analysis: Analysis | null;
  startedAt: number;
  endedAt: number;
}

/** The content script's path (src/content/index.ts → extractArticle → analyze → highlights), split into timed steps. */
function coldRun(doc: Document): ColdRun {
  const ends: Partial<Record<ExtractStep, number>> = {};
  const t0 = performance.now();
  const extraction = extractArticle(doc, { onStep: (step) => { ends[step] = performance.now(); } });
  const t4 = performance.now();
  const title = extraction.isArticle ? extraction.title : '';
  const text = extraction.isArticle ? extraction.text : '';
  const lang = extraction.isArticle ? extraction.lang : undefined;
  const analysis = extraction.isArticle ? analyze({ title, text, langHint: lang }) : null;
  const t5 = performance.now();
  if (analysis) showHighlights(quoteRanges(doc, analysis));
  const t6 = performance.now();
  // A step the extraction did not reach (a refused page) takes no time.
  const t1 = ends.detect ?? t4;
  const t2 = ends.clone ?? t1;
  const t3 = ends.parse ?? t2;
  return {
    sections: { detect: t1 - t0, clone: t2 - t1, readabilityParse: t3 - t2, text: t4 - t3, analyze: t5 - t4, highlights: t6 - t5 },
    title, text, lang, analysis, startedAt: t0, endedAt: t6,
  };
}

async function runPage(runs: number): Promise<PageMeasurement> {
  const longTasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });

  await nextTask();
  const cold = coldRun(document);
  await nextTask(100); // long-task entries are delivered asynchronously
  observer.disconnect();
  hideHighlights();
  const coldLongTasks = longTasks
    .filter((e) => e.startTime <= cold.endedAt && e.startTime + e.duration >= cold.startedAt)
    .map((e) => e.duration);

  // The decision the extension takes: only an article is analysed.
  const extraction = extractArticle(document);
  const base = { url: location.href, scriptLoadMs, coldLongTasks, readabilityMs: [], analysisMs: [] };
  if (!extraction.isArticle) {
    return { ...base, isArticle: false, reason: extraction.reason, words: 0, claims: 0, entities: 0, cold: null, sameTextAsExtractArticle: true };
  }
  const input = { title: extraction.title, text: extraction.text, langHint: extraction.lang };
  const readabilityMs: number[] = [];
  const analysisMs: number[] = [];
  let result: Analysis | null = null;
  for (let i = 0; i < runs; i++) {
    await nextTask();
    const clone = document.cloneNode(true) as Document;
    const p0 = performance.now();
    new Readability<Node>(clone, READABILITY_OPTIONS).parse();
    readabilityMs.push(performance.now() - p0);
    await nextTask();
    const a0 = performance.now();
    result = analyze(input);
    analysisMs.push(performance.now() - a0);
  }
  return {
    ...base,
    isArticle: true,
    lang: (result ?? cold.analysis)?.lang,
    words: countWords(`${extraction.title} ${extraction.text}`),
    claims: (result ?? cold.analysis)?.claims.length ?? 0,
    entities: (result ?? cold.analysis)?.entities.length ?? 0,
    cold: cold.sections,
    readabilityMs,
    analysisMs,
    sameTextAsExtractArticle: cold.text === extraction.text && cold.title === extraction.title,
  };
}

(globalThis as Record<string, unknown>).contextLensBench = { runPage };
