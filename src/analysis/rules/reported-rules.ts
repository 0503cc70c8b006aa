// Reported-speech rules: which clause of a sentence reports what someone said or thinks, and who.
// The sentence rows read the whole sentence (a claim named by a noun, "selon X", "Pour X,", the
// agent of a passive cue, a cue closing the sentence); the cue rows are then read for each
// reporting cue of the sentence in turn. The first row that yields decides.
import type { Sentence } from '../../text/sentences';
import { isParticiple, pronounGender, sourced, type Attribution, type Cue, type SpeakerFinder, type Sourced } from '../speakers';
import { CLAIM_NOUNS, nominalCue } from '../claim-clauses';
import { noteFired, RuleTable, type Fired, type Lang, type RuleExample } from './engine';
import { closingCue, COMPLEMENTISER_START, participleSubject, sourceAfterCue } from './quote-rules';

export interface SentenceContext {
  readonly lang: Lang;
  readonly finder: SpeakerFinder;
  readonly s: Sentence;
  /** The sentence's text. */
  readonly sentence: string;
  readonly lastSpeaker: string | null;
}

export interface CueContext extends SentenceContext {
  readonly cue: Cue;
  /** The sentence's text after the cue. */
  readonly after: string;
  /** The cue's subject once read (`cueSubject`), undefined before. */
  subject: Sourced | null | undefined;
}

const ex = (lang: Lang, text: string): RuleExample => ({ lang, text });
/** An attribution; a cue found by a cue rule adds that rule to the trace, after the reported-speech rule. */
const attribution = (found: Sourced | null, cue: Cue | string | null, rule: string): Attribution =>
  typeof cue === 'object' && cue !== null
    ? { speaker: found?.speaker ?? null, cue: cue.text, trace: [rule, cue.rule, ...(found?.trace ?? [])] }
    : { speaker: found?.speaker ?? null, cue, trace: [rule, ...(found?.trace ?? [])] };
/** The subject of a cue: a participle's subject, else the words before it (rules/subject-rules.ts). */
function subjectOf(c: SentenceContext, cue: Cue, start: number): Sourced | null {
  const participle = participleSubject(c.finder, c.s.start, cue, c.s.end);
  if (participle) return participle;
  const subject = c.finder.subject(start, cue.start, c.lastSpeaker);
  return subject?.speaker ? subject : null;
}
/** The cue's subject, read once per cue context: the complementiser and cue-subject rules both ask for it, unchanged in between. */
function cueSubject(c: CueContext): Sourced | null {
  if (c.subject === undefined) c.subject = subjectOf(c, c.cue, c.s.start);
  return c.subject;
}

