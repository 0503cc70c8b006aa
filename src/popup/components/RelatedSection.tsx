import type { RelatedDoc } from '../../index/types';
import { t } from '../../shared/i18n';
import { Section } from './Section';

export function RelatedSection({ related }: { related: RelatedDoc[] }) {
  return (
    <Section id="related" title={t('sectionRelated')} count={related.length} empty={t('emptyRelated')}>
      {related.map((doc) => (
        <li key={doc.id} data-related-id={doc.id}>
          <span class="related-title" lang={doc.lang}>{doc.title}</span>
          {doc.date && <span class="related-date">{doc.date}</span>}
          <span class="why">
            <span class="why-label">{t('relatedShared')} </span>
            {doc.why.join(', ')}
          </span>
        </li>
      ))}
    </Section>
  );
}
