// Settings of the reading memory: off until the reader turns it on (options page); paused keeps
// what is stored and shown but stores nothing new; excluded sites are never stored. Pure: the
// storage.local key and a defensive reader for whatever storage holds.

export interface MemorySettings {
  enabled: boolean;
  paused: boolean;
  /** Host names never remembered (their subdomains neither). */
  excluded: string[];
}

export const MEMORY_SETTINGS_KEY = 'memory';
export const DEFAULT_MEMORY_SETTINGS: MemorySettings = { enabled: false, paused: false, excluded: [] };

/** A host name as typed by the reader ("https://www.Example.org/x" → "www.example.org"), or null. */
export function normaliseHost(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (trimmed === '') return null;
  try {
    const host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `http://${trimmed}`).hostname;
    return /^[a-z0-9.\-[\]:]+$/.test(host) ? host : null;
  } catch {
    return null;
  }
}

export function parseMemorySettings(value: unknown): MemorySettings {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof MemorySettings, unknown>>;
  const excluded = Array.isArray(raw.excluded)
    ? [...new Set(raw.excluded.flatMap((h) => (typeof h === 'string' ? [normaliseHost(h)] : [])).filter((h): h is string => h !== null))]
    : [];
  return {
    enabled: typeof raw.enabled === 'boolean' ? raw.enabled : DEFAULT_MEMORY_SETTINGS.enabled,
    paused: typeof raw.paused === 'boolean' ? raw.paused : DEFAULT_MEMORY_SETTINGS.paused,
    excluded,
  };
}

/** Whether `site` is one of the excluded hosts or under one of them. */
export function isExcluded(site: string, settings: MemorySettings): boolean {
  const host = site.toLowerCase();
  return settings.excluded.some((h) => host === h || host.endsWith(`.${h}`));
}
