// UI strings from _locales (browser.i18n), following the browser's language. A missing key shows
// the key itself, so a gap is visible instead of an empty label.
import browser from 'webextension-polyfill';

export function t(key: string, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

/** The UI language ("fr", "en", …), for the lang attribute of extension pages. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage().split('-')[0] || 'en';
  } catch {
    return 'en';
  }
}

/** The UI locale with its region ("en-GB", "fr-FR"), for dates written the reader's way. */
export function uiLocale(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
