// Words of a text as the index sees them: tokens, per-language stop words and stemming, and
// language-neutral concept terms (countries, demonyms, cities, organisations) so that a French
// and an English article about the same event share terms. Used identically at build and query time.
import { memoized } from '../text/memo';
import StemmerFr from '@nlpjs/lang-fr/src/stemmer-fr';
import { stemmer as stemEn } from 'stemmer';
import { eng as STOP_EN_BASE, fra as STOP_FR_BASE } from 'stopword';
import { matchConcept } from './concepts';
import { fold } from '../text/normalize';
import { foldedWords, type FoldedWord } from '../text/tokens';

export { fold };

/** A word as the index sees it (src/text/tokens.ts). */
export type Token = FoldedWord;
export const tokenize = foldedWords;

// News boilerplate words that the generic lists miss: reporting verbs, days, units of time.
const STOP_FR_EXTRA =
  'a ainsi alors après aussi autre autres avant celle celui ces cet comme contre dont déclaré depuis dit doit encore entre ' +
  'fait faire fois lors mardi lundi mercredi jeudi vendredi samedi dimanche moins même peu peut plus selon sous tous tout ' +
  'toute toutes très an ans année années jour jours deux trois aujourd hui hier mois semaine afp cette ceux chez donc ' +
  'déjà ici là non oui où quand si tandis car quelque quelques avoir être été ni puis vers voici voilà notamment également';
const STOP_EN_EXTRA =
  'also said says say told would could one two three year years new like last first mr mrs ms monday tuesday wednesday ' +
  'thursday friday saturday sunday week month day days may might must shall us get got make made us per via however';

function stopSet(...lists: Array<readonly string[] | string>): Set<string> {
  const set = new Set<string>();
  for (const list of lists) {
    for (const word of typeof list === 'string' ? list.split(' ') : list) {
      if (!word) continue;
      set.add(word.toLowerCase());
      set.add(fold(word));
    }
  }
  return set;
}

const STOP: Record<string, Set<string>> = {
  fr: stopSet(STOP_FR_BASE, STOP_FR_EXTRA),
  en: stopSet(STOP_EN_BASE, STOP_EN_EXTRA),
};
const STOP_ANY = stopSet(STOP_FR_BASE, STOP_FR_EXTRA, STOP_EN_BASE, STOP_EN_EXTRA);

/** Stemmer family of a language: 'fr', 'en', or 'other' (folded words, no stemming). Word terms
 * carry their family ("fr:renseign") so each language keeps its own document frequencies;
 * concept terms ("~RU") are shared by all. */
export function familyOf(lang: string): string {
  return lang === 'fr' || lang === 'en' ? lang : 'other';
}

/** Whether a term is a language-neutral concept term ("~RU"), without cutting the string. */
export function isConceptTerm(term: string): boolean {
  return term.charCodeAt(0) === 0x7e || term.indexOf(':') <= 0;
}

/** Family of a term, or null for a language-neutral concept term. */
export function termFamily(term: string): string | null {
  return isConceptTerm(term) ? null : term.slice(0, term.indexOf(':'));
}

export function stopWords(lang: string): Set<string> {
  return STOP[lang] ?? STOP_ANY;
}

const frenchStemmer = new StemmerFr();
const STEM_CACHE_MAX = 100_000;
/** Each language's stemmer, remembering its answers. */
const stemmers = new Map<string, (lower: string) => string>();

/** Stem of a lowercased word in the given language, diacritics folded afterwards so that
 * "Israël"/"Israel" and "état"/"etat" meet. Languages without a stemmer keep the folded word. */
export function stem(lower: string, lang: string): string {
  let stemmer = stemmers.get(lang);
  if (!stemmer) stemmers.set(lang, (stemmer = memoized((word: string) => stemOnce(word, lang), STEM_CACHE_MAX)));
  return stemmer(lower);
}

