// Per-document step of the index build: the same analysis as the content script (language,
// entities), then the document's terms, entity keys, fingerprint and SimHash. Independent of the
// rest of the corpus, so it can run (and be timed, or cached) one document at a time.
import { analyze } from '../analysis';
import { documentEntities } from './entity-keys';
import { simhash } from './simhash';
import { fingerprint, termBag } from './text';
import type { SourceDocument } from './types';

/** One document after analysis: everything the corpus-level step needs, nothing more. */
export interface AnalysedDoc {
  id: string;
  title: string;
  date: string | null;
  url?: string;
  lang: string;
  print: number;
  sim: [number, number];
  terms: Map<string, number>;
  length: number;
  entities: Array<[key: string, value: number]>;
}

export function analyseDocument(source: SourceDocument): AnalysedDoc {
  const analysis = analyze({ title: source.title, text: source.text, langHint: source.lang });
  const body = analysis.text || source.text;
  const bag = termBag(analysis.title, body, analysis.lang);
  return {
    id: source.id,
    title: source.title,
    date: source.date,
    ...(source.url ? { url: source.url } : {}),
    lang: analysis.lang,
    print: fingerprint(body),
    sim: simhash(`${analysis.title}\n${body}`),
    terms: bag.counts,
    length: bag.length,
    entities: documentEntities(analysis.entities, analysis.title),
  };
}
