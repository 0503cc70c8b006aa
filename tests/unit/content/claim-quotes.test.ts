import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/analysis/types';
import { ArticleText } from '../../../src/content/article-text';
import { claimQuotes, claimQuotesAtOnce } from '../../../src/content/claim-quotes';
import { PageText } from '../../../src/content/text-ranges';

const body = (html: string): HTMLElement => new JSDOM(`<!doctype html><body>${html}</body>`).window.document.body;

const direct = (quote: string, speaker: string, text: string): Claim => ({
  kind: 'direct', quote, speaker, cue: 'said', text, rationale: null, rationaleCue: null, trace: [],
});

/** The quotes found for `claims` on a page, as [text, claim index, how found]. */
function quotes(html: string, articleText: string, claims: Claim[]): Array<[string, number, string]> {
  const article = ArticleText.locate(new PageText(body(html)), articleText);
  return claimQuotesAtOnce(article, { text: articleText, claims }).map(({ span, claimIndex, by }) => [article.text.slice(span.start, span.end), claimIndex, by]);
}

describe('which claim a quote on the page belongs to', () => {
  it('the claim whose sentence holds it, though other claims quote the same words', () => {
    const p = 'Hale called it "spying" on Monday. Weber said "spying" was the wrong word.';
    const claims = [
      direct('spying', 'Weber', 'Weber said "spying" was the wrong word.'),
      direct('spying', 'Hale', 'Hale called it "spying" on Monday.'),
    ];
    expect(quotes(`<p>${p}</p>`, p, claims)).toEqual([
      ['spying', 1, 'sentence'],
      ['spying', 0, 'sentence'],
    ]);
  });

  it("a headline's claim marks nothing: its sentence is not in the article, even where its words are quoted", () => {
    const title = 'Minister denies "spying"';
    const p = 'The report used the word "spying" twice.';
    const claims = [direct('spying', 'the minister', title)];
    expect(quotes(`<h1>${title}</h1><p>${p}</p>`, p, claims)).toEqual([]);
  });

  it('two claims of one sentence quoting the same words take one place each, in order', () => {
    const p = 'Hale called it "absurd" and Weber called it "absurd" too.';
    const claims = [direct('absurd', 'Hale', p), direct('absurd', 'Weber', p)];
    expect(quotes(`<p>${p}</p>`, p, claims)).toEqual([
      ['absurd', 0, 'sentence'],
      ['absurd', 1, 'sentence'],
    ]);
  });

  it('words two sentences hold belong to the tighter one (a quote that runs over two sentences)', () => {
    const p = '"It ends. We leave," Hale said. "We leave," Weber said.';
    const wide = '"It ends. We leave," Hale said. "We leave," Weber said.';
    const claims = [direct('We leave,', 'Hale', wide), direct('We leave,', 'Weber', '"We leave," Weber said.')];
    // Both sentences hold the quoted "We leave," of the end: Weber's, the tighter one, gets it.
    expect(quotes(`<p>${p}</p>`, p, claims).map(([, index]) => index)).toEqual([1]);
  });

  it('a sentence the page splits over two blocks: its quote is found by its words, where no other claim is', () => {
    const lead = 'Officials met on Monday in the capital city of the north.';
    const sentence = 'Later, Mr. Hale said the plan was "spying on everyone" and left the room.';
    const p = `${lead} ${sentence}`;
    // The page breaks the paragraph after "Mr.": the analysis's sentence is not on the page as written.
    const html = `<p>${lead}<br>Later, Mr.<br>Hale said the plan was "spying on everyone" and left the room.</p>`;
    expect(quotes(html, p, [direct('spying on everyone', 'Hale', sentence)])).toEqual([['spying on everyone', 0, 'words']]);
  });

  it('yields between groups of claims (the content script lets the page run there)', () => {
    const p = 'Hale called it "absurd". Weber called it "unfair".';
    const article = ArticleText.locate(new PageText(body(`<p>${p}</p>`)), p);
    const steps = claimQuotes(article, { text: p, claims: [direct('absurd', 'Hale', 'Hale called it "absurd".'), direct('unfair', 'Weber', 'Weber called it "unfair".')] });
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    expect(yields).toBe(2);
    expect(step.value.map((q) => q.claimIndex)).toEqual([0, 1]);
  });
});

describe('ArticleText.findSpans', () => {
  it('searches a part of the article only, and maps its places back to the page', () => {
    const p = 'Hale called it "absurd". Weber called it "absurd" too.';
    const article = ArticleText.locate(new PageText(body(`<nav>"absurd"</nav><p>${p}</p>`)), p);
    const all = article.findSpans('absurd', 'quote');
    expect(all).toHaveLength(2);
    const second = article.findSpans('Weber called it "absurd" too.', 'text')[0]!;
    expect(article.findSpans('absurd', 'quote', 20, second)).toEqual([all[1]]);
    expect(String(article.range(all[1]!))).toBe('absurd');
    expect(article.range(all[1]!)!.startContainer.parentElement!.tagName).toBe('P');
  });
});
