// Hostile pages and pages that fight back, in headless Firefox ESR.
import { defineHostileSuite } from './lib/hostile';

defineHostileSuite('firefox');
