// Highlights only on the article's own words, in headless Chromium (tests/fixtures/pages/furniture/).
import { defineArticleHighlightsSuite } from './lib/article-highlights';

defineArticleHighlightsSuite('chromium');
