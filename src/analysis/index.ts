// Public API of the on-device text analysis.
import type { Analysis, ArticleInput, Claim } from './types';
import { stripBoilerplate } from './boilerplate';
import { detectLanguage } from '../text/lang';
import { splitSentences } from '../text/sentences';
import { extractEntities, type EntityTable } from './entities';
import { findQuotes } from './quotes';
import { attributeQuotes, findReported } from './claims';
import { TokenizedText } from '../text/tokens';
import { noteFired } from './rules/engine';

export { stripBoilerplate } from './boilerplate';
export { detectLanguage } from '../text/lang';

/** Analyse an article: language, cleaned text, entities, claims. Never throws. */
export function analyze(input: ArticleInput): Analysis {
  const title = typeof input.title === 'string' ? input.title.replace(/\s+/g, ' ').trim() : '';
  let body = '';
  try { body = stripBoilerplate(typeof input.text === 'string' ? input.text : ''); } catch { body = ''; }
  const lang = safe(() => detectLanguage(`${title}\n${body}`, input.langHint), 'und');
  const supported = lang === 'fr' || lang === 'en';
  const full = title ? `${title}\n\n${body}` : body;
  const titleEnd = title ? title.length : 0;
  const result: Analysis = { lang, supported, title, text: body, entities: [], claims: [] };
  try {
    const sentences = splitSentences(full);
    // Tokenized once: entities and the speaker search read their windows from it.
    const tokens = new TokenizedText(full);
    const table: EntityTable = supported
      ? extractEntities(full, sentences, titleEnd, lang, tokens)
      : { entities: [], mentions: [], firstPos: [], inTitle: [], kept: [] };
    const quotes = findQuotes(full);
    const claims: Claim[] = attributeQuotes(full, sentences, quotes, table, titleEnd, supported ? lang : 'en', tokens);
    if (supported) claims.push(...findReported(full, sentences, quotes, table, titleEnd, lang, claims, tokens));
    result.claims = claims;
    result.entities = rank(table, claims);
    // Every rule named in an output counts as fired (rule-example test, --explain).
    for (const item of [...result.entities, ...result.claims]) for (const id of item.trace) noteFired(id);
  } catch {
    // keep what we have: the analysis must never throw
  }
  return result;
}

function rank(table: EntityTable, claims: Claim[]): Analysis['entities'] {
  const speakers = new Set(claims.map((c) => c.speaker).filter((s): s is string => !!s));
  // Names the entity scorer does not keep stay out of the output (they still help find speakers).
  const scored = table.entities.flatMap((e, i) => (table.kept[i] === false ? [] : [{
    e,
    s: e.mentions + (table.inTitle[i] ? 3 : 0) + (speakers.has(e.text) ? 2 : 0) + 1 / (1 + (table.firstPos[i] ?? 0) / 500),
  }]));
  return scored.sort((a, b) => b.s - a.s).map((x) => x.e);
}

function safe<T>(f: () => T, d: T): T {
  try { return f(); } catch { return d; }
}
