// Where the highlights land, on real pages the content script's rules were not written for: the
// 247 pages of ../shared/corpus/fundus and the article pages (news, magazine, blog, howto) of
// ../shared/corpus/readability-pages. Each page is extracted and analysed as in the extension (on a
// jsdom DOM), then its names (speakers and the key entities) and quotes are looked for two ways:
//   peer — the whole page, as plain substrings (what the content script did before placing the article);
//   ours — the article's own text placed on the page (src/content/article-text.ts), names as whole
//          words, quotes between their quotation marks.
// It prints the share of the article text placed on the page, how many of the peer's name ranges
// fall outside the placed article or cut a word, how many quotes each finds at least once, and
// how many quote ranges the peer colours as another speaker than the claim whose sentence holds
// them (the peer gives every place of a quote the colour of the first claim with its words; ours,
// src/content/claim-quotes.ts, the colour of the claim whose sentence holds it).
//   npm run bench:highlights [-- --json] [--limit N] [--missed]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyze } from '../src/analysis/index';
import { ArticleText, type Span } from '../src/content/article-text';
import { claimQuotesAtOnce } from '../src/content/claim-quotes';
import { keyEntityNames, MIN_NAME_LENGTH } from '../src/content/highlights';
import { MAX_RANGES_PER_NAME, PageText } from '../src/content/text-ranges';
import { isWholeWords } from '../src/content/word-bounds';
import { extractArticle } from '../src/extraction/article';
import { slotOf, speakerSlots } from '../src/shared/speakers';
import { endUnmeasured, type BenchSummary } from './lib/bench-summary';
import { SHARED_DIR } from './lib/shared-data';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    limit: { type: 'string' },
    missed: { type: 'boolean', default: false },
  },
});
const log = values.json ? console.error : console.log;
const ARTICLE_KINDS = new Set(['news', 'magazine', 'blog', 'howto']);
/** Targets: the article is found on the page, and no quote the peer finds is lost but headline quotes. */
const TARGET_PLACED = 0.98;

interface SavedPage {
  name: string;
  html: string;
  url: string;
}

