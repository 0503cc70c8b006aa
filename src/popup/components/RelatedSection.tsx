import type { RelatedDoc } from '../../index/types';
import { Section } from './Section';

export function RelatedSection({ related }: { related: RelatedDoc[] }) {
  return (
    <Section id="related" title="Related documents" count={related.length}
      empty="No document of the bundled collection shares enough names or terms with this article.">
      {related.map((doc) => (
        <li key={doc.id} data-related-id={doc.id} lang={doc.lang}>
          <span class="related-title">{doc.title}</span>
          {doc.date && <span class="related-date">{doc.date}</span>}
          <span class="why">
            <span class="why-label">Shared: </span>
            {doc.why.join(', ')}
          </span>
        </li>
      ))}
    </Section>
  );
}
