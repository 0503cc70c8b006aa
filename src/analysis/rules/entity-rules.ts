// Entity rules: the type of a name (PER, ORG, LOC, MISC). Each mention is typed by the first rule
// of the table that applies (a gazetteer, the name's last word, a title before it, the words around
// it); an entity's type is the vote of its mentions, known names weighing five times.
import { memoized } from '../../text/memo';
import type { EntityType } from '../types';
import type { Token } from '../../text/tokens';
import { GIVEN_NAMES, ORGS, ORG_CUES, PLACES, isCompoundGivenName } from '../lexicon/gazetteers';
import { isReportingVerb } from '../lexicon/reporting-verbs';
import { words } from '../lexicon/word-classes';
import { defineRule, RuleTable, type Lang, type Rule, type RuleExample } from './engine';

/** A capitalised sequence taken as a name, before grouping. */
export interface Candidate {
  start: number;
  end: number;
  words: string[];
  surface: string;
  key: string;
  /** A type the candidate rule already knows ("ministère de la Défense" is an organisation). */
  hint: EntityType | null;
  /** Token index of the first word. */
  ti: number;
  sentenceInitial: boolean;
  inTitle: boolean;
  titled: boolean;
  /** The rule that proposed it. */
  rule: string;
}

export interface TypeContext {
  readonly lang: Lang;
  readonly c: Candidate;
  readonly tokens: readonly Token[];
  readonly text: string;
  /** Keys of the names that occur alone as one word (a surname used alone). */
  readonly aloneKeys: ReadonlySet<string>;
  readonly keyOf: (s: string) => string;
}

const TITLE_WORDS = words('title-word');
const PLACE_HEADS = words('place-head');
const LAW_HEADS = words('law-head');
const EVENT_HEADS = words('event-head');
const ORG_TAILS = words('org-tail');
const LOC_PREPS = words('place-preposition');
const LOC_HEADS = words('place-noun');
const EN_PERSON_NOUNS = words('person-noun-en');
/** Place names by shape: French departments and towns ("Seine-et-Marne", "Châlons-sur-Saône"), Slavic towns. */
const PLACE_SHAPE = /^\p{Lu}[\p{Ll}\p{M}]+-(?:et|sur|en|lès|les|le|la)-\p{Lu}|^\p{Lu}[\p{Ll}\p{M}]+(?:sk|grad|burg|bourg|ville|stan|abad|pol|opol)$/u;
/** Lowercase agent nouns of French ("braqueur", "réalisatrice", "militante", "historien"). */
const FR_AGENT_NOUN = /^\p{Ll}{3,}(?:eur|euse|rice|iste|istes|ien|ienne)$/u;

export function isAcronym(w: string): boolean {
  return /^\p{Lu}{2,6}s?$/u.test(w) || /^(?:\p{Lu}\.){2,}$/u.test(w);
}

function gazType(key: string): EntityType | null {
  if (PLACES.has(key)) return 'LOC';
  if (ORGS.has(key)) return 'ORG';
  return null;
}

/** lookupGaz's answers: the same surfaces are looked up again and again. */
const GAZ_ANSWERS_MAX = 20000;
const gazAnswer = memoized(readGaz, GAZ_ANSWERS_MAX);

export function lookupGaz(surface: string): EntityType | null {
  return gazAnswer(surface);
}

