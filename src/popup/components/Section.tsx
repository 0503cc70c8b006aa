import type { ComponentChildren } from 'preact';

interface SectionProps {
  id: string;
  title: string;
  count: number;
  /** What an empty section means, in plain words. */
  empty: string;
  children: ComponentChildren;
}

export function Section({ id, title, count, empty, children }: SectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section data-section={id} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} <span class="count">({count})</span>
      </h2>
      {count === 0 ? <p class="empty">{empty}</p> : <ul>{children}</ul>}
    </section>
  );
}
