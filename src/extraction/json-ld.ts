// schema.org metadata: a page that declares itself a NewsArticle (or a kind of article) in
// JSON-LD is an article even when Readability's quick heuristic hesitates.

const ARTICLE_TYPES = new Set([
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'Article',
  'BlogPosting',
  'Report',
]);

/** Upper bound on the JSON-LD we parse, so a hostile page cannot make us parse megabytes. */
const MAX_JSON_LD_CHARS = 500_000;

export function hasArticleJsonLd(doc: Document): boolean {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const source = script.textContent ?? '';
    if (source.length > MAX_JSON_LD_CHARS) continue;
    try {
      if (declaresArticle(JSON.parse(source) as unknown, 0)) return true;
    } catch {
      // Broken JSON-LD is common on real pages: ignore it.
    }
  }
  return false;
}

function declaresArticle(node: unknown, depth: number): boolean {
  if (depth > 6 || node === null || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some((item) => declaresArticle(item, depth + 1));
  const record = node as Record<string, unknown>;
  const type = record['@type'];
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t))) return true;
  return declaresArticle(record['@graph'], depth + 1);
}
