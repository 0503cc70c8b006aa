// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Analysis, Claim } from '../../../src/analysis/types';
import { findMarks, quoteHighlight, quoteRanges } from '../../../src/content/highlights';

/** A claim of the analysis: its quote, its speaker and its sentence (claim.text). */
const claim = (quote: string | null, speaker: string | null, text: string): Claim => ({
  kind: quote ? 'direct' : 'indirect',
  quote,
  speaker,
  cue: 'said',
  text,
  rationale: null,
  rationaleCue: null,
  trace: [],
});

const analysis: Analysis = {
  lang: 'en',
  supported: true,
  title: 't',
  text: 'Barack Obama said it was "distressing". Congress did not act.\n\n"not enough", wrote Jon Sopel.',
  entities: [
    { text: 'Barack Obama', type: 'PER', mentions: 3, aliases: ['Obama'], trace: [] },
    { text: 'Congress', type: 'ORG', mentions: 2, aliases: [], trace: [] },
  ],
  claims: [
    claim('distressing', 'Barack Obama', 'Barack Obama said it was "distressing".'),
    claim('not enough', 'Jon Sopel', '"not enough", wrote Jon Sopel.'),
    claim('unheard', null, 'A sentence the page does not hold, "unheard".'),
  ],
};

/** Replaces the test document's body with parsed `html` (markup written by the tests). */
function setBody(html: string): void {
  document.body.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
}

const ARTICLE = '<p>Barack Obama said it was "<b>distress</b>ing". Congress did not act.</p><p>"not enough", wrote Jon Sopel.</p>';

describe('findMarks', () => {
  it('finds quotes with their speaker slot, speakers, and key entities other than speakers', async () => {
    setBody(ARTICLE);
    const marks = await findMarks(document.body, analysis);
    let pauses = 0;
    const sliced = await findMarks(document.body, analysis, () => (pauses++, Promise.resolve()));
    expect(pauses).toBeGreaterThan(0);
    expect(sliced.quotes.map((q) => String(q.range))).toEqual(marks.quotes.map((q) => String(q.range)));
    expect(marks.quotes.map((q) => [String(q.range), q.slot, q.claimIndex])).toEqual([
      ['distressing', '0', 0],
      ['not enough', '1', 1],
    ]);
    expect(marks.speakers.map((m) => [String(m.range), m.slot])).toEqual([
      ['Barack Obama', '0'],
      ['Jon Sopel', '1'],
    ]);
    // "Barack Obama" is a speaker: only Congress is a key entity here.
    expect(marks.entities.map(String)).toEqual(['Congress']);
    expect(quoteHighlight('x')).toBe('context-lens-quote-x');
  });

  it('marks nothing in the menus, headings, sidebars and related blocks around the article', async () => {
    setBody(`
      <header><nav><a>Barack Obama</a> <a>Congress</a></nav><h1>Obama: "not enough" Congress</h1></header>
      <main><article>${ARTICLE}</article>
        <aside><h3>Related</h3><ul><li>Congress says "distressing" things</li><li>Jon Sopel on Obama</li></ul></aside>
      </main>
      <footer><a>Barack Obama</a></footer>`);
    const marks = await findMarks(document.body, analysis);
    const article = document.querySelector('article')!;
    const all = [...marks.quotes.map((q) => q.range), ...marks.speakers.map((m) => m.range), ...marks.entities];
    expect(all.length).toBe(5);
    for (const range of all) expect(article.contains(range.commonAncestorContainer), String(range)).toBe(true);
  });

  it('marks names only as whole words, and quotes only between quotation marks', async () => {
    const text =
      'The Israeli army and Israel disagree, Obama’s aide said on 3 October, as Jean-Congress chose.\n\n' +
      'Congress heard that "distressing" report, a distressing day for Congressmen.';
    const page: Analysis = {
      ...analysis,
      text,
      entities: [{ text: 'Israel', type: 'LOC', mentions: 2, aliases: ['Oct', 'Congress'], trace: [] }],
      claims: [claim('distressing', 'Obama', 'Congress heard that "distressing" report, a distressing day for Congressmen.')],
    };
    setBody(`<h2>distressing</h2>${text
      .split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join('')}`);
    const marks = await findMarks(document.body, page);
    expect(marks.entities.map(String)).toEqual(['Israel', 'Congress']);
    expect(marks.entities[1]!.startContainer.textContent).toMatch(/^Congress heard/);
    expect(marks.speakers.map((m) => String(m.range))).toEqual(['Obama']);
    expect(marks.quotes.map((q) => String(q.range))).toEqual(['distressing']);
    expect(marks.quotes[0]!.range.startContainer.textContent).toMatch(/"distressing" report/);
  });

  it('quoteRanges (the single-task path of the benchmarks) finds the same quotes', () => {
    setBody(`<nav>"distressing"</nav>${ARTICLE}`);
    expect(quoteRanges(document, analysis).map(String)).toEqual(['distressing', 'not enough']);
    expect(quoteRanges(document, analysis)[0]!.startContainer.parentElement!.tagName).toBe('B');
  });
});

