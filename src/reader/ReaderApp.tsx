// The reader view: the article sanitised (src/reader/sanitise.ts is the only way its HTML gets in),
// each claim in the margin next to its block, with the popup's speaker colours, initials and claim
// entries; filters by speaker and kind; key entities; exports as Markdown and as the contract JSON.
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Analysis, ClaimKind } from '../analysis/types';
import { ClaimItem, SpeakerName, speakerStyle } from '../popup/components/ClaimsSection';
import { EntitiesSection } from '../popup/components/EntitiesSection';
import { claimEntries, type ClaimEntry } from '../popup/claim-entries';
import { analysisContract, contractJson } from '../shared/contract';
import { t } from '../shared/i18n';
import type { ReaderArticle, ReaderState } from '../shared/messages';
import { badgeOf, claimsBySpeaker, speakerBadges, type SpeakerBadge } from '../shared/speakers';
import { articleBlocks, matchKey, placeClaims, type Block } from './blocks';
import { downloadText, fileName } from './download';
import { articleMarkdown, type MarkdownClaim } from './markdown';
import { sanitiseArticle } from './sanitise';

export type ReaderView = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; reader: ReaderState };

/** One sentence of claims (a popup entry) with its speaker, placed next to a block or not. */
interface Note {
  entry: ClaimEntry;
  speaker: string | null;
  badge: SpeakerBadge;
}

const KINDS: ClaimKind[] = ['direct', 'indirect', 'action'];
const FLASH_MS = 1600;

/** Every sentence entry of the analysis, with its speaker, in the order of its first claim. */
function notesOf(analysis: Analysis): Note[] {
  const badges = speakerBadges(analysis.claims);
  return claimsBySpeaker(analysis.claims)
    .flatMap((group) => claimEntries(group.claims).map((entry) => ({ entry, speaker: group.speaker, badge: badgeOf(badges, group.speaker) })))
    .sort((a, b) => a.entry.indices[0]! - b.entry.indices[0]!);
}

function flash(element: Element): void {
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  element.classList.add('flash');
  if (element instanceof HTMLElement) {
    element.tabIndex = -1;
    element.focus({ preventScroll: true });
  }
  setTimeout(() => element.classList.remove('flash'), FLASH_MS);
}

export function ReaderApp({ view }: { view: ReaderView }) {
  useEffect(() => {
    const root = document.getElementById('app');
    if (root) {
      root.dataset.state = view.state === 'ready' ? (view.reader.status === 'article' ? 'article' : 'unavailable') : view.state;
      root.setAttribute('aria-busy', String(view.state === 'loading'));
    }
  }, [view]);
  if (view.state === 'loading') return <p class="status" role="status">{t('loading')}</p>;
  if (view.state === 'error') return <p class="status" role="alert">{view.message}</p>;
  const reader = view.reader;
  if (reader.status === 'unavailable') {
    const key = reader.reason === 'pending' ? 'notAnalysed' : reader.reason === 'disabled' ? 'disabledHere' : reader.reason === 'noHtml' ? 'readerNoHtml' : `reason_${reader.reason}`;
    return <p class="status" role="alert" data-reason={reader.reason}>{t(key)}</p>;
  }
  return <Reader url={reader.url} analysis={reader.analysis} article={reader.article} related={reader.related} />;
}

