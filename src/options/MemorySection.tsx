// The options page's reading-memory section: what it stores and where (plain words), on/off and
// pause, excluded sites, the remembered articles by site and the latest ones with their delete
// buttons, delete everything (two clicks), export and import. Reads and writes the IndexedDB store
// directly (the background notices through the store's generation).
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { exportMemory, parseExport } from '../memory/export-format';
import { IdbStore } from '../memory/idb-store';
import { formatReadDate } from '../memory/read-date';
import type { ArticleSummary } from '../memory/record';
import { DEFAULT_MEMORY_SETTINGS, normaliseHost, type MemorySettings } from '../memory/settings';
import { loadMemorySettings, saveMemorySettings } from '../memory/settings-storage';
import { t, uiLocale } from '../shared/i18n';

const LATEST = 20;
const store = new IdbStore();

interface Summary {
  count: number;
  sites: Array<{ site: string; count: number }>;
  latest: Array<Pick<ArticleSummary, 'id' | 'title' | 'site' | 'readAt' | 'lang'>>;
}

async function summarise(): Promise<Summary> {
  const records = await store.summaries();
  const sites = new Map<string, number>();
  for (const r of records) sites.set(r.site, (sites.get(r.site) ?? 0) + 1);
  const latest = [...records].sort((a, b) => (a.readAt < b.readAt ? 1 : a.readAt > b.readAt ? -1 : 0)).slice(0, LATEST);
  return {
    count: records.length,
    sites: [...sites].map(([site, count]) => ({ site, count })).sort((a, b) => b.count - a.count || a.site.localeCompare(b.site)),
    latest: latest.map(({ id, title, site, readAt, lang }) => ({ id, title, site, readAt, lang })),
  };
}

export function openPeoplePage(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('people.html') });
}

