// Page-level evidence for "is this an article?", read from what the page itself declares (meta
// tags, JSON-LD, canonical URL) and shows (dates). Readability's isProbablyReaderable only asks
// "is there a block of prose?", which a home page or a product page also has; these signals tell
// an article (dated, declared as one, at an article's URL) from a listing, landing or about page.
import { readJsonLd } from './json-ld';

export interface PageSignals {
  /** JSON-LD declares an article type. */
  jsonLdArticle: boolean;
  /** og:type, lower-cased ('' when absent). */
  ogType: string;
  /** Publication metadata: article:published_time, a date meta, itemprop=datePublished, JSON-LD datePublished. */
  published: boolean;
  /** A <time> element or a written date in the page text. */
  dated: boolean;
  /** The page's declared URL (canonical or og:url) is a site root or a one-word section ("/", "/news/", "/es/"). */
  listingUrl: boolean;
  /** JSON-LD articleBody texts (the article as the publisher declares it). */
  declaredBodies: string[];
  /** JSON-LD declares a live blog. */
  liveBlog: boolean;
  /** The article's lead as declared (JSON-LD description/abstract, og:description, meta description). */
  declaredLeads: string[];
}

const PUBLISHED_SELECTOR = [
  'meta[property="article:published_time" i]',
  'meta[property="og:published_time" i]',
  'meta[name="article:published_time" i]',
  'meta[name="date" i]',
  'meta[name="pubdate" i]',
  'meta[name="publishdate" i]',
  'meta[name="publish-date" i]',
  'meta[name="dc.date" i]',
  'meta[name="dc.date.issued" i]',
  'meta[name="dcterms.date" i]',
  'meta[name="sailthru.date" i]',
  'meta[name="parsely-pub-date" i]',
  '[itemprop="datePublished"]',
].join(', ');

/** og:type values that say "not an article"; a missing og:type says nothing either way. */
const NON_ARTICLE_OG_TYPES = new Set(['', 'website', 'product', 'profile', 'place', 'business.business', 'books.book']);

const MONTH =
  '(?:jan(?:uary|vier)?|feb(?:ruary)?|f[ée]vr?(?:ier)?|mar(?:ch|s)?|apr(?:il)?|avr(?:il)?|may|mai|june?|juin|july?|juil(?:let)?|aug(?:ust)?|ao[ûu]t|sept?(?:ember|embre)?|oct(?:ober|obre)?|nov(?:ember|embre)?|d[ée]c(?:ember|embre)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|januar|februar|märz|juni|juli|oktober|dezember)\\.?';
/** "20 November 2019", "Nov. 20, 2019", "December 2002", "2019-11-20", "20/11/2019", "2019年11月20日", "6月8日". */
const WRITTEN_DATE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(?:\\d{1,2}(?:er|st|nd|rd|th)?\\.?\\s+(?:de\\s+)?${MONTH}\\s+(?:de\\s+)?\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|${MONTH}\\s+\\d{4}|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})(?![\\p{L}\\p{N}])|\\d{1,2}月\\d{1,2}日`,
  'iu',
);
/** Only the start of a huge page is searched for a date: bounded work on any input. */
const MAX_TEXT_FOR_DATES = 200_000;

export function readPageSignals(doc: Document): PageSignals {
  const jsonLd = readJsonLd(doc);
  const ogType = (metaContent(doc, 'meta[property="og:type" i]') ?? '').trim().toLowerCase();
  const published = jsonLd.datePublished || doc.querySelector(PUBLISHED_SELECTOR) !== null;
  const text = (doc.body?.textContent ?? '').slice(0, MAX_TEXT_FOR_DATES);
  const dated = doc.querySelector('time') !== null || WRITTEN_DATE.test(text);
  const declaredUrl = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? metaContent(doc, 'meta[property="og:url" i]');
  return {
    jsonLdArticle: jsonLd.article,
    ogType,
    published,
    dated,
    listingUrl: isListingUrl(declaredUrl),
    declaredBodies: jsonLd.articleBodies,
    liveBlog: jsonLd.liveBlog,
    declaredLeads: [...jsonLd.leads, metaContent(doc, 'meta[property="og:description" i]'), metaContent(doc, 'meta[name="description" i]')].filter(
      (lead): lead is string => typeof lead === 'string' && lead.trim() !== '',
    ),
  };
}

/** "/", "/index.html", "/news/", "/es" — not "/2019/11/slug", "/about-bugs/", "/hl?a=123". */
export function isListingUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://page.invalid/');
  } catch {
    return false;
  }
  if (parsed.search !== '') return false;
  const segments = parsed.pathname.split('/').filter((s) => s !== '' && !/^index\.\w+$/i.test(s));
  return segments.length === 0 || (segments.length === 1 && /^[a-z]{1,12}$/i.test(segments[0] ?? ''));
}

export function declaresNonArticle(signals: PageSignals): boolean {
  return NON_ARTICLE_OG_TYPES.has(signals.ogType);
}

function metaContent(doc: Document, selector: string): string | null {
  return doc.querySelector(selector)?.getAttribute('content') ?? null;
}
