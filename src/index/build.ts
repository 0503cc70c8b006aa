// Builds the related-documents index. Each document is analysed once, with the same analysis
// code as the content script (language, entities); the corpus-level step then computes BM25
// weights, keeps each document's strongest terms, and writes the compact binary file.
import {
  ByteWriter,
  INDEX_FORMAT,
  INDEX_VERSION,
  writeData,
  typedBytes,
  MASS_SCALE,
  type IndexManifest,
  type SectionName,
} from './format';
import { analyseDocument, type AnalysedDoc } from './analyse-document';
import { B, dayNumber, idf, K1, termIdf } from './scoring';
import { entityPostings } from './entity-keys';
import { familyOf, termFamily } from './text';

export { dayNumber, idf };
import type { SourceDocument } from './types';

export { analyseDocument, type AnalysedDoc };

/** Terms kept per document, strongest BM25 weight first: enough to describe a news article. */
export const TERMS_PER_DOC = 64;
/** A document's title words count three times, its lead's twice: they say what the story is
 * about (measured on the French same-story judgments: +0.006 nDCG@5 over counting them 2 and 1). */
export const DOC_TITLE_WEIGHT = 3;
export const DOC_LEAD_WEIGHT = 2;

/** A document's weighted term counts: title and lead words count more than the rest. */
export function weightedTerms(doc: AnalysedDoc): { counts: Map<string, number>; length: number } {
  const counts = new Map<string, number>();
  let length = 0;
  const add = (terms: Map<string, number>, weight: number): void => {
    for (const [term, count] of terms) {
      counts.set(term, (counts.get(term) ?? 0) + weight * count);
      length += weight * count;
    }
  };
  add(doc.titleTerms, DOC_TITLE_WEIGHT);
  add(doc.leadTerms, DOC_LEAD_WEIGHT);
  add(doc.bodyTerms, 1);
  return { counts, length };
}

export interface BuildResult {
  manifest: IndexManifest;
  /** Contents of the data file (index.bin). */
  data: Uint8Array;
  /** Ids of documents skipped because their id or normalised text was already indexed. */
  duplicates: string[];
}

export interface AssembleOptions {
  builtAt?: string;
  dataName?: string;
  termsPerDoc?: number;
}

/** Assembles the index in one go. */
export function assembleIndex(analysed: Iterable<AnalysedDoc>, options: AssembleOptions = {}): BuildResult {
  const steps = assemblySteps(analysed, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Work done between two chances to pause (documents or terms). */
const STEP = 256;
/** A slice of assembly runs about this long before it lets other work in. */
const SLICE_MS = 25;

/**
 * Assembles the index in slices of about SLICE_MS, pausing between them (by default a macrotask),
 * so that a background building a large index (the reading memory's) still answers its messages.
 * The same steps as assembleIndex: the same bytes.
 */
export async function assembleIndexInSlices(
  analysed: Iterable<AnalysedDoc>,
  options: AssembleOptions = {},
  slicing: { pause?: () => Promise<void>; sliceMs?: number } = {},
): Promise<BuildResult> {
  const { pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0)), sliceMs = SLICE_MS } = slicing;
  const steps = assemblySteps(analysed, options);
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
}

