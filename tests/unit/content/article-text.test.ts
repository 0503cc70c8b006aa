import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ArticleText, placeArticle } from '../../../src/content/article-text';
import { PageText } from '../../../src/content/text-ranges';

const body = (html: string): HTMLElement => new JSDOM(`<!doctype html><body>${html}</body>`).window.document.body;

/** The page text's lines that the article's paragraphs were placed on, as written. */
function placed(html: string, articleText: string): string[] {
  const page = new PageText(body(html));
  const article = ArticleText.locate(page, articleText);
  return article.spans.map((s) => page.text.slice(s.start, s.end));
}

const P1 = 'Le Sénat a adopté le projet de loi sur le renseignement mardi soir.';
const P2 = 'Christiane Taubira a défendu le texte devant les sénateurs.';
const P3 = 'Le Conseil constitutionnel sera saisi.';

describe('placing the article in the page', () => {
  it('places each paragraph on the page block that holds it, not on menus and teasers', () => {
    const html = `<nav><a>Sénat</a><a>Taubira</a></nav><h1>${P1}</h1>
      <article><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>
      <aside><h2>À découvrir également</h2><p>${P3}</p><p>Taubira répond au Sénat</p></aside>`;
    const page = new PageText(body(html));
    const article = ArticleText.locate(page, [P1, P2, P3].join('\n\n'));
    expect(article.spans.map((s) => page.text.slice(s.start, s.end))).toEqual([P1, P2, P3]);
    // The heading repeats the first paragraph; the copy among the others is kept.
    expect(article.spans[0]!.start).toBeGreaterThan(page.text.indexOf(P1));
    // The sidebar repeats the last paragraph; the copy right after the others is kept.
    expect(article.spans[2]!.start).toBe(page.text.indexOf(P3));
  });

  it('keeps the article order when a paragraph recurs before and after it', () => {
    const html = `<div class="teaser"><p>${P2}</p></div><article><p>${P1}</p><p>${P2}</p><p>${P3}</p></article><div class="related"><p>${P2}</p></div>`;
    const page = new PageText(body(html));
    const article = ArticleText.locate(page, [P1, P2, P3].join('\n\n'));
    const starts = article.spans.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const second = page.text.indexOf(P2, page.text.indexOf(P1));
    expect(article.spans[1]!.start).toBe(second);
  });

  it('places a paragraph the page holds inside a larger block, or sentence by sentence when the page changed it', () => {
    const html = `<div>Par Jean Dupont ${P1}</div><p>${P2} <span class="ad">Publicité</span> ${P3}</p>`;
    expect(placed(html, `${P1}\n\n${P2} ${P3}`)).toEqual([P1, P2, P3]);
  });

  it('places nothing when the article text is not on the page', () => {
    expect(placed(`<p>${P1}</p>`, 'Some other words that the page does not have anywhere at all.')).toEqual([]);
    expect(placed('', P1)).toEqual([]);
    expect(placed(`<p>${P1}</p>`, '')).toEqual([]);
  });

  it('finds only in the placed article, with the mode asked for', () => {
    const html = `<nav>Taubira Sénat</nav><article><p>${P1}</p><p>${P2} « les sénateurs » ont voté, les sénateurs aussi.</p></article><aside>« les sénateurs »</aside>`;
    const page = new PageText(body(html));
    const article = ArticleText.locate(page, `${P1}\n\n${P2} « les sénateurs » ont voté, les sénateurs aussi.`);
    const inArticle = (r: Range): boolean => r.startContainer.parentElement!.closest('article') !== null;
    expect(article.find('Taubira', 'words').every(inArticle)).toBe(true);
    expect(article.find('Taubira', 'words')).toHaveLength(1);
    expect(article.find('Sénat', 'words')).toHaveLength(1); // not "sénateurs", not the menu
    expect(article.find('les sénateurs', 'text')).toHaveLength(3);
    const quoted = article.find('les sénateurs', 'quote');
    expect(quoted).toHaveLength(1);
    expect(quoted.every(inArticle)).toBe(true);
    expect(article.find('s', 'text')).toEqual([]); // too short to look for
  });

  it('is a generator that yields between paragraphs (the content script pauses there)', () => {
    const steps = placeArticle(`${P1}\n${P2}\n`, `${P1}\n\n${P2}`);
    let yields = 0;
    let step = steps.next();
    while (!step.done) {
      yields++;
      step = steps.next();
    }
    expect(yields).toBe(3);
    expect(step.value).toEqual([
      { start: 0, end: P1.length },
      { start: P1.length + 1, end: P1.length + 1 + P2.length },
    ]);
  });

  it('stays fast on a long page whose blocks around the article repeat many of its paragraphs', () => {
    const paragraph = (i: number): string => `Paragraph number ${i} of the article says something about the matter at hand.`;
    const article = Array.from({ length: 400 }, (_, i) => paragraph(i));
    const teasers = (from: number): string => Array.from({ length: 50 }, (_, i) => `<li>${paragraph(from + i)}</li>`).join('');
    const html = `<ul>${teasers(0)}</ul><article>${article.map((p) => `<p>${p}</p>`).join('')}</article><ul>${teasers(350)}</ul><ul>${teasers(0)}</ul>`;
    const page = new PageText(body(html));
    const located = ArticleText.locate(page, article.join('\n\n'));
    expect(located.spans).toHaveLength(400);
    const articleStart = page.text.indexOf(paragraph(0), page.text.indexOf(paragraph(49)) + 1);
    const articleEnd = page.text.indexOf(paragraph(399)) + paragraph(399).length;
    expect(located.spans.every((s) => s.start >= articleStart && s.end <= articleEnd)).toBe(true);
  });

  it('bounds the work when a huge paragraph must be placed sentence by sentence', () => {
    const sentence = 'Word Name said « quoted » again and again today.';
    const blocks = Array.from({ length: 20_000 }, () => `<p>${sentence}</p>`).join('');
    const page = new PageText(body(blocks));
    // The article joins the page's 20,000 blocks into one paragraph: it is not on the page whole.
    const located = ArticleText.locate(page, Array.from({ length: 20_000 }, () => sentence).join(' '));
    expect(located.spans.length).toBeGreaterThan(0);
    expect(located.spans.length).toBeLessThanOrEqual(2_000);
    expect(located.find('quoted', 'quote', 5)).toHaveLength(5);
  });
});
