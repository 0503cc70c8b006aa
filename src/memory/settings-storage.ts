// The reading memory's settings in storage.local (key "memory"), read by the background on each
// article and written by the options page.
import browser from 'webextension-polyfill';
import { MEMORY_SETTINGS_KEY, parseMemorySettings, type MemorySettings } from './settings';

export async function loadMemorySettings(): Promise<MemorySettings> {
  const stored = await browser.storage.local.get(MEMORY_SETTINGS_KEY);
  return parseMemorySettings(stored[MEMORY_SETTINGS_KEY]);
}

export async function saveMemorySettings(settings: MemorySettings): Promise<void> {
  await browser.storage.local.set({ [MEMORY_SETTINGS_KEY]: parseMemorySettings(settings) });
}