function fundusPages(): SavedPage[] {
  const dir = join(SHARED_DIR, 'corpus/fundus');
  if (!existsSync(join(dir, 'pages.jsonl'))) return [];
  return readFileSync(join(dir, 'pages.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { id: string; file: string; url: string })
    .map((p) => ({ name: `fundus/${p.id}`, html: gunzipSync(readFileSync(join(dir, p.file))).toString('utf8'), url: p.url }));
}

function readabilityPages(): SavedPage[] {
  const dir = join(SHARED_DIR, 'corpus/readability-pages');
  if (!existsSync(join(dir, 'index.tsv'))) return [];
  const [head = '', ...rows] = readFileSync(join(dir, 'index.tsv'), 'utf8').trim().split('\n');
  const header = head.split('\t');
  const [folderCol, kindCol, urlCol] = ['folder', 'kind', 'url'].map((c) => header.indexOf(c));
  return rows
    .map((row) => row.split('\t'))
    .filter((cells) => ARTICLE_KINDS.has(cells[kindCol ?? -1] ?? ''))
    .map((cells) => {
      const folder = cells[folderCol ?? -1] ?? '';
      return { name: `readability/${folder}`, html: readFileSync(join(dir, folder, 'source.html'), 'utf8'), url: cells[urlCol ?? -1] || `http://127.0.0.1/${folder}/` };
    });
}

const totals = {
  pages: 0,
  refused: 0,
  articleChars: 0,
  placedChars: 0,
  placeMs: 0,
  /** Time to find the quotes: ours (each in its claim's sentence) and the previous content script's (each distinct quote's words). */
  quoteMsOurs: 0,
  quoteMsPrevious: 0,
  quotes: 0,
  quotesPeer: 0,
  quotesOurs: 0,
  quotesMissedHeadline: 0,
  quoteRangesPeer: 0,
  quoteRangesOurs: 0,
  quoteRangesBySentence: 0,
  quoteRangesByWords: 0,
  /** Quote ranges of ours that the peer also draws, and of those, the ones it draws in another speaker's colour. */
  quoteRangesShared: 0,
  /** Quote ranges of the previous content script (every place of a quote in the article). */
  quoteRangesPrevious: 0,
  peerOtherColour: 0,
  nameRangesPeer: 0,
  peerOutsideArticle: 0,
  peerCuttingWords: 0,
  nameRangesOurs: 0,
};
const lowPlacement: string[] = [];
const missedQuotes: string[] = [];
const quiet = new VirtualConsole();

function inside(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((span) => start >= span.start && end <= span.end);
}

function measure(page: SavedPage): void {
  const doc = new JSDOM(page.html, { url: page.url, virtualConsole: quiet }).window.document;
  const extraction = extractArticle(doc);
  if (!extraction.isArticle || !doc.body) {
    totals.refused++;
    return;
  }
  const analysis = analyze({ title: extraction.title, text: extraction.text, langHint: extraction.lang });
  const text = new PageText(doc.body);
  const started = performance.now();
  const article = ArticleText.locate(text, analysis.text);
  totals.placeMs += performance.now() - started;
  const chars = analysis.text.split(/\n\n/).reduce((sum, p) => sum + p.trim().length, 0);
  const placed = article.spans.reduce((sum, span) => sum + span.end - span.start, 0);
  totals.pages++;
  totals.articleChars += chars;
  totals.placedChars += placed;
  if (placed < 0.9 * chars) lowPlacement.push(`${page.name}: ${((100 * placed) / chars).toFixed(0)} % placed`);

  const slots = speakerSlots(analysis.claims);
  // Both ways of finding the quotes, with their DOM ranges, timed after one untimed round of each
  // (the first pays for what jsdom computes lazily on a fresh document).
  const oursWithRanges = (): ReturnType<typeof claimQuotesAtOnce> => {
    const found = claimQuotesAtOnce(article, analysis);
    for (const { span } of found) article.range(span);
    return found;
  };
  const distinctQuotes = [...new Set(analysis.claims.flatMap((claim) => (claim.quote ? [claim.quote] : [])))];
  const previous = (): void => {
    for (const quote of distinctQuotes) article.find(quote, 'quote');
  };
  previous();
  const ours = oursWithRanges();
  let clock = performance.now();
  oursWithRanges();
  totals.quoteMsOurs += performance.now() - clock;
  clock = performance.now();
  previous();
  totals.quoteMsPrevious += performance.now() - clock;
  const oursByQuote = new Map<string, number>();
  const oursAt = new Map<string, string>();
  for (const { span, claimIndex, by } of ours) {
    const claim = analysis.claims[claimIndex]!;
    oursByQuote.set(claim.quote!, (oursByQuote.get(claim.quote!) ?? 0) + 1);
    oursAt.set(`${span.start}:${span.end}`, slotOf(slots, claim.speaker));
    if (by === 'sentence') totals.quoteRangesBySentence++;
    else totals.quoteRangesByWords++;
  }
  totals.quoteRangesOurs += ours.length;
  for (const [claimIndex, claim] of analysis.claims.entries()) {
    const quote = claim.quote;
    if (!quote || analysis.claims.findIndex((c) => c.quote === quote) !== claimIndex) continue;
    const peer = text.find(quote).length;
    totals.quotes++;
    totals.quotesPeer += peer > 0 ? 1 : 0;
    totals.quotesOurs += (oursByQuote.get(quote) ?? 0) > 0 ? 1 : 0;
    totals.quoteRangesPeer += peer;
    // The previous content script: every place of the quote in the article, in the first claim's colour.
    for (const span of article.findSpans(quote, 'quote')) {
      totals.quoteRangesPrevious++;
      const held = oursAt.get(`${span.start}:${span.end}`);
      if (held === undefined) continue;
      totals.quoteRangesShared++;
      if (held !== slotOf(slots, claim.speaker)) totals.peerOtherColour++;
    }
    if (peer > 0 && !oursByQuote.get(quote)) {
      const headline = analysis.title.includes(quote);
      if (headline) totals.quotesMissedHeadline++;
      missedQuotes.push(`${page.name}${headline ? ' (headline)' : ''}: ${JSON.stringify(quote.slice(0, 80))}`);
    }
  }

  const speakers = new Set(speakerSlots(analysis.claims).keys());
  const names = [
    ...[...speakers].filter((name) => name.length >= MIN_NAME_LENGTH),
    ...keyEntityNames(analysis, speakers), // the content script's own names and limits
  ];
  for (const name of names) {
    const wanted = name.replace(/\s+/g, ' ').trim();
    let found = 0;
    for (let at = text.text.indexOf(wanted); at >= 0 && found < MAX_RANGES_PER_NAME; at = text.text.indexOf(wanted, at + wanted.length), found++) {
      totals.nameRangesPeer++;
      if (!inside(article.spans, at, at + wanted.length)) totals.peerOutsideArticle++;
      if (!isWholeWords(text.text, at, at + wanted.length)) totals.peerCuttingWords++;
    }
    totals.nameRangesOurs += article.find(name, 'words').length;
  }
}

const pages = [...fundusPages(), ...readabilityPages()].slice(0, values.limit ? Number(values.limit) : undefined);
if (pages.length === 0) {
  endUnmeasured('highlights', `needs ${join(SHARED_DIR, 'corpus/fundus')} or ${join(SHARED_DIR, 'corpus/readability-pages')}, absent: nothing measured.`, !!values.json, 'corpora absent');
}
for (const [i, page] of pages.entries()) {
  try {
    measure(page);
  } catch (error) {
    log(`${page.name}: failed: ${error instanceof Error ? error.message : String(error)}`);
    totals.refused++;
  }
  if (!values.json && process.stdout.isTTY) process.stdout.write(`\r${i + 1}/${pages.length}`);
}

const share = (part: number, whole: number): string => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(2)} %`);
const placedShare = totals.placedChars / Math.max(1, totals.articleChars);
log(`\n${totals.pages} articles (${totals.refused} pages refused or failed), ${totals.articleChars} characters of analysed text`);
log(`article placed on its page: ${share(totals.placedChars, totals.articleChars)} of its characters; pages under 90 %: ${lowPlacement.length}; ${(totals.placeMs / Math.max(1, totals.pages)).toFixed(2)} ms per page`);
log(`name ranges, peer (whole page, substrings): ${totals.nameRangesPeer}, of which outside the article ${totals.peerOutsideArticle} (${share(totals.peerOutsideArticle, totals.nameRangesPeer)}) and cutting a word ${totals.peerCuttingWords} (${share(totals.peerCuttingWords, totals.nameRangesPeer)})`);
log(`name ranges, ours (article, whole words): ${totals.nameRangesOurs}, outside the article 0 and cutting a word 0 by construction`);
log(`quotes: ${totals.quotes} distinct; found at least once by the peer ${totals.quotesPeer}, by ours ${totals.quotesOurs} (missed: ${missedQuotes.length}, of which headline quotes ${totals.quotesMissedHeadline}); ranges peer ${totals.quoteRangesPeer}, ours ${totals.quoteRangesOurs} (in their claim's sentence ${totals.quoteRangesBySentence}, by their words alone ${totals.quoteRangesByWords})`);
const perPage = (ms: number): string => (ms / Math.max(1, totals.pages)).toFixed(3);
log(`quote finding: ours ${perPage(totals.quoteMsOurs)} ms per page, the previous content script ${perPage(totals.quoteMsPrevious)} ms (ratio ${(totals.quoteMsOurs / Math.max(1e-9, totals.quoteMsPrevious)).toFixed(2)})`);
log(`quote colours: the previous content script draws ${totals.quoteRangesPrevious} quote ranges in the article, ours ${totals.quoteRangesOurs}; of the ${totals.quoteRangesShared} both draw, the previous content script (first claim with the words) colours ${totals.peerOtherColour} (${share(totals.peerOtherColour, totals.quoteRangesShared)}) as another speaker than the claim whose sentence holds them; ours 0 by construction`);
for (const line of lowPlacement) log(`  low placement: ${line}`);
if (values.missed) for (const line of missedQuotes) log(`  quote not highlighted: ${line}`);

const targetsMet = placedShare >= TARGET_PLACED && missedQuotes.length === totals.quotesMissedHeadline;
log(`targets: ≥ ${TARGET_PLACED * 100} % of the article placed, no quote lost but headline quotes: ${targetsMet ? 'met' : 'NOT met'}`);
if (values.json) {
  const summary: BenchSummary = {
    summary: true,
    bench: 'highlights',
    status: existsSync(join(SHARED_DIR, 'corpus/fundus')) && existsSync(join(SHARED_DIR, 'corpus/readability-pages')) ? 'ok' : 'partial',
    targetsMet,
    figures: {
      articles: totals.pages,
      placed: Number(placedShare.toFixed(4)),
      peerNamesOutside: totals.peerOutsideArticle,
      peerNamesCut: totals.peerCuttingWords,
      quotesPeer: totals.quotesPeer,
      quotesOurs: totals.quotesOurs,
      quotesMissedNotHeadline: missedQuotes.length - totals.quotesMissedHeadline,
      quoteRangesByWords: totals.quoteRangesByWords,
      peerQuotesOtherColour: totals.peerOtherColour,
      quoteMsPerPage: Number((totals.quoteMsOurs / Math.max(1, totals.pages)).toFixed(3)),
      quoteMsPerPagePrevious: Number((totals.quoteMsPrevious / Math.max(1, totals.pages)).toFixed(3)),
    },
  };
  console.log(JSON.stringify(summary));
}
