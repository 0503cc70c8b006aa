// Probes of the page side (highlights, quote card) and of extension pages (axe-core), evaluated in
// the browser. Functions passed to page.evaluate may use only their arguments and browser globals.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { WAIT } from './extension';

const require = createRequire(import.meta.url);
let axeSource: string | null = null;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core (injected into the page) and returns its violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact?: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  });
}

export function seriousOrCritical(violations: AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export interface QuoteOnPage {
  /** Speaker slot from the highlight's name (context-lens-quote-<slot>). */
  slot: string;
  text: string;
}

/** Every quote range drawn on the page, with its colour slot and text. */
export async function quotesOnPage(tab: Page): Promise<QuoteOnPage[]> {
  return tab.evaluate(() => {
    const quotes: Array<{ slot: string; text: string }> = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('context-lens-quote-')) continue;
      for (const range of highlight) quotes.push({ slot: name.slice('context-lens-quote-'.length), text: String(range) });
    }
    return quotes;
  });
}

/** Scrolls the first quote range whose text matches into view; returns a point inside it. */
export async function pointInQuote(tab: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await tab.evaluate((wanted: string) => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('context-lens-quote-')) continue;
      for (const range of highlight) {
        if (!(range instanceof Range) || String(range).replace(/\s+/g, ' ').trim() !== wanted) continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0];
        if (rect) return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, text);
  if (!point) throw new Error(`no quote range "${text}" on the page`);
  return point;
}

/** The quote card's host elements, whether its shadow root is closed, and (test build) its text. */
export async function cardState(tab: Page): Promise<{ hosts: number; open: boolean; text: string | null }> {
  return tab.evaluate(() => {
    const hosts = document.querySelectorAll('context-lens-card');
    const host = hosts[0];
    return { hosts: hosts.length, open: host?.shadowRoot != null, text: host?.getAttribute('data-test-card') ?? null };
  });
}

export async function waitForCard(tab: Page, shown: boolean): Promise<string> {
  const handle = await tab.waitForFunction(
    (wanted: boolean) => {
      const text = document.querySelector('context-lens-card')?.getAttribute('data-test-card') ?? null;
      return wanted ? text || false : text === null;
    },
    WAIT,
    shown,
  );
  return String(await handle.jsonValue());
}

/** Waits for the flash highlight and returns its text and whether it is inside the viewport. */
export async function waitForFlash(tab: Page): Promise<{ text: string; inView: boolean }> {
  const handle = await tab.waitForFunction(
    () => {
      const flash = CSS.highlights.get('context-lens-flash');
      if (!flash || flash.size === 0) return false;
      const [range] = [...flash] as Range[];
      if (!range) return false;
      const rect = range.getBoundingClientRect();
      return { text: String(range), inView: rect.top >= 0 && rect.bottom <= window.innerHeight };
    },
    { timeout: 30_000, polling: 50 },
  );
  return (await handle.jsonValue()) as { text: string; inView: boolean };
}
