// Hostile pages and pages that fight back, in headless Chromium.
import { defineHostileSuite } from './lib/hostile';

defineHostileSuite('chromium');
