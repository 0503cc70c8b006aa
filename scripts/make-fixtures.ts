// Copies saved real pages from the shared Readability corpus into tests/fixtures/pages/<name>/index.html,
// made self-contained: every URL the browser would fetch on its own (scripts, stylesheets, images,
// frames, fonts, media, preloads, CSS url(...), meta refresh, <base>) is removed, so that loading a
// fixture from 127.0.0.1 makes no request anywhere else. The article markup is kept as it is.
//
//   npx tsx scripts/make-fixtures.ts [--corpus DIR] [--out DIR]
//
// Deterministic: running it again on the same corpus gives byte-identical files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';

/** The saved real pages of the e2e tests (see tests/fixtures/pages/PROVENANCE.md for each one's role). */
export const PAGES = [
  'lemonde-1', 'bbc-1', 'mozilla-2', // the first three: article scenarios and the no-article scenario
  'liberation-1', 'videos-2', 'guardian-1', 'nytimes-4', 'wapo-2', 'seattletimes-1', 'medicalnewstoday', 'buzzfeed-1',
  'yahoo-3', 'yahoo-4', 'gmw', 'heise', // articles in French, English, Japanese, Chinese, German
  'nytimes-5', 'yahoo-2', 'mozilla-1', 'daringfireball-1', 'lwn-1', // home, landing, about and multi-article pages
] as const;

/** Elements whose whole purpose is to load or run something external. */
const REMOVE_SELECTOR = [
  'script:not([type="application/ld+json"])',
  'link:not([rel~="canonical"])',
  'base',
  'meta[http-equiv="refresh" i]',
  'object',
  'embed',
  'applet',
  'portal',
].join(', ');

/** Attributes that make the browser fetch a URL (or navigate, for meta refresh handled above). */
const FETCH_ATTRIBUTES = new Set([
  'src',
  'srcset',
  'imagesrcset',
  'poster',
  'background',
  'data',
  'codebase',
  'archive',
  'lowsrc',
  'dynsrc',
  'longdesc',
  'manifest',
  'ping',
  'action',
  'formaction',
  'href', // only on elements other than <a>/<area>, see below (SVG <use>/<image>, stray href attributes)
  'xlink:href',
]);

