// Cross-lingual aliases: every French or English name of a country (and its demonyms), city,
// organisation or much-transliterated person maps to one concept id, so "Moscou" and "Moscow",
// "OTAN" and "NATO", "russe" and "Russian" are the same thing to the index.
import { COUNTRIES } from './data/countries';
import { ORGANISATIONS, PEOPLE, PLACES } from './data/curated-aliases';
import { fold } from '../text/normalize';
import type { Token } from './text';

/** How a name must be written in a text to count: acronyms in capitals, proper names
 * capitalised, French demonyms (adjectives: « les troupes russes ») in any case. */
type CaseRule = 'acronym' | 'proper' | 'any';

interface Entry {
  id: string;
  rule: CaseRule;
  length: number;
}

const phrases = new Map<string, Entry[]>();
/** Longest name (in words) starting with each word: most words start none, and are skipped at once. */
const longestFrom = new Map<string, number>();

function words(name: string): string[] {
  return (fold(name).match(/[\p{L}\p{N}]+/gu) ?? []) as string[];
}

function addName(id: string, name: string, rule: CaseRule = ruleOf(name)): void {
  const ws = words(name);
  if (ws.length === 0 || (ws.length === 1 && ws[0]!.length < 2)) return;
  const key = ws.join(' ');
  const list = phrases.get(key) ?? [];
  if (list.some((e) => e.rule === rule)) return; // first writer wins: keeps ids stable
  list.push({ id, rule, length: ws.length });
  phrases.set(key, list);
  longestFrom.set(ws[0]!, Math.max(longestFrom.get(ws[0]!) ?? 0, ws.length));
}

function ruleOf(name: string): CaseRule {
  if (/^[\p{Lu}\p{N}]{2,6}$/u.test(name)) return 'acronym';
  return /^\p{Lu}/u.test(name) ? 'proper' : 'any';
}

for (const [code, names, demonymsEn, demonymsFr] of COUNTRIES) {
  for (const name of names) addName(code, name);
  // English demonyms are capitalised in running text, French ones are not (adjectives).
  for (const demonym of demonymsEn) for (const form of [demonym, `${demonym}s`]) addName(code, form, 'proper');
  for (const demonym of demonymsFr) for (const form of [demonym, `${demonym}s`]) addName(code, form, 'any');
}
for (const table of [ORGANISATIONS, PLACES, PEOPLE]) {
  for (const [id, ...names] of table) for (const name of names) addName(id!, name);
}

function fits(rule: CaseRule, tokens: readonly Token[], start: number, length: number): boolean {
  if (rule === 'any') return true;
  if (rule === 'acronym') {
    for (let k = start; k < start + length; k++) if (!/^[\p{Lu}\p{N}]+$/u.test(tokens[k]!.text)) return false;
    return true;
  }
  return /^\p{Lu}/u.test(tokens[start]!.text);
}

/** The longest concept name starting at tokens[start], if any. */
export function matchConcept(tokens: readonly Token[], start: number): { id: string; length: number } | null {
  const longest = longestFrom.get(tokens[start]!.folded);
  if (longest === undefined) return null;
  let key = '';
  let best: { id: string; length: number } | null = null;
  for (let n = 1; n <= longest && start + n <= tokens.length; n++) {
    key = n === 1 ? tokens[start]!.folded : `${key} ${tokens[start + n - 1]!.folded}`;
    const entries = phrases.get(key);
    if (!entries) continue;
    const entry = entries.find((e) => fits(e.rule, tokens, start, n));
    if (entry) best = { id: entry.id, length: n };
  }
  return best;
}

/** Concept id of a whole name ("Royaume-Uni" → "GB"), or null. */
export function conceptOfName(name: string): string | null {
  const entries = phrases.get(words(name).join(' '));
  return entries?.[0]?.id ?? null;
}

/** Spelling-tolerant key of a name: transliterations of one name across French and English
 * (Poutine/Putin, Netanyahou/Netanyahu, Zelensky/Zelenskyy, Gorbatchev/Gorbachev) meet. */
export function nameKey(name: string): string {
  const ws = words(name.replace(/^(?:le|la|les|l['’]|the)\s+/i, ''));
  return ws
    .map((w) =>
      w
        .replace(/ou/g, 'u')
        .replace(/y/g, 'i')
        .replace(/tch|sh/g, 'ch')
        .replace(/ph/g, 'f')
        .replace(/ck/g, 'k')
        .replace(/(\p{L})\1+/gu, '$1')
        .replace(/(.{4,})e$/u, '$1'),
    )
    .join(' ');
}
