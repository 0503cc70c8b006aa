// The 20 saved real pages in headless Chromium: verdicts match the pages' kinds, zero requests outside 127.0.0.1.
import { defineRealPagesSuite } from './lib/real-pages';

defineRealPagesSuite('chromium');
