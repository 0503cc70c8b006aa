import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../scripts/lib/html';
import { blockText } from '../../../src/extraction/block-text';

const page = (name: string): string => readFileSync(resolve(import.meta.dirname, '../../fixtures/pages', name, 'index.html'), 'utf8');
const paragraphs = (n: number, sentence: string): string => Array.from({ length: n }, () => `<p>${sentence}</p>`).join('\n');

describe('article extraction', () => {
  it('extracts a French news article with its title and paragraphs', () => {
    const result = extractFromHtml(page('lemonde-1'));
    expect(result.isArticle).toBe(true);
    if (!result.isArticle) return;
    expect(result.title).toMatch(/renseignement/);
    expect(result.text.split('\n\n').length).toBeGreaterThan(5);
    expect(result.text).toMatch(/Assemblée nationale/);
  });

  it('extracts an English news article', () => {
    const result = extractFromHtml(page('bbc-1'));
    expect(result.isArticle).toBe(true);
    if (result.isArticle) expect(result.text).toMatch(/Obama/);
  });

  it('says a product landing page is not an article', () => {
    const result = extractFromHtml(page('mozilla-2'));
    expect(result).toMatchObject({ isArticle: false });
  });

  it('trusts schema.org NewsArticle metadata', () => {
    const html = `<html lang="en"><head><title>Short story</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Short story"}]}</script>
      </head><body><article>${paragraphs(4, 'The council voted on Tuesday to close the bridge for repairs, officials said, citing safety concerns raised by engineers.')}</article></body></html>`;
    const result = extractFromHtml(html);
    expect(result.isArticle).toBe(true);
  });

  it('removes "Read more" and "Lire la suite" lines from the text', () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle"}</script><title>T</title></head><body><article>
      ${paragraphs(3, 'Le gouvernement a présenté mardi un projet de loi sur les transports, a annoncé la ministre devant les députés réunis.')}
      <p>Lire la suite : un autre article sans rapport</p>
      ${paragraphs(2, 'The minister said the plan would be debated in parliament next month before a final vote in the spring.')}
      <p>Read more: something else entirely</p></article></body></html>`;
    const result = extractFromHtml(html);
    expect(result.isArticle).toBe(true);
    if (!result.isArticle) return;
    expect(result.text).not.toMatch(/Lire la suite|Read more/);
    expect(result.text).toMatch(/projet de loi/);
  });

  it('gives a plain reason, not an exception, for empty, broken and binary input', () => {
    for (const html of ['', '<html><body><p>Hi</p>', '<<<>>><div><p><b></div>', '\u0000\u0001\u0002\uFFFD'.repeat(1000)]) {
      const result = extractFromHtml(html);
      expect(result.isArticle).toBe(false);
      if (!result.isArticle) expect(result.reason).toMatch(/\w+/);
    }
  });

  // jsdom's parser is quadratic in nesting depth (10,000 levels take ~20 s), so the parsed-page
  // path is exercised at 2,000 levels and the text walk on a 10,000-level tree built directly.
  it('survives deeply nested markup', () => {
    const html = `<html><body>${'<div>'.repeat(2_000)}text${'</div>'.repeat(2_000)}</body></html>`;
    expect(extractFromHtml(html)).toMatchObject({ isArticle: false });
  });

  it('walks a 10,000-level tree without overflowing the stack', () => {
    // jsdom itself is too slow at this depth; blockText needs only these Node fields.
    type Plain = { nodeType: number; tagName?: string; nodeValue?: string; childNodes: Plain[] };
    let tree: Plain = { nodeType: 3, nodeValue: 'deep text', childNodes: [] };
    for (let i = 0; i < 10_000; i++) tree = { nodeType: 1, tagName: i % 2 ? 'DIV' : 'SPAN', childNodes: [tree] };
    expect(blockText(tree as unknown as Node)).toBe('deep text');
  });
});
