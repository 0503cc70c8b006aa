// Past-participle endings, one home. Rules that ask "is this word a past participle?" read their
// endings from here, by named group, each group with all its agreements (gender, number), so that
// no reader knows "déclaré" and misses "déclarées". Which groups a reader takes is said where it
// reads them: a pattern that only guards (a passive, an incise after its auxiliary) may take the
// broad French set, a pattern that must not catch ordinary words takes fewer.

/** The endings, by group. */
export const PARTICIPLE_ENDINGS = {
  /** French first group and « né »: « déclaré », « déclarée », « déclarés », « déclarées ». */
  frE: ['é', 'ée', 'és', 'ées'],
  /** French in -i: « fini », « réagi », « réagie ». */
  frI: ['i', 'ie', 'is', 'ies'],
  /** French in -is: « admis », « admise », « mises ». */
  frIs: ['is', 'ise', 'ises'],
  /** French in -u: « reconnu », « reconnue », « venus », « parues ». */
  frU: ['u', 'ue', 'us', 'ues'],
  /** French in -it: « écrit », « écrite », « dits », « dites ». */
  frIt: ['it', 'ite', 'its', 'ites'],
  /** French in -t after another letter: « fait », « ouvert », « ouverte » (with frIt). */
  frT: ['t', 'te', 'ts', 'tes'],
  /** The endings no French present-tense form has (« précise », « salue » are present forms; « précisé »,
   *  « admis », « reconnu » are not): masculine -is and -u only, with the first group. */
  frNotPresent: ['é', 'ée', 'és', 'ées', 'is', 'u'],
  /** English regular: "reported". */
  enEd: ['ed'],
  /** English strong verbs in -en: "taken", "written" (the irregular ones are word-class irregular-participle-en). */
  enEn: ['en'],
} as const;

export type ParticipleGroup = keyof typeof PARTICIPLE_ENDINGS;

/**
 * The endings of some groups as one regex alternation, longest first (so that a pattern reading
 * what follows the ending gets the whole ending), without a duplicate: `(?:${participleEndings(…)})`.
 */
export function participleEndings(...groups: ParticipleGroup[]): string {
  const endings = [...new Set(groups.flatMap((g) => PARTICIPLE_ENDINGS[g]))];
  return endings.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0)).join('|');
}

/** The broad French set: every group above (a guard that needs an auxiliary or a passive before it). */
export const FR_PARTICIPLE_GROUPS: readonly ParticipleGroup[] = ['frE', 'frI', 'frIs', 'frU', 'frIt', 'frT'];
