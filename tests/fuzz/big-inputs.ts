// Hand-made extreme inputs: megabytes of text, one giant paragraph, quotes nested thousands deep,
// markup nested 10,000 levels. jsdom's HTML parser is quadratic in nesting depth (10,000 levels
// take ~20 s), so the parser path runs at 2,000 levels and the 10,000-level trees are built with
// DOM calls (the real browsers parse them at full depth in the e2e hostile page).
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyze } from '../../src/analysis';
import { textBlocks } from '../../src/extraction/block-text';
import { cleanBlocks } from '../../src/extraction/clean-blocks';
import { extractArticle } from '../../src/extraction/article';
import { assertWellFormed, runPage } from './targets';

export interface BigInput {
  name: string;
  run(): void;
  /** Only in long runs (npm run fuzz): too slow for every CI run. */
  longRunOnly?: boolean;
}

const SENTENCE_EN = 'The minister said on Monday that "the plan will work" because costs fell, according to officials in Washington. ';
const SENTENCE_FR = 'Jean Dupont a déclaré mardi à Paris : « Nous allons agir vite », invoquant l’urgence de la situation. ';
const RTL_CJK = 'قال الوزير «مرحبا» 日本の首相は「頑張ります」と述べた。 שלום ';
const MB = 1024 * 1024;

export function repeatTo(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

/** An article page of `chars` characters of paragraphs, declared as a NewsArticle. */
export function articlePage(chars: number): string {
  const paragraph = `<p>${SENTENCE_EN}${SENTENCE_FR}</p>\n`;
  return `<!doctype html><html lang="en"><head><title>Big page</title><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-11-20"}</script></head><body><article><h1>Big page</h1>${repeatTo(paragraph, chars)}</article></body></html>`;
}

function analyseText(text: string): void {
  assertWellFormed(analyze({ title: 'Title', text }));
}

/** Just the Node fields the text walk reads: jsdom builds deep trees in quadratic time. */
interface PlainNode {
  nodeType: number;
  tagName?: string;
  nodeValue?: string;
  childNodes: PlainNode[];
}
function plainDeepTree(depth: number): Node {
  let tree: PlainNode = { nodeType: 3, nodeValue: SENTENCE_EN, childNodes: [] };
  for (let i = 0; i < depth; i++) tree = { nodeType: 1, tagName: i % 2 ? 'DIV' : 'SPAN', childNodes: [tree] };
  return tree as unknown as Node;
}

/** A document whose body holds `depth` nested elements around some text, built without the parser. */
function deepDocument(depth: number): Document {
  const dom = new JSDOM('<!doctype html><html><head><title>Deep</title></head><body></body></html>', { virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  // Built from the inside out: each insertion then checks a one-node ancestor chain.
  let node: Element = doc.createElement('p');
  node.appendChild(doc.createTextNode(`${SENTENCE_EN}${SENTENCE_FR}`.repeat(10)));
  for (let i = 0; i < depth; i++) {
    const parent = doc.createElement(i % 2 === 0 ? 'div' : 'span');
    parent.appendChild(node);
    node = parent;
  }
  doc.body.appendChild(node);
  return doc;
}

export const bigInputs: BigInput[] = [
  { name: '5 MB article page (parse, extract, analyse, highlight)', run: () => runPage(articlePage(5 * MB)) },
  { name: '5 MB of text through the analysis', run: () => analyseText(repeatTo(`${SENTENCE_EN}${SENTENCE_FR}\n\n`, 5 * MB)), longRunOnly: true },
  { name: 'one giant 2 MB paragraph without punctuation', run: () => analyseText(repeatTo('word Name Other ', 2 * MB)) },
  {
    name: 'a page of one giant 1 MB paragraph',
    run: () => runPage(`<title>t</title><script type="application/ld+json">{"@type":"Article"}</script><p>${repeatTo('word Name said « quoted » ', MB)}</p>`),
  },
  { name: '200 KB of unbalanced quote marks', run: () => analyseText(repeatTo('« “ ‘ " „ ‹ 「 word ', MB / 5)) },
  { name: '1 MB of unbalanced quote marks', run: () => analyseText(repeatTo('« “ ‘ " „ ‹ 「 word ', MB)), longRunOnly: true },
  { name: 'quotes nested 10,000 deep', run: () => analyseText(`Jean a dit ${'« “ '.repeat(10_000)}mot${' ” »'.repeat(10_000)}.`) },
  { name: '1 MB of zero-width, bidi and control characters', run: () => analyseText(repeatTo('\u200B\u200F\u202E\u0000\u0007\uFEFF\u2066a\u0301\uD800 ', MB)) },
  { name: '200 KB of RTL and CJK text', run: () => analyseText(repeatTo(RTL_CJK, MB / 5)) },
  { name: '1 MB of RTL and CJK text', run: () => analyseText(repeatTo(RTL_CJK, MB)), longRunOnly: true },
  {
    name: 'markup nested 2,000 deep through the HTML parser',
    run: () => runPage(`<html><body>${'<div><span>'.repeat(1_000)}${SENTENCE_EN.repeat(20)}${'</span></div>'.repeat(1_000)}</body></html>`),
  },
  {
    name: 'a 10,000-level tree: text walk and clean-up',
    run: () => {
      const blocks = cleanBlocks(textBlocks(plainDeepTree(10_000)), { title: 'Deep' });
      if (blocks.length !== 1) throw new Error(`the deep text was lost or split: ${blocks.length} blocks`);
    },
  },
  {
    name: 'markup nested 10,000 deep (jsdom DOM built directly): extraction',
    longRunOnly: true,
    run: () => {
      const result = extractArticle(deepDocument(10_000));
      if (typeof result.isArticle !== 'boolean') throw new Error('no verdict');
    },
  },
  {
    name: 'markup nested 10,000 deep (jsdom DOM built directly): text walk and clean-up',
    longRunOnly: true,
    run: () => {
      const doc = deepDocument(10_000);
      const blocks = cleanBlocks(textBlocks(doc.body), { title: 'Deep' });
      if (blocks.length === 0) throw new Error('the deep text was lost');
    },
  },
  {
    name: '5,000 unclosed tags with event handlers',
    run: () => runPage(`<title>x</title>${'<b onmouseover="alert(1)"><i><img src=x onerror=alert(1)><p>« text '.repeat(5_000)}`),
  },
];
