// Per-site reader settings in storage.local ("site:<host>", defaults under "defaults", set on the
// options page). Shared by the content script, popup and options page.
import browser from 'webextension-polyfill';
import { DEFAULTS_KEY, SITE_PREFIX, hostOfKey, parseSettings, siteKey, type SiteSettings } from './settings-format';

export * from './settings-format';

export async function loadDefaults(): Promise<SiteSettings> {
  const stored = await browser.storage.local.get(DEFAULTS_KEY);
  return parseSettings(stored[DEFAULTS_KEY]);
}

export async function saveDefaults(settings: SiteSettings): Promise<void> {
  await browser.storage.local.set({ [DEFAULTS_KEY]: settings });
}

/** Settings of the site of `url`: its own if stored, else the defaults. */
export async function loadSiteSettings(url: string): Promise<SiteSettings> {
  const key = siteKey(url);
  const stored = await browser.storage.local.get(key ? [DEFAULTS_KEY, key] : [DEFAULTS_KEY]);
  const defaults = parseSettings(stored[DEFAULTS_KEY]);
  return key && stored[key] !== undefined ? parseSettings(stored[key], defaults) : defaults;
}

export async function saveSiteSettings(url: string, settings: SiteSettings): Promise<void> {
  const key = siteKey(url);
  if (key) await browser.storage.local.set({ [key]: settings });
}

export async function forgetSite(host: string): Promise<void> {
  await browser.storage.local.remove(`${SITE_PREFIX}${host}`);
}

/** Every site with its own settings, by host. */
export async function listSites(): Promise<Array<{ host: string; settings: SiteSettings }>> {
  const all = await browser.storage.local.get(null);
  return Object.entries(all)
    .flatMap(([key, value]) => {
      const host = hostOfKey(key);
      return host ? [{ host, settings: parseSettings(value) }] : [];
    })
    .sort((a, b) => a.host.localeCompare(b.host));
}
