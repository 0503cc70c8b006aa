// Claims: direct quotes with their speaker and cue, reported speech ("selon X", "X a affirmé que",
// "X said that"), and actions whose reason the text states.
import type { Claim } from './types';
import type { Sentence } from '../text/sentences';
import type { EntityTable } from './entities';
import type { QuoteSpan } from './quotes';
import { rationaleCandidates } from './rationale';
import { chooseRationale } from './model/rationale-scorer';
import { cueClauses } from './claim-clauses';
import { SpeakerFinder, sourced, type Attribution } from './speakers';
import { tokenize, type TokenizedText } from '../text/tokens';
import { QUOTE_RULES, UNSPOKEN_QUOTE_RULES } from './rules/quote-rules';
import { reportedCandidates, reportedIn } from './rules/reported-rules';
import { chooseSpeaker } from './model/speaker-scorer';
import { ACTION_VETOES } from './rules/action-rules';

const round = (x: number): number => Math.round(x * 1000) / 1000;
import { defineRule, noteFired } from './rules/engine';
import { participleEndings } from './lexicon/participles';

/**
 * A sentence a quote runs past ("Mr Cohen told The Sun: “It all started …. …”") is the claim of the
 * direct quote whose text it opens, from this many characters (fewer say too little to tell which).
 */
const MIN_SPANNED_SENTENCE = 24;

/** Quotes of this many words or fewer with no reporting cue are scare quotes or quoted terms, not claims. */
const SCARE_QUOTE_WORDS = 3;
const MAX_CLAIM_TEXT = 1500;
/** Reported-speech rules explicit enough to read in a headline: a closing cue, a cue with "that"/« que ». */
const TITLE_REPORTS = new Set(['reported.closing-cue', 'reported.complementiser']);
/** Characters around a quote its speaker and reason are looked for in (a sentence can run for pages). */
const NEAR_QUOTE = 1000;



