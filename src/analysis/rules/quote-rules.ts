// Quote rules: who a direct quote belongs to. Each row reads the words around one quote (a cue
// after it, "selon X", a cue before it, a cue closing the sentence, the sentence's earlier quote,
// the clause's subject) and yields its speaker and cue; the first row that yields decides, unless a
// scorer chooses among all of them (analysis/claims.ts). Branch ids of the source found are in
// rules/source-rules.ts.
import type { Claim } from '../types';
import type { Mention } from '../entities';
import type { QuoteSpan } from '../quotes';
import { endsWithTelling, isOrgNoun, isParticiple, isRoleNoun, HONORIFICS, pronounGender, sourced, type Attribution, type Cue, type SpeakerFinder, type Sourced } from '../speakers';
import { tokenize, type Token } from '../../text/tokens';
import { trailingSpaceStart } from '../../text/normalize';
import { words } from '../lexicon/word-classes';
import { noteFired, RuleTable, type Lang, type RuleExample } from './engine';
import './source-rules';

export interface QuoteContext {
  readonly lang: Lang;
  readonly finder: SpeakerFinder;
  readonly text: string;
  readonly q: QuoteSpan;
  /** Start of the quote's clause: its sentence, or the end of the sentence's previous quote. */
  readonly clauseStart: number;
  readonly sentStart: number;
  /** Where text after the quote stops belonging to it: the next quote or the sentence end. */
  readonly afterLimit: number;
  /** How far a trailing cue may be looked for (into the next sentence after a quote that ends its own). */
  readonly cueLimit: number;
  /** The end of the quote's sentence. */
  readonly sentEnd: number;
  readonly lastSpeaker: string | null;
  /** The claim of the previous quote of the same sentence, if any. */
  readonly previous: Claim | null;
}

/** At most this many words (names, pronouns, adverbs) between a quote and a trailing cue ("», a-t-il dit"). */
const TRAILING_CUE_WORDS = 5;
const GAP_WORDS = words('gap-word');
const DETERMINERS = words('determiner');
const RELATIVES = words('relative');

/** An attribution; a cue found by a cue rule adds that rule to the trace, after the quote rule. */
const attribution = (speaker: string | null, cue: Cue | string | null, trace: string[]): Attribution =>
  typeof cue === 'object' && cue !== null ? { speaker, cue: cue.text, trace: [...trace.slice(0, 1), cue.rule, ...trace.slice(1)] } : { speaker, cue, trace };
const from = (found: Sourced | null, cue: Cue | string | null, rule: string): Attribution | null => (found ? attribution(found.speaker, cue, [rule, ...found.trace]) : null);


/** The source named after an inverted cue ("…, said Tom Forte"), none after a verb of telling ("…, told Reuters"). */
export function sourceAfterCue(finder: SpeakerFinder, cue: Cue, limit: number): Sourced | null {
  return endsWithTelling(cue.text) ? null : finder.sourceAfter(cue.end, limit);
}

/** A pronoun's antecedent as a found source. */
const antecedentOf = (finder: SpeakerFinder, pos: number, lastSpeaker: string | null, pronoun = ''): Sourced => {
  const speaker = finder.antecedent(pos, lastSpeaker, true, pronounGender(pronoun));
  return { speaker, trace: [fire('source.pronoun-antecedent')] };
};

/** Notes that a branch rule decided, and returns its id for the trace. */
function fire(id: string): string {
  noteFired(id);
  return id;
}

/** Between a name and its trailing cue: nothing, or one adverb ("“…,” Thomas allegedly told"). */
const NAME_TO_CUE = /^\s*(?:\p{L}+ly\s+)?$/u;

/**
 * "“…,” the physicians stated", "“…,” the letter said": a noun phrase from a determiner is the
 * subject of the cue right after it, read by the subject rules, or the phrase itself where they
 * would point it back to an earlier name. Only a short phrase of plain words, glued to the quote's comma.
 */
