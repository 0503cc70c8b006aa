// The page's highlight switches: all at once (also the keyboard shortcut) and per category, with
// how many of each the page has. Saved for the site; the content script follows storage changes.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { HighlightCounts } from '../../shared/messages';
import { sendToTab } from '../../shared/messaging';
import { HIGHLIGHT_CATEGORIES, loadSiteSettings, saveSiteSettings, type HighlightCategory, type SiteSettings } from '../../shared/site-settings';
import { SPEAKER_COLOURS, SPEAKER_SLOTS, speakerNameColour } from '../../shared/speakers';

const LABEL_KEYS: Record<HighlightCategory, string> = { quotes: 'categoryQuotes', speakers: 'categorySpeakers', entities: 'categoryEntities' };
/** Three bands of colour, left to right. */
const bands = (colours: readonly string[]): string => `linear-gradient(90deg, ${colours.map((c, i) => `${c} ${(i * 100) / 3}% ${((i + 1) * 100) / 3}%`).join(', ')})`;
/** The quotes' and the names' swatches show the first speakers' colours: both take their speaker's colour. */
const SWATCHES: Partial<Record<HighlightCategory, Record<string, string>>> = {
  quotes: { '--speaker': bands(SPEAKER_COLOURS.slice(0, 3)) },
  speakers: { '--speaker-name': bands(SPEAKER_SLOTS.slice(0, 3).map(speakerNameColour)) },
};

export function HighlightControls({ tabId, url }: { tabId: number; url: string }) {
  const [settings, setSettings] = useState<SiteSettings | null>(null);
  const [found, setFound] = useState<HighlightCounts | null>(null);
  const [available, setAvailable] = useState(true);
  const [restored, setRestored] = useState(0);

  useEffect(() => {
    void loadSiteSettings(url).then(setSettings).catch(() => setAvailable(false));
    sendToTab(tabId, { type: 'get-highlights' })
      .then((state) => {
        setFound(state.found);
        setRestored(state.restored ?? 0);
      })
      .catch(() => setAvailable(false));
  }, [tabId, url]);

  if (!settings) return null;
  const update = (next: SiteSettings): void => {
    setSettings(next);
    void saveSiteSettings(url, next).catch(() => setAvailable(false));
  };

  return (
    <fieldset class="highlights">
      <legend>{t('highlightsLegend')}</legend>
      <label class="toggle master">
        <input type="checkbox" data-toggle="highlights" checked={settings.highlights} disabled={!available}
          onChange={(event) => update({ ...settings, highlights: event.currentTarget.checked })} />
        {t('highlightsAll')}
      </label>
      <div class="categories" role="group" aria-label={t('highlightsLegend')}>
        {HIGHLIGHT_CATEGORIES.map((category) => (
          <label key={category} class={`toggle category-${category}`}>
            <input type="checkbox" data-toggle={category} checked={settings.categories[category]}
              disabled={!available || !settings.highlights}
              onChange={(event) => update({ ...settings, categories: { ...settings.categories, [category]: event.currentTarget.checked } })} />
            <span class="swatch" aria-hidden="true" style={SWATCHES[category]} />
            {t(LABEL_KEYS[category])}
            {found && <span class="count" data-count={category}> ({found[category]})</span>}
          </label>
        ))}
      </div>
      {restored > 0 && <p class="notice" data-message="highlights-restored">{t('highlightsRestored')}</p>}
      <p class="hint">{t('shortcutHint')}</p>
    </fieldset>
  );
}