function Reader({ url, analysis, article, related }: { url: string; analysis: Analysis; article: ReaderArticle; related: Extract<ReaderState, { status: 'article' }>['related'] }) {
  const body = useRef<HTMLDivElement>(null);
  const [images, setImages] = useState(false);
  const [hiddenSpeakers, setHiddenSpeakers] = useState<ReadonlySet<string>>(new Set());
  const [hiddenKinds, setHiddenKinds] = useState<ReadonlySet<ClaimKind>>(new Set());
  const [layout, setLayout] = useState<{ blocks: Block[]; places: Array<number | null>; slots: Map<number, Element> } | null>(null);
  const notes = useMemo(() => notesOf(analysis), [analysis]);
  const title = analysis.title || article.title || t('untitled');

  // The article: sanitised into the page, again when images are switched on or off.
  useEffect(() => {
    const target = body.current;
    if (!target) return;
    target.replaceChildren(sanitiseArticle(article.html, window, { images, imageLabel: t('imageNotShown') }));
    const blocks = articleBlocks(target);
    const places = placeClaims(blocks.map((b) => b.text), notes.map((n) => analysis.claims[n.entry.indices[0]!]!));
    // One margin slot beside the top-level element holding each block that has claims.
    const slots = new Map<number, Element>();
    for (const index of new Set(places)) {
      if (index === null) continue;
      let top: Element = blocks[index]!.element;
      while (top.parentElement && top.parentElement !== target) top = top.parentElement;
      const slot = document.createElement('aside');
      slot.className = 'margin-notes';
      slot.setAttribute('aria-label', t('sectionClaims'));
      // Before it, so the float starts level with its top; several blocks of one list or quote:
      // their notes follow one another, in order, before it.
      top.before(slot);
      slots.set(index, slot);
    }
    setLayout({ blocks, places, slots });
    return () => {
      for (const slot of slots.values()) render(null, slot);
    };
  }, [article.html, images, notes]);

  const visible = (note: Note): boolean => !hiddenSpeakers.has(note.speaker ?? '') && note.entry.kinds.some((k) => !hiddenKinds.has(k));
  const reveal = (claimIndex: number): void => {
    const at = notes.findIndex((n) => n.entry.indices.includes(claimIndex));
    const place = layout?.places[at];
    if (place !== null && place !== undefined && layout) flash(layout.blocks[place]!.element);
  };
  const revealEntity = (name: string): void => {
    const entity = analysis.entities.find((e) => e.text === name);
    const names = (entity ? [entity.text, ...entity.aliases] : [name]).map(matchKey);
    const block = layout?.blocks.find((b) => names.some((n) => matchKey(b.text).includes(n)));
    if (block) flash(block.element);
  };

  // The margin: each slot shows the visible notes of its block (Preact renders into the slots).
  useEffect(() => {
    if (!layout) return;
    for (const [index, slot] of layout.slots) {
      const here = notes.filter((n, i) => layout.places[i] === index && visible(n));
      render(<MarginNotes notes={here} onReveal={reveal} />, slot);
    }
    // Said once the margin is drawn, for whoever waits on it (the end-to-end tests read it after this).
    body.current?.setAttribute('data-margin', 'drawn');
  }, [layout, hiddenSpeakers, hiddenKinds]);

  const unplaced = layout ? notes.filter((n, i) => layout.places[i] === null && visible(n)) : [];
  const speakers = [...new Map(notes.map((n) => [n.speaker ?? '', n])).values()];
  const toggle = <T,>(set: ReadonlySet<T>, value: T): Set<T> => {
    const next = new Set(set);
    if (!next.delete(value)) next.add(value);
    return next;
  };
  const meta = [article.byline, article.siteName, article.published ? formatDate(article.published) : null].filter((x): x is string => !!x);

  const exportMarkdown = (): void => {
    if (!layout) return;
    const toClaim = (note: Note): MarkdownClaim => ({
      speaker: note.speaker ?? t('unattributed'),
      initials: note.badge.initials,
      cues: note.entry.cues,
      text: note.entry.segments.map((s) => s.text).join(''),
      quotes: [...note.entry.apart.map((a) => a.quote), ...note.entry.segments.filter((s) => s.claimIndices.length > 0).map((s) => s.text)],
      rationales: note.entry.rationales,
    });
    const byBlock = new Map<number, MarkdownClaim[]>();
    notes.forEach((note, i) => {
      const place = layout.places[i];
      if (place === null || place === undefined) return;
      byBlock.set(place, [...(byBlock.get(place) ?? []), toClaim(note)]);
    });
    const markdown = articleMarkdown(
      { title, url, meta, blocks: layout.blocks, notes: byBlock, unplaced: notes.filter((_, i) => layout.places[i] === null).map(toClaim), entities: analysis.entities },
      {
        source: t('readerSource'),
        unplaced: t('readerUnplaced'),
        entities: t('sectionEntities'),
        because: t('because'),
        noRationale: t('noRationale'),
        entityTypes: { PER: t('entitiesPeople'), ORG: t('entitiesOrganisations'), LOC: t('entitiesPlaces'), MISC: t('entitiesOther') },
      },
    );
    downloadText(markdown, fileName(title, 'md'), 'text/markdown');
  };
  const exportJson = (): void => {
    const date = article.published && /^\d{4}-\d{2}(-\d{2})?/.test(article.published) ? article.published.slice(0, 10) : null;
    downloadText(`${contractJson(analysisContract(url, date, analysis, related))}\n`, fileName(title, 'json'), 'application/json');
  };

  return (
    <>
      <header class="reader-bar">
        <span class="brand">Context Lens</span>
        <label class="toggle">
          <input type="checkbox" data-toggle="images" checked={images} onChange={(e) => setImages((e.currentTarget as HTMLInputElement).checked)} />
          {t('readerShowImages')}
        </label>
        <button type="button" data-action="export-markdown" onClick={exportMarkdown}>{t('readerExportMarkdown')}</button>
        <button type="button" data-action="export-json" onClick={exportJson}>{t('readerExportJson')}</button>
      </header>
      <div class="reader-layout">
        <nav class="reader-panel" aria-label={t('readerPanel')}>
          <fieldset class="filter" data-filter="speakers">
            <legend>{t('categorySpeakers')}</legend>
            {speakers.map((n) => (
              <label key={n.speaker ?? ''} class="filter-option speaker-group" style={speakerStyle(n.badge.slot)}>
                <input type="checkbox" data-speaker={n.speaker ?? ''} checked={!hiddenSpeakers.has(n.speaker ?? '')}
                  onChange={() => setHiddenSpeakers((s) => toggle(s, n.speaker ?? ''))} />
                <SpeakerName badge={n.badge} speaker={n.speaker} />
              </label>
            ))}
          </fieldset>
          <fieldset class="filter" data-filter="kinds">
            <legend>{t('readerKinds')}</legend>
            {KINDS.map((kind) => (
              <label key={kind} class="filter-option">
                <input type="checkbox" data-kind={kind} checked={!hiddenKinds.has(kind)} onChange={() => setHiddenKinds((s) => toggle(s, kind))} />
                {t(`readerKind_${kind}`)}
              </label>
            ))}
          </fieldset>
          <EntitiesSection entities={analysis.entities} onReveal={revealEntity} />
          {unplaced.length > 0 && (
            <section data-section="unplaced" aria-labelledby="unplaced-heading">
              <h2 id="unplaced-heading">{t('readerUnplaced')}</h2>
              <MarginNotes notes={unplaced} onReveal={() => undefined} />
            </section>
          )}
        </nav>
        <main class="reader-main">
          <article class="reader-article" lang={article.lang ?? analysis.lang}>
            <h1 class="reader-title">{title}</h1>
            {meta.length > 0 && <p class="reader-meta">{meta.join(' · ')}</p>}
            <p class="reader-meta">
              <a href={/^https?:\/\//i.test(url) ? url : undefined} target="_blank" rel="noopener noreferrer">{t('readerSource')}</a>
            </p>
            <div class="article-body" ref={body} />
          </article>
        </main>
      </div>
    </>
  );
}

/** The margin notes of one block: each sentence entry under its speaker's colour and initials. */
function MarginNotes({ notes, onReveal }: { notes: Note[]; onReveal: (index: number) => void }) {
  return (
    <ul class="notes">
      {notes.map((note) => (
        <li key={note.entry.indices.join(' ')} class="speaker-group margin-note" data-speaker-slot={note.badge.slot} style={speakerStyle(note.badge.slot)}>
          <h3><SpeakerName badge={note.badge} speaker={note.speaker} /></h3>
          <ul>
            <ClaimItem entry={note.entry} onReveal={onReveal} revealLabel={t('readerRevealClaim')} />
          </ul>
        </li>
      ))}
    </ul>
  );
}

function formatDate(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toLocaleDateString(document.documentElement.lang || undefined, { dateStyle: 'long' });
}