/** The assembly, yielding every STEP documents or terms (a generator, so that one body serves both runners). */
function* assemblySteps(analysed: Iterable<AnalysedDoc>, options: AssembleOptions): Generator<void, BuildResult> {
  let work = 0;
  const tick = (): boolean => ++work % STEP === 0;
  const termsPerDoc = options.termsPerDoc ?? TERMS_PER_DOC;
  const docs: AnalysedDoc[] = [];
  const duplicates: string[] = [];
  const seenIds = new Set<string>();
  const seenPrints = new Set<number>();
  const weighted = new Map<AnalysedDoc, { counts: Map<string, number>; length: number }>();
  for (const doc of analysed) {
    if (seenIds.has(doc.id) || seenPrints.has(doc.print)) {
      duplicates.push(doc.id);
      continue;
    }
    seenIds.add(doc.id);
    seenPrints.add(doc.print);
    docs.push(doc);
    weighted.set(doc, weightedTerms(doc));
    if (tick()) yield;
  }

  const n = docs.length;
  const df = new Map<string, number>();
  // Document counts and lengths per stemmer family: an English word's rarity is judged among
  // English documents, not against a mostly French corpus that never uses it.
  const familyDocs = new Map<string, number>();
  const familyLength = new Map<string, number>();
  for (const doc of docs) {
    const family = familyOf(doc.lang);
    familyDocs.set(family, (familyDocs.get(family) ?? 0) + 1);
    const { counts, length } = weighted.get(doc)!;
    familyLength.set(family, (familyLength.get(family) ?? 0) + length);
    for (const term of counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    if (tick()) yield;
  }
  const idfOf = (term: string): number => termIdf(df.get(term)!, familyDocs.get(termFamily(term) ?? '') ?? n);
  // Weights are stored as bytes: 255 is the largest weight any term can reach.
  const impactScale = (termIdf(1, Math.max(n, 1)) * (K1 + 1)) / 255;

  const postings = new Map<string, Array<[doc: number, value: number]>>();
  const docMass = new Uint16Array(n);
  const post = (term: string, doc: number, value: number): void => {
    const list = postings.get(term);
    if (list) list.push([doc, value]);
    else postings.set(term, [[doc, value]]);
  };
  for (const [i, doc] of docs.entries()) {
    const family = familyOf(doc.lang);
    const avgLength = familyLength.get(family)! / familyDocs.get(family)! || 1;
    const { counts, length } = weighted.get(doc)!;
    const norm = K1 * (1 - B + (B * length) / avgLength);
    const bm25: Array<[string, number]> = [];
    for (const [term, tf] of counts) bm25.push([term, (idfOf(term) * tf * (K1 + 1)) / (tf + norm)]);
    bm25.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    for (const [term, weight] of bm25.slice(0, termsPerDoc)) post(term, i, Math.min(255, Math.max(1, Math.round(weight / impactScale))));
    const entities = entityPostings(doc.entities, { title: doc.titleTerms, lead: doc.leadTerms, body: doc.bodyTerms });
    for (const [key, value] of entities.postings) post(key, i, value);
    docMass[i] = Math.min(0xffff, Math.round(entities.mass * MASS_SCALE));
    if (tick()) yield;
  }

  const encoder = new TextEncoder();
  const dictionary = [...postings.keys()].map((term) => ({ term, bytes: encoder.encode(term) }));
  dictionary.sort((a, b) => compareBytes(a.bytes, b.bytes));

  const termOffsets = new Uint32Array(dictionary.length + 1);
  const postOffsets = new Uint32Array(dictionary.length + 1);
  const termStrings = new ByteWriter();
  const postingBytes = new ByteWriter();
  for (const [t, { term, bytes }] of dictionary.entries()) {
    termOffsets[t] = termStrings.length;
    postOffsets[t] = postingBytes.length;
    termStrings.bytes(bytes);
    const list = postings.get(term)!;
    postingBytes.varint(df.get(term) ?? list.length); // entities: every document is listed
    let previous = 0;
    for (const [doc, value] of list) {
      postingBytes.varint(doc - previous);
      postingBytes.byte(value);
      previous = doc;
    }
    if (tick()) yield;
  }
  termOffsets[dictionary.length] = termStrings.length;
  postOffsets[dictionary.length] = postingBytes.length;

  const langs = [...new Set(docs.map((d) => d.lang))].sort();
  const docDays = new Uint16Array(n);
  const docLang = new Uint8Array(n);
  const docPrint = new Uint32Array(n);
  const docSim = new Uint32Array(2 * n);
  const docStrOffsets = new Uint32Array(n + 1);
  const docStrings = new ByteWriter();
  docs.forEach((doc, i) => {
    docDays[i] = dayNumber(doc.date);
    docLang[i] = langs.indexOf(doc.lang);
    docPrint[i] = doc.print;
    docSim[2 * i] = doc.sim[0];
    docSim[2 * i + 1] = doc.sim[1];
    docStrOffsets[i] = docStrings.length;
    const clean = (s: string): string => s.replace(/[\x1f\r\n]+/g, ' ');
    docStrings.bytes(encoder.encode([doc.id, doc.title, doc.date ?? '', doc.url ?? ''].map(clean).join('\x1f')));
  });
  docStrOffsets[n] = docStrings.length;

  const sections: Record<SectionName, Uint8Array> = {
    docDays: typedBytes(docDays),
    docLang,
    docPrint: typedBytes(docPrint),
    docSim: typedBytes(docSim),
    docMass: typedBytes(docMass),
    docStrOffsets: typedBytes(docStrOffsets),
    docStrings: docStrings.result(),
    termOffsets: typedBytes(termOffsets),
    termStrings: termStrings.result(),
    postOffsets: typedBytes(postOffsets),
    postings: postingBytes.result(),
  };
  const data = writeData({ version: INDEX_VERSION, docCount: n, termCount: dictionary.length, langs, impactScale }, sections);
  const languages: Record<string, number> = {};
  for (const doc of docs) languages[doc.lang] = (languages[doc.lang] ?? 0) + 1;
  const manifest: IndexManifest = {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    builtAt: options.builtAt ?? new Date().toISOString(),
    docCount: n,
    languages,
    data: options.dataName ?? 'index.bin',
    dataBytes: data.length,
  };
  return { manifest, data, duplicates };
}

/** Analyses and assembles in one go (tests, small folders). */
export function buildIndex(sources: Iterable<SourceDocument>, options: AssembleOptions = {}): BuildResult {
  function* analysed(): Generator<AnalysedDoc> {
    for (const source of sources) yield analyseDocument(source);
  }
  return assembleIndex(analysed(), options);
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
