// The UI speaks English and French: both locale files must hold the same keys, every key the code
// asks for, and a worded reason for every way a page can be "not an article".
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REASONS } from '../../../src/extraction/article';

const root = resolve(import.meta.dirname, '../../..');
const locale = (lang: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(root, '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const en = locale('en');
const fr = locale('fr');

/** Keys passed to t('…') / getMessage('…') or named as __MSG_…__ anywhere in src/ and the manifest. */
function keysUsed(): Set<string> {
  const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(tsx?|html)$/.test(f))
    .map((f) => join(root, 'src', f));
  const keys = new Set<string>();
  for (const file of [...files, join(root, 'manifest.json')]) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) keys.add(m[1]!);
    for (const m of text.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) keys.add(m[1]!);
  }
  return keys;
}

describe('_locales', () => {
  it('English and French have the same keys, none empty', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of [...Object.entries(en), ...Object.entries(fr)]) expect(value.message.trim(), key).not.toBe('');
  });

  it('every key the code uses exists', () => {
    const used = keysUsed();
    expect(used.size).toBeGreaterThan(10);
    for (const key of used) expect(Object.keys(en), `key ${key}`).toContain(key);
  });

  it('every "not an article" reason, and a failed analysis, is worded in both languages', () => {
    for (const code of [...Object.keys(REASONS), 'analysisFailed']) {
      expect(en[`reason_${code}`]?.message, `en reason_${code}`).toBeTruthy();
      expect(fr[`reason_${code}`]?.message, `fr reason_${code}`).toBeTruthy();
      expect(fr[`reason_${code}`]?.message).not.toBe(en[`reason_${code}`]?.message);
    }
  });
});
