import type { RelatedDoc } from '../../index/types';
import type { RememberedDoc } from '../../memory/reading-memory';
import { formatReadDate } from '../../memory/read-date';
import { t, uiLocale } from '../../shared/i18n';
import { Section } from './Section';

/** Documents of the bundled collection, then articles of the reading memory, each saying where it comes from. */
export function RelatedSection({ related, remembered = [] }: { related: RelatedDoc[]; remembered?: RememberedDoc[] | undefined }) {
  const bundledUrls = new Set(related.flatMap((doc) => (doc.url ? [doc.url] : [])));
  const fromMemory = remembered.filter((doc) => !doc.url || !bundledUrls.has(doc.url));
  const language = uiLocale();
  const item = (doc: RelatedDoc, source: 'collection' | 'memory', label: string) => (
    <li key={`${source}:${doc.id}`} data-related-id={doc.id} data-source={source}>
      <span class="related-title" lang={doc.lang}>{doc.title}</span>
      <span class="related-source">{label}</span>
      {doc.date && <span class="related-date">{doc.date}</span>}
      <span class="why">
        <span class="why-label">{t('relatedShared')} </span>
        {doc.why.join(', ')}
      </span>
    </li>
  );
  return (
    <Section id="related" title={t('sectionRelated')} count={related.length + fromMemory.length} empty={t('emptyRelated')}>
      {related.map((doc) => item(doc, 'collection', t('relatedInCollection')))}
      {fromMemory.map((doc) => item(doc, 'memory', t('relatedReadOn', formatReadDate(doc.readAt, language))))}
    </Section>
  );
}
