// schema.org metadata in JSON-LD: what the page declares itself to be. A page that declares a
// NewsArticle (or another kind of article) is an article even when Readability's quick heuristic
// hesitates; a publication date is evidence of an article; a WebSite/CollectionPage is not one.

const ARTICLE_TYPES = new Set([
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'Article',
  'BlogPosting',
  'SocialMediaPosting',
  'LiveBlogPosting',
  'Report',
  'ScholarlyArticle',
  'TechArticle',
]);

/** Upper bound on the JSON-LD we parse, so a hostile page cannot make us parse megabytes. */
const MAX_JSON_LD_CHARS = 500_000;
/** Upper bound on the nodes we visit in one JSON-LD document (wide graphs, hostile nesting). */
const MAX_NODES = 2_000;
const MAX_DEPTH = 8;

export interface JsonLdFacts {
  /** Some node is of an article type. */
  article: boolean;
  /** Some article node gives a datePublished. */
  datePublished: boolean;
  /** The articleBody of each article node that has one (the article's text as the publisher gives it). */
  articleBodies: string[];
  /** Some article node is a live blog (a page of many dated entries, not several articles). */
  liveBlog: boolean;
  /** The description, abstract and alternative headline of the article nodes (a lead the body may leave out). */
  leads: string[];
}

export function readJsonLd(doc: Document): JsonLdFacts {
  const facts: JsonLdFacts = { article: false, datePublished: false, articleBodies: [], liveBlog: false, leads: [] };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const source = script.textContent ?? '';
    if (source.length > MAX_JSON_LD_CHARS) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(source);
    } catch {
      continue; // broken JSON-LD is common on real pages: ignore it
    }
    visit(parsed, facts);
  }
  return facts;
}

/** The articleBody texts the page's JSON-LD declares (often the whole article, even when the HTML shows none of it). */
export function jsonLdArticleBodies(doc: Document): string[] {
  return readJsonLd(doc).articleBodies;
}

/** Iterative walk over arrays, objects and @graph, bounded in depth and size. */
function visit(root: unknown, facts: JsonLdFacts): void {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: root, depth: 0 }];
  let visited = 0;
  while (stack.length > 0 && visited++ < MAX_NODES) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_DEPTH || node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (const item of node.slice(0, MAX_NODES)) stack.push({ node: item, depth: depth + 1 });
      continue;
    }
    const record = node as Record<string, unknown>;
    const type = record['@type'];
    const types = Array.isArray(type) ? type : [type];
    if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t))) {
      facts.article = true;
      if (types.includes('LiveBlogPosting')) facts.liveBlog = true;
      if (typeof record['datePublished'] === 'string' && record['datePublished'].trim() !== '') facts.datePublished = true;
      const body = record['articleBody'];
      if (typeof body === 'string' && body.trim() !== '') facts.articleBodies.push(body);
      for (const key of ['description', 'abstract', 'alternativeHeadline']) {
        const lead = record[key];
        if (typeof lead === 'string' && lead.trim() !== '') facts.leads.push(lead);
      }
    }
    if (record['@graph'] !== undefined) stack.push({ node: record['@graph'], depth: depth + 1 });
    if (record['mainEntity'] !== undefined) stack.push({ node: record['mainEntity'], depth: depth + 1 });
  }
}

