// The reading memory in headless Chromium.
import { defineMemorySuite } from './lib/memory';

defineMemorySuite('chromium');
