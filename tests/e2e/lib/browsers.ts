// Launches headless Chromium or Firefox ESR with the built extension loaded, offline, with a
// network watch covering pages, extension pages and the background.
import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type CDPSession, type Page, type Target } from 'puppeteer-core';
import { NetworkWatch, type ObservedRequest } from './network-watch';
import { CHROME_EXTENSION_DIR, CHROMIUM_BINARY, FIREFOX_BINARY, FIREFOX_EXTENSION_DIR } from './paths';

export type BrowserName = 'chromium' | 'firefox';

export const GECKO_ID = 'context-lens@context-lens.org';
const LAUNCH_TIMEOUT = 60_000;
const INSTALL_TIMEOUT = 30_000;

export interface ExtensionSession {
  name: BrowserName;
  browser: Browser;
  /** "chrome-extension://<id>" or "moz-extension://<uuid>" */
  origin: string;
  network: NetworkWatch;
  /** Opens a new tab whose requests are watched. */
  newPage(label: string): Promise<Page>;
  /** Loads an extension page (path like "popup.html?tabId=3") in `page`. */
  gotoExtensionPage(page: Page, path: string): Promise<void>;
  /** Makes the background itself request `url`, when the browser lets a test do so (Chromium). */
  requestFromBackground?: (url: string) => Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The extension's directory (default: the e2e build). */
  extensionDir?: string;
  /** The browser's UI language, e.g. "fr" (needs the chromium-l10n / firefox-esr-l10n-fr packages). */
  locale?: string;
  /** The colour scheme pages see (prefers-color-scheme), set the way a user's system setting would. */
  colorScheme?: 'dark';
}

/** Launches `name` with the unpacked extension loaded. */
export async function launch(name: BrowserName, options: LaunchOptions | string = {}): Promise<ExtensionSession> {
  const { extensionDir, locale, colorScheme } = typeof options === 'string' ? { extensionDir: options } : options;
  return name === 'chromium'
    ? launchChromium(extensionDir ?? CHROME_EXTENSION_DIR, locale, colorScheme)
    : launchFirefox(extensionDir ?? FIREFOX_EXTENSION_DIR, locale, colorScheme);
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Runs `setup` on a fresh browser; closes the browser if setup fails, so nothing leaks. */
async function guarded<T>(browser: Browser, setup: () => Promise<T>): Promise<T> {
  try {
    return await setup();
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }
}

function sessionPages(network: NetworkWatch, browser: Browser): ExtensionSession['newPage'] {
  return async (label) => {
    const page = await browser.newPage();
    network.watchPage(page, label);
    return page;
  };
}

async function launchChromium(extensionDir: string, locale?: string, colorScheme?: 'dark'): Promise<ExtensionSession> {
  const network = new NetworkWatch();
  const browser = await puppeteer.launch({
    // Chromium takes its UI language (i18n.getUILanguage) from the environment, not from --lang.
    ...(locale ? { env: { ...process.env, LANGUAGE: locale } } : {}),
    executablePath: CHROMIUM_BINARY,
    headless: true,
    pipe: true,
    enableExtensions: true,
    timeout: LAUNCH_TIMEOUT,
    // The resolver rule stops Chromium's own look-ups (account, update services), so a request
    // that leaves 127.0.0.1 during a test can only come from the test or the extension.
    args: [
      '--no-sandbox',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
      ...(colorScheme === 'dark' ? ['--force-dark-mode'] : []),
    ],
  });
  return guarded(browser, async () => {
    // Any page target, including ones the extension might open by itself.
    browser.on('targetcreated', (target: Target) => {
      if (target.type() !== 'page') return;
      void target
        .page()
        .then((page) => page && network.watchPage(page, `new-target:${target.url()}`))
        .catch(() => undefined);
    });

    const id = await withTimeout(browser.installExtension(extensionDir), INSTALL_TIMEOUT, 'installExtension');
    const origin = `chrome-extension://${id}`;

    // The background service worker is not seen by page.on('request'): watch it through CDP,
    // one session per worker target (two sessions on one worker can fail with "Target closed").
    const workerSessions = new Map<Target, CDPSession>();
    const attachWorker = async (target: Target): Promise<CDPSession | undefined> => {
      if (target.type() !== 'service_worker' || !target.url().startsWith(`${origin}/`)) return undefined;
      const existing = workerSessions.get(target);
      if (existing) return existing;
      const cdp = await target.createCDPSession();
      workerSessions.set(target, cdp);
      cdp.on('Network.requestWillBeSent', (event) => network.record(event.request.url, 'service-worker'));
      await cdp.send('Network.enable');
      return cdp;
    };
    const worker = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith(`${origin}/`),
      { timeout: INSTALL_TIMEOUT },
    );
    const workerSession = await attachWorker(worker);
    // A restarted worker is a new target: watch it too.
    browser.on('targetcreated', (target: Target) => void attachWorker(target).catch(() => undefined));

    return {
      name: 'chromium',
      browser,
      origin,
      network,
      newPage: sessionPages(network, browser),
      async gotoExtensionPage(page, path) {
        await page.goto(`${origin}/${path}`, { waitUntil: 'domcontentloaded', timeout: 30_000 });
      },
      async requestFromBackground(url) {
        if (!workerSession) throw new Error('no CDP session on the service worker');
        await workerSession.send('Runtime.evaluate', {
          expression: `fetch(${JSON.stringify(url)}).catch(() => undefined)`,
          awaitPromise: true,
        });
      },
      close: () => browser.close(),
    };
  });
}

/** The raw WebDriver BiDi connection of a Firefox browser (an internal of puppeteer-core). */
interface RawBidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

