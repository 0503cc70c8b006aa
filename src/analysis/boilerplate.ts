// Removal of lines and paragraphs that are not part of the article (rules/boilerplate-rules.ts).
import { cleanText } from '../text/normalize';
import { noteFired } from './rules/engine';
import { BOILERPLATE_RULES } from './rules/boilerplate-rules';

/** The id of the boilerplate rule a single line matches ("Lire aussi …", "Read more …", a cookie notice), or null. */
export function boilerplateRule(line: string): string | null {
  for (const rule of BOILERPLATE_RULES) if (line.length <= rule.maxChars && rule.matches(line)) return rule.id;
  return null;
}

/** Remove boilerplate lines/paragraphs; paragraphs are returned separated by "\n\n". */
export function stripBoilerplate(text: string): string {
  const lines = cleanText(text).split('\n');
  const kept: string[] = [];
  for (const line of lines) {
    const rule = boilerplateRule(line);
    if (rule) {
      noteFired(rule);
      kept.push('');
      continue;
    }
    kept.push(line.replace(/[ \t]+$/u, ''));
  }
  return kept
    .join('\n')
    .split(/\n[ \t]*\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .join('\n\n');
}
