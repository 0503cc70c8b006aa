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

const SAMPLE_CHARS = 12000;
const NOT_LETTER = /\P{L}+/gu;
/** Everything outside one script: what remains after removing it is that script's share. */
const SCRIPT_HINTS: Array<[RegExp, string]> = [
  [/[^\u0400-\u04ff]+/gu, 'ru'],
  [/[^\u0600-\u06ff]+/gu, 'ar'],
  [/[^\u0590-\u05ff]+/gu, 'he'],
  [/[^\u3040-\u30ff]+/gu, 'ja'],
  [/[^\u4e00-\u9fff]+/gu, 'zh'],
  [/[^\uac00-\ud7af]+/gu, 'ko'],
  [/[^\u0370-\u03ff]+/gu, 'el'],
  [/[^\u0e00-\u0e7f]+/gu, 'th'],
  [/[^\u0900-\u097f]+/gu, 'hi'],
];

function normalizeHint(hint: string | undefined): string | null {
  if (!hint) return null;
  const m = /^\s*([a-z]{2,3})\b/i.exec(hint);
  return m && m[1] ? m[1].toLowerCase() : null;
}

/** Detect the language of a text: 'fr', 'en', another ISO 639-1 code, or 'und'. */
export function detectLanguage(text: string, hint?: string): string {
  // 12,000 characters hold a few thousand words: far more than a stop-word profile needs.
  const sample = foldApostrophes(text.slice(0, SAMPLE_CHARS)).toLowerCase();
  const hintCode = normalizeHint(hint);
  // Non-Latin scripts first (counted by removing everything else: one pass, no array of matches).
  const letters = sample.replace(NOT_LETTER, '').length;
  if (letters === 0) return hintCode ?? 'und';
  for (const [re, code] of SCRIPT_HINTS) {
    if (sample.replace(re, '').length > letters * 0.3) return code;
  }
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
    const boosted = k === hintCode ? n * 1.15 + 0.5 : n;
    if (boosted > bestN) {
      second = bestN;
      bestN = boosted;
      best = k;
    } else if (boosted > second) second = boosted;
  }
  if (total < 4 || bestN < 2 || bestN < total * 0.08) return hintCode ?? (bestN >= 2 ? best : 'und');
  return best;
}
