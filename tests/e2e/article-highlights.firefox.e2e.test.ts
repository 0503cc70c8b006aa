// Highlights only on the article's own words, in headless Firefox ESR (tests/fixtures/pages/furniture/).
import { defineArticleHighlightsSuite } from './lib/article-highlights';

defineArticleHighlightsSuite('firefox');
