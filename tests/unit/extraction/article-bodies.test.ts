// One article or several, decided from the page's structure (src/extraction/article-bodies.ts),
// never from counting bylines: the issue's case is a single French article whose "related
// articles" block holds three teasers, each with "Par <name>" and a date.
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../scripts/lib/html';

const sentence = (i: number, topic: string): string =>
  `Le conseil municipal a débattu pendant trois heures du projet de ${topic}, numéro ${i}, avant un vote serré que l’opposition conteste déjà devant le tribunal administratif.`;
const prose = (n: number, topic: string): string => Array.from({ length: n }, (_, i) => `<p>${sentence(i, topic)}</p>`).join('\n');
const teaser = (i: number): string =>
  `<div class="teaser"><h3><a href="/article-${i}">Un autre sujet du jour, numéro ${i}</a></h3><p>Par Marie Durand</p><p>Publié le 3 mars 2024 à 10h05</p></div>`;
const head = (title: string): string =>
  `<head><meta charset="utf-8"><title>${title}</title><meta property="og:type" content="article"></head>`;

describe('one article or several, from the page structure', () => {
  it('a French article with a related block of three bylined teasers is one article, without the teasers', () => {
    const title = 'Le tramway de la ville sera prolongé jusqu’à la gare';
    const html = `<html>${head(title)}<body><main><article><h1>${title}</h1><p>Par Jean Dupont</p><p>Publié le 2 mars 2024</p>${prose(8, 'tramway')}</article>
      <aside><h2>Sur le même sujet</h2>${teaser(1)}${teaser(2)}${teaser(3)}</aside></main></body></html>`;
    const result = extractFromHtml(html);
    expect(result.isArticle).toBe(true);
    if (!result.isArticle) return;
    expect(result.text).toContain('projet de tramway, numéro 7');
    expect(result.text).not.toMatch(/Un autre sujet du jour|Marie Durand/);
  });

  it('a page of three article bodies of comparable weight, none holding the page title, is several articles', () => {
    const story = (topic: string): string =>
      `<article><h2>Le projet de ${topic} adopté</h2><p>Par Jean Dupont</p><p>Publié le 2 mars 2024</p>${prose(6, topic)}</article>`;
    const html = `<html><head><meta charset="utf-8"><title>L’édition du week-end</title><meta property="article:published_time" content="2024-03-02T08:00:00Z"></head><body><main>${story('tramway')}${story('piscine')}${story('médiathèque')}</main></body></html>`;
    const result = extractFromHtml(html);
    expect(result).toMatchObject({ isArticle: false, code: 'multiple' });
  });

  it('the story a site appends below the article is dropped: the body holding the title is the article', () => {
    const title = 'Le tramway de la ville sera prolongé jusqu’à la gare';
    const html = `<html>${head(title)}<body><main><article><h1>${title}</h1>${prose(8, 'tramway')}</article>
      <article><h2>La piscine municipale rouvre ses portes</h2>${prose(7, 'piscine')}</article></main></body></html>`;
    const result = extractFromHtml(html);
    expect(result.isArticle).toBe(true);
    if (!result.isArticle) return;
    expect(result.text).toContain('projet de tramway');
    expect(result.text).not.toContain('projet de piscine');
  });
});
