// Per-document step of the index build: the same analysis as the content script (language,
// entities), then the document's terms (title, lead and rest apart), its entities and where they
// stand, its fingerprint and SimHash. Independent of the rest of the corpus, so it can run (and be
// timed, or cached) one document at a time; the weights are set when the index is assembled.
import { analyze } from '../analysis';
import type { Analysis } from '../analysis/types';
import { ENTITIES_PER_DOC, type NamedEntity } from './entity-keys';
import { EntityPlaces } from './entity-places';
import { simhash } from './simhash';
import { fingerprint, LEAD_WORDS, termBag, tokenize } from './text';
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
  /** Term counts of the title, of the lead (the first LEAD_WORDS words of the body) and of the rest of the body. */
  titleTerms: Map<string, number>;
  leadTerms: Map<string, number>;
  bodyTerms: Map<string, number>;
  /** The most important entities (ENTITIES_PER_DOC), with where they stand. */
  entities: NamedEntity[];
}

export function analyseDocument(source: SourceDocument): AnalysedDoc {
  return documentFeatures(source, analyze({ title: source.title, text: source.text, langHint: source.lang }));
}

/** The index features of a document already analysed (the reading memory stores the page's own analysis). */
export function documentFeatures(source: SourceDocument, analysis: Analysis): AnalysedDoc {
  const body = analysis.text || source.text;
  const titleTokens = tokenize(analysis.title);
  const bodyTokens = tokenize(body);
  const leadTokens = bodyTokens.slice(0, LEAD_WORDS);
  const places = new EntityPlaces(titleTokens, leadTokens);
  const bag = (tokens: typeof bodyTokens): Map<string, number> => termBag([], tokens, analysis.lang).counts;
  return {
    id: source.id,
    title: source.title,
    date: source.date,
    ...(source.url ? { url: source.url } : {}),
    lang: analysis.lang,
    print: fingerprint(body),
    sim: simhash(`${analysis.title}\n${body}`),
    titleTerms: bag(titleTokens),
    leadTerms: bag(leadTokens),
    bodyTerms: bag(bodyTokens.slice(LEAD_WORDS)),
    entities: analysis.entities.slice(0, ENTITIES_PER_DOC).map((e) => ({ text: e.text, aliases: e.aliases, type: e.type, ...places.of(e) })),
  };
}
