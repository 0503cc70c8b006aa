// What the fuzz campaigns run on each input, and the invariants every result must keep.
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyze } from '../../src/analysis';
import type { Analysis } from '../../src/analysis/types';
import { extractArticle, REASONS } from '../../src/extraction/article';
import { quoteRanges } from '../../src/content/highlights';

const ENTITY_TYPES = new Set(['PER', 'ORG', 'LOC', 'MISC']);
const KNOWN_REASONS = new Set<string>(Object.values(REASONS));
const quiet = new VirtualConsole();

export function fail(message: string): never {
  throw new Error(message);
}

/** What every analysis must look like, whatever the input. */
export function assertWellFormed(result: Analysis): void {
  if (typeof result !== 'object' || result === null) fail('analysis is not an object');
  if (typeof result.lang !== 'string' || result.lang === '') fail(`bad lang ${String(result.lang)}`);
  if (typeof result.text !== 'string' || typeof result.title !== 'string') fail('text or title is not a string');
  if (!Array.isArray(result.entities) || !Array.isArray(result.claims)) fail('entities or claims is not an array');
  for (const entity of result.entities) {
    if (typeof entity.text !== 'string' || entity.text.trim() === '') fail(`empty entity ${JSON.stringify(entity)}`);
    if (!ENTITY_TYPES.has(entity.type)) fail(`bad entity type ${String(entity.type)}`);
  }
  for (const claim of result.claims) {
    if (typeof claim.text !== 'string') fail(`claim without text ${JSON.stringify(claim)}`);
    if (claim.quote !== null && typeof claim.quote !== 'string') fail('claim quote is neither text nor null');
  }
  // It crosses runtime messaging: it must survive JSON.
  JSON.parse(JSON.stringify(result));
}

export const preview = (text: string): string => `${text.length} chars: ${JSON.stringify(text.slice(0, 120))}`;

/** One jsdom window whose DOMParser builds every page: 15× faster than a window per page, and
 * a parsed document runs no script, as with JSDOM's default. */
let parserWindow: JSDOM['window'] | undefined;
export function parseHtml(html: string): Document {
  parserWindow ??= new JSDOM('', { url: 'http://127.0.0.1/page/', virtualConsole: quiet }).window;
  // A browser decodes a page's bytes into well-formed text, so its parser never sees a lone
  // surrogate, and parse5 (jsdom's parser) throws on some ("Invalid code point"). Parse the
  // well-formed page, then put the lone surrogates back as a text node, as a page script could.
  const lone = html.match(LONE_SURROGATES);
  const doc = new parserWindow.DOMParser().parseFromString(lone ? html.replace(LONE_SURROGATES, '\ufffd') : html, 'text/html');
  if (lone) (doc.querySelector('p') ?? doc.body)?.append(doc.createTextNode(lone.join(' ')));
  return doc;
}
const LONE_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

/** Parses `html`, extracts, analyses, and maps the quotes back to the page. */
export function runPage(html: string): void {
  runDocument(parseHtml(html));
}

export function runDocument(doc: Document): void {
  const extraction = extractArticle(doc);
  if (!extraction.isArticle) {
    if (!KNOWN_REASONS.has(extraction.reason)) fail(`unknown reason ${extraction.reason}`);
    return;
  }
  if (typeof extraction.text !== 'string' || extraction.text.length === 0) fail('article without text');
  const result = analyze({ title: extraction.title, text: extraction.text, langHint: extraction.lang });
  assertWellFormed(result);
  quoteRanges(doc, result); // highlights: finding quotes in the live page must not throw either
}

