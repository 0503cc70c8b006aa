// The base forms an inflected English word may stand for ("struggles" → "struggle", "prompting" →
// "prompt", "opportunities" → "opportunity"), so that a word class lists each word once, in its
// base form, and rules still recognise it inflected. A verb form counts only when the base is a
// verb of the lexicon (verb-corpus, english-verbs-generated.ts); a plural noun ending is stripped
// without a lexicon (nouns are not listed), so a guess costs nothing unless the class holds it.
import { memoized } from '../../text/memo';
import { ENGLISH_VERBS } from './gazetteers';
import { words } from './word-classes';

const EXTRA_VERBS = words('verb-extra-en');

/** A base verb of the lexicon, in American or British spelling ("finalise", "analyse"), or one it lacks. */
export function isEnglishVerb(word: string): boolean {
  return ENGLISH_VERBS.has(word) || EXTRA_VERBS.has(word) || ENGLISH_VERBS.has(word.replace(/ise$/u, 'ize').replace(/yse$/u, 'yze'));
}

/** Bases of a lowercase word by its regular inflections: -s, -es, -ies (a verb or a plural noun);
 * -ed, -ied, -ing, with a doubled consonant or a dropped e (verbs only). */
function regularBases(word: string): Array<{ base: string; verbOnly: boolean }> {
  const out: Array<{ base: string; verbOnly: boolean }> = [];
  const add = (base: string, verbOnly: boolean): void => {
    if (base.length >= 2) out.push({ base, verbOnly });
  };
  if (/ies$/u.test(word)) add(`${word.slice(0, -3)}y`, false);
  else if (/(?:ss|sh|ch|x|z|o)es$/u.test(word)) add(word.slice(0, -2), false);
  else if (/[^s]s$/u.test(word)) add(word.slice(0, -1), false);
  const ending = /(?:ied|ed|ing)$/u.exec(word)?.[0];
  if (ending === 'ied') add(`${word.slice(0, -3)}y`, true);
  else if (ending && word.length - ending.length >= 2) {
    // ("bed" is no "be" + -ed: a stem of one letter is none.)
    const stem = word.slice(0, -ending.length);
    add(stem, true);
    add(`${stem}e`, true);
    if (/(\p{L})\1$/u.test(stem)) add(stem.slice(0, -1), true);
  }
  return out;
}

/** Each word's bases, worked out once (they depend on the word and the fixed lexicon only); the
 * same few words are asked again and again. Emptied when it grows past BASES_KEPT words. */
const BASES_KEPT = 20000;

const basesOf = memoized((word: string): readonly string[] => [word, ...regularBases(word).flatMap(({ base, verbOnly }) => (!verbOnly || isEnglishVerb(base) ? [base] : []))], BASES_KEPT);

/** The word and the base forms it may be an inflection of. */
export function englishBases(word: string): string[] {
  return [...basesOf(word)];
}

/** Whether a word is a regular inflection of a verb of the lexicon ("shared", "comments", "prompting"), not the base itself. */
export function inflectsEnglishVerb(word: string): boolean {
  return basesOf(word).some((base) => base !== word && isEnglishVerb(base));
}

/** Whether a word, or a base form it inflects, is in the class. Not for a class of nouns alone,
 * whose -s forms are as often verbs ("it works at its hardest to …" is no "work to"). */
export function inClassInflected(set: ReadonlySet<string>, word: string): boolean {
  return basesOf(word).some((w) => set.has(w));
}
