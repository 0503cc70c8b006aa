// Parsing of source documents given as text: the seed format (first line " date YYYY-MM <title>",
// then paragraphs), plain text and Markdown. Pure functions; file access lives in scripts/.
import type { SourceDocument } from './types';

const SEED_HEADER = /^\s?date (\d{4}-\d{2}(?:-\d{2})?) (.+)$/;

export function isSeedFormat(content: string): boolean {
  return SEED_HEADER.test(firstLine(content));
}

/** A seed-format document; the id is the file name without its extension. */
export function parseSeed(id: string, content: string): SourceDocument {
  const [header = '', ...rest] = normaliseNewlines(content).split('\n');
  const match = SEED_HEADER.exec(header);
  if (!match) throw new Error('first line is not " date YYYY-MM <title>"');
  return { id, date: match[1] ?? null, title: (match[2] ?? '').trim(), text: rest.join('\n').trim() };
}

/** Plain text: the first non-empty line is the title. */
export function parsePlainText(id: string, content: string): SourceDocument {
  const lines = normaliseNewlines(content).split('\n');
  const at = lines.findIndex((line) => line.trim() !== '');
  if (at < 0) throw new Error('empty document');
  return { id, date: null, title: (lines[at] ?? '').trim(), text: lines.slice(at + 1).join('\n').trim() };
}

/** Markdown: the first heading (or line) is the title; markup is reduced to plain text. */
export function parseMarkdown(id: string, content: string): SourceDocument {
  const plain = normaliseNewlines(content)
    .replace(/^---\n[\s\S]*?\n---\n/, '') // front matter
    .replace(/```[\s\S]*?```/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^[ \t]*[-*+][ \t]+/gm, '')
    .replace(/[*_`]{1,3}([^*_`\n]+)[*_`]{1,3}/g, '$1');
  return parsePlainText(id, plain);
}

function firstLine(content: string): string {
  const end = content.indexOf('\n');
  return (end < 0 ? content : content.slice(0, end)).replace(/^\uFEFF/, '').replace(/\r$/, '');
}

function normaliseNewlines(content: string): string {
  return content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
