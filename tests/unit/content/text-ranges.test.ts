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

describe('the page text', () => {
  it('ends every block with a line break, like the extraction splits blocks', () => {
    const root = body('<nav><a>Home</a> <a>World</a></nav><h1>Title</h1><div>Lead <b>text</b><p>Para one.</p>tail<br>after break</div><ul><li>a</li><li>b</li></ul>');
    expect(new PageText(root).text).toBe('Home World\nTitle\nLead text\nPara one.\ntail\nafter break\na\nb\n');
  });

  it('skips what the extraction skips: captions, buttons, form controls', () => {
    const root = body('<figure><img><figcaption>Photo: Reuters</figcaption></figure><p>Kept <button>Share</button>words</p><select><option>x</option></select>');
    expect(new PageText(root).text).toBe('Kept words\n');
  });

  it('a found string never runs from one block into the next', () => {
    const root = body('<p>ends with Barack</p><p>Obama starts</p>');
    expect(new PageText(root).find('Barack Obama')).toEqual([]);
  });

  it('drops soft hyphens and zero-width characters as the analysed text does, and maps back around them', () => {
    const root = body('<p>The Pales\u00adtinian  Autho\u200brity\u00a0said</p>');
    const page = new PageText(root);
    expect(page.text).toBe('The Palestinian Authority said\n');
    const [range] = page.find('Palestinian Authority said');
    expect(range!.startOffset).toBe(4);
    expect(range!.toString()).toBe('Pales\u00adtinian  Autho\u200brity\u00a0said');
  });

  it('reads in slices the same text as at once', async () => {
    const root = body('<p>one <i>two</i></p><div>three<br>four</div>');
    let pauses = 0;
    const sliced = await PageText.build(root, () => (pauses++ % 2 === 0 ? Promise.resolve() : null));
    expect(sliced.text).toBe(new PageText(root).text);
    expect(pauses).toBeGreaterThan(3);
  });
});
