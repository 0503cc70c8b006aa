// Placing claims beside their blocks, and the Markdown export: page text stays text.
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/analysis/types';
import { articleBlocks, placeClaims } from '../../../src/reader/blocks';
import { fileName } from '../../../src/reader/download';
import { articleMarkdown, escapeMarkdown, type MarkdownLabels } from '../../../src/reader/markdown';

const claim = (text: string, quote: string | null = null): Claim => ({
  kind: quote ? 'direct' : 'indirect', quote, speaker: 'Mary Smith', cue: 'said', text, rationale: null, rationaleCue: null, trace: [],
});

describe('articleBlocks and placeClaims', () => {
  const doc = new JSDOM('<body><main></main></body>', { virtualConsole: new VirtualConsole() }).window.document;
  const root = doc.querySelector('main')!;
  root.innerHTML = '<h2>Sub heading</h2><p>The council voted on Tuesday.</p><blockquote><p>“The bridge is not safe any more,” said Mary Smith.</p></blockquote>' +
    '<ul><li>First   item</li><li>Second item <ul><li>nested</li></ul></li></ul><figure><figcaption>A caption</figcaption></figure><p>The council voted on Tuesday.</p>';

  it('reads the innermost blocks in order, with their kind', () => {
    const blocks = articleBlocks(root);
    expect(blocks.map((b) => [b.kind, b.text, b.quoted])).toEqual([
      ['heading', 'Sub heading', false],
      ['paragraph', 'The council voted on Tuesday.', false],
      ['paragraph', '“The bridge is not safe any more,” said Mary Smith.', true],
      ['item', 'First item', false],
      ['item', 'nested', false],
      ['caption', 'A caption', false],
      ['paragraph', 'The council voted on Tuesday.', false],
    ]);
  });

  it('places a claim by its sentence despite quotation marks and spacing; a repeated sentence goes to the next occurrence; unknown text to none', () => {
    const texts = articleBlocks(root).map((b) => b.text);
    const places = placeClaims(texts, [
      claim('"The bridge is not safe any more," said Mary Smith.', 'The bridge is not safe any more,'),
      claim('The council voted on Tuesday.'),
      claim('A sentence the reader does not show at all.'),
    ]);
    expect(places).toEqual([2, 6, null]);
  });
});

describe('Markdown export', () => {
  const labels: MarkdownLabels = {
    source: 'Original page', unplaced: 'Elsewhere', entities: 'Key entities', because: 'because', noRationale: 'no rationale stated',
    entityTypes: { PER: 'People', ORG: 'Organisations', LOC: 'Places', MISC: 'Other' },
  };

  it('escapes page text so that no HTML, link or emphasis of the page survives', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)> [a](javascript:x) *b* # h')).toBe('\\<img src=x onerror=alert\\(1\\)\\> \\[a\\]\\(javascript:x\\) \\*b\\* \\# h');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
  });

  it('writes each block, its claims after it, the claims placed nowhere, and the entities', () => {
    const md = articleMarkdown(
      {
        title: 'Bridge <closed>',
        url: 'https://news.example/a b',
        meta: ['By Mary Reporter'],
        blocks: [
          { kind: 'heading', level: 2, quoted: false, ordered: false, text: 'Sub' },
          { kind: 'paragraph', level: 0, quoted: false, ordered: false, text: 'The bridge is not safe, said Mary Smith.' },
          { kind: 'item', level: 0, quoted: true, ordered: true, text: 'one' },
        ],
        notes: new Map([[1, [{ speaker: 'Mary Smith', initials: 'MS', cues: ['said'], text: 'The bridge is not safe, said Mary Smith.', quotes: ['The bridge is not safe'], rationales: [] }]]]),
        unplaced: [{ speaker: 'Paul', initials: 'Pa', cues: [], text: 'Elsewhere text.', quotes: [], rationales: [{ cue: 'citing', text: 'costs' }] }],
        entities: [{ text: 'Mary Smith', type: 'PER', mentions: 2, aliases: [], trace: [] }],
      },
      labels,
    );
    expect(md.split('\n')).toEqual([
      '# Bridge \\<closed\\>',
      '',
      'By Mary Reporter  ',
      'Original page: <https://news.example/a%20b>',
      '',
      '### Sub',
      '',
      'The bridge is not safe, said Mary Smith.',
      '',
      '> **Mary Smith** \\[MS\\] (said): “The bridge is not safe”',
      '> — *no rationale stated*',
      '',
      '> 1. one',
      '',
      '## Elsewhere',
      '',
      '> **Paul** \\[Pa\\]: Elsewhere text.',
      '> — **citing** costs',
      '',
      '## Key entities',
      '',
      '- **People**: Mary Smith ×2',
      '',
    ]);
  });

  it('file names come from the title', () => {
    expect(fileName('Élections : « Le vote » 2024!', 'md')).toBe('elections-le-vote-2024.md');
    expect(fileName('<<>>', 'json')).toBe('article.json');
  });
});
