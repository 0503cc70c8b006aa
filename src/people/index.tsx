// The People page: the speakers and entities across the remembered articles, with their claims
// (cue, stated reason or "no rationale stated") and when each article was read; searchable by
// name or by the words of a claim. Page text is rendered by Preact as text only.
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { IdbStore } from '../memory/idb-store';
import { openPeople, PEOPLE_VIEW, type People, type PersonEntry, type PersonRow } from '../memory/people';
import { formatReadDate } from '../memory/read-date';
import { t, uiLanguage, uiLocale } from '../shared/i18n';

const { firstEntries: FIRST_ENTRIES, claimsShown: CLAIMS_SHOWN, articlesShown: ARTICLES_SHOWN } = PEOPLE_VIEW;

type Data = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; people: People };

function Person({ entry, language }: { entry: PersonEntry; language: string }) {
  return (
    <li class="person" data-person={entry.key} data-type={entry.type}>
      <h2>
        <span class="person-name">{entry.name}</span> <span class="person-type">{t(`peopleType_${entry.type}`)}</span>
      </h2>
      <p class="person-articles">{t('peopleArticles', String(entry.articleCount))}</p>
      {entry.claims.length > 0 && (
        <ul class="claims">
          {entry.claims.map((claim, i) => {
            return (
              <li key={i} class="claim" data-kind={claim.kind}>
                <p class="claim-text">{claim.text}</p>
                <p class="claim-meta">
                  {claim.cue && <span class="claim-cue">{claim.cue} · </span>}
                  {claim.rationale ? <span class="claim-rationale">{claim.rationale}</span> : <span class="claim-rationale none">{t('peopleNoRationale')}</span>}
                </p>
                <p class="claim-source">
                  <a href={claim.url} target="_blank" rel="noopener noreferrer">
                    {claim.title}
                  </a>{' '}
                  <span class="read-on">{t('peopleReadOn', formatReadDate(claim.readAt, language))}</span>
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {entry.claims.length === 0 && (
        <ul class="articles">
          {entry.articles.map((a) => (
            <li key={a.id}>
              <a href={a.url} target="_blank" rel="noopener noreferrer">{a.title}</a>{' '}
              <span class="read-on">{t('peopleReadOn', formatReadDate(a.readAt, language))}</span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

const store = new IdbStore();

function PeoplePage() {
  const [data, setData] = useState<Data>({ state: 'loading' });
  const [query, setQuery] = useState('');
  const [all, setAll] = useState(false);
  /** Moves on when claims were read from the store, so that entries and search see them. */
  const [claimsRead, setClaimsRead] = useState(0);
  useEffect(() => {
    // The grouping the background keeps, at once; when articles were stored since, the regrouping replaces it.
    const failed = (error: unknown): void => setData({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    openPeople(store)
      .then(({ people, fresher }) => {
        setData({ state: 'ready', people });
        // If regrouping fails, what is shown stays (it holds no deleted article).
        void fresher?.then((fresh) => setData({ state: 'ready', people: fresh })).catch((error: unknown) => console.warn('Context Lens: the People page could not be regrouped', error));
      })
      .catch(failed);
  }, []);
  const people = data.state === 'ready' ? data.people : null;
  const found = useMemo<PersonRow[]>(() => (people ? people.search(query) : []), [people, query, claimsRead]);
  const shown = all ? found : found.slice(0, FIRST_ENTRIES);
  // The claims of the names shown are read when they are shown; a search reads them all once.
  const searching = query.trim() !== '';
  useEffect(() => {
    if (!people) return;
    const wanted = searching && !people.hasAllClaims ? undefined : people.claimsNeeded(shown, CLAIMS_SHOWN);
    if (wanted?.length === 0) return;
    void store.packedClaims(wanted).then((claims) => {
      people.addClaims(claims, wanted === undefined);
      setClaimsRead((n) => n + 1);
    });
  }, [people, found, all, searching]);
  useEffect(() => {
    const root = document.getElementById('people');
    if (root) root.dataset.state = data.state;
  }, [data.state]);

  const language = uiLocale();
  if (data.state === 'loading') return <p role="status">…</p>;
  if (data.state === 'error' || !people) return <p role="alert">{data.state === 'error' ? data.message : ''}</p>;
  return (
    <>
      <h1>{t('peopleTitle')}</h1>
      {people.articleCount === 0 ? (
        <p class="empty" data-people-empty>{t('peopleEmpty')}</p>
      ) : (
        <>
          <p class="summary">{t('peopleSummary', [String(people.rows.length), String(people.articleCount)])}</p>
          <label class="search">
            {t('peopleSearch')}
            <input type="search" data-field="search" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
          </label>
          {found.length === 0 ? <p class="empty">{t('peopleNoMatch')}</p> : <ul class="people">{shown.map((row) => <Person key={row.key} entry={people.entry(row, CLAIMS_SHOWN, ARTICLES_SHOWN)} language={language} />)}</ul>}
          {!all && found.length > FIRST_ENTRIES && (
            <button type="button" onClick={() => setAll(true)}>{t('peopleMore', String(found.length))}</button>
          )}
        </>
      )}
    </>
  );
}

document.documentElement.lang = uiLanguage();
document.title = t('peopleTitle');
const root = document.getElementById('people');
if (root) render(<PeoplePage />, root);
