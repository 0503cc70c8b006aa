// The saved-page suites the extraction benchmark reads from ../shared: each page with its HTML, URL,
// language and the article text it should give. Test data only, never shipped.
//   zyte:   corpus/article-extraction-benchmark (181 pages, ground-truth.json: articleBody)
//   fundus: corpus/fundus (the fundus project's parser tests, pages.jsonl: gold_full)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface SuitePage {
  id: string;
  url: string;
  /** The page's language as the suite gives it ('' when the suite does not say). */
  lang: string;
  /** Expected article text. */
  gold: string;
  html: () => string;
}

export type SuiteName = 'zyte' | 'fundus';
export const SUITE_FOLDERS: Record<SuiteName, string> = {
  zyte: 'corpus/article-extraction-benchmark',
  fundus: 'corpus/fundus',
};

const gunzipText = (file: string): string => new TextDecoder('utf-8').decode(gunzipSync(readFileSync(file)));

export function loadSuite(name: SuiteName, folder: string): SuitePage[] {
  return name === 'zyte' ? loadZyte(folder) : loadFundus(folder);
}

function loadZyte(folder: string): SuitePage[] {
  const truth = JSON.parse(readFileSync(join(folder, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return readdirSync(join(folder, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.replace(/\.html\.gz$/, ''))
    .sort()
    .map((id) => ({
      id,
      url: truth[id]?.url ?? 'http://127.0.0.1/',
      lang: '',
      gold: truth[id]?.articleBody ?? '',
      html: () => gunzipText(join(folder, 'html', `${id}.html.gz`)),
    }));
}

interface FundusRecord {
  id: string;
  file: string;
  url: string;
  lang: string;
  gold_full: string;
}

function loadFundus(folder: string): SuitePage[] {
  const list = join(folder, 'pages.jsonl');
  if (!existsSync(list)) return [];
  return readFileSync(list, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as FundusRecord)
    .map((r) => ({ id: r.id, url: r.url, lang: r.lang, gold: r.gold_full, html: () => gunzipText(join(folder, r.file)) }));
}
