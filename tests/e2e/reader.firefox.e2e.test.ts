// The reader view in headless Firefox ESR: content, margin, exports, and pages built to attack it.
import { defineReaderSuite } from './lib/reader';

defineReaderSuite('firefox');
