// Direct-quote spans (“ ” « » " ‘ ’), length-capped, never crossing a paragraph break.
import { FUNCTION_WORDS } from './lexicon/gazetteers';
import { FR_PARTICIPLE_GROUPS, participleEndings } from './lexicon/participles';

/** At most this many words in a quoted name (« Nomadland », “The Tortured Poets Department”). */
const QUOTED_NAME_WORDS = 6;

/**
 * True when a quote's words are a name, not words someone said: a title, a product, a nickname in
 * Title Case (« Nomadland », “The Father”, « Lion d'Or »): every word capitalised but the function
 * words inside, no sentence punctuation, a few words at most.
 */
export function isQuotedName(inner: string): boolean {
  if (/[.,;:!?…]/u.test(inner)) return false;
  const words = inner.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? [];
  if (words.length === 0 || words.length > QUOTED_NAME_WORDS || !/^\p{Lu}/u.test(words[0] as string)) return false;
  // (An elided article is a function word: « l'Eleanor ».)
  const content = words.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()) && !/^[dl]['’]/iu.test(w) && !/^(?:à|y|vs)$/iu.test(w));
  return content.length > 0 && content.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark. */
  close: number;
  inner: string;
}

const PAIRS: Record<string, string> = { '“': '”', '«': '»', '"': '"', '‘': '’' };
const OPENING_CODES = new Set(Object.keys(PAIRS).map((mark) => mark.charCodeAt(0)));
const MAX_QUOTE = 3000;

/** An incise right after a closing mark: « , estime-t-il », « , a-t-elle précisé », ", he said", ", said Smith". */
const INCISE_AFTER = new RegExp(`^,\\s*(?:\\p{Ll}+-t-(?:il|elle|ils|elles)|\\p{Ll}+-(?:il|elle|ils|elles)|(?:a|ont|avait|avaient)(?:-t-(?:il|elle))?\\s+(?:\\p{Ll}+\\s+)?\\p{Ll}+(?:${participleEndings(...FR_PARTICIPLE_GROUPS)})|(?:he|she|they)\\s+(?:said|says|added|told))(?![\\p{L}])|^,\\s*(?:said|says|added)\\s+\\p{Lu}`, 'u');

/**
 * The quote that a closing straight mark at `close` ends when its opening mark was lost: from the
 * first sentence after the previous quote (at most two sentences, no other mark, same paragraph) to
 * the mark, when an incise follows it. Null otherwise.
 */
function orphanQuote(text: string, close: number, previousClose: number): QuoteSpan | null {
  if (!INCISE_AFTER.test(text.slice(close + 1, close + 40))) return null;
  const paragraph = text.lastIndexOf('\n', close) + 1;
  let start = Math.max(previousClose, paragraph, close - 500);
  const lead = text.slice(start, close);
  if (/["«»“”]/u.test(lead)) return null;
  // Past the previous quote's sentence end, or from the start of a sentence.
  const sentenceStarts = [...lead.matchAll(/(?:^|[.!?…]\s*)(?=\p{Lu})/gu)].map((m) => start + (m.index ?? 0) + m[0].length);
  const first = sentenceStarts.length > 2 ? sentenceStarts[sentenceStarts.length - 2] : sentenceStarts[0];
  if (first === undefined) return null;
  start = first;
  const inner = text.slice(start, close).trim();
  if (inner.split(/\s+/u).length < 4) return null;
  return { open: Math.max(previousClose, start - 1), close: close + 1, inner };
}

/** Find quotation spans in text (linear scan). */
export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    // (Most characters open nothing: their code answers without a look-up in PAIRS.)
    if (!OPENING_CODES.has(text.charCodeAt(i))) { i++; continue; }
    const ch = text[i] ?? '';
    const closer = PAIRS[ch];
    if (closer === undefined) { i++; continue; }
    if ((ch === '"' || ch === '‘') && /[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ')) {
      // A straight mark after a word is no opening; followed by an incise it is the close of a quote
      // whose opening mark the page lost (« parlementaires". Le mouvement … nouvelles", estime-t-il »).
      const orphan = ch === '"' ? orphanQuote(text, i, out[out.length - 1]?.close ?? 0) : null;
      if (orphan) out.push(orphan);
      i++;
      continue;
    }
    let j = i + 1;
    let found = -1;
    const limit = Math.min(n, i + MAX_QUOTE);
    let paragraphEnd = -1;
    let unclosed = -1;
    while (j < limit) {
      const c = text[j];
      if (c === '\n' && text[j + 1] === '\n') {
        paragraphEnd = j;
        break;
      }
      if (c === closer && !(closer === '’' && /\p{L}/u.test(text[j + 1] ?? ' '))) {
        // A straight mark after a space and before a word opens a new quote: the current one lost its
        // closing mark at the end of its sentence ("… as much as France. "There can be no deal …").
        if (c === '"' && /\s/u.test(text[j - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[j + 1] ?? '') && /[.!?…]\s+$/u.test(text.slice(Math.max(i + 1, j - 4), j))) {
          unclosed = j;
          break;
        }
        found = j;
        break;
      }
      j++;
    }
    if (unclosed > 0) {
      const inner = text.slice(i + 1, unclosed).trim();
      if (/\p{L}/u.test(inner)) out.push({ open: i, close: unclosed, inner });
      i = unclosed;
      continue;
    }
    // A quote running over several paragraphs leaves each paragraph but the last unclosed, and the
    // next paragraph opens with the same mark: the quote ends with its paragraph.
    // So does a quote introduced by a colon whose closing mark was lost at the paragraph's end
    // ("Mr Brady said: "I believe …" and the paragraph ends).
    const reopened = paragraphEnd > i && (ch === '“' || ch === '«' || ch === '"') && text.slice(paragraphEnd).replace(/^\s+/u, '').startsWith(ch);
    const introduced = paragraphEnd > i && /:\s*$/u.test(text.slice(Math.max(0, i - 3), i)) && text.slice(i + 1, paragraphEnd).trim().split(/\s+/u).length >= 4;
    if (found < 0 && (reopened || introduced)) {
      const inner = text.slice(i + 1, paragraphEnd).trim();
      if (/\p{L}/u.test(inner)) out.push({ open: i, close: paragraphEnd, inner });
      i = paragraphEnd;
      continue;
    }
    if (found < 0) { i++; continue; }
    const inner = text.slice(i + 1, found).replace(/^[\s\u00a0]+|[\s\u00a0]+$/gu, '');
    if (inner.length > 0 && /\p{L}/u.test(inner)) out.push({ open: i, close: found + 1, inner });
    i = found + 1;
  }
  return out;
}
