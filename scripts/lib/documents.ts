// Reads source documents from files and folders: seed-format .txt, plain .txt, .md, saved .html
// (article extracted as the content script does), and .jsonl (gzipped or not). A bad file is
// reported and skipped; it never aborts the caller.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isSeedFormat, parseMarkdown, parsePlainText, parseSeed } from '../../src/index/seed-format';
import type { SourceDocument } from '../../src/index/types';
import { extractFromHtml } from './html';

export interface LoadProblem {
  file: string;
  reason: string;
}

const SUPPORTED = ['.txt', '.md', '.html', '.htm', '.html.gz', '.jsonl', '.jsonl.gz'];

/** Every supported file under the given paths (folders are walked recursively, in name order). */
/** A folder's own documentation (README.md, LICENSE, PROVENANCE.md…) is not one of its documents. */
const FOLDER_NOTES = /^(readme|licen[cs]e|provenance|notice|notes|copying)(\.[a-z]+)?$/i;

export function listSourceFiles(paths: string[]): string[] {
  const files: string[] = [];
  const visit = (path: string): void => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) if (!name.startsWith('.') && !FOLDER_NOTES.test(name)) visit(join(path, name));
    } else if (SUPPORTED.some((ext) => path.toLowerCase().endsWith(ext))) {
      files.push(path);
    }
  };
  for (const path of paths) visit(path);
  return files;
}

/** Documents of one file (a .jsonl file holds many). Throws with a plain reason on a bad file. */
export function* readSourceFile(file: string, problems: LoadProblem[] = []): Generator<SourceDocument> {
  const lower = file.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.jsonl.gz')) {
    yield* readJsonl(file, problems);
    return;
  }
  // A saved page may be gzipped ("page.html.gz", as the fundus and Zyte corpora keep them).
  const gzipped = lower.endsWith('.html.gz');
  const id = basename(gzipped ? file.slice(0, -3) : file, extname(gzipped ? file.slice(0, -3) : file));
  const raw = readFileSync(file);
  const content = decode(gzipped ? gunzipSync(raw) : raw, file);
  if (gzipped || lower.endsWith('.html') || lower.endsWith('.htm')) {
    const article = extractFromHtml(content, `file://${file}`);
    if (!article.isArticle) throw new Error(article.reason);
    yield { id, date: article.publishedTime?.slice(0, 10) ?? null, title: article.title, text: article.text, ...(article.lang ? { lang: article.lang } : {}) };
  } else if (lower.endsWith('.md')) {
    yield parseMarkdown(id, content);
  } else {
    yield isSeedFormat(content) ? parseSeed(id, content) : parsePlainText(id, content);
  }
}

function* readJsonl(file: string, problems: LoadProblem[]): Generator<SourceDocument> {
  const raw = readFileSync(file);
  const content = decode(file.toLowerCase().endsWith('.gz') ? gunzipSync(raw) : raw, file);
  let lineNo = 0;
  for (const line of content.split('\n')) {
    lineNo++;
    if (!line.trim()) continue;
    try {
      yield toSourceDocument(JSON.parse(line) as unknown);
    } catch (error) {
      problems.push({ file: `${file}:${lineNo}`, reason: error instanceof Error ? error.message : String(error) });
    }
  }
}

function toSourceDocument(record: unknown): SourceDocument {
  if (typeof record !== 'object' || record === null) throw new Error('not a JSON object');
  const r = record as Record<string, unknown>;
  const str = (key: string): string | undefined => (typeof r[key] === 'string' ? (r[key] as string) : undefined);
  const id = str('id');
  const text = str('text');
  if (!id || text === undefined) throw new Error('record needs string fields "id" and "text"');
  const lang = str('lang');
  const url = str('url');
  return { id, title: str('title') ?? '', text, date: str('date') ?? null, ...(lang ? { lang } : {}), ...(url ? { url } : {}) };
}

/** UTF-8 text; binary junk is refused with a reason instead of being indexed as garbage. */
function decode(bytes: Buffer, file: string): string {
  const sample = bytes.subarray(0, 4096);
  if (sample.includes(0)) throw new Error(`${basename(file)} looks binary (NUL bytes)`);
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}
