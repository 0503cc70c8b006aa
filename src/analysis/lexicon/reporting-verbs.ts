// Reporting-verb sets: imported lists (normalised on load) + hand-written additions − blocklist.
import { memoized } from '../../text/memo';
import { REPORTING_VERBS_EN_RAW } from './reporting-verbs-en';
import { REPORTING_VERBS_FR_RAW } from './reporting-verbs-fr';
import { EXTRA_REPORTING_VERBS_EN, EXTRA_REPORTING_VERBS_FR, REPORTING_VERB_BLOCKLIST } from './reporting-verbs-extra';

/** Trim, lowercase, straighten apostrophes and dedupe a one-form-per-line list. */
export function parseWordList(raw: string): string[] {
  const seen = new Set<string>();
  for (const line of raw.split(/\r?\n/)) {
    const w = line.trim().toLowerCase().replace(/[’‘]/g, "'");
    if (w && !w.startsWith('#')) seen.add(w);
  }
  return [...seen];
}

function build(raw: string, extra: readonly string[]): ReadonlySet<string> {
  const set = new Set(parseWordList(raw));
  for (const w of extra) set.add(w.toLowerCase());
  for (const w of REPORTING_VERB_BLOCKLIST) set.delete(w);
  return set;
}

let en: ReadonlySet<string> | null = null;
let fr: ReadonlySet<string> | null = null;

/** Single-word reporting-verb forms for a language (lowercase). */
export function reportingVerbs(lang: 'fr' | 'en'): ReadonlySet<string> {
  if (lang === 'en') return (en ??= build(REPORTING_VERBS_EN_RAW, EXTRA_REPORTING_VERBS_EN.filter((w) => !w.includes(' '))));
  return (fr ??= build(REPORTING_VERBS_FR_RAW, EXTRA_REPORTING_VERBS_FR.filter((w) => !w.includes(' '))));
}

/** isReportingVerb's answers for words not in the list as given (bounded: cleared when full). */
const NOT_AS_GIVEN_MAX = 20000;
const NOT_AS_GIVEN: Record<'fr' | 'en', (word: string) => boolean> = {
  fr: memoized((word: string) => normalisedIn(reportingVerbs('fr'), word), NOT_AS_GIVEN_MAX),
  en: memoized((word: string) => normalisedIn(reportingVerbs('en'), word), NOT_AS_GIVEN_MAX),
};

/** True when the lowercase word is a reporting-verb form of the language. */
export function isReportingVerb(word: string, lang: 'fr' | 'en'): boolean {
  const set = reportingVerbs(lang);
  if (set.has(word)) return true;
  // Words not in the list as given are asked again and again: their answer is kept (bounded).
  return NOT_AS_GIVEN[lang](word);
}

function normalisedIn(set: ReadonlySet<string>, word: string): boolean {
  // Callers mostly pass a token's lowercase form already: look again only when normalising changes it.
  const lower = word.toLowerCase();
  const key = lower.includes('’') || lower.includes('‘') ? lower.replace(/[’‘]/g, "'") : lower;
  return key !== word && set.has(key);
}
