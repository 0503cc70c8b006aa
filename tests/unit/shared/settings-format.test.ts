import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, hostOfKey, parseSettings, siteKey } from '../../../src/shared/settings-format';

describe('site settings format', () => {
  it('keys settings by host name, not by page', () => {
    expect(siteKey('https://www.lemonde.fr/politique/article/2015/05/05/x.html?y=1#z')).toBe('site:www.lemonde.fr');
    expect(siteKey('http://127.0.0.1:8080/bbc-1/')).toBe('site:127.0.0.1');
    expect(siteKey('about:blank')).toBeNull();
    expect(siteKey('not a url')).toBeNull();
    expect(hostOfKey('site:www.bbc.co.uk')).toBe('www.bbc.co.uk');
    expect(hostOfKey('defaults')).toBeNull();
  });

  it('reads stored settings defensively, falling back field by field', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ enabled: 'no', highlights: false, categories: { speakers: false, quotes: 1 } })).toEqual({
      enabled: true,
      highlights: false,
      categories: { quotes: true, speakers: false, entities: true },
    });
  });

  it('fills missing fields from the given base (the defaults chosen on the options page)', () => {
    const base = { enabled: true, highlights: true, categories: { quotes: true, speakers: false, entities: false } };
    expect(parseSettings({ enabled: false }, base)).toEqual({ ...base, enabled: false });
  });
});