function readGaz(surface: string): EntityType | null {
  // Short gazetteer keys are acronyms ("UN", "AP", "WHO"): "Un", "who" are ordinary words.
  if (/^\p{L}{1,3}$/u.test(surface) && surface !== surface.toUpperCase() && surface.toLowerCase() !== 'onu') return null;
  const lower = surface.toLowerCase().replace(/[’‘]/g, "'");
  const bare = lower.replace(/^(?:le|la|les|l'|the)\s+/u, '');
  // « les Amériques », "the Americas": the plural of a known place is a place.
  return gazType(lower) ?? gazType(bare) ?? (/^\p{L}{5,}s$/u.test(bare) && PLACES.has(bare.slice(0, -1)) ? 'LOC' : null);
}

/** A role noun among the few lowercase words right before a name, with no punctuation between. */
function describedAsPerson(c: Candidate, tokens: readonly Token[], text: string): boolean {
  let end = c.start;
  for (let k = c.ti - 1, n = 0; k >= 0 && n < 6; k--, n++) {
    const t = tokens[k] as Token;
    if (!t.word || t.cap || /[^\s]/u.test(text.slice(t.end, end))) return inApposition(c, text);
    if (isPersonNoun(t.lower)) return true;
    end = t.start;
  }
  return inApposition(c, text);
}

function isPersonNoun(lower: string): boolean {
  return TITLE_WORDS.has(lower) || FR_AGENT_NOUN.test(lower) || EN_PERSON_NOUNS.has(lower);
}

/**
 * A name set off by commas next to a phrase describing a person: "the governor of Luhansk, Serhiy
 * Haidai, said", "C. Eugene Steuerle, a fellow at the Urban Institute", "Rolfe McCartney, un pêcheur".
 */
function inApposition(c: Candidate, text: string): boolean {
  const before = /(?:^|[.;:(\n,])([^.;:(\n,]{1,80}),\s*$/u.exec(text.slice(Math.max(0, c.start - 80), c.start));
  const after = /^\s*,\s*((?:a|an|the|un|une|le|la|l['’])\s[^.;:)\n,]{1,80})/iu.exec(text.slice(c.end, c.end + 90));
  // The phrase opens with a determiner ("the governor of Luhansk" in "It comes as the governor of Luhansk,").
  const describes = (phrase: string | undefined, atStart: boolean): boolean => {
    const words = (phrase ?? '').toLowerCase().split(/[\s’']+/u).filter(Boolean);
    const det = words.findIndex((w) => /^(?:a|an|the|un|une|le|la|l|les|its|their|his|her|son|sa|leur)$/u.test(w));
    return det >= 0 && (!atStart || det === 0) && words.length - det <= 8 && words.slice(det).some(isPersonNoun);
  };
  return describes(before?.[1], false) || describes(after?.[1], true);
}


const ex = (lang: Lang, text: string): RuleExample => ({ lang, text });
const rule = (id: string, lang: Rule<TypeContext, EntityType>['lang'], why: string, examples: RuleExample[], apply: (t: TypeContext) => EntityType | null): Rule<TypeContext, EntityType> => ({ id, lang, why, examples, apply });
/** Each candidate's words lowercased, once per word list (most rules read them). */
const LOWER_WORDS = new WeakMap<readonly string[], string[]>();
function lowerWords(c: Candidate): string[] {
  let lower = LOWER_WORDS.get(c.words);
  if (!lower) LOWER_WORDS.set(c.words, (lower = c.words.map((w) => w.toLowerCase())));
  return lower;
}
const lastWord = (c: Candidate): string => (lowerWords(c).at(-1) ?? '');
/** The token right after the candidate. */
function tokenAfter(t: TypeContext, offset = 0): Token | undefined {
  let k = t.c.ti;
  while (k < t.tokens.length && (t.tokens[k] as Token).end <= t.c.end) k++;
  return t.tokens[k + offset];
}

export const ENTITY_TYPE_RULES = new RuleTable<TypeContext, EntityType>('entity', [
  rule('entity.type.candidate-hint', 'fr+en', 'The candidate rule already knows the type (a lowercase-headed institution: « ministère russe de la Défense »).', [ex('fr', 'Le ministère russe de la Défense a démenti.')], (t) => t.c.hint),
  rule('entity.type.gazetteer', 'fr+en', 'A known place or organisation (gazetteers: countries, cities, well-known bodies).', [ex('fr', 'La France et l’OTAN ont répondu.')], (t) => lookupGaz(t.c.surface)),
  rule('entity.type.channel', 'fr+en', '"France 3", "Radio 4": a place or a medium with a number is a channel.', [ex('fr', 'Il l’a dit sur France 3 dimanche.')], (t) => {
    const lw = lowerWords(t.c);
    return lw.some((w) => /^\p{N}+$/u.test(w)) && (lookupGaz(t.c.words[0] ?? '') === 'LOC' || ORG_CUES.has(lw[0] ?? '')) ? 'ORG' : null;
  }),
  rule('entity.type.ampersand', 'fr+en', '"Procter & Gamble", "Pacific Gas & Electric Co.": an ampersand joins the names of a firm, never a person\'s.', [ex('en', 'Procter & Gamble said on Monday that it would cut jobs.')], (t) => (t.c.surface.includes('&') ? 'ORG' : null)),
  rule('entity.type.org-last-word', 'fr+en', '"Urban Institute", "France Inter": a name ending in an organisation word is one, whatever its first word.', [ex('en', 'C. Eugene Steuerle works at the Urban Institute in Washington.')], (t) => (t.c.words.length >= 2 && (ORG_TAILS.has(lastWord(t.c)) || ORG_CUES.has(lastWord(t.c))) ? 'ORG' : null)),
  rule('entity.type.law', 'fr+en', '"Data Retention Bill", "U.S. Flag Code": a text of law, even when its first word is also a given name.', [ex('en', 'The Data Retention Bill was passed on Monday.')], (t) => (t.c.words.length >= 2 && LAW_HEADS.has(lastWord(t.c)) ? 'MISC' : null)),
  rule('entity.type.given-name', 'fr+en', 'Two to four words opening with a known given name, or a hyphenated compound of them ("Jean-Julien Rojer"), name a person ("Jacques Barrot"); not with "of", "du" or "and" inside ("Royal Bank of Canada", « Caroline du Nord »): a person\'s particle is « de », "van", "von".', [ex('fr', 'Jacques Barrot a présenté le texte.')], (t) => (t.c.words.length >= 2 && t.c.words.length <= 4 && (GIVEN_NAMES.has(lowerWords(t.c)[0] ?? '') || isCompoundGivenName(lowerWords(t.c)[0] ?? '')) && !PLACE_HEADS.has(lastWord(t.c)) && !lowerWords(t.c).some((w) => w === 'of' || w === 'du' || w === 'and') ? 'PER' : null)),
  rule('entity.type.lone-given-name', 'fr+en', 'A given name alone names a person (« Nadine raconte », "Marie called the Samu").', [ex('fr', 'Nadine travaille chez Conforama depuis dix ans. Nadine raconte avoir été enfermée.')], (t) => (t.c.words.length === 1 && GIVEN_NAMES.has(lowerWords(t.c)[0] ?? '') && !isAcronym(t.c.words[0] ?? '') ? 'PER' : null)),
  rule('entity.type.place-word', 'fr+en', 'A place word first or last ("Black Sea", "Attu Island", « Mer Noire », « Lac Léman ») or a place-name shape ("Seine-et-Marne", "Severodonetsk").', [ex('en', 'The ships sailed into the Black Sea on Monday.')], (t) => (PLACE_HEADS.has(lastWord(t.c)) || PLACE_HEADS.has(lowerWords(t.c)[0] ?? '') || PLACE_SHAPE.test(t.c.surface) ? 'LOC' : null)),
  rule('entity.type.event', 'fr+en', 'Last words of named events, wars and periods ("World War Two", "Great Depression").', [ex('en', 'Prices fell as they had during the Great Depression.')], (t) => (EVENT_HEADS.has(lastWord(t.c)) ? 'MISC' : null)),
  rule('entity.type.org-word', 'fr+en', 'A name holding an organisation word anywhere ("Banque de France", "Commission européenne").', [ex('fr', 'La Banque de France a relevé sa prévision.')], (t) => (lowerWords(t.c).some((w) => ORG_CUES.has(w)) || ORG_TAILS.has(lastWord(t.c)) ? 'ORG' : null)),
  rule('entity.type.acronym', 'fr+en', 'An acronym alone is most often an organisation ("CNIL", "NHS").', [ex('fr', 'Le SNPTV a rendu son avis mardi.')], (t) => (t.c.words.length === 1 && isAcronym(t.c.words[0] ?? '') ? 'ORG' : null)),
  rule('entity.type.after-title', 'fr+en', 'A name after a title or honorific is a person\'s ("Treasury Secretary Janet Yellen", « M. Hollande »).', [ex('en', 'Treasury Secretary Zorkan Wiebe spoke on Monday.')], (t) => (t.c.titled ? 'PER' : null)),
  rule('entity.type.after-place-preposition', 'fr+en', 'An unknown name after a place preposition is a place ("à Stains", "in Lviv").', [ex('fr', 'Les élèves ont été agressés à Kergristou la semaine dernière.')], (t) => {
    const p1 = t.tokens[t.c.ti - 1];
    return p1 && LOC_PREPS.has(p1.lower) ? 'LOC' : null;
  }),
  rule('entity.type.place-noun-of', 'fr+en', '"la ville de Kherson", "the city of Lviv": a name after a place noun and "de/of" is a place.', [ex('fr', 'La ville de Zubrovkane a été reprise hier.')], (t) => {
    const p1 = t.tokens[t.c.ti - 1];
    const p2 = t.tokens[t.c.ti - 2];
    return p1 && ["d'", 'de', 'du', 'of'].includes(p1.lower) && p2 && LOC_HEADS.has(p2.lower) ? 'LOC' : null;
  }),
  rule('entity.type.plural-after-place-preposition', 'fr', '« aux Emirats », « dans les Cévennes »: a plural name after a place preposition is a region or a country.', [ex('fr', 'Il est parti en vacances dans les Cévennes avec sa famille.')], (t) => {
    const p1 = t.tokens[t.c.ti - 1];
    const p2 = t.tokens[t.c.ti - 2];
    return p1 && !p1.cap && (p1.lower === 'aux' || (p1.lower === 'les' && p2 && ['dans', 'vers', 'depuis'].includes(p2.lower))) ? 'LOC' : null;
  }),
  rule('entity.type.administration', 'fr+en', '"the Obama administration", « l\'administration Trump »: a government named after its head, a person.', [ex('en', 'The Obama administration will announce the plan.')], (t) => {
    const p1 = t.tokens[t.c.ti - 1];
    const n1 = tokenAfter(t);
    return t.c.words.length === 1 && (n1?.lower === 'administration' || (p1?.lower === 'administration' && !p1.cap)) ? 'PER' : null;
  }),
  rule('entity.type.before-reporting-verb', 'fr+en', 'A name right before a reporting verb speaks: a person, or an organisation for an acronym ("Warner said", « la CNIL estime »).', [ex('en', 'Yesterday Mundell said the deal was fair.')], (t) => {
    const n1 = tokenAfter(t);
    const n2 = tokenAfter(t, 1);
    if (!n1 || !(isReportingVerb(n1.lower, t.lang) || (['a', 'has', 'had', 'avait'].includes(n1.lower) && n2 && isReportingVerb(n2.lower, t.lang)))) return null;
    return isAcronym(t.c.words[0] ?? '') ? 'ORG' : 'PER';
  }),
  rule('entity.type.person-shape', 'fr+en', 'An unknown name of two to four capitalised words is a person\'s when its last word is also used alone ("Hori Parata" … "Parata") or a role describes it ("le braqueur récidiviste Redoine Faïd"); titles of works and brands are not.', [ex('en', 'Kauri Whetumarama walked to the beach. Whetumarama has seen many strandings.')], (t) => {
    const { c } = t;
    return c.words.length >= 2 &&
      c.words.length <= 4 &&
      // (Short particles pass, "de", "van", "Jr", and a capital after a hyphen, "Ben-David"; an acronym
      // does not: "ONG Greenpeace", "OPA de Monsanto".)
      c.words.every((w) => /^\p{Lu}(?:\p{Ll}|\p{M}|['’-]|(?<=-)\p{Lu}|(?<=^(?:Mc|Mac|O['’]|D['’])\p{Lu}?)\p{Lu})+$/u.test(w) || (w.length <= 3 && !isAcronym(w))) &&
      // (Not when that last word is a known place: "Statistics Canada", "Citizenship Canada".)
      lookupGaz(c.words[c.words.length - 1] ?? '') !== 'LOC' &&
      (t.aloneKeys.has(t.keyOf(c.words[c.words.length - 1] ?? '')) || describedAsPerson(c, t.tokens, t.text))
      ? 'PER'
      : null;
  }),
]);

// An entity no type rule voted for: its type by default.
defineRule('entity', { id: 'entity.type.default-one-word', lang: 'fr+en', why: 'With no evidence, a lone capitalised name in news copy is most often an organisation (a company, a channel, a party).', examples: [ex('en', 'Investors bought Zorbix on Monday after Zorbix beat forecasts.')] });
defineRule('entity', { id: 'entity.type.default-longer', lang: 'fr+en', why: 'With no evidence, a longer unknown name is left as MISC (a work, a product, an event).', examples: [ex('en', 'The film Blue Harbour Nights opened on Friday; Blue Harbour Nights sold out.')] });
