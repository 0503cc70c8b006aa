import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportProblem } from '../../../src/memory/export-format';
import { formatReadDate } from '../../../src/memory/read-date';
import { DEFAULT_MEMORY_SETTINGS, isExcluded, normaliseHost, parseMemorySettings } from '../../../src/memory/settings';

describe('memory settings', () => {
  it('off by default, and whatever storage holds reads back as valid settings', () => {
    expect(DEFAULT_MEMORY_SETTINGS.enabled).toBe(false);
    expect(parseMemorySettings(undefined)).toEqual(DEFAULT_MEMORY_SETTINGS);
    expect(parseMemorySettings({ enabled: 'yes', paused: 1, excluded: 'x' })).toEqual(DEFAULT_MEMORY_SETTINGS);
    expect(parseMemorySettings({ enabled: true, excluded: ['Example.org', 42, 'example.org', 'not a host!'] })).toEqual({
      enabled: true,
      paused: false,
      excluded: ['example.org'],
    });
  });

  it('site names as typed become host names; excluded sites cover their subdomains only', () => {
    expect(normaliseHost(' https://www.Example.org/path?q=1 ')).toBe('www.example.org');
    expect(normaliseHost('lemonde.fr')).toBe('lemonde.fr');
    expect(normaliseHost('127.0.0.1:8080')).toBe('127.0.0.1');
    expect(normaliseHost('')).toBeNull();
    expect(normaliseHost('a b')).toBeNull();
    const settings = { ...DEFAULT_MEMORY_SETTINGS, excluded: ['example.org'] };
    expect(isExcluded('example.org', settings)).toBe(true);
    expect(isExcluded('news.example.org', settings)).toBe(true);
    expect(isExcluded('badexample.org', settings)).toBe(false);
  });
});

describe('formatReadDate', () => {
  const now = new Date('2025-06-01T12:00:00Z');
  it('the day and month in the UI language, the year only for another year', () => {
    expect(formatReadDate('2025-03-03T10:00:00Z', 'en-GB', now)).toBe('3 March');
    expect(formatReadDate('2025-03-03T10:00:00Z', 'fr', now)).toBe('3 mars');
    expect(formatReadDate('2024-03-03T10:00:00Z', 'fr', now)).toBe('3 mars 2024');
    expect(formatReadDate('not a date', 'en', now)).toBe('');
    expect(formatReadDate('2025-03-03T10:00:00Z', 'xx-invalid-!!', now)).toMatch(/March/);
  });
});

describe('import messages', () => {
  it('every reason an import is refused is worded in English and French', () => {
    const problems: ImportProblem[] = ['importNotJson', 'importForeign', 'importVersion', 'importInvalid', 'importTooLarge'];
    for (const lang of ['en', 'fr']) {
      const messages = JSON.parse(readFileSync(join(resolve(import.meta.dirname, '../../../_locales'), lang, 'messages.json'), 'utf8')) as Record<string, unknown>;
      for (const problem of problems) expect(Object.keys(messages), `${lang}: ${problem}`).toContain(problem);
    }
  });
});
