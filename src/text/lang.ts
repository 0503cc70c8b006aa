// Language identification from stop-word profiles (cheap and good enough for news articles).
import { foldApostrophes } from './normalize';

const PROFILES: Record<string, string[]> = {
  fr: ['le', 'la', 'les', 'des', 'du', 'de', 'et', 'est', 'un', 'une', 'dans', 'pour', 'que', 'qui', 'pas', 'sur', 'au', 'aux', 'avec', 'ce', 'cette', 'il', 'elle', 'ont', 'sont', 'été', 'mais', 'ou', 'par', 'plus', 'son', 'sa', 'ses', 'leur', 'nous', 'vous', 'selon', 'avait', 'était', "l'", "d'", "qu'", "n'"],
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'was', 'that', 'for', 'it', 'with', 'as', 'on', 'be', 'at', 'by', 'this', 'have', 'from', 'or', 'an', 'they', 'which', 'you', 'were', 'her', 'his', 'had', 'has', 'are', 'not', 'but', 'said', 'their', 'been', 'would', 'who', 'will', 'into', 'after', 'near', 'its', 'than', 'more', 'says', 'say', 'about', 'over', 'some', 'there', 'when', 'what', 'can', 'if', 'these', 'those', 'also', 'before', 'while', 'where', 'could', 'should'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'zu', 'den', 'mit', 'sich', 'des', 'auf', 'für', 'im', 'dem', 'auch', 'es', 'an', 'werden', 'aus', 'er', 'sie', 'hat', 'dass', 'wird', 'bei', 'oder', 'nach', 'wie', 'einer', 'um', 'über', 'noch', 'wurde'],
  es: ['el', 'la', 'los', 'las', 'de', 'que', 'y', 'en', 'un', 'una', 'por', 'con', 'no', 'para', 'es', 'se', 'del', 'al', 'lo', 'como', 'más', 'pero', 'sus', 'le', 'ha', 'este', 'sí', 'porque', 'esta', 'entre', 'cuando', 'muy', 'sin', 'sobre', 'también', 'fue', 'había', 'dijo'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'un', 'una', 'in', 'non', 'del', 'della', 'sono', 'gli', 'le', 'da', 'con', 'si', 'è', 'al', 'dei', 'nel', 'alla', 'anche', 'come', 'più', 'ma', 'ha', 'delle', 'questo', 'lo', 'loro', 'stato', 'essere'],
  pt: ['o', 'a', 'os', 'as', 'de', 'que', 'e', 'do', 'da', 'em', 'um', 'uma', 'para', 'com', 'não', 'por', 'mais', 'dos', 'das', 'como', 'mas', 'foi', 'ao', 'ele', 'ela', 'seu', 'sua', 'ou', 'quando', 'muito', 'já', 'também', 'só', 'pelo', 'pela', 'até', 'isso', 'disse'],
  nl: ['de', 'het', 'een', 'en', 'van', 'ik', 'te', 'dat', 'die', 'in', 'is', 'niet', 'op', 'aan', 'met', 'als', 'voor', 'zijn', 'er', 'maar', 'om', 'door', 'over', 'ze', 'bij', 'ook', 'tot', 'je', 'uit', 'wordt', 'nog', 'werd', 'wel', 'naar', 'heeft', 'geen'],
};

const SETS: Array<[string, Set<string>]> = Object.entries(PROFILES).map(([k, v]) => [k, new Set(v)]);

const SAMPLE_CHARS = 5000;
/** Stop words the declared language is worth. */
const HINT_WEIGHT = 3;
/** Non-Latin scripts by code-point range: a text mostly in one of them is in its language. */
const SCRIPTS: Array<[number, number, string]> = [
  [0x0400, 0x04ff, 'ru'],
  [0x0600, 0x06ff, 'ar'],
  [0x0590, 0x05ff, 'he'],
  [0x3040, 0x30ff, 'ja'],
  [0x4e00, 0x9fff, 'zh'],
  [0xac00, 0xd7af, 'ko'],
  [0x0370, 0x03ff, 'el'],
  [0x0e00, 0x0e7f, 'th'],
  [0x0900, 0x097f, 'hi'],
];

/** The script most letters of `sample` are in, if over 30 % of them; null for Latin text (one pass over the code units). */
function dominantScript(sample: string): { letters: number; script: string | null } {
  const counts = new Array<number>(SCRIPTS.length).fill(0);
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) letters++;
      continue;
    }
    if (c >= 0xc0 && c <= 0x24f) {
      if (c !== 0xd7 && c !== 0xf7) letters++;
      continue;
    }
    const k = SCRIPTS.findIndex(([lo, hi]) => c >= lo && c <= hi);
    if (k >= 0) {
      counts[k] = (counts[k] ?? 0) + 1;
      letters++;
    } else if (/\p{L}/u.test(sample[i] ?? '')) letters++;
  }
  const k = counts.findIndex((n) => n > letters * 0.3);
  return { letters, script: k >= 0 ? (SCRIPTS[k]?.[2] ?? null) : null };
}

function normalizeHint(hint: string | undefined): string | null {
  if (!hint) return null;
  const m = /^\s*([a-z]{2,3})\b/i.exec(hint);
  return m && m[1] ? m[1].toLowerCase() : null;
}

/** Detect the language of a text: 'fr', 'en', another ISO 639-1 code, or 'und'. */
export function detectLanguage(text: string, hint?: string): string {
  // 5,000 characters hold some 800 words: far more than a stop-word profile needs.
  const sample = foldApostrophes(text.slice(0, SAMPLE_CHARS)).toLowerCase();
  const hintCode = normalizeHint(hint);
  // Non-Latin scripts first.
  const { letters, script } = dominantScript(sample);
  if (letters === 0) return hintCode ?? 'und';
  if (script) return script;
  const words = sample.match(/[\p{L}]+'?/gu) ?? [];
  const counts = new Map<string, number>();
  for (const [k] of SETS) counts.set(k, 0);
  let total = 0;
  for (const w0 of words) {
    total++;
    const w = w0;
    const bare = w.endsWith("'") ? w : w.replace(/'$/, '');
    for (const [k, set] of SETS) {
      if (set.has(bare)) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  let best = 'und';
  let bestN = 0;
  let second = 0;
  for (const [k, n] of counts) {
    // The page's declared language weighs like a few stop words: it decides a short text (a headline
    // and two sentences share stop words across languages) and yields to any long one.
    const boosted = k === hintCode ? n * 1.15 + HINT_WEIGHT : n;
    if (boosted > bestN) {
      second = bestN;
      bestN = boosted;
      best = k;
    } else if (boosted > second) second = boosted;
  }
  if (total < 4 || bestN < 2 || bestN < total * 0.08) return hintCode ?? (bestN >= 2 ? best : 'und');
  return best;
}
