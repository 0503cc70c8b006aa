// Removal of "read more" style lines and paragraphs that are not part of the article.
import { cleanText } from '../text/normalize';

const BOILERPLATE_LINE =
  /^\s*(?:[-–—•>»]\s*)?(?:lire\s+(?:la\s+suite|aussi|également|egalement|plus)|[àa]\s+lire\s+(?:aussi|également|egalement|ensuite)|sur\s+le\s+m[êe]me\s+sujet|voir\s+aussi|read\s+more|read\s+also|see\s+also|related\s*:|related\s+(?:articles?|stories|coverage)\b|more\s+on\s+this\s+story|sign\s+up\s+(?:to|for)\b|subscribe\s+to\s+(?:our|the)\b|inscrivez-vous\s+à(?=\s)|abonnez-vous\s+à(?=\s))/iu;

/** True when a single line is a "Lire aussi …" / "Read more …" link line. */
export function isBoilerplateLine(line: string): boolean {
  if (line.length > 400) return false;
  return BOILERPLATE_LINE.test(line);
}

/** Remove boilerplate lines/paragraphs; paragraphs are returned separated by "\n\n". */
export function stripBoilerplate(text: string): string {
  const lines = cleanText(text).split('\n');
  const kept: string[] = [];
  for (const line of lines) {
    if (isBoilerplateLine(line)) {
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
