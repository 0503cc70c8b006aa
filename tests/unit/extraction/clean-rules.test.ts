// Every clean-up rule drops its own examples and keeps the lines it lists as keeps: the rows of
// clean-rules.ts are the rules' specification, and this runs them.
import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../../../src/extraction/block-text';
import { cleanBlocks } from '../../../src/extraction/clean-blocks';
import { LINE_RULES, RUN_RULES, lineRule, type DropRule } from '../../../src/extraction/clean-rules';

/** An example as a block: "@" before the text makes it all link text, "#" a heading. */
function block(example: string): TextBlock {
  const link = example.startsWith('@');
  const heading = example.startsWith('#');
  const text = link || heading ? example.slice(1) : example;
  return { text, rawChars: text.length, linkChars: link ? text.length : 0, heading };
}

const PROSE = Array.from({ length: 8 }, (_, i) =>
  block(`Paragraph ${i + 1} of the article tells what the council decided on Tuesday, and why the vote took so long, in a full sentence of prose.`),
);
const TITLE = 'The title of the story';

/** Where a run rule looks: above the body for the header rules, below it for the others. */
function page(rule: DropRule, examples: readonly string[]): { blocks: TextBlock[]; at: number[] } {
  const own = examples.map(block);
  if (rule === 'before-title' || rule === 'title') return { blocks: [...own, ...PROSE], at: own.map((_, i) => i) };
  return { blocks: [...PROSE, ...own], at: own.map((_, i) => PROSE.length + i) };
}

function droppedBy(blocks: TextBlock[]): Map<TextBlock, DropRule> {
  const dropped = new Map<TextBlock, DropRule>();
  cleanBlocks(blocks, { title: TITLE, onDrop: (rule, b) => dropped.set(b, rule) });
  return dropped;
}

describe('line rules: each drops its examples and keeps its keeps', () => {
  for (const rule of LINE_RULES) {
    it(`${rule.id}: ${rule.why}`, () => {
      expect(rule.examples.length).toBeGreaterThan(0);
      for (const example of rule.examples) expect(rule.test(block(example)), example).toBe(true);
      for (const keep of rule.keeps) expect(lineRule(block(keep)), keep).toBeNull();
    });
  }
});

/** A bio is one line at the end of a page: each example is tried on a page of its own. */
const ONE_PER_PAGE: readonly DropRule[] = ['author-bio'];

describe('run rules: each drops its examples in place and keeps its keeps', () => {
  for (const rule of RUN_RULES) {
    it(`${rule.id}: ${rule.why}`, () => {
      expect(rule.examples.length).toBeGreaterThan(0);
      const runs = ONE_PER_PAGE.includes(rule.id) ? rule.examples.map((e) => [e]) : [rule.examples];
      for (const run of runs) {
        const { blocks, at } = page(rule.id, run);
        const dropped = droppedBy(blocks);
        for (const i of at) {
          const b = blocks[i]!;
          if (rule.id === 'before-title' && b.heading) expect(dropped.get(b), b.text).toBe('title');
          else expect(dropped.get(b), b.text).toBe(rule.id);
        }
        for (const b of PROSE) expect(dropped.has(b), b.text).toBe(false);
      }
      if (rule.keeps.length > 0) {
        const kept = page(rule.id, rule.keeps);
        const keptDropped = droppedBy(kept.blocks);
        for (const i of kept.at) expect(keptDropped.has(kept.blocks[i]!), kept.blocks[i]!.text).toBe(false);
      }
    });
  }
});

describe('one rule per id', () => {
  it('no two rules share an id', () => {
    const ids = [...LINE_RULES, ...RUN_RULES].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('furniture lines of wire and business pages', () => {
  it('drops an "Updated … / Original …" timestamp pair and a "Name, AP Sports Writer" byline, keeps a sentence naming an editor', () => {
    expect(lineRule(block('Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET'))).toBe('dateline');
    expect(lineRule(block('Greg Beacham, Ap Sports Writer'))).toBe('byline');
    expect(lineRule(block('Maria Ressa, the editor, was arrested on Wednesday for a story by a former reporter'))).toBeNull();
  });

  it('drops "More AP NBA: <links>" as a call to action', () => {
    expect(lineRule(block('More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports'))).toBe('call-to-action');
  });
});
