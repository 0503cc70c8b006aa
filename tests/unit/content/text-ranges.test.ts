import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { PageText } from '../../../src/content/text-ranges';

const body = (html: string): HTMLElement => new JSDOM(`<!doctype html><body>${html}</body>`).window.document.body;

describe('finding article text in the live page', () => {
  it('finds a quote split across elements and irregular whitespace', () => {
    const root = body('<p>Il a dit « Ce type de <em>collaboration</em>\n   montre la force » hier.</p><script>var x = "collaboration montre";</script>');
    const ranges = new PageText(root).find('Ce type de collaboration montre la force');
    expect(ranges).toHaveLength(1);
    expect(ranges[0]!.toString().replace(/\s+/g, ' ')).toBe('Ce type de collaboration montre la force');
  });

  it('ignores script and style text', () => {
    const root = body('<script>"secret words here"</script><style>.a{}</style><p>visible words</p>');
    expect(new PageText(root).find('secret words here')).toEqual([]);
    expect(new PageText(root).find('visible words')).toHaveLength(1);
  });

  it('returns every occurrence, up to a limit', () => {
    const root = body('<p>echo echo echo</p>');
    expect(new PageText(root).find('echo')).toHaveLength(3);
    expect(new PageText(root).find('echo', 2)).toHaveLength(2);
  });

  it('returns nothing for text that is absent or too short', () => {
    const root = body('<p>Some text</p>');
    expect(new PageText(root).find('missing')).toEqual([]);
    expect(new PageText(root).find(' ')).toEqual([]);
  });
});
