// Records every request made during a test file — by pages, extension pages and the extension's
// background — so a test can fail on any request that leaves 127.0.0.1.
import type { Page } from 'puppeteer-core';

export interface ObservedRequest {
  url: string;
  /** Who saw it: "page:<label>", "service-worker" (Chromium CDP), "firefox-observer:<principal>". */
  source: string;
}

/** Extension pages and inline documents never touch the network. */
const LOCAL_PROTOCOLS = new Set(['chrome-extension:', 'moz-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:']);

/** True when the request goes somewhere other than 127.0.0.1 (the fixture server). */
export function isOutside(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true; // unparsable: report it rather than hide it
  }
  if (LOCAL_PROTOCOLS.has(parsed.protocol)) return false;
  return parsed.hostname !== '127.0.0.1';
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export class NetworkWatch {
  private readonly requests: ObservedRequest[] = [];
  /** Watched pages and their current labels (a later, more precise label replaces the first). */
  private readonly pageLabels = new WeakMap<Page, string>();
  private readonly collectors: Array<() => Promise<ObservedRequest[]>> = [];

  record(url: string, source: string): void {
    this.requests.push({ url, source });
  }

  /** Records the requests of a page (its frames and workers included). Idempotent; relabels. */
  watchPage(page: Page, label: string): void {
    const known = this.pageLabels.has(page);
    this.pageLabels.set(page, label);
    if (known) return;
    page.on('request', (request) => this.record(request.url(), `page:${this.pageLabels.get(page) ?? label}`));
  }

  /** Adds a source that must be polled (e.g. an observer living inside the browser). */
  addCollector(collect: () => Promise<ObservedRequest[]>): void {
    this.collectors.push(collect);
  }

  /** Pulls what the polled sources saw so far. */
  async sync(): Promise<void> {
    for (const collect of this.collectors) this.requests.push(...(await collect()));
  }

  async all(): Promise<ObservedRequest[]> {
    await this.sync();
    return [...this.requests];
  }

  async outside(): Promise<ObservedRequest[]> {
    return (await this.all()).filter((r) => isOutside(r.url));
  }

  /** Drops the records for one host (after a deliberate request in a self-check). */
  forgetHost(host: string): void {
    for (let i = this.requests.length - 1; i >= 0; i--) {
      const request = this.requests[i];
      if (request && hostOf(request.url) === host) this.requests.splice(i, 1);
    }
  }
}

export function describeRequests(requests: readonly ObservedRequest[]): string {
  return requests.map((r) => `  ${r.url}  (seen by ${r.source})`).join('\n');
}