export function MemorySection() {
  const [settings, setSettings] = useState<MemorySettings>(DEFAULT_MEMORY_SETTINGS);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean }>({ text: '', error: false });
  const [confirming, setConfirming] = useState(false);
  const [exclude, setExclude] = useState('');

  const reload = (): void => {
    void loadMemorySettings().then(setSettings);
    void summarise()
      .then(setSummary)
      .catch((error: unknown) => setStatus({ text: String(error), error: true }));
  };
  useEffect(reload, []);

  const say = (text: string, error = false): void => setStatus({ text, error });
  const change = (next: MemorySettings): void => void saveMemorySettings(next).then(reload);
  const after = (work: Promise<unknown>, message: string): void => {
    setConfirming(false);
    void work.then(
      () => {
        say(message);
        reload();
      },
      (error: unknown) => say(String(error), true),
    );
  };

  const addExcluded = (event: Event): void => {
    event.preventDefault();
    const host = normaliseHost(exclude);
    if (!host) return say(t('optionsMemoryExcludeInvalid'), true);
    setExclude('');
    change({ ...settings, excluded: [...new Set([...settings.excluded, host])] });
  };

  const doExport = async (): Promise<void> => {
    const blob = new Blob([exportMemory(await store.all(), new Date())], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `context-lens-memory-${new Date().toISOString().slice(0, 10)}.json`;
    // In the document while clicked: some browsers download only from a link that is.
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };

  const doImport = async (input: HTMLInputElement): Promise<void> => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // Read and checked in full first; written in one transaction, adding only what is missing.
    const parsed = parseExport(await file.text());
    if (!parsed.ok) return say(t(parsed.problem, parsed.detail), true);
    try {
      const added = await store.addMissing(parsed.records);
      say(t('optionsMemoryImported', [String(added), String(parsed.records.length - added)]));
    } catch (error) {
      say(t('importFailed', error instanceof Error ? error.message : String(error)), true);
    }
    reload();
  };

  const language = uiLocale();
  const { count, sites, latest } = summary ?? { count: 0, sites: [], latest: [] };
  return (
    <section aria-labelledby="memory-heading" data-section="memory" data-loaded={String(summary !== null)}>
      <h2 id="memory-heading">{t('optionsMemory')}</h2>
      <p class="privacy" data-statement="memory">{t('optionsMemoryExplain')}</p>
      <label class="site">
        <input type="checkbox" data-option="memory:enabled" checked={settings.enabled}
          onChange={(event) => change({ ...settings, enabled: event.currentTarget.checked })} />
        {t('optionsMemoryEnabled')}
      </label>
      <br />
      <label>
        <input type="checkbox" data-option="memory:paused" checked={settings.paused} disabled={!settings.enabled}
          onChange={(event) => change({ ...settings, paused: event.currentTarget.checked })} />
        {t('optionsMemoryPaused')}
      </label>
      <p data-memory-count={count}>{t('optionsMemoryCount', String(count))}</p>
      <p>
        <button type="button" class="link" data-action="open-people" onClick={openPeoplePage}>{t('optionsOpenPeople')}</button>
      </p>

      <h3>{t('optionsMemoryExcluded')}</h3>
      <form class="inline" onSubmit={addExcluded}>
        <label>
          {t('optionsMemoryExcludeLabel')}
          <input type="text" data-field="exclude" value={exclude} onInput={(event) => setExclude(event.currentTarget.value)} />
        </label>
        <button type="submit" data-action="exclude">{t('optionsMemoryExcludeAdd')}</button>
      </form>
      <ul>
        {settings.excluded.map((host) => (
          <li key={host} data-excluded={host}>
            {host}{' '}
            <button type="button" onClick={() => change({ ...settings, excluded: settings.excluded.filter((h) => h !== host) })}>
              {t('optionsMemoryInclude', host)}
            </button>
          </li>
        ))}
      </ul>

      <h3>{t('optionsMemorySites')}</h3>
      {count === 0 ? (
        <p class="empty" data-memory-empty>{t('optionsMemoryEmpty')}</p>
      ) : (
        <>
          <ul>
            {sites.map(({ site, count }) => (
              <li key={site} data-memory-site={site}>
                {t('optionsMemorySiteCount', [site, String(count)])}{' '}
                <button type="button" data-action="delete-site" onClick={() => after(store.deleteSite(site), t('optionsMemoryDeleted'))}>
                  {t('optionsMemoryDeleteSite', site)}
                </button>
              </li>
            ))}
          </ul>
          <h3>{t('optionsMemoryLatest')}</h3>
          <ul>
            {latest.map((r) => (
              <li key={r.id} data-memory-article={r.id}>
                <span class="memory-title" lang={r.lang}>{r.title}</span>{' '}
                <span class="empty">{r.site}, {formatReadDate(r.readAt, language)}</span>{' '}
                <button type="button" data-action="delete-article" onClick={() => after(store.delete(r.id), t('optionsMemoryDeleted'))}>
                  {t('optionsMemoryDelete')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="actions">
        <button type="button" data-action="export" disabled={count === 0} onClick={() => void doExport()}>{t('optionsMemoryExport')}</button>{' '}
        {confirming ? (
          <button type="button" data-action="delete-all-confirm" onClick={() => after(store.clear(), t('optionsMemoryDeleted'))}>
            {t('optionsMemoryDeleteAllConfirm', String(count))}
          </button>
        ) : (
          <button type="button" data-action="delete-all" disabled={count === 0} onClick={() => setConfirming(true)}>{t('optionsMemoryDeleteAll')}</button>
        )}
      </p>
      <p>
        <label>
          {t('optionsMemoryImport')}{' '}
          <input type="file" accept="application/json,.json" data-field="import" onChange={(event) => void doImport(event.currentTarget)} />
        </label>
      </p>
      <p class={status.error ? 'memory-status error' : 'memory-status'} role={status.error ? 'alert' : 'status'} data-memory-status={status.error ? 'error' : 'ok'}>
        {status.text}
      </p>
    </section>
  );
}