/** Looks like a URL that could reach the network once a script or a reader view promotes it. */
const URLISH = /(^|[\s,("'=])(https?:)?\/\/[^\s"')]+|\.(?:jpe?g|png|gif|webp|avif|svg|ico|woff2?|ttf|otf|eot|mp4|webm|mp3)(?:[?#\s,]|$)/i;

/** `url(...)` and `@import` in CSS text. */
const CSS_URL = /url\(\s*(['"]?)[^)'"]*\1\s*\)/gi;
const CSS_IMPORT = /@import\s+[^;]+;?/gi;

interface RewriteStats {
  removedElements: number;
  removedAttributes: number;
  rewrittenStyles: number;
}

function makeSelfContained(html: string): { html: string; stats: RewriteStats } {
  const dom = new JSDOM(html); // scripts are not run; <noscript> content is parsed as markup, so it is cleaned too
  const doc = dom.window.document;
  const stats: RewriteStats = { removedElements: 0, removedAttributes: 0, rewrittenStyles: 0 };

  for (const el of [...doc.querySelectorAll(REMOVE_SELECTOR)]) {
    el.remove();
    stats.removedElements++;
  }
  // Conditional comments and other comments can carry old <script>/<link> markup: drop them all.
  const walker = doc.createTreeWalker(doc, dom.window.NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) {
    comment.parentNode?.removeChild(comment);
    stats.removedElements++;
  }

  for (const el of [...doc.querySelectorAll('*')]) {
    const tag = el.localName;
    const isLink = tag === 'a' || tag === 'area';
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      if (name === 'style') {
        const cleaned = cleanCss(attr.value);
        if (cleaned !== attr.value) {
          el.setAttribute('style', cleaned);
          stats.rewrittenStyles++;
        }
        continue;
      }
      if (isLink && (name === 'href' || name === 'hreflang' || name === 'rel' || name === 'target')) continue;
      if (tag === 'link' && name === 'href') continue; // only rel=canonical is left: never fetched
      if (tag === 'meta' && name === 'content') continue; // og:image & co. are never fetched
      const fetches = FETCH_ATTRIBUTES.has(name) && !isLink;
      // Lazy-loading attributes (data-src, data-srcset, data-original, data-hi-res-src…) hold image URLs a
      // reader view may promote to src: drop any other attribute whose value looks like a resource URL.
      if (fetches || (name !== 'href' && URLISH.test(attr.value))) {
        el.removeAttribute(attr.name);
        stats.removedAttributes++;
      }
    }
  }

  for (const style of [...doc.querySelectorAll('style')]) {
    const text = style.textContent ?? '';
    const cleaned = cleanCss(text);
    if (cleaned !== text) {
      style.textContent = cleaned;
      stats.rewrittenStyles++;
    }
  }

  // The copy is served as UTF-8 whatever the original declared.
  for (const meta of [...doc.querySelectorAll('meta[charset], meta[http-equiv="content-type" i]')]) meta.remove();
  const charset = doc.createElement('meta');
  charset.setAttribute('charset', 'utf-8');
  doc.head.prepend(charset);

  return { html: `${dom.serialize()}\n`, stats };
}

function cleanCss(css: string): string {
  return css.replace(CSS_IMPORT, '').replace(CSS_URL, 'none');
}

/** URLs left in places the browser could fetch: must be empty for every fixture. */
function remainingResourceUrls(html: string): string[] {
  const doc = new JSDOM(html).window.document;
  const found: string[] = [];
  for (const el of [...doc.querySelectorAll('*')]) {
    const tag = el.localName;
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      if ((tag === 'a' || tag === 'area') && name === 'href') continue;
      if (tag === 'link' && name === 'href') continue;
      if (tag === 'meta' && name === 'content') continue;
      if (FETCH_ATTRIBUTES.has(name) || (name === 'style' && /url\(/i.test(attr.value))) {
        found.push(`<${tag} ${name}="${attr.value}">`);
      }
    }
  }
  for (const el of [...doc.querySelectorAll('script:not([type="application/ld+json"]), iframe[src], link:not([rel~="canonical"]), base')]) {
    found.push(el.outerHTML.slice(0, 120));
  }
  for (const style of [...doc.querySelectorAll('style')]) {
    if (/url\(|@import/i.test(style.textContent ?? '')) found.push('<style> with url()/@import');
  }
  return found;
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: string): string => {
    const i = args.indexOf(name);
    const value = i >= 0 ? args[i + 1] : undefined;
    return value ?? fallback;
  };
  const corpus = resolve(option('--corpus', '/work/shared/corpus/readability-pages'));
  const out = resolve(option('--out', 'tests/fixtures/pages'));

  for (const name of PAGES) {
    const source = readFileSync(join(corpus, name, 'source.html'), 'utf8');
    const { html, stats } = makeSelfContained(source);
    const left = remainingResourceUrls(html);
    if (left.length > 0) throw new Error(`${name}: resource URLs left after rewriting:\n${left.join('\n')}`);
    mkdirSync(join(out, name), { recursive: true });
    writeFileSync(join(out, name, 'index.html'), html);
    console.log(
      `${name}: ${source.length} → ${html.length} chars; removed ${stats.removedElements} elements/comments, ` +
        `${stats.removedAttributes} attributes; rewrote ${stats.rewrittenStyles} styles`,
    );
  }
  // Copied by content (not copyFileSync) so the copies do not inherit the read-only mode of the corpus.
  for (const file of ['LICENSE', 'NOTICE']) writeFileSync(join(out, file), readFileSync(join(corpus, file)));
}

main();