/** What reported speech without a reporting verb needs: "selon", "according to", "Pour X,", a passive agent, a nominal cue. */
const REPORT_MARKERS = new RegExp(`selon|d['’]après|according to|^\\s*Pour\\s|\\s(?:par|by)\\s|${CLAIM_NOUNS}`, 'iu');
/** A finite verb: after a cue, it opens a reported clause rather than naming the source. */
const FINITE_VERB = /(?<![\p{L}])(?:is|are|was|were|be|been|has|have|had|will|would|could|should|may|might|can|est|sont|était|étaient|sera|ont|avait|avaient|serait|peut|doit|va)(?![\p{L}])/iu;
const COMPLEMENTISER = { fr: /^\s*(?:\S+\s+){0,2}?(?:que|qu['’])|^\s*:/iu, en: /^\s*(?:\S+\s+){0,2}?that\b|^\s*:/iu };
/** What every PASSIVE_AGENT match holds (its last space and "par"/"by"): most sentences lack it, and this is quicker to ask. */
const PASSIVE_AGENT_NEEDS = /\s(?:par|by)\s/iu;
const PASSIVE_AGENT = /(?<![\p{L}])(décrié|décriée|décriés|décriées|critiqué|critiquée|critiqués|critiquées|dénoncé|dénoncée|dénoncés|dénoncées|contesté|contestée|contestés|contestées|salué|saluée|saluées|salués|condamné|condamnée|criticised|criticized|condemned|praised|denounced|disputed|described)\s+(par|by)\s/iu;

/** `text` without its last `n` words and the spaces around them (a backward scan: an end-anchored
 *  pattern would be tried at every position of the text). */
function withoutLastWords(text: string, n: number): string {
  let end = text.length;
  for (let k = 0; k < n; k++) {
    let i = end;
    while (i > 0 && /\s/u.test(text[i - 1] as string)) i--;
    let j = i;
    while (j > 0 && /\p{L}/u.test(text[j - 1] as string)) j--;
    if (j === i) break;
    end = j;
  }
  while (end > 0 && /\s/u.test(text[end - 1] as string)) end--;
  return text.slice(0, end);
}

/** True when the sentence may report speech at all: most hold no reporting verb and none of the markers. */
export function mayReport(finder: SpeakerFinder, s: Sentence, sentence: string): boolean {
  return finder.cuesIn(s.start, s.end, 1).length > 0 || REPORT_MARKERS.test(sentence);
}

export const REPORTED_SENTENCE_RULES = new RuleTable<SentenceContext, Attribution>('reported', [
  {
    id: 'reported.nominal-cue',
    lang: 'fr+en',
    why: 'A claim named by a noun heading the clause is its owner\'s ("Netanyahu’s declaration that …", "his vow on Monday that …", « sa promesse que »).',
    examples: [ex('en', 'Benjamin Netanyahu won the vote on Tuesday. His vow on Monday that there would be no Palestinian state alarmed Washington.')],
    apply: (c) => {
      const found = nominalCue(c.finder, c.s, c.lastSpeaker);
      return found ? { ...found, trace: ['reported.nominal-cue', ...found.trace] } : null;
    },
  },
  {
    id: 'reported.selon',
    lang: 'fr+en',
    why: '"selon X", « d\'après X », "according to X": the clause is X\'s claim.',
    examples: [ex('fr', 'Selon le ministère, trois soldats ont été blessés dans l’attaque.')],
    apply: (c) => {
      const sel = c.finder.selonIn(c.s.start, c.s.end, c.lastSpeaker);
      return sel ? { speaker: sel.speaker, cue: sel.cue, trace: ['reported.selon', sel.rule] } : null;
    },
  },
  {
    id: 'reported.pour-x',
    lang: 'fr',
    why: '« Pour la ministre, … » / « Pour Mark Warner, … »: the opinion of the one named (or of the person a role refers to).',
    examples: [ex('fr', 'Pour la ministre Agnès Buzyn, la situation reste très grave.'), ex('fr', 'Le marché est ouvert. Pour Mark Warner, la situation reste très grave.')],
    apply: (c) => {
      const pour = /^\s*(Pour)\s+((?:[\p{L}’'-]+\s+){0,4}?[\p{L}’'-]+)\s*,/u.exec(c.sentence);
      if (!pour || !pour[1] || !pour[2]) return null;
      // The name in the frame, which « Pour » governs (so headName, which skips governed names, would
      // miss « Pour Mark Warner, »); not a place (« Pour la France, » is no one's opinion).
      const named = c.finder.mentionsIn(c.s.start, c.s.start + pour[0].length).find((m) => c.finder.type(m) !== 'LOC');
      const speaker = c.finder.name(named) ?? c.finder.roleAntecedent(pour[2], c.s.start, c.lastSpeaker);
      return speaker ? attribution(sourced(speaker, 'source.pour-x'), pour[1], 'reported.pour-x') : null;
    },
  },
  {
    id: 'reported.passive-agent',
    lang: 'fr+en',
    why: '"un texte décrié par la société civile", "criticised by the opposition": the agent of a passive cue is the source.',
    examples: [ex('fr', 'Le texte, décrié par la société civile, sera voté mardi.')],
    apply: (c) => {
      const agent = PASSIVE_AGENT_NEEDS.test(c.sentence) ? PASSIVE_AGENT.exec(c.sentence) : null;
      if (!agent || !agent[1] || !agent[2]) return null;
      const start = c.s.start + agent.index + agent[0].length;
      const found = c.finder.sourceAfter(start, c.s.end) ?? sourced(c.finder.agentPhrase(start, c.s.end), 'source.passive-agent');
      return found ? attribution(found, `${agent[1]} ${agent[2]}`, 'reported.passive-agent') : null;
    },
  },
  {
    id: 'reported.closing-cue',
    lang: 'fr+en',
    why: 'A cue closing the sentence after a comma governs all of it ("…, a indiqué Josep Borrell.", "…, says Biden").',
    examples: [ex('fr', 'Les sanctions seront adoptées la semaine prochaine, a indiqué Josep Borrell.')],
    apply: (c) => closingCue(c.finder, c.finder.text, c.s.start, c.s.end, c.lastSpeaker, 'reported.closing-cue', true),
  },
]);

export const REPORTED_CUE_RULES = new RuleTable<CueContext, Attribution>('reported', [
  {
    id: 'reported.inverted-after-comme',
    lang: 'fr+en',
    why: '« comme l\'a souligné l\'Arcep », "as Smith noted", « c\'est ce qu\'a annoncé X »: the source follows the cue.',
    examples: [ex('fr', 'Les prix vont baisser, comme l’a souligné l’Arcep dans son rapport.')],
    apply: (c) => {
      if (!/(?<![\p{L}])(?:comme|as)\s+(?:l['’]\s*|le\s+)?$|(?<![\p{L}])qu['’]\s*$/iu.test(c.sentence.slice(0, c.cue.start - c.s.start))) return null;
      const found = c.finder.sourceAfter(c.cue.end, c.s.end);
      return found ? attribution(found, c.cue, 'reported.inverted-after-comme') : null;
    },
  },
  {
    id: 'reported.trailing-cue',
    lang: 'fr+en',
    why: 'A cue after a comma near the end of the sentence, with only its subject after it: "…, a déclaré X.", "…, he said.", "…, a-t-il ajouté."',
    examples: [ex('en', 'Talks will resume in May, Warner told reporters who had waited outside.')],
    apply: (c) => {
      const { cue, s, sentence, finder } = c;
      // A participle ("…, saying that …") takes the sentence's subject (reported.cue-subject).
      if (isParticiple(cue)) return null;
      // (Only the end of the text before the cue is read: an end-anchored pattern over a whole long
      // sentence is tried at every position.)
      // (Not before a complementiser: "…, suggested that the President change his diet." reports what follows.)
      const trailing = c.after.length <= 80 && /^[\s\p{L}\p{M}.'’-]{0,60}[.!?…]?\s*$/u.test(c.after) && !COMPLEMENTISER_START.test(c.after) && /[,–—]\s*$/u.test(withoutLastWords(sentence.slice(Math.max(0, cue.start - s.start - 120), cue.start - s.start), 3));
      if (!trailing) return null;
      // The subject of a trailing cue sits after the comma that closes the reported content.
      const head = sentence.slice(0, cue.start - s.start);
      const comma = Math.max(head.lastIndexOf(','), head.lastIndexOf('–'), head.lastIndexOf('—'));
      let found: Sourced | null;
      if (cue.pronoun) {
        noteFired('source.pronoun-antecedent');
        found = { speaker: finder.antecedent(cue.start, c.lastSpeaker, true, pronounGender(cue.text)), trace: ['source.pronoun-antecedent'] };
      } else {
        const subject = finder.subject(s.start + comma + 1, cue.start, c.lastSpeaker);
        found = (subject?.speaker ? subject : null) ?? sourceAfterCue(finder, cue, s.end);
      }
      // "La CNIL, qui …, a demandé des garanties" only looks like a trailing cue: without a speaker
      // there, read the cue as an ordinary one.
      return found?.speaker ? attribution(found, cue, 'reported.trailing-cue') : null;
    },
  },
  {
    id: 'reported.complementiser',
    lang: 'fr+en',
    why: 'A cue followed by "que"/"that" or a colon reports the clause after it; its subject is the speaker ("X a affirmé que …", "X said that …").',
    examples: [ex('fr', 'Le ministre a affirmé que les troupes resteraient sur place.'), ex('en', 'The minister said that the troops would stay.')],
    apply: (c) => (COMPLEMENTISER[c.lang].test(c.after) ? attribution(cueSubject(c), c.cue, 'reported.complementiser') : null),
  },
  {
    id: 'reported.parenthetical',
    lang: 'fr+en',
    why: 'A parenthetical or inverted cue after a comma: "The combination, say economists, marks …", "…, say the researchers."',
    examples: [ex('en', 'The combination, say economists, marks a turning point for the bank.')],
    apply: (c) => {
      if (isParticiple(c.cue) || !/[,–—]\s*$/u.test(c.sentence.slice(0, c.cue.start - c.s.start))) return null;
      // A parenthetical cue is followed by its source and then a comma or the end: ", say economists,"
      // — not by a clause ("…, R-Texas, said Epstein's death is a symptom").
      const tail = /^[^,.;:!?]*/u.exec(c.after)?.[0] ?? '';
      if (FINITE_VERB.test(tail)) return null;
      const found = sourceAfterCue(c.finder, c.cue, c.s.end);
      return found ? attribution(found, c.cue, 'reported.parenthetical') : null;
    },
  },
  {
    id: 'reported.agentless-passive',
    lang: 'fr+en',
    why: '"The participants were asked to say …": an agentless passive cue reports with no speaker.',
    examples: [ex('en', 'The participants were asked to say whether the dots moved left or right.')],
    apply: (c) => (c.finder.isPassive(c.s.start, c.cue.start) && !/^\s*(?:par|by)\s/iu.test(c.after) ? { speaker: null, cue: c.cue.text, trace: ['reported.agentless-passive', c.cue.rule] } : null),
  },
  {
    id: 'reported.cue-subject',
    lang: 'fr+en',
    why: 'Any other reporting verb with a subject: "X has urged …", "Airlines fear …", "Trump has called for …".',
    examples: [ex('en', 'Airlines have warned the new rules will raise fares across Europe.')],
    apply: (c) => {
      const found = cueSubject(c);
      return found?.speaker ? attribution(found, c.cue, 'reported.cue-subject') : null;
    },
  },
]);

/**
 * Every attribution the rules yield for a sentence that reports speech, in the order the rules are
 * read (the first is the rules' own choice): the candidates the speaker scorer chooses from. Cached
 * per sentence and last speaker: a sentence is read for its own claim and again before each quote
 * that follows it.
 */
export function reportedCandidates(finder: SpeakerFinder, sentence: string, s: Sentence, lang: Lang, lastSpeaker: string | null): Fired<Attribution>[] {
  const key = `reported:${s.start}:${s.end}:${lastSpeaker ?? ''}:${finder.stateKey()}`;
  const cached = finder.memo.get(key) as Fired<Attribution>[] | undefined;
  if (cached) return cached;
  const out: Fired<Attribution>[] = [];
  if (mayReport(finder, s, sentence)) {
    const c: SentenceContext = { lang, finder, s, sentence, lastSpeaker };
    out.push(...REPORTED_SENTENCE_RULES.all(c));
    finder.cuesIn(s.start, s.end, 6).forEach((cue, i) => {
      const cc: CueContext = { lang, finder, s, sentence, lastSpeaker, cue, after: sentence.slice(cue.end - s.start), subject: undefined };
      for (const f of REPORTED_CUE_RULES.all(cc)) out.push({ rule: f.rule, value: f.value, rank: 10 * (i + 1) + f.rank });
    });
  }
  finder.memo.set(key, out);
  return out;
}

/** A reporting cue that governs a reported clause in this sentence, with its speaker and rules: the rules' first choice (cached like the candidates). */
export function reportedIn(finder: SpeakerFinder, sentence: string, s: Sentence, lang: Lang, lastSpeaker: string | null): Attribution | null {
  const key = `reported-first:${s.start}:${s.end}:${lastSpeaker ?? ''}:${finder.stateKey()}`;
  if (finder.memo.has(key)) return finder.memo.get(key) as Attribution | null;
  let found: Attribution | null = null;
  if (mayReport(finder, s, sentence)) {
    const c: SentenceContext = { lang, finder, s, sentence, lastSpeaker };
    found = REPORTED_SENTENCE_RULES.first(c)?.value ?? null;
    for (const cue of found ? [] : finder.cuesIn(s.start, s.end, 6)) {
      const cc: CueContext = { lang, finder, s, sentence, lastSpeaker, cue, after: sentence.slice(cue.end - s.start), subject: undefined };
      found = REPORTED_CUE_RULES.first(cc)?.value ?? null;
      if (found) break;
    }
  }
  finder.memo.set(key, found);
  return found;
}
