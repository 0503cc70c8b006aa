// Context Lens in headless Firefox ESR (event-page build, dist-e2e/firefox).
import { defineBrowserSuite } from './lib/scenarios';

defineBrowserSuite('firefox');
