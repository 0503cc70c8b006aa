// Subject rules: who the subject of a reporting cue is, reading the words before it ("Warner a
// déclaré", "the foreign secretary said", "a UK Government official responded", "il a ajouté").
// The table is read in order; the first rule that applies decides, `{ speaker: null }` included
// (a passive cue has no speaker among the words before it).
import type { Mention } from '../entities';
import { pronounGender, type SpeakerFinder } from '../speakers';
import type { Token } from '../../text/tokens';
import { words } from '../lexicon/word-classes';
import { isReportingVerb } from '../lexicon/reporting-verbs';
import { RuleTable, type Lang, type Rule, type RuleExample } from './engine';

export interface SubjectValue {
  readonly speaker: string | null;
}

/** Who said it, and the ids of the rules that say so. */
export interface Sourced {
  speaker: string | null;
  trace: string[];
}

const ROLE_NOUNS = words('role-noun');
const PREPOSITIONS = words('preposition');
const DETERMINERS = words('determiner');
const SUBORDINATORS = words('subordinator');
const AUXILIARIES = words('auxiliary');
const ADVERBS = words('cue-adverb');
const VERB_CLITICS = words('verb-clitic-fr');
const INDEFINITES = words('indefinite');
const DEFINITES = words('definite-article');
const ORG_NOUNS = words('org-noun');

/** "of" and its French forms, between a role and its portfolio ("ministre de la Santé", "mayor of Mariupol"). */
export const OF_WORDS = words('of-word');
/** Nouns shaped like agent nouns: « garagiste », « militante », « chercheur », "official", "activist". */
export const PERSON_NOUN_SHAPE = /^\p{Ll}{3,}(?:eur|euse|rice|iste|ien|ienne|ante|ant|ist|ian|er|or)$/u;

/**
 * The last word of the portfolio or place after the role noun at `roleAt` ("ministre | de la Santé",
 * "mayor | of Mariupol", « chef | de la diplomatie européenne »): at most three capitalised words, or
 * at most three lowercase ones (a noun and its adjectives; not a name after them); `roleAt` itself
 * when there is none.
 */