function describedBeforeCue(c: QuoteContext, cue: Cue, gapWords: readonly Token[]): Attribution | null {
  // (The gap's words are counted from the quote's close.)
  const first = gapWords[0];
  if (!first || gapWords.length > TRAILING_CUE_WORDS || !DETERMINERS.has(first.lower)) return null;
  const start = c.q.close + first.start;
  if (/[.;:!?"“”«»()]/u.test(c.text.slice(start, cue.start)) || !/^\s*[,–—-]?\s*$/u.test(c.text.slice(c.q.close, start))) return null;
  const subject = c.finder.subject(start, cue.start, c.lastSpeaker);
  if (!subject?.speaker) return null;
  // A subject rule that points the phrase back to someone named earlier guesses; the phrase itself does not.
  if (subject.trace.some((id) => id.includes('antecedent'))) return from(sourced(c.text.slice(start, cue.start).trim(), 'source.description-before-cue'), cue, 'quote.trailing-cue');
  return from(subject, cue, 'quote.trailing-cue');
}

/**
 * "“…” Geoffrey Berman, the U.S. attorney for the Southern District, said.": a person named right
 * after the quote, then a describing phrase between commas, then the cue ending the sentence — the
 * person is the cue's subject, however long the description (no sentence mark or verb in it).
 */
function apposedBeforeCue(c: QuoteContext, cue: Cue, gapText: string, names: readonly Mention[]): Attribution | null {
  const first = names[0];
  if (!first || !c.finder.isPerson(first)) return null;
  // (Only punctuation and titles between the quote and the name: "“…,” Dr. Luz Contreras Arroyo, …".)
  const lead = c.text.slice(c.q.close, first.start).replace(/\p{L}+\.?/gu, (w) => (HONORIFICS.has(w.replace(/\.$/u, '').toLowerCase()) ? '' : w));
  if (!/^[\s,–—-]*$/u.test(lead)) return null;
  const description = c.text.slice(first.end, cue.start);
  // (A period only inside an abbreviation: "the U.S. attorney", not a sentence's end.)
  if (!/^\s*,[^;:!?"“”«»]{3,160},\s*$/u.test(description) || /\.\s+\p{Lu}/u.test(description) || FINITE_VERB.test(description)) return null;
  // The cue ends the sentence: nothing but circumstances after it (a time, a place, "during a media
  // teleconference about the announcement"), no other verb.
  const after = /^[\s\p{L}\p{N}.'’-]{0,100}?[.!?](?=\s|$)/u.exec(c.text.slice(cue.end, cue.end + 102));
  if (!after || FINITE_VERB.test(after[0]) || gapText.length > 200) return null;
  return from(sourced(c.finder.name(first), 'source.name-apposed-before-cue'), cue, 'quote.trailing-cue');
}

/** "« … », a déclaré X" / "“…,” said X" / "“…,” Smith said" / "« … », a-t-il ajouté". */
function trailingCue(c: QuoteContext): Attribution | null {
  const { finder, text, q } = c;
  const cue = finder.cuesIn(q.close, Math.min(c.cueLimit, q.close + 160), 1)[0];
  // "…", jugeant …' / '…", calling it …': a participle takes the sentence's subject, found before the quote.
  if (!cue || isParticiple(cue)) return null;
  const gapText = text.slice(q.close, cue.start);
  const names = finder.mentionsIn(q.close, cue.start);
  const described = apposedBeforeCue(c, cue, gapText, names);
  if (described) return described;
  const punctuated = /^\s*[,–—-]/u.test(gapText) || /[,!?…]$/u.test(q.inner) || /[,!?…]\s*$/u.test(text.slice(q.close - 3, q.close));
  if (!punctuated) return null;
  let rest = gapText;
  for (const m of names) rest = rest.replace(m.surface, ' ');
  const gapWords = tokenize(rest).filter((w) => w.word);
  const named = names[names.length - 1];
  // A name right before the cue is its subject whatever titles precede it, as long as the gap stays
  // one short noun phrase; so is a name in apposition ("“…,” her mother, Fiona, wrote").
  const apposed = !!named && /^\s*,\s*$/u.test(text.slice(named.end, cue.start)) && finder.isPerson(named) && !/(?<![\p{L}])(?:qui|who|which|que|that)(?![\p{L}])/iu.test(text.slice(q.close, named.start));
  if (named && (apposed || NAME_TO_CUE.test(text.slice(named.end, cue.start))) && gapWords.length <= 8 && !/[.;:!?"“”«»]/u.test(gapText.replace(/^\s*[,–—-]/u, ''))) {
    return from(sourced(finder.name(named), 'source.name-before-trailing-cue'), cue, 'quote.trailing-cue');
  }
  if (gapWords.length > TRAILING_CUE_WORDS || gapWords.some((w) => !GAP_WORDS.has(w.lower) && !HONORIFICS.has(w.lower) && !isRoleNoun(w.lower) && !isOrgNoun(w.lower))) {
    return names.length === 0 ? describedBeforeCue(c, cue, gapWords) : null;
  }
  const pronoun = cue.pronoun || gapWords.some((w) => /^(il|elle|ils|elles|he|she|they|we)$/u.test(w.lower));
  // "“…,” it said", "“…,” the ministry said": the organisation last speaking or named.
  if (!names.length && !pronoun && gapWords.some((w) => w.lower === 'it' || isOrgNoun(w.lower))) {
    return attribution(finder.orgAntecedent(q.open, c.lastSpeaker), cue, ['quote.trailing-cue', fire('source.org-antecedent')]);
  }
  if (named) return from(sourced(finder.name(named), 'source.named-in-gap'), cue, 'quote.trailing-cue');
  if (pronoun) return from(antecedentOf(finder, q.open, c.lastSpeaker, cue.pronoun ? cue.text : (gapWords.find((w) => /^(il|elle|ils|elles|he|she|they|we)$/u.test(w.lower))?.lower ?? '')), cue, 'quote.trailing-cue');
  const after = finder.sourceAfter(cue.end, Math.max(c.cueLimit, cue.end));
  if (after) return from(after, cue, 'quote.trailing-cue');
  return describedBeforeCue(c, cue, gapWords) ?? attribution(null, cue, ['quote.trailing-cue']);
}

const FINITE_VERB = /(?<![\p{L}])(?:is|are|was|were|be|been|has|have|had|will|would|could|should|est|sont|était|étaient|sera|ont|avait|avaient|serait)(?![\p{L}])/iu;

/**
 * A cue that closes the sentence after a comma governs all of it: "…, a indiqué Josep Borrell.",
 * "“…” to hold up on their plans, Indyk said.", "…, says Biden". `rule` names the caller's row.
 */
export function closingCue(finder: SpeakerFinder, text: string, start: number, to: number, lastSpeaker: string | null, rule: string, reportsSentence = false): Attribution | null {
  const end = trailingSpaceStart(text, start, to);
  // (An inverted cue right after the comma may stand further from the end, its subject longer or
  // followed by an apposition: « , a remarqué de son côté Vanik Berberian, le président de
  // l'Association des maires ruraux de France (AMRF). », « , a estimé lundi 14 janvier le chef de file
  // des députés La République en marche Gilles Le Gendre. »; a cue after its subject may not.)
  const cue = finder.cuesIn(Math.max(start, end - 160), end, 4).at(-1);
  if (!cue || isParticiple(cue)) return null;
  // After the cue only its subject or an adverbial, a date among them ("said Tom Forte", « a estimé
  // lundi 14 janvier X »), then perhaps an apposition after a comma (« regrette sur Twitter X,
  // président de la fondation … »); not "said were a result".
  const tail = text.slice(cue.end, end).split(/[,(–—]/u)[0] ?? '';
  // (More than 182 UTF-16 units before the trailing spaces are more than 91 characters: too long for
  // the pattern, which is then not tried.)
  // (Nor a complementiser: "…, suggested that the President change his diet." reports what follows.)
  if (tail.trimEnd().length > 182 || !/^[\s\p{L}\p{M}\p{N}.'’-]{0,90}[.!?…]?\s*$/u.test(tail) || FINITE_VERB.test(tail) || COMPLEMENTISER_START.test(tail)) return null;
  // (The comma may close a quote before the subject: "“…,” company CEO Andy Vesey said.")
  const lead = /[,–—][”»"]?\s*((?:[\p{L}\p{M}’'.-]+\s+){0,4})$/u.exec(text.slice(Math.max(start, cue.start - 80), cue.start));
  if (lead?.[1] && (cue.start < end - 100 || tail.trimEnd().length > 60)) return null;
  // ", which Moscow blamed on Kyiv", « , que l'opposition dénonce »: a cue inside a relative clause
  // is about that clause's antecedent; it does not report the sentence before it (a quote inside the
  // relative clause may still be its subject's).
  if (reportsSentence && RELATIVES.has(lead?.[1]?.trim().split(/\s+/u)[0]?.toLowerCase().replace('’', "'") ?? '')) return null;
  // "…, won the freedom to preach freely": an infinitive is no closing cue.
  if (!lead || /(?<![\p{L}])(?:to|de|d['’])\s*$/iu.test(text.slice(Math.max(start, cue.start - 4), cue.start))) return null;
  const subjectStart = cue.start - (lead[1]?.length ?? 0);
  let found: Sourced | null;
  if (cue.pronoun) found = antecedentOf(finder, cue.start, lastSpeaker, cue.text);
  else {
    const subject = finder.subject(subjectStart, cue.start, lastSpeaker);
    found = (subject?.speaker ? subject : null) ?? sourced(finder.apposedSubject(start, cue.start), 'source.apposed-subject') ?? sourceAfterCue(finder, cue, to);
  }
  return found?.speaker ? from(found, cue, rule) : null;
}

/** A complementiser opening what follows a cue: the reported content, not the cue's subject. */
export const COMPLEMENTISER_START = /^\s*(?:that|whether|que|qu['’]|si)(?![\p{L}])/iu;

/** "Pour X," / "For X," heading a clause: a short phrase (60 characters at most) to its comma, no other comma or mark in it. */
const POUR_FRAME = /^\s*(pour|for)\s+[^,;:.!?«»“”"]{1,60}?,/iu;

/** Participles that name the source being quoted. */
const CITING = /(?<![\p{L}])(citant|citing|quoting)(?![\p{L}])/giu;

/** "X a déclaré : « … »", "X said that “…”", "Pour X, « … »", "X : « … »". */
function leadingCue(c: QuoteContext): Attribution | null {
  const { finder, text, q, sentStart, clauseStart, lastSpeaker } = c;
  const cues: Cue[] = finder.cuesIn(clauseStart, q.open);
  const cue = cues[cues.length - 1];
  // "– citant un responsable américain anonyme – que … « … »", "citing a senior official, that …":
  // when the last cue of the sentence before the quote cites a source, the quote is that source's.
  // ("citing" is not in the English lexicon: it is also a reason's cue, "citing security concerns".)
  let citing: RegExpMatchArray | undefined;
  // (The last match, read without an array of them all.)
  for (const m of text.slice(sentStart, q.open).matchAll(CITING)) citing = m;
  const citingEnd = citing ? sentStart + (citing.index ?? 0) + citing[0].length : -1;
  const cited = citing && finder.cuesIn(citingEnd, q.open).length === 0 ? finder.citedSource(citingEnd, q.open) : null;
  if (cited) return from(sourced(cited, 'source.cited'), citing?.[1] ?? null, 'quote.leading-cue');
  // "“…,” comments Johnston, “…”": a cue right after the sentence's previous quote is that quote's
  // incise, already read with it; its subject is not looked for before it (inside the quote).
  if (cue && c.previous && /^[\s,;–—”»"-]*$/u.test(text.slice(clauseStart, cue.start))) return null;
  if (cue) {
    let found: Sourced | null;
    if (cue.pronoun) found = antecedentOf(finder, q.open, lastSpeaker, cue.text);
    else {
      const subject = finder.subject(sentStart, cue.start, lastSpeaker);
      found = participleSubject(finder, sentStart, cue, c.sentEnd) ?? (subject?.speaker ? subject : null) ?? sourceAfterLeadingCue(finder, sentStart, cue, q.open);
    }
    // A participle whose subject is not found ("…", a-t-elle ajouté, soulignant que … « … »)
    // leaves the quote to the speaker of the sentence's previous quote.
    if (found?.speaker || !isParticiple(cue)) return attribution(found?.speaker ?? null, cue, ['quote.leading-cue', ...(found?.trace ?? [])]);
  }
  const before = text.slice(clauseStart, q.open);
  // "Pour X, « … »", and "Pour X, cet incident est « … »": the opinion frame heading the sentence
  // covers its clause (a short phrase up to the comma, the name in it).
  const pour = POUR_FRAME.exec(before);
  if (pour) {
    // The name in the frame, else the person a definite role with its complement stands for (« Pour le
    // directeur de l'office de tourisme, « … » »).
    const role = pour[0].replace(/^\s*\S+\s+/u, '').replace(/,$/u, '');
    const speaker = finder.name(finder.mentionsIn(clauseStart, clauseStart + pour[0].length)[0]) ?? (/^\s*pour\s/iu.test(pour[0]) ? finder.roleAntecedent(role, q.open, null) : null);
    if (speaker) return from(sourced(speaker, 'source.pour-x'), pour[1] ?? null, 'quote.leading-cue');
  }
  if (/:\s*$/u.test(before)) {
    const speaker = finder.headName(clauseStart, q.open);
    if (speaker) return from(sourced(speaker, 'source.colon-head'), null, 'quote.leading-cue');
  }
  // "Mark Warner called it “the worst piece of legislation”": naming verbs the lexicon leaves out.
  const naming = /(?<![\p{L}-])(called|dubbed|described|termed|branded|labelled|labeled|qualifié|qualifiée|qualifiés|qualifie|traité|traitée|surnommé|surnommée)\s+(?:[\p{L}’'-]+\s+){0,3}(?:as\s+|de\s+|d['’]\s*)?$/iu.exec(before);
  if (naming && naming[1]) {
    const subject = finder.subject(sentStart, clauseStart + naming.index, lastSpeaker);
    if (subject?.speaker) return attribution(subject.speaker, naming[1], ['quote.leading-cue', fire('source.naming-verb'), ...subject.trace]);
  }
  return null;
}

/** With no subject before a leading cue: none for an agentless passive, else the source named after it. */
function sourceAfterLeadingCue(finder: SpeakerFinder, sentStart: number, cue: Cue, limit: number): Sourced | null {
  const { text } = finder;
  if (finder.isPassive(sentStart, cue.start) && !/^\s*(?:par|by)\s/iu.test(text.slice(cue.end, cue.end + 5))) return { speaker: null, trace: [fire('source.agentless-passive')] };
  // An English cue with words before it in its sentence is not inverted: what follows it is its
  // object ("It described the police stations as …"), never its source.
  if (finder.lang === 'en' && /\p{L}/u.test(text.slice(sentStart, cue.start))) return null;
  return finder.sourceAfter(cue.end, limit);
}

/** "X a dénoncé la mesure, jugeant …", "X left, arguing that …": a participle's subject heads the sentence. */
export function participleSubject(finder: SpeakerFinder, sentStart: number, cue: Cue, sentEnd = -1): Sourced | null {
  if (!isParticiple(cue)) return null;
  // « Dénonçant "une insulte …" et "à la République", Danièle Obono a dit … », "Saying …, Smith
  // added …": a participle opening its sentence has the main clause's subject, after the comma that
  // closes the participial phrase (not one inside its quotes).
  if (sentEnd > cue.end && /^[\s«“"'‘–—-]*$/u.test(finder.text.slice(sentStart, cue.start))) {
    let comma = finder.text.indexOf(',', cue.end);
    while (comma >= 0 && comma < sentEnd && finder.inQuote(comma)) comma = finder.text.indexOf(',', comma + 1);
    return comma < 0 || comma >= sentEnd ? null : sourced(finder.sentenceSubject(comma + 1, sentEnd), 'source.participle-main-clause');
  }
  // "retenues par des soldats iraniens dissidents exigeant …", "held by gunmen demanding …": right
  // after a passive's agent, the participle is the agent's.
  const start = Math.max(sentStart, cue.start - 80);
  const lead = finder.text.slice(start, cue.start);
  // The phrase a pattern read before the participle: the name in it, else the phrase itself.
  const phrase = (m: RegExpExecArray): Sourced | null => sourced(finder.name(finder.mentionsIn(start + m.index, cue.start)[0]) ?? m[1]?.trim(), 'source.participle-subject');
  const agent = /(?<![\p{L}])(?:par|by)\s+((?:[\p{L}’'-]+\s+){1,5})$/u.exec(lead);
  if (agent?.[1]) return phrase(agent);
  // "with some people saying …", « avec des élus dénonçant … »: the noun phrase after "with" is the participle's own subject.
  const own = /(?<![\p{L}])(?:with|avec)\s+((?:[\p{L}’'-]+\s+){1,4})$/u.exec(lead);
  const ownLast = own?.[1]?.trim().split(/\s+/u).at(-1)?.toLowerCase();
  if (own?.[1] && !DETERMINERS.has(ownLast ?? '')) return phrase(own);
  return sourced(finder.headName(sentStart, cue.start), 'source.participle-subject');
}

const CHARGE_PARTICIPLES = words('charge-word');
/** Adjectives of guilt: a charge after one needs no auxiliary (« reconnu coupable de "…" », "found guilty of “…”"). */
const CHARGE_ADJECTIVES = words('charge-adjective');
const BE_FORMS = words('copula');
/** The prepositions that open a charge's complement (« pour "…" », « coupable de "…" », "guilty of “…”"). */
const CHARGE_PREPOSITIONS = "pour|de|d['’]|du|des|for|of|with";
/** A charge preposition right before the quote. */
const CHARGE_PREPOSITION = new RegExp(`(?:^|\\s)(?:${CHARGE_PREPOSITIONS})\\s*$`, 'iu');
/** What joins a second charge to the first (« et "…" », « ainsi que pour "…" », "and of “…”"). */
const CHARGE_JOINED = new RegExp(`^\\s*(?:,|et|ou|and|or|ainsi que|as well as)?\\s*(?:${CHARGE_PREPOSITIONS})?\\s*$`, 'iu');

/**
 * Whether the quote names the charge against someone: it follows a charge word and the preposition
 * that opens its complement, at most eight words apart, and the charge word is passive or a
 * participle in apposition (« a été condamné … pour "…" », « reconnu coupable de "…" »), not the
 * active verb of someone accusing (« Il a accusé le ministre de "mentir" » quotes the accuser).
 */
function namesCharge(lead: string): boolean {
  if (!CHARGE_PREPOSITION.test(lead)) return false;
  const list = lead.toLowerCase().replace(/’/gu, "'").split(/[^\p{L}']+/u).filter(Boolean);
  for (let i = list.length - 2; i >= 0 && i >= list.length - 10; i--) {
    const word = list[i] as string;
    if (CHARGE_ADJECTIVES.has(word)) return true;
    if (!CHARGE_PARTICIPLES.has(word)) continue;
    const before = list.slice(Math.max(0, i - 3), i);
    const apposed = new RegExp(`,\\s*(?:\\S+\\s+){0,3}${word}`, 'iu').test(lead);
    // (« a été condamné »: « été », the participle of « être », is no finite copula.)
    return before.some((w) => BE_FORMS.has(w) || w === 'été') || apposed;
  }
  return false;
}

const ex = (lang: Lang, text: string): RuleExample => ({ lang, text });

/**
 * Quotes that nobody is said to have spoken: read before the speaker rules, and when one fires the
 * quote has no speaker and no speaker rule or scorer is asked (its own table, so that the speaker
 * rules keep their ranks, which the scorer reads).
 */
export const UNSPOKEN_QUOTE_RULES = new RuleTable<QuoteContext, Attribution>('quote', [
  {
    id: 'quote.charge',
    lang: 'fr+en',
    why: 'A quote that names the charge someone faces (« condamné pour "incitation à un attroupement" », « reconnu coupable de "crime de génocide" », "was convicted of “aggravated assault”") is the qualification of the court or the prosecution, not the words of the accused: it has no speaker. A quote joined to such a quote (« et », « ainsi que pour », "and") is one too.',
    examples: [ex('fr', 'Le journaliste a été condamné à trois ans de prison pour « incitation à un attroupement non armé ».'), ex('en', 'He was convicted of “aggravated assault” last year.')],
    apply: (c) => {
      const lead = c.text.slice(c.clauseStart, c.q.open);
      const joined = c.previous?.trace.includes('quote.charge') === true && CHARGE_JOINED.test(lead);
      return joined || namesCharge(c.text.slice(Math.max(c.sentStart, c.q.open - 200), c.q.open)) ? attribution(null, null, ['quote.charge']) : null;
    },
  },
]);

export const QUOTE_RULES = new RuleTable<QuoteContext, Attribution>('quote', [
  {
    id: 'quote.trailing-cue',
    lang: 'fr+en',
    why: 'A cue right after the quote, past a comma or the quote\'s own punctuation, names or points to its speaker ("« … », a déclaré X", "“…,” Smith said", "« … », a-t-il ajouté").',
    examples: [ex('fr', '« Nous sommes prêts », a déclaré Mark Warner.'), ex('en', '“We are ready,” Mark Warner said.')],
    apply: trailingCue,
  },
  {
    id: 'quote.selon',
    lang: 'fr+en',
    why: '"selon X", « d\'après X », "according to X" in the quote\'s clause name its source.',
    examples: [ex('fr', 'Selon Mark Warner, Kiev a fait de « grands gains ».'), ex('en', 'According to Mark Warner, Kyiv made “great gains”.')],
    apply: (c) => {
      const found = c.finder.selonIn(c.clauseStart, c.q.open, c.lastSpeaker) ?? c.finder.selonIn(c.q.close, c.afterLimit, c.lastSpeaker);
      return found?.speaker ? attribution(found.speaker, found.cue, ['quote.selon', found.rule]) : null;
    },
  },
  {
    id: 'quote.leading-cue',
    lang: 'fr+en',
    why: 'A cue before the quote in its clause: its subject, a pronoun\'s antecedent, a cited source, "Pour X,", "X :", a naming verb ("X a déclaré : « … »", "X said that “…”").',
    examples: [ex('fr', 'Mark Warner a déclaré : « Kiev a fait de grands gains. »'), ex('en', 'Mark Warner said that Kyiv made “great gains”.')],
    apply: leadingCue,
  },
  {
    id: 'quote.closing-cue',
    lang: 'fr+en',
    why: 'A cue that closes the sentence after a comma governs all of it ("“…” to hold up on their plans, Indyk said.").',
    examples: [ex('en', 'The talks were “very close” to a deal last week, Indyk said.')],
    apply: (c) => closingCue(c.finder, c.text, c.q.close, c.afterLimit, c.lastSpeaker, 'quote.closing-cue'),
  },
  {
    id: 'quote.sentence-closing-cue',
    lang: 'fr+en',
    why: 'A cue closing a sentence that holds several quotes governs the earlier ones too (« un "local exigu" où il l\'aurait "retenue", affirme-t-elle »).',
    examples: [ex('fr', 'Nadine a travaillé dix ans à Niort. Son supérieur l’aurait emmenée dans un « local exigu » où il l’aurait « retenue », affirme-t-elle.')],
    apply: (c) => (c.afterLimit < c.sentEnd ? closingCue(c.finder, c.text, c.q.close, c.sentEnd, c.lastSpeaker, 'quote.sentence-closing-cue') : null),
  },
  {
    id: 'quote.same-sentence',
    lang: 'fr+en',
    why: 'A second quote of a sentence with no cue of its own has the speaker of the sentence\'s previous quote.',
    examples: [ex('fr', 'Le ministre Gérald Darmanin a dénoncé « une trahison de la République » et « un mensonge de plus ».')],
    apply: (c) => (c.previous?.speaker ? attribution(c.previous.speaker, c.previous.cue, ['quote.same-sentence']) : null),
  },
  {
    id: 'quote.clause-subject',
    lang: 'fr+en',
    why: 'A quote inside a clause with no reporting verb takes the clause\'s person subject, cue-less ("La garde des Sceaux a quand même « décidé de lancer une inspection »").',
    examples: [ex('fr', 'Nicole Belloubet a quand même « décidé de lancer une inspection » dans la prison.')],
    apply: (c) => {
      const speaker = c.finder.personSubject(c.clauseStart, c.q.open, c.lastSpeaker);
      return speaker ? attribution(speaker, null, ['quote.clause-subject']) : null;
    },
  },
]);
