// Per-site reader settings, kept in storage.local under "site:<host>", with defaults under
// "defaults" (set on the options page). Shared by the content script, popup, options and background.
import browser from 'webextension-polyfill';

export type HighlightCategory = 'quotes' | 'speakers' | 'entities';
export const HIGHLIGHT_CATEGORIES: readonly HighlightCategory[] = ['quotes', 'speakers', 'entities'];

export interface SiteSettings {
  /** Whether Context Lens analyses pages of this site at all. */
  enabled: boolean;
  /** Master switch of the inline highlights (the keyboard shortcut flips it). */
  highlights: boolean;
  categories: Record<HighlightCategory, boolean>;
}

export const DEFAULT_SETTINGS: SiteSettings = {
  enabled: true,
  highlights: true,
  categories: { quotes: true, speakers: true, entities: true },
};

export const DEFAULTS_KEY = 'defaults';
const SITE_PREFIX = 'site:';

/** Storage key of a page's site, or null for pages that have no host (file:, about:). */
export function siteKey(url: string): string | null {
  try {
    const { hostname } = new URL(url);
    return hostname ? `${SITE_PREFIX}${hostname}` : null;
  } catch {
    return null;
  }
}

export function hostOfKey(key: string): string | null {
  return key.startsWith(SITE_PREFIX) ? key.slice(SITE_PREFIX.length) : null;
}

/** Reads stored settings defensively: anything malformed falls back to `base`. */
export function parseSettings(value: unknown, base: SiteSettings = DEFAULT_SETTINGS): SiteSettings {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof SiteSettings, unknown>>;
  const rawCategories = (typeof raw.categories === 'object' && raw.categories !== null ? raw.categories : {}) as Record<
    string,
    unknown
  >;
  const flag = (v: unknown, fallback: boolean): boolean => (typeof v === 'boolean' ? v : fallback);
  const categories = { ...base.categories };
  for (const category of HIGHLIGHT_CATEGORIES) categories[category] = flag(rawCategories[category], base.categories[category]);
  return { enabled: flag(raw.enabled, base.enabled), highlights: flag(raw.highlights, base.highlights), categories };
}

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
