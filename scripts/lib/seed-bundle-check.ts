// The default bundle's relevance floor, measured: the index the extension ships (built from
// seeds/: one article on the war in Ukraine) queried with corpus articles that have nothing to do
// with it, which must all get an empty list, and with articles on that war, which should not.
//   unrelated: BBC sport, entertainment and tech (2004–05); OrangeSum culture, people and
//     fait-divers (2016–20), a fixed sample;
//   related: the Guardian and NYT war coverage of 2022 (ukraine2022_en.jsonl, one topic).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { analyze } from '../../src/analysis';
import { RelatedIndex } from '../../src/index/query';
import { buildIndexFromPaths } from './index-builder';

interface CorpusRecord {
  id: string;
  lang?: string;
  date: string | null;
  title: string;
  text: string;
  category?: string;
}

export interface SeedCheckSet {
  name: string;
  /** Whether the articles are about the seed's story. */
  related: boolean;
  articles: number;
  /** Articles that got at least one related document. */
  listed: number;
  /** The articles on the wrong side (unrelated but listed, related but empty), first few. */
  wrong: Array<{ id: string; title: string; why: string }>;
}

const UNRELATED_BBC = new Set(['sport', 'entertainment', 'tech']);
const UNRELATED_ORANGESUM = new Set(['societe/culture', 'societe/people', 'societe/fait-divers']);

function readRecords(file: string): CorpusRecord[] {
  const raw = readFileSync(file);
  const text = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusRecord);
}

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Runs the check; `sample` OrangeSum articles (a fixed hash order) of the unrelated sections. */
export function seedBundleCheck(root: string, corpusDir: string, sample: number): SeedCheckSet[] {
  const seeds = resolve(root, 'seeds');
  const files = ['bbc_en.jsonl', 'orangesum_fr.jsonl.gz', 'ukraine2022_en.jsonl'].map((f) => resolve(corpusDir, f));
  if (!existsSync(seeds) || !files.every((f) => existsSync(f))) return [];
  const index = RelatedIndex.fromBytes(buildIndexFromPaths([seeds]).data);
  const [bbc, orangesum, war] = files.map(readRecords) as [CorpusRecord[], CorpusRecord[], CorpusRecord[]];
  const sets: Array<{ name: string; related: boolean; records: CorpusRecord[] }> = [
    { name: 'BBC sport, entertainment, tech', related: false, records: bbc.filter((r) => UNRELATED_BBC.has(r.category ?? '')) },
    {
      name: `OrangeSum culture, people, fait-divers (${sample} of them)`,
      related: false,
      records: orangesum
        .filter((r) => UNRELATED_ORANGESUM.has(r.category ?? ''))
        .sort((a, b) => hash(a.id) - hash(b.id) || (a.id < b.id ? -1 : 1))
        .slice(0, sample),
    },
    { name: 'Guardian and NYT on the war in Ukraine', related: true, records: war },
  ];
  return sets.map(({ name, related, records }) => {
    let listed = 0;
    const wrong: SeedCheckSet['wrong'] = [];
    for (const record of records) {
      const analysis = analyze({ title: record.title, text: record.text, ...(record.lang ? { langHint: record.lang } : {}) });
      const results = index.query({ analysis, date: record.date });
      if (results.length > 0) listed++;
      if (results.length > 0 !== related && wrong.length < 10) {
        wrong.push({ id: record.id, title: record.title, why: results.map((r) => r.why.join(', ')).join(' | ') });
      }
    }
    return { name, related, articles: records.length, listed, wrong };
  });
}
