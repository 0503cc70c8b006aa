// Every hidden-part rule removes the text of its examples and keeps its keeps (the rows of
// src/extraction/hidden-parts.ts), on a page parsed by jsdom, as the content script's inert clone is.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { HIDDEN_PART_RULES, removeHiddenParts } from '../../../src/extraction/hidden-parts';

const PARAGRAPH = 'The council voted on Tuesday to close the bridge.';
const pageWith = (markup: string): Document => new JSDOM(`<body><p>${PARAGRAPH}</p>${markup}</body>`).window.document;
const text = (doc: Document): string => (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('hidden-part rules: each removes its examples and keeps its keeps', () => {
  for (const rule of HIDDEN_PART_RULES) {
    it(rule.id, () => {
      expect(rule.examples.length).toBeGreaterThan(0);
      for (const example of rule.examples) {
        const doc = pageWith(example);
        const counts = removeHiddenParts(doc);
        expect(counts[rule.id], example).toBeGreaterThan(0);
        expect(text(doc), example).toBe(PARAGRAPH);
      }
      for (const keep of rule.keeps) {
        const doc = pageWith(keep);
        const before = text(doc);
        removeHiddenParts(doc);
        expect(text(doc), keep).toBe(before);
      }
    });
  }
});

describe('a pull quote in an article', () => {
  it('is not read as article text a second time', async () => {
    const { extractFromHtml } = await import('../../../scripts/lib/html');
    const para = (i: number): string => `<p>Paragraph ${i} of the story: the council met on Tuesday and heard from residents who had waited for years to see the bridge repaired, and who said so at length.</p>`;
    const html = `<!doctype html><html><head><title>Bridge to close</title><meta property="og:type" content="article"></head><body><article><h1>Bridge to close</h1>
      ${para(1)}<p>"We waited ten years for this," said Jane Doe, who lives by the river.</p>${para(2)}
      <blockquote data-test="Pullquote"><div class="Pullquote-quote">We waited ten years for this.</div><div class="Pullquote-source">Jane Doe</div></blockquote>
      ${para(3)}${para(4)}${para(5)}${para(6)}</article></body></html>`;
    const result = extractFromHtml(html);
    expect(result.isArticle).toBe(true);
    if (!result.isArticle) return;
    expect(result.text).toContain('said Jane Doe');
    expect(result.text.match(/We waited ten years for this/g)).toHaveLength(1);
  });
});