function sentenceIndexAt(sentences: Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function sentenceAt(sentences: Sentence[], pos: number): Sentence | null {
  return sentences[sentenceIndexAt(sentences, pos)] ?? null;
}

const NEGATION = /(?<![\p{L}])(?:n['’]|ne\s|jamais|not|never|n['’]t|declined)(?![\p{L}])/iu;
/** Longer "sentences" are lists or unpunctuated text, not a statement: not searched for reported speech. */
const MAX_SENTENCE_CHARS = 2000;

/** Sentences looked back over for a source named in reported speech since the last quote. */
const REPORTED_LOOKBACK = 3;

/**
 * The source of the latest reported-speech sentence between the last quote (`after`) and the quote's
 * sentence `si`, in the same or the previous paragraph: "Jacques Barrot said that the changes were
 * necessary. “The boom …”" continues Barrot, not the speaker of an earlier quote.
 */
function recentReported(finder: SpeakerFinder, text: string, sentences: Sentence[], si: number, after: number, lang: 'fr' | 'en', lastSpeaker: string | null): { speaker: string; pos: number } | null {
  const para = sentences[si]?.para ?? 0;
  for (let i = si - 1; i >= 0 && i >= si - REPORTED_LOOKBACK; i--) {
    const s = sentences[i] as Sentence;
    if (s.start < after || para - s.para > 1) break;
    if (s.end - s.start > MAX_SENTENCE_CHARS) continue;
    const sentence = text.slice(s.start, s.end);
    const found = reportedIn(finder, sentence, s, lang, lastSpeaker);
    // "La France n'a jamais indiqué que …" does not make France the one who speaks next.
    if (found?.speaker && !NEGATION.test(sentence.slice(0, Math.max(0, sentence.indexOf(found.cue ?? ''))))) return { speaker: found.speaker, pos: s.end };
  }
  return null;
}

/** The position right after the last of `marks` in `s` (0 when none): where the clause or sentence before a point begins. */
function afterLastOf(s: string, marks: string): number {
  let last = -1;
  for (const mark of marks) last = Math.max(last, s.lastIndexOf(mark));
  return last + 1;
}

/** The words of a quote's inner text (as tokenize counts them), read from the text's tokens. */
function innerWords(finder: SpeakerFinder, text: string, q: QuoteSpan): number {
  const at = text.indexOf(q.inner, q.open + 1);
  if (at < 0) return tokenize(q.inner).filter((t) => t.word).length;
  return finder.sliceWordCount(at, at + q.inner.length);
}

/** Attribute each quote to a speaker; quotes with no cue continue the last speaker ("floating" quotes). */
export function attributeQuotes(text: string, sentences: Sentence[], quotes: QuoteSpan[], t: EntityTable, titleEnd: number, lang: 'fr' | 'en', tokens?: TokenizedText): Claim[] {
  const finder = new SpeakerFinder(text, t, lang, quotes, tokens);
  const out: Claim[] = [];
  let last: { speaker: string; para: number; end: number } | null = null;
  let previous: { quote: QuoteSpan; claim: Claim | null } | null = null;
  const reasonsGiven = new Set<number>();

  quotes.slice(0, 2000).forEach((q, qi) => {
    const s1 = sentenceAt(sentences, q.open);
    const s2 = sentenceAt(sentences, Math.max(q.open, q.close - 1));
    const sentStart = s1 ? s1.start : q.open;
    const sentEnd = Math.max(s2 ? s2.end : q.close, q.close);
    const para = s1?.para ?? -1;
    const sameSentence = previous !== null && previous.quote.close > sentStart;
    const clauseStart = sameSentence && previous ? previous.quote.close : sentStart;
    const next = quotes[qi + 1];
    const afterLimit = next && next.open < sentEnd ? next.open : sentEnd;
    // "“… in grocery?” Forte said.": after a quote that ends its sentence, the cue may open the next one.
    const following = sentences[sentenceIndexAt(sentences, Math.max(q.open, q.close - 1)) + 1];
    const cueLimit = afterLimit === sentEnd && !/\S/u.test(text.slice(q.close, sentEnd)) && following && following.para === para && (!next || next.open >= following.end)
      ? following.end
      : afterLimit;
    let lastSpeaker = last && para - last.para <= 2 ? last.speaker : null;
    // A source named in reported speech since the last quote takes over from its speaker.
    const reported = sameSentence ? null : recentReported(finder, text, sentences, sentenceIndexAt(sentences, q.open), Math.max(last?.end ?? 0, previous?.quote.close ?? 0, titleEnd), lang, lastSpeaker);
    if (reported) {
      lastSpeaker = reported.speaker;
      last = { speaker: reported.speaker, para: sentenceAt(sentences, reported.pos - 1)?.para ?? para, end: reported.pos };
      finder.noteSpeaker(reported.speaker, reported.pos);
    }

    const context = { lang, finder, text, q, clauseStart, sentStart, sentEnd, afterLimit, cueLimit, lastSpeaker, previous: sameSentence ? (previous?.claim ?? null) : null };
    // A quote nobody is said to have spoken (a quoted charge) has no speaker: no rule or scorer is asked.
    const unspoken = UNSPOKEN_QUOTE_RULES.first(context);
    const fired = unspoken ? [] : QUOTE_RULES.all(context);
    const found = unspoken?.value ?? fired[0]?.value ?? null;

    let attribution: Attribution = found ?? { speaker: null, cue: null, trace: [] };
    // A whole quoted sentence ("“There’s collective amnesia.”") is a statement however short.
    const sentenceLike = /^\p{Lu}/u.test(q.inner) && /[.!?…]$/u.test(q.inner);
    const innerCount = innerWords(finder, text, q);
    const words = sentenceLike ? Math.max(innerCount, SCARE_QUOTE_WORDS + 1) : innerCount;
    if (!found) {
      const standsAlone = !/\p{L}/u.test(text.slice(clauseStart, q.open));
      const carried = q.open >= titleEnd ? finder.antecedent(q.open, last && para - last.para <= 1 ? last.speaker : null, false) : null;
      const near = last && para - last.para <= 1 ? last.speaker : null;
      if (words > SCARE_QUOTE_WORDS && standsAlone && carried && q.open >= titleEnd) {
        noteFired('quote.carried');
        attribution = { speaker: carried, cue: null, trace: ['quote.carried'] };
      } else if (words > SCARE_QUOTE_WORDS && near && q.open >= titleEnd) {
        // A quote inside a sentence with no reporting cue ("Le braqueur était « à l'isolement »")
        // still comes from the source the paragraph is quoting.
        noteFired('quote.paragraph-source');
        attribution = { speaker: near, cue: null, trace: ['quote.paragraph-source'] };
      } else if (words <= SCARE_QUOTE_WORDS) {
        noteFired('quote.scare-quote');
        previous = { quote: q, claim: null };
        return;
      }
    }
    const si = sentenceIndexAt(sentences, q.open);
    const before = sentences[si - 1];
    // The scorers read the quote's surroundings, not a whole runaway "sentence" (a page of one paragraph).
    const near = { start: Math.max(sentStart, q.open - NEAR_QUOTE), end: Math.min(sentEnd, q.close + NEAR_QUOTE) };
    const choice = unspoken
      ? { attribution, score: null }
      : chooseSpeaker(
          { lang, finder, kind: 'direct', start: near.start, end: near.end, quote: { open: q.open, close: q.close }, previousStart: before && para - before.para <= 1 ? before.start : -1, lastSpeaker },
          fired,
          found ? null : attribution,
        );
    attribution = choice.attribution;
    if (attribution.speaker) {
      last = { speaker: attribution.speaker, para, end: q.close };
      finder.noteSpeaker(attribution.speaker, q.close);
    }
    const inner = q.inner.slice(0, 2000);
    // The reason may be in the quote or in the reporting clause around it ("…», a-t-il dit, invoquant …").
    // Searching to the end of the sentence keeps a reason that runs past the closing mark whole;
    // a sentence's reason is given to its first quote only.
    const reasonTaken = sameSentence && previous?.claim?.rationale;
    // The reason nearest the quote: from its own clause (after the last comma before it), else from
    // its own sentence (text glued after a full stop is another sentence), to the end of the sentence.
    const lead = text.slice(sentStart, q.open);
    const clauseFrom = afterLastOf(lead, ',;:.!?');
    const sentenceFrom = afterLastOf(lead, '.!?');
    const sentence = text.slice(sentStart, sentEnd);
    const searched = sentence.slice(0, Math.min(sentence.length, Math.max(clauseFrom, q.close - sentStart) + NEAR_QUOTE));
    let reasons = reasonTaken ? [] : rationaleCandidates(searched, lang, false, clauseFrom);
    if (!reasonTaken && reasons.length === 0 && sentenceFrom < clauseFrom) reasons = rationaleCandidates(searched, lang, false, sentenceFrom);
    const reasonChoice = chooseRationale({ lang, kind: 'direct', text: searched, quote: { open: q.open - sentStart, close: q.close - sentStart } }, reasons);
    const found0 = reasonChoice.rationale;
    // A reason is given once, even when quotes spanning several sentences reach it again.
    const r = found0 && !reasonsGiven.has(sentStart + found0.index) ? found0 : null;
    if (r) reasonsGiven.add(sentStart + r.index);
    const claim: Claim = {
      kind: 'direct',
      quote: inner,
      speaker: attribution.speaker,
      cue: attribution.cue,
      text: text.slice(sentStart, sentEnd).slice(0, MAX_CLAIM_TEXT),
      rationale: r?.rationale ?? null,
      rationaleCue: r?.cue ?? null,
      trace: ['claim.direct', ...attribution.trace, ...(r?.trace ?? [])],
      ...(choice.score !== null ? { speakerScore: round(choice.score) } : {}),
      ...(r && reasonChoice.score !== null ? { rationaleScore: round(reasonChoice.score) } : {}),
    };
    out.push(claim);
    previous = { quote: q, claim };
  });
  return out;
}

/** Reported speech and actions with a stated reason, sentence by sentence (body only). */
export function findReported(text: string, sentences: Sentence[], quotes: QuoteSpan[], t: EntityTable, titleEnd: number, lang: 'fr' | 'en', direct: Claim[], tokens?: TokenizedText): Claim[] {
  const finder = new SpeakerFinder(text, t, lang, quotes, tokens);
  const out: Claim[] = [];
  const usedRationales = new Set(direct.map((c) => c.rationale).filter(Boolean));
  // The first direct claim of each sentence text (a look-up per sentence, not a scan of every claim).
  const directOf = new Map<string, Claim>();
  for (const c of direct) if (!directOf.has(c.text)) directOf.set(c.text, c);
  // (Their lengths first: most sentences hold no quote, and a length is compared without hashing the sentence.)
  const directLengths = new Set(direct.map((c) => c.text.length));
  let lastSpeaker: string | null = null;
  sentences.forEach((whole, wi) => {
    // The title is read for reported speech with an explicit cue only ("…, Fahmi clarifies",
    // "X says Y"): no act or reason is taken from a headline.
    const inTitle = whole.start < titleEnd;
    const wholeText = text.slice(whole.start, whole.end);
    if (wholeText.length > MAX_SENTENCE_CHARS) return;
    const directHere =
      (directLengths.has(wholeText.length) ? directOf.get(wholeText) : undefined) ??
      (wholeText.length >= MIN_SPANNED_SENTENCE && finder.quoteRunsPast(whole.start, whole.end) ? direct.find((c) => c.text.length > wholeText.length && c.text.startsWith(wholeText)) : undefined);
    // (The sentence's quote speaks last: « Le locataire de la Maison Blanche a affirmé qu'il n'avait
    // "aucun symptôme". Il a précisé … » goes on with him, not with a name before.)
    if (directHere?.speaker) {
      lastSpeaker = directHere.speaker;
      finder.noteSpeaker(directHere.speaker, whole.end);
    }
    for (const s of cueClauses(finder, whole)) {
      const sentence = text.slice(s.start, s.end);
      // A clause holding a direct quote is that quote's claim already.
      if (directHere && finder.quoteIn(s.start, s.end)) continue;
      // A sentence that opens inside a quote is the rest of that quote ("…sanctions.Si nous … », a-t-il estimé").
      if (finder.inQuote(s.start)) continue;
      // "Forte said." alone is the cue of the quote before it, not a claim.
      if (finder.countWords(s.start, s.end) <= 3) continue;
      // In the body every rule's candidate is wanted when one yields, and the first candidate is
      // what reportedIn would find: the rules are read once. (A title is read for its first cue only.)
      const all = inTitle ? null : reportedCandidates(finder, sentence, s, lang, lastSpeaker);
      let found: Attribution | null = all ? (all[0]?.value ?? null) : reportedIn(finder, sentence, s, lang, lastSpeaker);
      if (inTitle && !(found && TITLE_REPORTS.has(found.trace[0] ?? ''))) continue;
      let speakerScore: number | null = null;
      if (found) {
        const candidates = all ?? reportedCandidates(finder, sentence, s, lang, lastSpeaker);
        const before = sentences[wi - 1];
        const choice = chooseSpeaker(
          { lang, finder, kind: 'indirect', start: s.start, end: s.end, quote: null, previousStart: before && whole.para - before.para <= 1 ? before.start : -1, lastSpeaker },
          candidates,
          null,
        );
        found = choice.attribution;
        speakerScore = choice.score;
      }
      const reasonChoice = chooseRationale({ lang, kind: found ? 'indirect' : 'action', text: sentence, quote: null }, rationaleCandidates(sentence, lang, !found));
      const r = reasonChoice.rationale;
      const rationale = r && !usedRationales.has(r.rationale) ? r : null;
      if (rationale) usedRationales.add(rationale.rationale);
      if (found) {
        if (found.speaker) {
          lastSpeaker = found.speaker;
          finder.noteSpeaker(found.speaker, s.end);
        }
        noteFired('claim.indirect');
        out.push({ kind: 'indirect', quote: null, speaker: found.speaker, cue: found.cue, text: sentence, rationale: rationale?.rationale ?? null, rationaleCue: rationale?.cue ?? null, trace: ['claim.indirect', ...found.trace, ...(rationale?.trace ?? [])], ...(speakerScore !== null ? { speakerScore: round(speakerScore) } : {}), ...(rationale && reasonChoice.score !== null ? { rationaleScore: round(reasonChoice.score) } : {}) });
      } else if (rationale?.strong && !ACTION_VETOES.any({ lang, before: clauseBefore(sentence, rationale.index), reasonRule: rationale.trace[0] ?? '' })) {
        const agent = actionAgent(finder, s, s.start + rationale.index, lastSpeaker);
        noteFired('claim.action');
        out.push({ kind: 'action', quote: null, speaker: agent?.speaker ?? null, cue: rationale.cue, text: sentence, rationale: rationale.rationale, rationaleCue: rationale.cue, trace: ['claim.action', ...(agent?.trace ?? []), ...rationale.trace], ...(reasonChoice.score !== null ? { rationaleScore: round(reasonChoice.score) } : {}) });
      }
    }
  });
  return out;
}

/** The clause before a reason's cue at `index` of `sentence`: from the last comma, dash, semicolon or relative pronoun. */
function clauseBefore(sentence: string, index: number): string {
  const head = sentence.slice(0, index);
  const breaks = [...head.matchAll(/[,;:–—]|(?<![\p{L}])(?:who|which|that|qui|que|qu['’])(?![\p{L}])/giu)];
  const last = breaks[breaks.length - 1];
  return last ? head.slice((last.index ?? 0) + last[0].length) : head;
}

/** Participles of a passive: the French in -é, -is, -u and the English in -ed, -en (« été utilisés », "was taken"). */
const PASSIVE_PARTICIPLE = participleEndings('frE', 'frIs', 'frU', 'enEd', 'enEn');
/** A "be" form, at most two words, and a participle ending the text, maybe with one adverb after it
 * (« sont autorisées uniquement pour », "was designed specifically to"): an agentless passive. */
const AGENTLESS_PASSIVE_END = new RegExp(`(?<![\\p{L}])(?:est|sont|été|être|sera|seront|was|were|is|are|been|be)\\s+(?:\\p{L}+\\s+){0,2}?\\p{L}+(?:${PASSIVE_PARTICIPLE})(?:\\s+(?:\\p{L}{3,}(?:ment|ly)|only))?\\s*$`, 'iu');
/** A passive and its agent: « a été remis … par », "was taken … by". */
const PASSIVE_WITH_AGENT = new RegExp(`(?<![\\p{L}])(?:été|être|est|sont|was|were|been|be|is|are)\\s+(?:\\p{L}+\\s+){0,2}?\\p{L}+(?:${PASSIVE_PARTICIPLE})\\s+(?:[^,;]{0,40}?\\s)?(par|by)\\s`, 'iu');
/** A participle with no auxiliary and its agent, a few words before the end: « la structure créée par Carlos Ghosn ». */
const REDUCED_RELATIVE_AGENT = new RegExp(`(?<![\\p{L}])(\\p{L}+(?:${participleEndings('frE', 'enEd')})\\s+(?:par|by)\\s)(?:[\\p{L}’'.-]+\\s+){0,4}$`, 'iu');

/**
 * Who acts in a sentence whose reason is stated: the agent of a passive ("remis … par le Premier
 * ministre … pour"), else a name heading the sentence ("The Polaris motored out of Fisherman’s
 * Terminal … to begin"), else the subject right before the reason.
 */
function actionAgent(finder: SpeakerFinder, s: Sentence, pos: number, lastSpeaker: string | null): { speaker: string | null; trace: string[] } | null {
  const head = finder.text.slice(s.start, pos);
  // "Le nombre de tests quotidiens est limité pour …": a passive with no agent right before the
  // reason names nobody (even after an earlier passive with one: « il avait été marqué par le
  // naufrage …, lors duquel des cheveux avaient été utilisés pour »).
  if (AGENTLESS_PASSIVE_END.test(head.trimEnd())) {
    noteFired('source.action-agentless');
    return { speaker: null, trace: ['source.action-agentless'] };
  }
  const passive = PASSIVE_WITH_AGENT.exec(head);
  // « la structure créée par Carlos Ghosn pour incarner »: a participle and its agent right before the reason.
  const reduced = passive ? null : REDUCED_RELATIVE_AGENT.exec(head);
  const agentAt = passive ? passive.index + passive[0].length : reduced ? reduced.index + (reduced[1] as string).length : -1;
  if (agentAt >= 0) {
    const agent = sourced(finder.agentPhrase(s.start + agentAt, pos, true), 'source.action-agent');
    if (agent) return agent;
  }
  // « Pour freiner cette exploitation, le gouvernement birman a imposé … », "To answer this, the
  // scientists asked …": a purpose heading the sentence belongs to the main clause after its comma.
  if (!/\p{L}/u.test(head)) {
    const comma = finder.text.indexOf(',', pos);
    if (comma > 0 && comma < s.end) {
      const after = finder.sentenceSubject(comma + 1, s.end) ?? finder.subjectPhrase(comma + 1, finder.verbGroupAt(comma + 1, s.end));
      return sourced(after, 'source.action-main-clause');
    }
    return null;
  }
  // The subject stands before the verb of the reason's clause, not after it: "the human rights
  // organization Safeguard Defenders identified several dozen secret Chinese police stations … to"
  // is not the stations' act. (The clause runs from its last comma or dash; none, the sentence.)
  const breaks = [...head.matchAll(/[,;–—]\s*\p{L}/gu)];
  const clauseStart = s.start + (breaks.at(-1)?.index ?? 0);
  return sourced(finder.sentenceSubject(s.start, pos), 'source.action-head') ?? finder.subject(s.start, finder.firstVerbAt(clauseStart, pos, clauseStart > s.start ? 0 : 1), lastSpeaker);
}


defineRule('claim', { id: 'claim.direct', lang: 'fr+en', why: 'A quotation with letters inside its marks, not a scare quote, is a direct claim.', examples: [{ lang: 'en', text: '“We will win this war,” the president said.' }] });
defineRule('claim', { id: 'claim.indirect', lang: 'fr+en', why: 'A clause that a reporting rule attributes (rules/reported-rules.ts) is an indirect claim.', examples: [{ lang: 'fr', text: 'Le ministre a affirmé que les troupes resteraient sur place.' }] });
defineRule('claim', { id: 'claim.action', lang: 'fr+en', why: 'A sentence with no reported speech whose strong rationale cue states why something was done is an action claim.', examples: [{ lang: 'en', text: 'The company closed the plant, citing falling demand for its cars.' }] });
defineRule('quote', { id: 'quote.carried', lang: 'fr+en', why: 'A quote standing alone as its sentence, with no cue, continues the person last quoted or introduced ("floating" quotes).', examples: [{ lang: 'en', text: 'Mark Warner spoke on Monday. “We will keep going,” he said. “The gains are real.”' }] });
defineRule('quote', { id: 'quote.paragraph-source', lang: 'fr+en', why: 'A quote inside a sentence with no reporting cue comes from the source the paragraph is quoting ("Le braqueur était « à l’isolement »").', examples: [{ lang: 'fr', text: 'La ministre Nicole Belloubet a répondu aux questions des députés. Le braqueur était alors, dit-on, « à l’isolement total depuis des mois ».' }] });
defineRule('quote', { id: 'quote.scare-quote', lang: 'fr+en', why: 'A quote of three words or fewer with no cue is a scare quote or a quoted term, not a claim.', examples: [{ lang: 'en', text: 'The so-called “smart fence” was built along the border in 2019.' }] });
