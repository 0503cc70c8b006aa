import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { blockText } from '../../../src/extraction/block-text';
import { flattenDeepNesting } from '../../../src/extraction/flatten';

function depthOf(doc: Document): number {
  let max = 0;
  const walker = doc.createTreeWalker(doc.documentElement, 1 /* SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let depth = 0;
    for (let e = (node as Element).parentElement; e; e = e.parentElement) depth++;
    max = Math.max(max, depth);
  }
  return max;
}

describe('flattening deep nesting', () => {
  it('caps the depth and keeps every paragraph, in order', () => {
    const doc = new JSDOM('<body></body>', { virtualConsole: new VirtualConsole() }).window.document;
    let node: Element = doc.createElement('div');
    node.innerHTML = '<p>first <b>bold</b> paragraph</p><script>not text</script><p>second</p>';
    for (let i = 0; i < 600; i++) {
      const wrapper = doc.createElement(i % 2 ? 'div' : 'span');
      wrapper.append(node, doc.createTextNode(` level ${i}`));
      node = wrapper;
    }
    doc.body.append(node);
    const before = blockText(doc.body).replace(/\s+/g, ' ');
    expect(flattenDeepNesting(doc.documentElement, 50)).toBe(1);
    expect(depthOf(doc)).toBeLessThanOrEqual(51);
    const after = blockText(doc.body);
    expect(after.replace(/\s+/g, ' ')).toBe(before);
    expect(after.split('\n\n').slice(0, 3)).toEqual(['first bold paragraph', 'second', 'level 0 level 1']);
  });

  it('leaves shallow documents alone', () => {
    const doc = new JSDOM('<body><article><p>Hello <i>world</i></p></article></body>', { virtualConsole: new VirtualConsole() }).window.document;
    const html = doc.documentElement.outerHTML;
    expect(flattenDeepNesting(doc.documentElement)).toBe(0);
    expect(doc.documentElement.outerHTML).toBe(html);
  });
});