function bidiConnection(browser: Browser): RawBidiConnection {
  const connection = (browser as unknown as { connection?: Partial<RawBidiConnection> }).connection;
  if (!connection || typeof connection.send !== 'function') {
    throw new Error('puppeteer-core no longer exposes the BiDi connection of a Firefox browser');
  }
  return connection as RawBidiConnection;
}

/**
 * Installed in Firefox's chrome (browser UI) context: records every HTTP(S) channel that is not the
 * browser's own (system principal) — pages, extension pages and the extension's background alike.
 */
const FIREFOX_OBSERVER_INSTALL = `(() => {
  if (globalThis.__contextLensNetwork) return 'present';
  const log = [];
  const observer = {
    observe(subject) {
      try {
        const channel = subject.QueryInterface(Ci.nsIHttpChannel);
        const principal = channel.loadInfo ? channel.loadInfo.triggeringPrincipal : null;
        if (principal && principal.isSystemPrincipal) return;
        let who = 'null-principal';
        try { who = principal ? principal.origin : who; } catch (e) { who = 'unknown-principal'; }
        log.push({ url: channel.URI.spec, principal: who });
      } catch (e) {
        log.push({ url: 'observer-error:' + String(e), principal: '' });
      }
    },
  };
  Services.obs.addObserver(observer, 'http-on-modify-request');
  globalThis.__contextLensNetwork = { log, observer };
  return 'installed';
})()`;
const FIREFOX_OBSERVER_DRAIN = `JSON.stringify(globalThis.__contextLensNetwork ? globalThis.__contextLensNetwork.log.splice(0) : null)`;

interface BidiEvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text?: string };
}

async function evaluateInChrome(connection: RawBidiConnection, context: string, expression: string): Promise<unknown> {
  const { result } = await connection.send('script.evaluate', {
    expression,
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
  });
  const evaluation = result as BidiEvaluateResult;
  if (evaluation.type !== 'success') {
    throw new Error(`chrome-context evaluation failed: ${evaluation.exceptionDetails?.text ?? 'unknown error'}`);
  }
  return evaluation.result?.value;
}

async function installFirefoxObserver(browser: Browser, network: NetworkWatch): Promise<void> {
  const connection = bidiConnection(browser);
  const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = (result as { contexts?: Array<{ context: string }> }).contexts?.[0]?.context;
  if (!context) throw new Error('no chrome browsing context (is --remote-allow-system-access set?)');
  const state = await evaluateInChrome(connection, context, FIREFOX_OBSERVER_INSTALL);
  if (state !== 'installed' && state !== 'present') throw new Error(`observer not installed: ${String(state)}`);
  network.addCollector(async () => {
    const raw = await evaluateInChrome(connection, context, FIREFOX_OBSERVER_DRAIN);
    const entries = JSON.parse(String(raw)) as Array<{ url: string; principal: string }> | null;
    if (entries === null) throw new Error('the Firefox network observer is gone');
    return entries.map((e): ObservedRequest => ({ url: e.url, source: `firefox-observer:${e.principal}` }));
  });
}

/**
 * Waits until `page` shows the document at `url`. While a navigation commits, Firefox can fail an
 * evaluation in the outgoing realm with a protocol error: such a wait is simply started again.
 */
async function waitForDocument(page: Page, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      await page.waitForFunction(
        (expected: string) => location.href === expected && document.readyState !== 'loading',
        { timeout: Math.max(1, Math.min(5_000, deadline - Date.now())), polling: 100 },
        url,
      );
      return;
    } catch (error) {
      lastError = error;
      await new Promise((resolvePromise) => setTimeout(resolvePromise, 100)); // back off before retrying
    }
  }
  throw new Error(`${url} did not load within ${timeoutMs} ms: ${String(lastError)}`, { cause: lastError });
}

async function launchFirefox(extensionDir: string, locale?: string, colorScheme?: 'dark'): Promise<ExtensionSession> {
  const network = new NetworkWatch();
  const uuid = randomUUID();
  const origin = `moz-extension://${uuid}`;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_BINARY,
    headless: true,
    timeout: LAUNCH_TIMEOUT,
    // Lets the tests open moz-extension:// pages and reach the chrome context.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Pin the extension's UUID, hence its origin.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // Firefox's own background traffic goes to a dead proxy; 127.0.0.1 is never proxied.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.socks_remote_dns': true,
      'network.proxy.failover_direct': false,
      'network.proxy.allow_bypass': false,
      'network.trr.mode': 5,
      ...(locale ? { 'intl.locale.requested': locale } : {}),
      // 0 = dark: what pages (extension pages included) see as prefers-color-scheme.
      ...(colorScheme === 'dark' ? { 'layout.css.prefers-color-scheme.content-override': 0, 'ui.systemUsesDarkTheme': 1 } : {}),
    },
  });
  return guarded(browser, async () => {
    await installFirefoxObserver(browser, network);
    browser.on('targetcreated', (target: Target) => {
      if (target.type() !== 'page') return;
      void target
        .page()
        .then((page) => page && network.watchPage(page, `new-target:${target.url()}`))
        .catch(() => undefined);
    });
    const id = await withTimeout(browser.installExtension(extensionDir), INSTALL_TIMEOUT, 'installExtension');
    if (id !== GECKO_ID) throw new Error(`installed add-on id is ${id}, expected ${GECKO_ID}`);
    return {
      name: 'firefox',
      browser,
      origin,
      network,
      newPage: sessionPages(network, browser),
      async gotoExtensionPage(page, path) {
        const url = `${origin}/${path}`;
        // page.goto() to a moz-extension:// URL never resolves although the page loads: start the
        // navigation, then wait for the document to be there.
        void page.goto(url).catch(() => undefined);
        await waitForDocument(page, url, 30_000);
      },
      close: () => browser.close(),
    };
  });
}
