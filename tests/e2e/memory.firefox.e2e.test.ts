// The reading memory in headless Firefox ESR.
import { defineMemorySuite } from './lib/memory';

defineMemorySuite('firefox');
