import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../scripts/lib/html';

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

  it('survives 10,000 levels of nested markup', () => {
    const html = `<html><body>${'<div>'.repeat(10_000)}text${'</div>'.repeat(10_000)}</body></html>`;
    expect(() => extractFromHtml(html)).not.toThrow();
  });
});
