// Turns a source document into a small, self-contained news page (with schema.org NewsArticle
// metadata), so the extension can be shown on the seed article without any network.
import type { SourceDocument } from '../../src/index/types';

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export function demoPage(doc: SourceDocument, lang = 'fr'): string {
  const jsonLd = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: doc.title, datePublished: doc.date })
    .replace(/</g, '\\u003c');
  const paragraphs = doc.text
    .split(/\n\s*\n/)
    .map((p) => `      <p>${escapeHtml(p.trim())}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
  <head>
    <meta charset="utf-8">
    <title>${escapeHtml(doc.title)}</title>
    <script type="application/ld+json">${jsonLd}</script>
    <style>body{font:18px/1.6 Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#222}</style>
  </head>
  <body>
    <header><p>Context Lens demo — a page built from <code>${escapeHtml(doc.id)}</code></p></header>
    <article>
      <h1>${escapeHtml(doc.title)}</h1>
      <p><time>${escapeHtml(doc.date ?? '')}</time></p>
${paragraphs}
    </article>
  </body>
</html>
`;
}
