// Lowercase words inside names ("Charles de Gaulle", "Ludwig van Beethoven", "Bank of England",
// "Die Neue Südtiroler Tageszeitung"): no initials of a speaker, and no sign that a title segment is
// a sentence rather than a site's name. The analysis's 'name-connector' word class
// (src/analysis/lexicon/word-classes.ts) holds the same words; this copy keeps its lexicon out of
// the content script and the popup, and tests/unit/shared/name-particles.test.ts keeps the two equal
// (plus the German articles a site's name may start with).

/** The analysis's 'name-connector' words. */
export const NAME_CONNECTORS: readonly string[] = [
  '&', 'al', 'and', 'ben', 'bin', "d'", 'da', 'de', 'del', 'della', 'den', 'der', 'des', 'di', 'dos', 'du', 'el',
  'et', 'for', "l'", 'la', 'le', 'of', 'on', 'sur', 'the', 'upon', 'van', 'von', 'y',
];
/** German articles that start a site's name ("Die Zeit", "Das Erste"); "der", "den" are connectors already. */
const GERMAN_ARTICLES = ['das', 'die', 'dem'];

export const NAME_PARTICLES: ReadonlySet<string> = new Set([...NAME_CONNECTORS, ...GERMAN_ARTICLES]);