export function portfolioEnd(list: readonly Token[], roleAt: number): number {
  if (!OF_WORDS.has(list[roleAt + 1]?.lower ?? '')) return roleAt;
  let k = roleAt + 2;
  if (/^(?:la|l'|le|the)$/u.test(list[k]?.lower ?? '')) k++;
  let end = roleAt;
  const capitalised = (list[k] as Token | undefined)?.cap ?? false;
  for (let n = 0; n < 3 && k < list.length; n++) {
    const t = list[k] as Token;
    if (t.cap !== capitalised || (!capitalised && (PORTFOLIO_STOPS.has(t.lower) || !/^\p{Ll}[\p{Ll}-]+$/u.test(t.lower) || isReportingVerb(t.lower, 'fr') || isReportingVerb(t.lower, 'en')))) break;
    end = k++;
  }
  return end;
}

/** Words a lowercase portfolio stops at: prepositions, determiners, auxiliaries, pronouns, conjunctions. */
const PORTFOLIO_STOPS: ReadonlySet<string> = new Set([...PREPOSITIONS, ...DETERMINERS, ...words('auxiliary'), ...words('subject-pronoun'), ...words('relative'), ...words('coordinator'), ...words('cue-adverb')]);

/** A part of a SubjectContext not computed yet. */
const UNSET: unique symbol = Symbol('unset');

/** What the subject rules read, each part computed on first use (most cues are decided early). */
export class SubjectContext {
  readonly lang: Lang;
  constructor(
    readonly finder: SpeakerFinder,
    /** Where the look-back starts (the clause start, or a word boundary some hundred characters back). */
    readonly from: number,
    /** The cue's position. */
    readonly pos: number,
    readonly lastSpeaker: string | null,
  ) {
    this.lang = finder.lang;
  }

  // Each part is kept in its field once computed (UNSET until then: a part may itself be undefined or
  // null). Fields rather than a map of closures: a context is made for every cue looked at.
  private gapPart: Token[] | typeof UNSET = UNSET;
  private candidatesPart: Mention[] | typeof UNSET = UNSET;
  private pickPart: Mention | undefined | typeof UNSET = UNSET;
  private anaphorPart: boolean | typeof UNSET = UNSET;
  private rolePart: ReturnType<SpeakerFinder['rolePhrase']> | typeof UNSET = UNSET;

  /** The words between the look-back start and the cue. */
  get gap(): Token[] {
    if (this.gapPart === UNSET) this.gapPart = this.finder.words(this.from, this.pos);
    return this.gapPart;
  }
  /**
   * Names not governed by a preposition ("des Français de l'étranger" is not a subject), nor quoted
   * when the cue is not (« "… des actions Renault …", a-t-elle accusé, précisant »: the speaker's words).
   */
  get candidates(): Mention[] {
    if (this.candidatesPart === UNSET) this.candidatesPart = this.readCandidates();
    return this.candidatesPart;
  }
  private readCandidates(): Mention[] {
    const { finder } = this;
    // (A name that is the whole quotation stays: « selon le "Freedom Network", un groupe … qui dénonce ».)
    const quoted = (m: Mention): boolean => finder.inQuote(m.start) && !(/[«“"]\s*$/u.test(finder.text.slice(m.start - 3, m.start)) && /^\s*[»”"]/u.test(finder.text.slice(m.end, m.end + 3)));
    const cueQuoted = finder.inQuote(this.pos);
    const main = this.mainClauseStart();
    return finder.mentionsIn(main, this.pos).filter((m) => !finder.governed(m, this.from) && (cueQuoted || !quoted(m)));
  }
  /** Past a fronted subordinate clause and its comma ("When the officers discovered Epstein’s body Aug. 10, | prosecutors alleged"), else the look-back start. */
  private mainClauseStart(): number {
    const [first, second] = this.gap;
    if (!first) return this.from;
    const opener = second && SUBORDINATORS.has(`${first.lower} ${second.lower}`) ? second : SUBORDINATORS.has(first.lower) ? first : null;
    if (!opener) return this.from;
    const comma = this.finder.text.indexOf(',', opener.end);
    // (A clause has a few words, ordinary ones among them: "As Smith, the mayor, said" and "As Mayor
    // John Smith, a Democrat, said" are no subordinate clause before the name.)
    const clause = comma >= 0 && comma < this.pos ? this.finder.words(opener.end, comma) : [];
    return clause.length >= 3 && clause.some((w) => /^\p{Ll}/u.test(w.text) && !DETERMINERS.has(w.lower) && !PREPOSITIONS.has(w.lower)) ? comma + 1 : this.from;
  }
  /**
   * The name that is the subject: the last one not a place, except that a first name followed by an
   * apposition closing with a comma before the cue ("Warner, qui est le chef de la commission…, a
   * déclaré") is the speaker, not the names inside the apposition.
   */
  get pick(): Mention | undefined {
    if (this.pickPart === UNSET) this.pickPart = this.readPick();
    return this.pickPart;
  }
  private readPick(): Mention | undefined {
    const { finder, pos } = this;
    // « Ce week-end à Tel-Aviv et Jérusalem, des manifestants ont exprimé … »: a place closing a
    // fronted phrase, a noun phrase of its own between its comma and the cue, is not the subject.
    // « Jean Dupont (LR) a dit », « L'association des victimes de l'amiante (Andeva) a prédit »: a name
    // in brackets glosses the words before it (a party, an acronym), which are the subject.
    const candidates = this.candidates.filter((m) => !(finder.type(m) === 'LOC' && this.nounPhraseAfterComma(m.end)) && !this.glosses(m));
    const named = candidates.filter((m) => finder.type(m) !== 'LOC');
    const first = named[0] ?? candidates[0];
    // "Jean Dupont, the mayor, said": the first name, unless another is named after the last comma
    // ("… gifts from Lord Alli, Sir Keir said").
    const lastComma = finder.text.lastIndexOf(',', pos);
    const apposition =
      first &&
      /^\s*,/u.test(finder.text.slice(first.end, first.end + 3)) &&
      /,\s*(?:\S+\s+){0,2}$/u.test(finder.text.slice(first.end, pos)) &&
      !candidates.some((m) => m.start > lastComma);
    return apposition ? first : (named[named.length - 1] ?? candidates[candidates.length - 1]);
  }
  /** True when the mention stands alone in brackets right after a word: it glosses that word's phrase. */
  private glosses(m: Mention): boolean {
    const { text } = this.finder;
    return text[m.end] === ')' && /[\p{L}\p{N}.]\s*\($/u.test(text.slice(Math.max(0, m.start - 4), m.start));
  }
  /** True when a comma follows `end` and the words after it, up to the cue, open with a determiner and hold no name. */
  private nounPhraseAfterComma(end: number): boolean {
    const { finder, pos } = this;
    if (!/^\s*,/u.test(finder.text.slice(end, end + 3))) return false;
    const after = finder.words(end, pos);
    return after.length >= 2 && DETERMINERS.has((after[0] as Token).lower) && finder.mentionsIn(end, pos).length === 0;
  }

  /** A pronoun after the subject name, or a role noun right before the cue with no name: an anaphor. */
  get anaphor(): boolean {
    if (this.anaphorPart === UNSET) this.anaphorPart = this.readAnaphor();
    return this.anaphorPart;
  }
  private readAnaphor(): boolean {
    const { gap, pick, finder, pos } = this;
    const afterPick = pick ? finder.words(pick.end, pos).map((t) => t.lower) : gap.map((t) => t.lower);
    const near = gap.slice(-3).map((t) => t.lower);
    // "the mayor of Mariupol said": a role noun with its own complement is a new source, not an anaphor.
    const roleAt = gap.findIndex((t, i) => i >= gap.length - 3 && ROLE_NOUNS.has(t.lower));
    // Nor is one its adjective makes specific (« le président américain a assuré », "the outgoing
    // president said"), which a person named just before need not fit.
    const next = roleAt >= 0 ? gap[roleAt + 1] : undefined;
    const qualified = !!next && /^\p{Ll}/u.test(next.text) && !PREPOSITIONS.has(next.lower) && !AUXILIARIES.has(next.lower) && !ADVERBS.has(next.lower) && !finder.isSubjectPronoun(next.lower) && !VERB_CLITICS.has(next.lower) && !isReportingVerb(next.lower, this.lang);
    const described = roleAt >= 0 && (PREPOSITIONS.has(gap[roleAt + 1]?.lower ?? '') || qualified);
    return afterPick.some((w) => finder.isSubjectPronoun(w)) || (near.some((w) => ROLE_NOUNS.has(w)) && !pick && !described);
  }
  /** The role noun phrase closing the words before the cue ("a UK Government official", "the foreign secretary"). */
  get role(): ReturnType<SpeakerFinder['rolePhrase']> {
    if (this.rolePart === UNSET) this.rolePart = this.finder.rolePhrase(this.gap, this.pos);
    return this.rolePart;
  }
}

const ex = (lang: Lang, text: string): RuleExample => ({ lang, text });
const rule = (id: string, why: string, examples: RuleExample[], apply: (c: SubjectContext) => SubjectValue | null): Rule<SubjectContext, SubjectValue> => ({ id, lang: 'fr+en', why, examples, apply });
const is = (speaker: string | null | undefined): SubjectValue | null => (speaker ? { speaker } : null);

export const SUBJECT_RULES = new RuleTable<SubjectContext, SubjectValue>('subject', [
  rule('subject.passive', 'A passive cue has no speaker before it ("Un appel a été lancé", "were asked"); an agent after it is read elsewhere.', [ex('en', 'The drug was described as “a miracle” by no one.')], (c) => (c.finder.isPassive(c.from, c.pos) ? { speaker: null } : null)),
  {
    id: 'subject.narrative-infinitive',
    lang: 'fr',
    why: 'A sentence opening « Et de + infinitive » (« Et d\'ajouter : », « Et de conclure que ») has no subject of its own: it goes on with the one who spoke just before.',
    examples: [ex('fr', 'Mark Warner a rencontré les élus. « Nous verrons », a-t-il dit. Et d\'ajouter que les gains étaient réels.')],
    apply: (c) => {
      const { gap } = c;
      if (gap.length < 2 || !c.lastSpeaker) return null;
      const opener = gap[gap.length - 2] as Token;
      const de = (gap[gap.length - 1] as Token).lower.replace('’', "'");
      if (!/^(?:et|puis)$/u.test(opener.lower) || (de !== 'de' && de !== "d'")) return null;
      // (Opening its sentence: nothing but a sentence end, a closing quote or nothing before « Et ».)
      const before = c.finder.text.slice(Math.max(c.from, opener.start - 80), opener.start);
      return /(?:^|[.!?…»”"])\s*$/u.test(before) ? { speaker: c.lastSpeaker } : null;
    },
  },
  rule('subject.possessive-description', 'A name\'s possessive and its noun right before the cue are the source as described ("Travis Kelce’s mom confirmed", "Nepal’s civil aviation authority disputed"), not the name alone nor a person named earlier.', [ex('en', 'Nepal’s civil aviation authority disputed that the plane had been hit by a bird.')], (c) => is(c.finder.possessiveDescription(c.from, c.pos))),
  rule('subject.relative', '"La CNIL, qui critique fortement …": the antecedent of a relative pronoun right before the cue.', [ex('fr', 'La CNIL, qui critique fortement le texte, estime que les garanties sont insuffisantes.')], (c) => is(c.finder.relativeSubject(c.from, c.pos))),
  rule('subject.owner-relative', 'After « dont » or "whose", the noun phrase before the cue is the relative clause\'s own subject (« Le maire, dont les adjoints affirment que »), not its antecedent nor a name within the antecedent.', [ex('fr', 'La société Renault, dont les dirigeants estiment que la crise est passée, a recruté.'), ex('en', 'The mayor, whose aides say he will resign, stayed silent.')], (c) => is(c.finder.ownerRelativeSubject(c.from, c.pos))),
  rule('subject.apposed-relative', 'A noun phrase described by a relative clause closed by a comma right before the cue is the subject ("the company, which employs 4,000 people, said that"); "the company" is the organisation named before, if any.', [ex('en', 'Acme Corp cut its forecast. The company, which employs 4,000 people, said that it would close the plant.')], (c) => {
    const phrase = c.finder.apposedSubject(c.from, c.pos);
    if (!phrase) return null;
    const [det, noun] = phrase.toLowerCase().split(/\s+/u);
    const org = det && noun && DEFINITES.has(det) && ORG_NOUNS.has(noun) ? c.finder.orgAntecedent(c.pos, c.lastSpeaker) : null;
    return { speaker: org ?? phrase };
  }),
  rule('subject.coordinated', 'A cue right after "and"/« et » shares the subject of the clause\'s first verb ("Republicans pilloried … and complained").', [ex('en', 'Republicans pilloried the administration for the plan and complained that it would cost jobs.')], (c) => {
    const found = c.finder.coordinatedSubject(c.gap, c.pos, c.lastSpeaker);
    return found === undefined ? null : { speaker: found };
  }),
  rule('subject.indefinite-role', 'An indefinite role phrase is a new, unnamed source ("a UK Government official responded").', [ex('en', 'A UK Government official responded that the talks would go on.')], (c) => (c.role && INDEFINITES.has(c.role.determiner) ? { speaker: c.role.text } : null)),
  rule('subject.indefinite-source', 'An indefinite role phrase with its complement is a new source ("A leading expert on the Cuban economy says").', [ex('en', 'A leading expert on the Cuban economy says that the reforms came too late.')], (c) => is(c.finder.indefiniteSource(c.gap))),
  rule('subject.demonstrative-person', 'A demonstrative with a person\'s noun points back to that person (« Ce garagiste estime », "this official said").', [ex('fr', 'Vincent Harry a été cambriolé deux fois. Ce garagiste estime que la police ne fait rien.')], (c) => {
    const { gap, pick } = c;
    const dem = gap.length >= 2 ? (gap[gap.length - 2] as Token) : undefined;
    const noun = gap[gap.length - 1];
    return !pick && dem && noun && /^(?:ce|cet|cette|this|that)$/u.test(dem.lower) && (ROLE_NOUNS.has(noun.lower) || PERSON_NOUN_SHAPE.test(noun.lower)) ? { speaker: c.finder.antecedent(c.pos, c.lastSpeaker) } : null;
  }),
  rule('subject.titled-person', 'A definite role is the person introduced with that title ("the foreign secretary" after "Foreign Secretary Jack Straw").', [ex('en', 'Foreign Secretary Jack Straw met his counterpart. The foreign secretary said that the meeting went well.')], (c) => (c.role && DEFINITES.has(c.role.determiner) ? is(c.finder.titledPerson(c.role.title, c.pos)) : null)),
  rule('subject.role-with-portfolio', 'A definite role with its portfolio and nobody so titled before is itself the source ("le ministre de la Santé a déclaré", "the mayor of Mariupol said").', [ex('fr', 'Le ministre de la Santé a déclaré que les hôpitaux étaient prêts.')], (c) => {
    const { role, pick } = c;
    if (!role || !DEFINITES.has(role.determiner) || c.anaphor || role.title.length <= 1 || !role.title.some((w) => OF_WORDS.has(w))) return null;
    // A person named at its end, right before the cue, is the source, read by subject.name (« La maire
    // de Paris Anne Hidalgo a annoncé »).
    const named = !!pick && c.finder.isPerson(pick) && c.finder.text.slice(pick.end, c.pos).trim() === '';
    return named ? null : { speaker: role.text };
  }),
  rule('subject.pronoun-antecedent', 'A pronoun or a bare role noun before the cue refers back to a person ("il a ajouté", "the senator said"), of the pronoun\'s gender when the given name tells it.', [ex('fr', 'Mark Warner a rencontré les élus. Il a déclaré que les gains étaient réels.')], (c) => {
    if (!c.anaphor) return null;
    const pronoun = c.gap.slice(-4).reverse().find((t) => c.finder.isSubjectPronoun(t.lower));
    return { speaker: c.finder.antecedent(c.pos, c.lastSpeaker, true, pronoun ? pronounGender(pronoun.lower) : null) };
  }),
  rule('subject.org-noun-antecedent', '"The company also said", « le ministère a indiqué »: the organisation named before.', [ex('en', 'Whole Foods cut prices on Monday. The company said that more cuts would follow.')], (c) => {
    const { gap } = c;
    const orgAt = gap.findIndex((t, i) => i >= gap.length - 3 && ORG_NOUNS.has(t.lower));
    return !c.pick && orgAt > 0 && DETERMINERS.has(gap[orgAt - 1]?.lower ?? '') ? is(c.finder.orgAntecedent(c.pos, c.lastSpeaker)) : null;
  }),
  rule('subject.name-with-group', 'A name followed by the body that speaks for it is the source ("White House officials said", "the Obama administration will announce").', [ex('en', 'White House officials said that the plan was ready.')], (c) => (c.pick ? is(c.finder.groupOf(c.pick, c.pos)) : null)),
  rule('subject.name', 'The last name before the cue that no preposition governs is its subject ("Warner a déclaré").', [ex('fr', 'Mark Warner a déclaré que Kiev avait fait de grands gains.')], (c) => (c.pick ? is(c.finder.name(c.pick)) : null)),
  rule('subject.unnamed-phrase', 'A short noun phrase right before the cue is an unnamed source ("Deficit hawks have warned that", « les opposants au texte craignent que »).', [ex('en', 'Deficit hawks have warned that the debt will keep rising.')], (c) => is(c.finder.subjectPhrase(c.from, c.pos))),
  rule('subject.description', 'A noun phrase with a role noun before the cue describes an unnamed source ("un porte-parole du ministère").', [ex('fr', 'Le porte-parole de Jean-Luc Mélenchon Djordje Kuzmanovic a affirmé que Stéphane Poussier serait exclu du parti.')], (c) => is(c.finder.description(c.gap))),
]);
