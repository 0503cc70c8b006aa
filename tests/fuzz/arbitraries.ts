// Generators of hostile and broken input for the fuzz suite: text mixing real sentences with quote
// marks of every style (balanced, unbalanced, nested), RTL and CJK scripts, zero-width and control
// characters and markup; and HTML pages that are malformed, deeply nested, full of scripts and
// event handlers inside quotes and titles, with hostile metadata.
import fc from 'fast-check';

/** Quote marks of every style, opening and closing, including ones that are never closed. */
export const QUOTE_MARKS = ['"', "'", '“', '”', '„', '‟', '‘', '’', '‚', '‛', '«', '»', '‹', '›', '「', '」', '『', '』', '＂', '〝', '〞', '❝', '❞', '⹂', '``', "''"];
const QUOTE_PAIRS: Array<[string, string]> = [['"', '"'], ['“', '”'], ['„', '“'], ['«\u00A0', '\u00A0»'], ['« ', ' »'], ['‹', '›'], ['‘', '’'], ['「', '」'], ['『', '』'], ["'", "'"], ['»', '«']];

const SPECIAL_CHARS = [
  '\u0000', '\u0001', '\u0007', '\b', '\t', '\v', '\f', '\r', '\n', '\u001B', '\u007F', '\u0085', // controls
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', // zero-width, soft hyphen
  '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', // bidi controls
  '\u2028', '\u2029', '\u00A0', '\u202F', '\u3000', // separators and special spaces
  '\uD800', '\uDFFF', '\uFFFD', '\uFFFF', // lone surrogates, replacement, non-character
  '\u0301', '\u0308\u0308\u0308', 'e\u0301', // combining marks
  '👩‍👩‍👧‍👦', '🇫🇷', '𝕏', // astral and ZWJ sequences
];

const WORDS = {
  en: ['The', 'minister', 'said', 'that', 'the', 'plan', 'would', 'fail', 'because', 'of', 'costs', 'according', 'to', 'officials', 'in', 'order', 'to', 'told', 'reporters', 'on', 'Monday'],
  fr: ['Le', 'ministre', 'a', 'déclaré', 'que', 'le', 'projet', 'échouera', 'parce', 'que', 'les', 'coûts', 'selon', 'afin', 'de', 'a', 'affirmé', 'mardi', 'à', 'Paris', 'invoquant'],
  names: ['Jean Dupont', 'Barack Obama', 'Emmanuel Macron', 'Angela Merkel', 'the White House', 'Le Monde', 'Nations unies', "l'Assemblée nationale", 'Mr Smith', 'Dr. Who', 'M. Martin', 'Mme Durand'],
  rtl: ['مرحبا بالعالم', 'قال الوزير', 'שלום עולם', 'אמר השר', 'السلام عليكم'],
  cjk: ['东京', '日本の首相は「頑張ります」と述べた。', '北京市', '한국어 문장입니다', '新華社によると', '他说：“我们会成功。”'],
  markup: ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '</title><script>alert(2)</script>', '&lt;b&gt;', '&amp;', '<!--', '-->', '<![CDATA[', 'javascript:alert(1)', '${alert(1)}', '{{constructor.constructor("alert(1)")()}}', '__proto__', 'constructor'],
};

const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS.en, ...WORDS.fr) },
  { weight: 3, arbitrary: fc.constantFrom(...WORDS.names) },
  { weight: 1, arbitrary: fc.constantFrom(...WORDS.rtl, ...WORDS.cjk) },
  { weight: 1, arbitrary: fc.constantFrom(...WORDS.markup) },
  { weight: 1, arbitrary: fc.constantFrom(...SPECIAL_CHARS) },
  { weight: 2, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom('.', ',', ';', ':', '!', '?', '…', '—', '–', '-', '(', ')', '[', ']', '\n', '\n\n', '  ') },
);

const separator = fc.constantFrom(' ', ' ', ' ', '', '\n', '\u00A0', '\t');

