// The 20 saved real pages in headless Firefox ESR: verdicts match the pages' kinds, zero requests outside 127.0.0.1.
import { defineRealPagesSuite } from './lib/real-pages';

defineRealPagesSuite('firefox');