function stemOnce(lower: string, lang: string): string {
  if (hasDigit(lower)) return fold(lower);
  if (lang === 'fr') return fold(frenchStemmer.stem(lower));
  if (lang === 'en') return fold(stemEn(lower));
  return fold(lower);
}

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function allDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return word.length > 0;
}

function keepWord(token: Token, stop: Set<string>): boolean {
  const { lower, folded } = token;
  if (stop.has(lower) || stop.has(folded)) return false;
  if (allDigits(lower)) return lower.length >= 3; // prices, years, model numbers; not "2" or "15"
  return lower.length >= 3 || (lower.length === 2 && hasDigit(lower));
}

export interface TermBag {
  /** Term → weighted count (title words count twice: the title says what a document is about). */
  counts: Map<string, number>;
  /** Number of counted words (for length normalisation). */
  length: number;
  /** Term → the word as most often written in the text, to explain a match in words people read. */
  surfaces?: Map<string, string>;
}

export interface TermOptions {
  /** Stem with this language's stemmer (default: the text's language). */
  stemLang?: string;
  /** Extra stop words, e.g. those of the query's own language when stemming for another one. */
  alsoStop?: Set<string>;
  surfaces?: boolean;
  /** Only the language-neutral concept terms (what an article in another language can match). */
  conceptsOnly?: boolean;
}

export const TITLE_WEIGHT = 2;

/** Words of a body that are its lead: a news story says what it is about in its first sentences.
 * A count of words rather than a paragraph, since some sources lose their paragraph breaks. */
export const LEAD_WORDS = 60;

/** Terms of a document or query: concept terms ("~RU") for names of countries, cities and
 * organisations in any of their French or English forms, and stemmed content words. */
export function termBag(title: string | Token[], text: string | Token[], lang: string, options: TermOptions = {}): TermBag {
  const stemLang = options.stemLang ?? lang;
  const stop = stopWords(stemLang);
  const prefix = `${familyOf(stemLang)}:`;
  const counts = new Map<string, number>();
  const surfaceCounts = options.surfaces ? new Map<string, Map<string, number>> () : null;
  let length = 0;
  const add = (term: string, surface: string, weight: number): void => {
    counts.set(term, (counts.get(term) ?? 0) + weight);
    length += weight;
    if (surfaceCounts) {
      const forms = surfaceCounts.get(term) ?? new Map<string, number>();
      forms.set(surface, (forms.get(surface) ?? 0) + 1);
      surfaceCounts.set(term, forms);
    }
  };
  const addText = (source: string | Token[], weight: number): void => {
    const tokens = typeof source === 'string' ? tokenize(source) : source;
    for (let i = 0; i < tokens.length; i++) {
      const concept = matchConcept(tokens, i);
      if (concept) {
        add(`~${concept.id}`, writtenName(tokens.slice(i, i + concept.length)), weight);
        i += concept.length - 1;
        continue;
      }
      if (options.conceptsOnly) continue;
      const token = tokens[i]!;
      if (!keepWord(token, stop) || options.alsoStop?.has(token.lower) || options.alsoStop?.has(token.folded)) continue;
      add(prefix + stem(token.lower, stemLang), token.lower, weight);
    }
  };
  addText(title, TITLE_WEIGHT);
  addText(text, 1);
  const bag: TermBag = { counts, length };
  if (surfaceCounts) {
    bag.surfaces = new Map(
      [...surfaceCounts].map(([term, forms]) => [term, [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]]),
    );
  }
  return bag;
}

/** A name as written, from its words: "U.S." for the letters U and S (the dots were not kept). */
function writtenName(words: readonly Token[]): string {
  if (words.length > 1 && words.every((w) => w.text.length === 1)) return `${words.map((w) => w.text).join('.')}.`;
  return words.map((w) => w.text).join(' ');
}

/** Short stable hash (FNV-1a, 32 bit) of the normalised text: equal for the same text re-posted. */
export function fingerprint(text: string): number {
  const normalised = fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  let h = 0x811c9dc5;
  for (let i = 0; i < normalised.length; i++) {
    h ^= normalised.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