/** A sentence-like run of words joined with random separators. */
export const phrase: fc.Arbitrary<string> = fc
  .array(fc.tuple(word, separator), { maxLength: 30 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

/** A phrase wrapped in quote marks: balanced, unbalanced, nested. */
const quoted: fc.Arbitrary<string> = fc.letrec<{ q: string }>((tie) => ({
  q: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    phrase,
    fc.tuple(fc.constantFrom(...QUOTE_PAIRS), tie('q')).map(([[open, close], inner]) => `${open}${inner}${close}`),
    fc.tuple(fc.constantFrom(...QUOTE_MARKS), tie('q')).map(([mark, inner]) => `${mark}${inner}`),
    fc.tuple(tie('q'), fc.constantFrom(...QUOTE_MARKS)).map(([inner, mark]) => `${inner}${mark}`),
    fc.tuple(fc.constantFrom(...WORDS.names), fc.constantFrom('said', 'a déclaré', 'told', 'a affirmé', 'according to'), tie('q')).map(
      ([name, cue, inner]) => `${name} ${cue} « ${inner} »`,
    ),
  ),
})).q;

/** Article-like hostile text: paragraphs of phrases and quotations. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(fc.array(fc.oneof(phrase, quoted), { maxLength: 8 }).map((p) => p.join(' ')), { maxLength: 12 })
  .map((paragraphs) => paragraphs.join('\n\n'));

export const hostileTitle: fc.Arbitrary<string> = fc.oneof(phrase, quoted, fc.string({ unit: 'binary', maxLength: 40 }));

const TAGS = ['div', 'p', 'span', 'a', 'b', 'i', 'em', 'strong', 'article', 'section', 'main', 'header', 'footer', 'nav', 'aside', 'figure', 'figcaption', 'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'blockquote', 'q', 'pre', 'code', 'time', 'br', 'hr', 'img', 'iframe', 'svg', 'math', 'template', 'noscript', 'style', 'script', 'textarea', 'title', 'select', 'option', 'form', 'input', 'button', 'object', 'embed', 'video', 'font', 'center', 'marquee', 'xmp', 'plaintext', 'custom-element'];
const ATTRIBUTES = [
  'class="article-body"', 'class="caption"', 'class="byline"', 'id="content"', 'hidden', 'aria-hidden="true"', 'style="display:none"',
  'onerror="alert(1)"', 'onload="alert(1)"', 'onclick=\'alert("x")\'', 'src="x"', 'src="javascript:alert(1)"', 'href="javascript:alert(1)"',
  'title="</title><script>alert(1)</script>"', 'data-x="&quot;><img src=x onerror=alert(1)>"', 'lang="fr"', 'lang="ar" dir="rtl"', 'dir="auto"',
  'itemprop="articleBody"', 'itemprop="datePublished" content="2019-11-20"', 'datetime="2019-11-20T10:00"', 'contenteditable', 'srcdoc="<script>alert(1)</script>"',
];

const attributes = fc.array(fc.constantFrom(...ATTRIBUTES), { maxLength: 3 }).map((a) => (a.length ? ` ${a.join(' ')}` : ''));

/** Markup built from random tags that may be left open, closed twice, or misnested. */
export const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    phrase.map(escapeSome),
    quoted,
    fc.tuple(fc.constantFrom(...TAGS), attributes, fc.array(tie('node'), { maxLength: 5 }), fc.constantFrom('close', 'close', 'close', 'open', 'twice', 'stray'))
      .map(([tag, attrs, children, ending]) => {
        const inner = children.join('');
        if (ending === 'open') return `<${tag}${attrs}>${inner}`;
        if (ending === 'twice') return `<${tag}${attrs}>${inner}</${tag}></${tag}>`;
        if (ending === 'stray') return `</${tag}>${inner}<${tag}${attrs}/>`;
        return `<${tag}${attrs}>${inner}</${tag}>`;
      }),
    fc.constantFrom('<!doctype html>', '<!-- c -->', '<!--', '<![CDATA[x]]>', '<?xml version="1.0"?>', '&#0;', '&#x110000;', '&#xD800;', '&nbsp;', '&', '<', '>', '</>', '<>', '<a <b>', '<p class="x>'),
  ),
})).node;

/** Some of a phrase's markup-like characters stay raw, so text and tags mix. */
function escapeSome(text: string): string {
  return text.length % 3 === 0 ? text.replace(/</g, '&lt;') : text;
}

const JSON_LD = [
  '{"@type":"NewsArticle","headline":"x","datePublished":"2019-11-20"}',
  '{"@graph":[{"@type":["WebPage","NewsArticle"]}]}',
  '{"@type":',
  '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["NewsArticle"]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
  '{"__proto__":{"polluted":true},"@type":"Article"}',
  '{"@type":null,"@graph":{"@graph":{"@graph":{"@type":"Article"}}}}',
  '</script><script>alert(1)</script>',
];
const HEAD_ITEMS = [
  '<meta property="og:type" content="article">', '<meta property="og:type" content="website">', '<link rel="canonical" href="/">',
  '<link rel="canonical" href="javascript:alert(1)">', '<link rel="canonical" href="http://[::1">', '<meta property="article:published_time" content="x">',
  '<meta charset="utf-16">', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', '<base href="javascript:alert(1)//">',
  '<meta name="author" content="<script>alert(1)</script>">', '<meta property="og:title" content="&quot;><img src=x onerror=alert(1)>">',
];

/** A whole page: a head with hostile metadata and JSON-LD, and a body of random markup. */
export const hostilePage: fc.Arbitrary<string> = fc
  .record({
    title: hostileTitle,
    head: fc.array(fc.constantFrom(...HEAD_ITEMS), { maxLength: 4 }),
    jsonLd: fc.option(fc.constantFrom(...JSON_LD), { nil: undefined }),
    lang: fc.constantFrom('', ' lang="fr"', ' lang="en"', ' lang="ar" dir="rtl"', ' lang="zh"', ' lang="<script>"'),
    body: fc.array(markup, { maxLength: 10 }),
    wrap: fc.boolean(),
  })
  .map(({ title, head, jsonLd, lang, body, wrap }) => {
    const ld = jsonLd ? `<script type="application/ld+json">${jsonLd}</script>` : '';
    const content = body.join('\n');
    if (!wrap) return `<title>${title}</title>${ld}${content}`;
    return `<!doctype html><html${lang}><head><title>${title}</title>${head.join('')}${ld}</head><body><article>${content}</article></body></html>`;
  });

const FILLER =
  'The council met on Tuesday to discuss the budget for the coming year, and members debated the proposal at length before the vote.';

/** A page that passes article detection, so Readability, the clean-up and the analysis all run on hostile text. */
export const hostileArticlePage: fc.Arbitrary<string> = fc
  .record({
    title: hostileTitle,
    paragraphs: fc.array(fc.tuple(hostileText, fc.array(markup, { maxLength: 2 })), { minLength: 1, maxLength: 8 }),
    quoteInTitle: fc.boolean(),
  })
  .map(({ title, paragraphs, quoteInTitle }) => {
    const head = `<title>${quoteInTitle ? `« ${title} »` : title}</title><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-11-20"}</script>`;
    const body = paragraphs.map(([text, extra]) => `<p>${FILLER} ${text} ${extra.join('')}</p>`).join('\n');
    return `<!doctype html><html><head>${head}</head><body><article><h1>${title}</h1>${body}<p>${FILLER}</p><p>${FILLER}</p><p>${FILLER}</p></article></body></html>`;
  });
