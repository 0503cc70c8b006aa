// Second bundle of `npm run bench:analysis`: the analysis, which the extension runs in its
// background, not in the page. It is evaluated in the tab before the page bundle, so the page
// bundle's load ("script load") weighs what the content script holds, not the analysis.
import { analyze } from '../../src/analysis';

(globalThis as Record<string, unknown>).__contextLensAnalyze = analyze;
