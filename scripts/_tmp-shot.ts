import { launch } from '../tests/e2e/lib/browsers';
import { serveStatic } from './lib/static-server';
import { PAGES_DIR } from '../tests/e2e/lib/paths';
const server = await serveStatic(PAGES_DIR);
const s = await launch('chromium');
try {
  for (const p of ['fr', 'en']) {
    const page = await s.newPage(p);
    await page.setViewport({ width: 1100, height: 900 });
    await page.goto(`${server.origin}/furniture/${p}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => (CSS.highlights.get('context-lens-speaker')?.size ?? 0) > 0, { timeout: 30000 });
    await new Promise((r) => setTimeout(r, 300));
    await page.screenshot({ path: `/tmp/hlcheck/${p}.png` });
  }
} finally { await s.close(); await server.close(); }
