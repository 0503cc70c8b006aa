// The reader view in headless Chromium: content, margin, exports, and pages built to attack it.
import { defineReaderSuite } from './lib/reader';

defineReaderSuite('chromium');
