// Options page: which highlight categories new sites get, each remembered site (on/off, forget),
// and a plain statement that nothing leaves the device. Reads and writes storage.local only.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t, uiLanguage } from '../shared/i18n';
import {
  DEFAULT_SETTINGS,
  HIGHLIGHT_CATEGORIES,
  forgetSite,
  listSites,
  loadDefaults,
  saveDefaults,
  type HighlightCategory,
  type SiteSettings,
} from '../shared/site-settings';
import browser from 'webextension-polyfill';
import { MemorySection } from './MemorySection';

const LABEL_KEYS: Record<HighlightCategory, string> = { quotes: 'categoryQuotes', speakers: 'categorySpeakers', entities: 'categoryEntities' };

function CategoryBoxes({ settings, onChange, name }: { settings: SiteSettings; onChange: (next: SiteSettings) => void; name: string }) {
  return (
    <div class="categories">
      {HIGHLIGHT_CATEGORIES.map((category) => (
        <label key={category}>
          <input type="checkbox" data-option={`${name}:${category}`} checked={settings.categories[category]}
            onChange={(event) => onChange({ ...settings, categories: { ...settings.categories, [category]: event.currentTarget.checked } })} />
          {t(LABEL_KEYS[category])}
        </label>
      ))}
    </div>
  );
}

function Options() {
  const [defaults, setDefaults] = useState<SiteSettings>(DEFAULT_SETTINGS);
  const [sites, setSites] = useState<Array<{ host: string; settings: SiteSettings }>>([]);
  const [saved, setSaved] = useState(false);

  const reload = (): void => {
    void loadDefaults().then(setDefaults);
    void listSites().then(setSites);
  };
  useEffect(reload, []);

  const done = (): void => {
    setSaved(true);
    reload();
  };
  const saveSite = (host: string, settings: SiteSettings): void => {
    void browser.storage.local.set({ [`site:${host}`]: settings }).then(done);
  };

  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      <p class="privacy" data-statement="local">{t('optionsPrivacy')}</p>
      <section aria-labelledby="defaults-heading">
        <h2 id="defaults-heading">{t('optionsDefaults')}</h2>
        <CategoryBoxes name="defaults" settings={defaults} onChange={(next) => void saveDefaults(next).then(done)} />
      </section>
      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('optionsSites')}</h2>
        {sites.length === 0 ? (
          <p class="empty">{t('optionsNoSites')}</p>
        ) : (
          <ul>
            {sites.map(({ host, settings }) => (
              <li key={host} data-site={host}>
                <label class="site">
                  <input type="checkbox" data-option={`${host}:enabled`} checked={settings.enabled}
                    onChange={(event) => saveSite(host, { ...settings, enabled: event.currentTarget.checked })} />
                  {t('optionsSiteEnabled', host)}
                </label>
                <CategoryBoxes name={host} settings={settings} onChange={(next) => saveSite(host, next)} />
                <button type="button" onClick={() => void forgetSite(host).then(done)}>{t('optionsForget', host)}</button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <MemorySection />
      <p class="saved" role="status">{saved ? t('optionsSaved') : ''}</p>
    </>
  );
}

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
const root = document.getElementById('options');
if (root) render(<Options />, root);
