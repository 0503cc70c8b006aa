// Context Lens in headless Chromium (MV3 service worker build, dist-e2e/chrome).
import { defineBrowserSuite } from './lib/scenarios';

defineBrowserSuite('chromium');