describe('findMarks on a page with no article text', () => {
  it('marks nothing when the analysed text is not on the page', async () => {
    setBody('<p>Barack Obama said "distressing" things to Congress.</p>');
    const marks = await findMarks(document.body, { ...analysis, text: 'Entirely different words that the page does not hold at all.' });
    expect([marks.quotes.length, marks.speakers.length, marks.entities.length]).toEqual([0, 0, 0]);
  });
});

describe('findMarks: one colour per speaker, as in the popup', () => {
  const headline = 'Minister denies "spying" on reporters';
  const body = [
    'Tom Hale called the programme "spying" on Monday. Anna Weber said the word "spying" was unfair.',
    'Hale called it "absurd" and Weber called it "absurd" too.',
  ];
  const colours: Analysis = {
    lang: 'en',
    supported: true,
    title: headline,
    text: body.join('\n\n'),
    entities: [],
    claims: [
      // The headline's claim: its sentence is not in the article.
      claim('spying', 'Anna Weber', headline),
      claim('spying', 'Tom Hale', 'Tom Hale called the programme "spying" on Monday.'),
      claim('spying', 'Anna Weber', 'Anna Weber said the word "spying" was unfair.'),
      claim('absurd', 'Tom Hale', body[1]!),
      claim('absurd', 'Anna Weber', body[1]!),
    ],
  };

  it('gives each quote the colour of the claim whose sentence holds it, and marks no headline quote', async () => {
    setBody(`<h1>${headline}</h1><article>${body.map((p) => `<p>${p}</p>`).join('')}</article>`);
    const marks = await findMarks(document.body, colours);
    // Anna Weber speaks first (in the headline): slot 0; Tom Hale slot 1. The popup colours the same way.
    expect(marks.quotes.map((q) => [String(q.range), q.claimIndex, q.slot])).toEqual([
      ['spying', 1, '1'],
      ['spying', 2, '0'],
      ['absurd', 3, '1'],
      ['absurd', 4, '0'],
    ]);
    const h1 = document.querySelector('h1')!;
    for (const q of marks.quotes) expect(h1.contains(q.range.startContainer)).toBe(false);
  });

  it("marks each speaker's name in that speaker's colour; a longer name keeps its own where a shorter one overlaps it", async () => {
    const text = 'Barack Obama spoke first. "We will act," Obama said later, and Jon Sopel said "not yet".';
    const page: Analysis = {
      ...colours,
      title: '',
      text,
      claims: [
        claim('We will act,', 'Obama', '"We will act," Obama said later, and Jon Sopel said "not yet".'),
        claim('not yet', 'Jon Sopel', '"We will act," Obama said later, and Jon Sopel said "not yet".'),
        claim(null, 'Barack Obama', 'Barack Obama spoke first.'),
      ],
    };
    setBody(`<p>${text}</p>`);
    const marks = await findMarks(document.body, page);
    const named = marks.speakers
      .map((m) => ({ text: String(m.range), at: m.range.startOffset, slot: m.slot }))
      .sort((a, b) => a.at - b.at)
      .map((m) => [m.text, m.slot]);
    expect(named).toEqual([
      ['Barack Obama', '2'],
      ['Obama', '0'],
      ['Jon Sopel', '1'],
    ]);
  });
});
