// The article's title without what the site appends to it: "… | AP News", "… - Le Monde",
// "… | DW | 28.04.2023", "… | Eleanor Ainge Roy". A segment is cut only when it is known not to be
// title words: the site's name (og:site_name, or the page's host name: apnews.com → "AP News"), the
// article's byline, or a date after one of these. A headline's own dashes and colons stay.
import { NAME_PARTICLES } from '../shared/name-particles';

export interface TitleContext {
  /** The site's declared name (og:site_name, JSON-LD publisher). */
  siteName?: string | null | undefined;
  /** Host names the page is known by (its URL, canonical URL, og:url). */
  hosts?: readonly string[];
  /** The article's author line, when the page states it. */
  byline?: string | null | undefined;
}

/** Separators sites put between the headline and their name (spaces around them: a hyphen inside a word is no separator). */
const SEPARATOR = /\s+(?:[|\-–—·•»\/]|::|--)\s+/gu;
const TRAILING_SEPARATOR = /\s+(?:[|\-–—·•»\/]|::|--)\s*$/u;
/** Host name labels that say nothing about the site. */
const HOST_NOISE = new Set(['www', 'www1', 'www2', 'm', 'mobile', 'amp', 'edition', 'beta']);
/** A date segment: 28.04.2023, 2023-04-28, 04/28/2023. */
const DATE_SEGMENT = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})$/u;
/** More words than this is a sentence, not a site's name or a byline. */
const MAX_NAME_WORDS = 6;

/** Letters and digits only, accents dropped, in lower case; German umlauts also as "oe", as host names write them. */
function compactForms(text: string): string[] {
  const strip = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const plain = strip(text);
  const umlauts = strip(text.replace(/[äÄ]/g, 'ae').replace(/[öÖ]/g, 'oe').replace(/[üÜ]/g, 'ue').replace(/ß/g, 'ss'));
  return plain === umlauts ? [plain] : [plain, umlauts];
}

/** What the site is called, in compact form: its declared name (with and without a domain ending) and its host names' labels. */
function siteKeys(context: TitleContext): string[] {
  const keys = new Set<string>();
  const name = context.siteName?.trim();
  if (name && name.length <= 80) {
    for (const form of compactForms(name)) keys.add(form);
    for (const form of compactForms(name.replace(/\.[a-z]{2,6}$/iu, ''))) keys.add(form);
  }
  for (const host of context.hosts ?? []) {
    const labels = host.toLowerCase().split('.').filter((label) => label !== '' && !HOST_NOISE.has(label));
    // Every label but the last (the domain ending), and the whole name ("rp.pl", "golem.de").
    for (const label of labels.slice(0, -1)) for (const form of compactForms(label)) keys.add(form);
    if (labels.length > 1) keys.add(compactForms(labels.join('.'))[0]!);
  }
  keys.delete('');
  return [...keys];
}

/** True when `segment` is written as a name: each word capitalised, a digit, or a particle (scripts without case pass). */
function looksLikeName(segment: string): boolean {
  const words = segment.split(/\s+/u).filter((w) => w !== '');
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return false;
  return words.every((word) => NAME_PARTICLES.has(word.toLowerCase()) || /^[^\p{Ll}]/u.test(word) || !/\p{Lu}/u.test(segment));
}

/** True when `segment` is the site's name ("AP News" for apnews.com, "The Namibian" for namibian.com.na). */
function isSiteName(segment: string, keys: readonly string[]): boolean {
  if (!looksLikeName(segment)) return false;
  return compactForms(segment).some((form) =>
    keys.some((key) => {
      if (form === key) return true;
      if (form.length < 2 || form.length > key.length * 2.5 + 6) return false;
      // "bbcnews" for bbc.co.uk, "thenamibian" for namibian, "guardian" for "theguardian".
      if (key.length >= 3 && (form.startsWith(key) || form.endsWith(key))) return true;
      if (key.length >= 5 && form.includes(key)) return true;
      return form.length >= 4 && form.length >= key.length * 0.6 && (key.startsWith(form) || key.endsWith(form));
    }),
  );
}

function isByline(segment: string, byline: string | null | undefined): boolean {
  if (!byline || !looksLikeName(segment)) return false;
  const [form] = compactForms(segment);
  const [author] = compactForms(byline.replace(/^(?:by|par|von|por|di)\s+/iu, ''));
  return !!form && form.length >= 4 && form === author;
}

/** Splits a title at its separators: segments and the separators between them. */
function split(title: string): { segments: string[]; separators: string[] } {
  const segments: string[] = [];
  const separators: string[] = [];
  let at = 0;
  for (const match of title.matchAll(SEPARATOR)) {
    segments.push(title.slice(at, match.index));
    separators.push(match[0]);
    at = match.index + match[0].length;
  }
  segments.push(title.slice(at));
  return { segments, separators };
}

/** The title without the site's name, the byline or a date around it; the raw title (whitespace tidied) when nothing is known to cut. */
export function articleTitle(raw: string, context: TitleContext = {}): string {
  let title = raw.replace(/[\t\n\r ]+/gu, ' ').trim();
  // A declared name that itself holds separators ("Israel Nachrichten - Chadashoth Israel"): cut it whole.
  const name = context.siteName?.replace(/\s+/gu, ' ').trim() ?? '';
  if (name.length >= 2 && title.endsWith(name)) {
    const before = title.slice(0, title.length - name.length);
    const unseparated = before.replace(TRAILING_SEPARATOR, '');
    if (unseparated !== before && unseparated.trim() !== '') title = unseparated.trim();
  }
  const keys = siteKeys(context);
  const { segments, separators } = split(title);
  const kind = (segment: string): 'name' | 'date' | 'other' => {
    const text = segment.trim();
    if (isSiteName(text, keys) || isByline(text, context.byline)) return 'name';
    return DATE_SEGMENT.test(text) ? 'date' : 'other';
  };
  // From the end: names (the site's, the author's) and dates, cut only when a name is among them.
  let end = segments.length;
  let named = false;
  for (let i = segments.length - 1; i >= 1; i--) {
    const k = kind(segments[i]!);
    if (k === 'other') break;
    named ||= k === 'name';
    end = i;
  }
  if (!named) end = segments.length;
  // At the start: the site's name before the headline ("BBC News - …").
  const start = end >= 2 && isSiteName(segments[0]!.trim(), keys) ? 1 : 0;
  const kept = segments.slice(start, end).map((segment, i) => (i === 0 ? segment : `${separators[start + i - 1]}${segment}`));
  return kept.join('').trim() || title;
}

/** Host names the page is known by: its own URL (http or https), its canonical URL and og:url. */
export function pageHosts(doc: Document): string[] {
  const urls = [
    doc.URL,
    doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url" i]')?.getAttribute('content'),
  ];
  const hosts = new Set<string>();
  for (const url of urls) {
    if (!url) continue;
    try {
      const parsed = new URL(url, doc.URL);
      if ((parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '') hosts.add(parsed.hostname);
    } catch {
      // not a URL: nothing to learn from it
    }
  }
  return [...hosts];
}
