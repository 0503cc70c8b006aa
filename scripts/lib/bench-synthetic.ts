// A long synthetic article for the benchmarks: real news paragraphs (with their direct quotes)
// repeated in order until the article reaches a word count, as one source document.
import type { SourceDocument } from '../../src/index/types';

const QUOTE_MARKS = /["“”«»‘’]/;

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Paragraphs of `sources`, cycled until at least `minWords` words; the title is the first source's. */
export function syntheticArticle(id: string, sources: SourceDocument[], minWords: number): SourceDocument {
  const paragraphs = sources.flatMap((doc) => doc.text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean));
  if (paragraphs.length === 0) throw new Error('no paragraphs to build a synthetic article from');
  if (!paragraphs.some((p) => QUOTE_MARKS.test(p))) throw new Error('the source paragraphs hold no quotes');
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < minWords; i++) {
    const paragraph = paragraphs[i % paragraphs.length]!;
    out.push(paragraph);
    count += words(paragraph);
  }
  const first = sources[0]!;
  return { id, date: first.date, title: first.title, text: out.join('\n\n') };
}

export function wordCount(doc: SourceDocument): number {
  return words(doc.title) + words(doc.text);
}
