// Per-site reader settings: their shape, defaults and storage keys ("site:<host>", "defaults"), and a
// defensive reader for whatever storage holds. Pure: no browser API (see site-settings.ts for storage).

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
export const SITE_PREFIX = 'site:';

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

