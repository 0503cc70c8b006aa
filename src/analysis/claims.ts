// Claims: direct quotes with their speaker and cue, reported speech ("selon X", "X a affirmé que",
// "X said that"), and actions whose reason the text states.
import type { Claim } from './types';
import type { Sentence } from '../text/sentences';
import type { EntityTable } from './entities';
import type { QuoteSpan } from './quotes';
import { findRationale } from './rationale';
import { CLAIM_NOUNS, cueClauses, nominalCue } from './claim-clauses';
import { HONORIFICS, isOrgNoun, isParticiple, isRoleNoun, SpeakerFinder, type Attribution, type Cue } from './speakers';
import { tokenize, type TokenizedText } from '../text/tokens';
import { words } from './lexicon/word-classes';

/** Quotes of this many words or fewer with no reporting cue are scare quotes or quoted terms, not claims. */
const SCARE_QUOTE_WORDS = 3;
/** At most this many words (names, pronouns, adverbs) between a quote and a trailing cue ("», a-t-il dit"). */
const TRAILING_CUE_WORDS = 5;
const MAX_CLAIM_TEXT = 1500;

const GAP_WORDS = words('gap-word');


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
  for (let i = s.length - 1; i >= 0; i--) if (marks.includes(s[i] as string)) return i + 1;
  return 0;
}

function wordCount(s: string): number {
  return tokenize(s).filter((t) => t.word).length;
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

    const found =
      trailingCue(finder, text, q, cueLimit, lastSpeaker) ??
      selon(finder, clauseStart, q, afterLimit, lastSpeaker) ??
      leadingCue(finder, text, clauseStart, sentStart, q, lastSpeaker) ??
      finalCue(finder, text, q.close, afterLimit, lastSpeaker) ??
      (sameSentence && previous?.claim?.speaker ? { speaker: previous.claim.speaker, cue: previous.claim.cue } : null) ??
      embeddedInClause(finder, clauseStart, q, lastSpeaker);

    let attribution: Attribution = found ?? { speaker: null, cue: null };
    // A whole quoted sentence ("“There’s collective amnesia.”") is a statement however short.
    const sentenceLike = /^\p{Lu}/u.test(q.inner) && /[.!?…]$/u.test(q.inner);
    const words = sentenceLike ? Math.max(wordCount(q.inner), SCARE_QUOTE_WORDS + 1) : wordCount(q.inner);
    if (!found) {
      const standsAlone = !/\p{L}/u.test(text.slice(clauseStart, q.open));
      const carried = q.open >= titleEnd ? finder.antecedent(q.open, last && para - last.para <= 1 ? last.speaker : null, false) : null;
      const near = last && para - last.para <= 1 ? last.speaker : null;
      if (words > SCARE_QUOTE_WORDS && standsAlone && carried && q.open >= titleEnd) {
        attribution = { speaker: carried, cue: null };
      } else if (words > SCARE_QUOTE_WORDS && near && q.open >= titleEnd) {
        // A quote inside a sentence with no reporting cue ("Le braqueur était « à l'isolement »")
        // still comes from the source the paragraph is quoting.
        attribution = { speaker: near, cue: null };
      } else if (words <= SCARE_QUOTE_WORDS) {
        previous = { quote: q, claim: null };
        return;
      }
    }
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
    const found0 = reasonTaken ? null : (findRationale(sentence, lang, false, clauseFrom) ?? (sentenceFrom < clauseFrom ? findRationale(sentence, lang, false, sentenceFrom) : null));
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
    };
    out.push(claim);
    previous = { quote: q, claim };
  });
  return out;
}

/** "« … », a déclaré X" / "“…,” said X" / "“…,” Smith said" / "« … », a-t-il ajouté". */
function trailingCue(finder: SpeakerFinder, text: string, q: QuoteSpan, limit: number, lastSpeaker: string | null): Attribution | null {
  const cue = finder.cuesIn(q.close, Math.min(limit, q.close + 160), 1)[0];
  // "…", jugeant …' / '…", calling it …': a participle takes the sentence's subject, found before the quote.
  if (!cue || isParticiple(cue)) return null;
  const gapText = text.slice(q.close, cue.start);
  const punctuated = /^\s*[,–—-]/u.test(gapText) || /[,!?…]$/u.test(q.inner) || /[,!?…]\s*$/u.test(text.slice(q.close - 3, q.close));
  if (!punctuated) return null;
  const names = finder.mentionsIn(q.close, cue.start);
  let rest = gapText;
  for (const m of names) rest = rest.replace(m.surface, ' ');
  const gapWords = tokenize(rest).filter((w) => w.word);
  const named = names[names.length - 1];
  // "“…,” Ryanair deputy chief executive Michael Cawley told …": a name right before the cue is its
  // subject whatever titles precede it, as long as the gap stays one short noun phrase; so is a name
  // in apposition ("“…,” her mother, Fiona, wrote").
  const apposed = !!named && /^\s*,\s*$/u.test(text.slice(named.end, cue.start)) && finder.isPerson(named) && !/(?<![\p{L}])(?:qui|who|which|que|that)(?![\p{L}])/iu.test(text.slice(q.close, named.start));
  if (named && (apposed || /^\s*$/u.test(text.slice(named.end, cue.start))) && gapWords.length <= 8 && !/[.;:!?"“”«»]/u.test(gapText.replace(/^\s*[,–—-]/u, ''))) {
    return { speaker: finder.name(named), cue: cue.text };
  }
  if (gapWords.length > TRAILING_CUE_WORDS || gapWords.some((w) => !GAP_WORDS.has(w.lower) && !HONORIFICS.has(w.lower) && !isRoleNoun(w.lower) && !isOrgNoun(w.lower))) return null;
  const pronoun = cue.pronoun || gapWords.some((w) => /^(il|elle|ils|elles|he|she|they|we)$/u.test(w.lower));
  // "“…,” it said", "“…,” the ministry said": the organisation last speaking or named.
  if (!names.length && !pronoun && gapWords.some((w) => w.lower === 'it' || isOrgNoun(w.lower))) {
    return { speaker: finder.orgAntecedent(q.open, lastSpeaker), cue: cue.text };
  }
  if (named) return { speaker: finder.name(named), cue: cue.text };
  if (pronoun) return { speaker: finder.antecedent(q.open, lastSpeaker), cue: cue.text };
  return { speaker: finder.nameAfter(cue.end, Math.max(limit, cue.end)), cue: cue.text };
}

const FINITE_VERB = /(?<![\p{L}])(?:is|are|was|were|be|been|has|have|had|will|would|could|should|est|sont|était|étaient|sera|ont|avait|avaient|serait)(?![\p{L}])/iu;

/**
 * A cue that closes the sentence after a comma governs all of it: "…, a indiqué Josep Borrell.",
 * "“…” to hold up on their plans, Indyk said.", "…, says Biden".
 */
function finalCue(finder: SpeakerFinder, text: string, from: number, to: number, lastSpeaker: string | null): Attribution | null {
  const end = to - (/\s*$/u.exec(text.slice(from, to))?.[0].length ?? 0);
  const cue = finder.cuesIn(Math.max(from, end - 100), end, 4).at(-1);
  if (!cue || isParticiple(cue)) return null;
  const tail = text.slice(cue.end, end);
  // After the cue only its subject or an adverbial: "said Tom Forte", not "said were a result".
  if (!/^[\s\p{L}\p{M}.'’-]{0,60}[.!?…]?\s*$/u.test(tail) || FINITE_VERB.test(tail)) return null;
  const lead = /[,–—]\s*((?:[\p{L}\p{M}’'.-]+\s+){0,4})$/u.exec(text.slice(Math.max(from, cue.start - 80), cue.start));
  // "…, won the freedom to preach freely": an infinitive is no closing cue.
  if (!lead || /(?<![\p{L}])(?:to|de|d['’])\s*$/iu.test(text.slice(Math.max(from, cue.start - 4), cue.start))) return null;
  const subjectStart = cue.start - (lead[1]?.length ?? 0);
  const speaker = cue.pronoun ? finder.antecedent(cue.start, lastSpeaker) : (finder.subjectBefore(subjectStart, cue.start, lastSpeaker) ?? finder.apposedSubject(from, cue.start) ?? sourceAfterCue(finder, cue, to));
  return speaker ? { speaker, cue: cue.text } : null;
}

/** Participles that name the source being quoted. */
const CITING = /(?<![\p{L}])(citant|citing|quoting)(?![\p{L}])/giu;

/** English verbs of telling: the name right after them is the addressee ("told Reuters"); French
 *  marks it with « à », so the source may follow (« ont confié à l'AFP plusieurs diplomates »). */
const ADDRESSEE_CUE = /(?:^|\s)(?:told|tells|tell|informed|briefed|assured)$/iu;

/** The source named after an inverted cue ("…, said Tom Forte"), none after a verb of telling ("…, told Reuters"). */
function sourceAfterCue(finder: SpeakerFinder, cue: Cue, limit: number): string | null {
  return ADDRESSEE_CUE.test(cue.text) ? null : finder.nameAfter(cue.end, limit);
}

function selon(finder: SpeakerFinder, clauseStart: number, q: QuoteSpan, limit: number, lastSpeaker: string | null): Attribution | null {
  const found = finder.selonIn(clauseStart, q.open, lastSpeaker) ?? finder.selonIn(q.close, limit, lastSpeaker);
  return found?.speaker ? { speaker: found.speaker, cue: found.cue } : null;
}

/** "X a déclaré : « … »", "X said that “…”", "Pour X, « … »", "X : « … »". */
function leadingCue(finder: SpeakerFinder, text: string, clauseStart: number, sentStart: number, q: QuoteSpan, lastSpeaker: string | null): Attribution | null {
  const cues: Cue[] = finder.cuesIn(clauseStart, q.open);
  const cue = cues[cues.length - 1];
  // "– citant un responsable américain anonyme – que … « … »", "citing a senior official, that …":
  // when the last cue of the sentence before the quote cites a source, the quote is that source's.
  // ("citing" is not in the English lexicon: it is also a reason's cue, "citing security concerns".)
  const citing = [...text.slice(sentStart, q.open).matchAll(CITING)].at(-1);
  const citingEnd = citing ? sentStart + (citing.index ?? 0) + citing[0].length : -1;
  const cited = citing && finder.cuesIn(citingEnd, q.open).length === 0 ? finder.citedSource(citingEnd, q.open) : null;
  if (cited) return { speaker: cited, cue: citing?.[1] ?? null };
  if (cue) {
    const speaker = cue.pronoun
      ? finder.antecedent(q.open, lastSpeaker)
      : (participleSubject(finder, sentStart, cue) ?? finder.subjectBefore(sentStart, cue.start, lastSpeaker) ?? (finder.isPassive(sentStart, cue.start) && !/^\s*(?:par|by)\s/iu.test(text.slice(cue.end, cue.end + 5)) ? null : finder.nameAfter(cue.end, q.open)));
    // A participle whose subject is not found ("…", a-t-elle ajouté, soulignant que … « … »)
    // leaves the quote to the speaker of the sentence's previous quote.
    if (speaker || !isParticiple(cue)) return { speaker, cue: cue.text };
  }
  const before = text.slice(clauseStart, q.open);
  const pour = /^\s*(pour|for)\s/iu.exec(before);
  if (pour && /,\s*$/u.test(before)) {
    const speaker = finder.name(finder.mentionsIn(clauseStart, q.open)[0]);
    if (speaker) return { speaker, cue: pour[1] ?? null };
  }
  if (/:\s*$/u.test(before)) {
    const speaker = finder.headName(clauseStart, q.open);
    if (speaker) return { speaker, cue: null };
  }
  // "Mark Warner called it “the worst piece of legislation”": naming verbs the lexicon leaves out.
  const naming = /\b(called|dubbed|described|termed|branded|labelled|labeled|qualifié|qualifiée|qualifiés|qualifie|traité|traitée|surnommé|surnommée)\s+(?:[\p{L}’'-]+\s+){0,3}(?:as\s+|de\s+|d['’]\s*)?$/iu.exec(before);
  if (naming && naming[1]) {
    const speaker = finder.subjectBefore(sentStart, clauseStart + naming.index, lastSpeaker);
    if (speaker) return { speaker, cue: naming[1] };
  }
  return null;
}

/** "X a dénoncé la mesure, jugeant …", "X left, arguing that …": a participle's subject heads the sentence. */
function participleSubject(finder: SpeakerFinder, sentStart: number, cue: Cue): string | null {
  if (!isParticiple(cue)) return null;
  // "retenues par des soldats iraniens dissidents exigeant …", "held by gunmen demanding …": right
  // after a passive's agent, the participle is the agent's.
  const from = Math.max(sentStart, cue.start - 80);
  const agent = /(?<![\p{L}])(?:par|by)\s+((?:[\p{L}’'-]+\s+){1,5})$/u.exec(finder.text.slice(from, cue.start));
  if (agent?.[1]) return finder.name(finder.mentionsIn(from + agent.index, cue.start)[0]) ?? agent[1].trim();
  return finder.headName(sentStart, cue.start);
}

/** A quote inside a clause with no reporting verb takes the clause's person subject, cue-less. */
function embeddedInClause(finder: SpeakerFinder, clauseStart: number, q: QuoteSpan, lastSpeaker: string | null): Attribution | null {
  const speaker = finder.personSubject(clauseStart, q.open, lastSpeaker);
  return speaker ? { speaker, cue: null } : null;
}

/** Reported speech and actions with a stated reason, sentence by sentence (body only). */
export function findReported(text: string, sentences: Sentence[], quotes: QuoteSpan[], t: EntityTable, titleEnd: number, lang: 'fr' | 'en', direct: Claim[], tokens?: TokenizedText): Claim[] {
  const finder = new SpeakerFinder(text, t, lang, quotes, tokens);
  const out: Claim[] = [];
  const usedRationales = new Set(direct.map((c) => c.rationale).filter(Boolean));
  const quoted = new Set(direct.map((c) => c.text));
  let lastSpeaker: string | null = null;
  for (const whole of sentences) {
    if (whole.start < titleEnd) continue;
    const wholeText = text.slice(whole.start, whole.end);
    if (wholeText.length > MAX_SENTENCE_CHARS) continue;
    const directHere = direct.find((c) => c.text === wholeText);
    if (directHere?.speaker) lastSpeaker = directHere.speaker;
    for (const s of cueClauses(finder, whole)) {
      const sentence = text.slice(s.start, s.end);
      // A clause holding a direct quote is that quote's claim already.
      if (quoted.has(wholeText) && finder.quoteIn(s.start, s.end)) continue;
      // A sentence that opens inside a quote is the rest of that quote ("…sanctions.Si nous … », a-t-il estimé").
      if (finder.inQuote(s.start)) continue;
      // "Forte said." alone is the cue of the quote before it, not a claim.
      if (finder.countWords(s.start, s.end) <= 3) continue;
      const found = reportedIn(finder, sentence, s, lang, lastSpeaker);
      const r = findRationale(sentence, lang, !found);
      const rationale = r && !usedRationales.has(r.rationale) ? r : null;
      if (rationale) usedRationales.add(rationale.rationale);
      if (found) {
        if (found.speaker) {
          lastSpeaker = found.speaker;
          finder.noteSpeaker(found.speaker, s.end);
        }
        out.push({ kind: 'indirect', quote: null, speaker: found.speaker, cue: found.cue, text: sentence, rationale: rationale?.rationale ?? null, rationaleCue: rationale?.cue ?? null });
      } else if (rationale?.strong) {
        const agent = actionAgent(finder, s, s.start + rationale.index, lastSpeaker);
        out.push({ kind: 'action', quote: null, speaker: agent, cue: rationale.cue, text: sentence, rationale: rationale.rationale, rationaleCue: rationale.cue });
      }
    }
  }
  return out;
}

/**
 * Who acts in a sentence whose reason is stated: the agent of a passive ("remis … par le Premier
 * ministre … pour"), else a name heading the sentence ("The Polaris motored out of Fisherman’s
 * Terminal … to begin"), else the subject right before the reason.
 */
function actionAgent(finder: SpeakerFinder, s: Sentence, pos: number, lastSpeaker: string | null): string | null {
  const head = finder.text.slice(s.start, pos);
  const passive = /(?<![\p{L}])(?:été|être|est|sont|was|were|been|be|is|are)\s+(?:\p{L}+\s+){0,2}?\p{L}+(?:é|ée|és|ées|is|ise|u|ue|ed|en)\s+(?:[^,;]{0,40}?\s)?(par|by)\s/iu.exec(head);
  if (passive) {
    const agent = finder.agentPhrase(s.start + passive.index + passive[0].length, pos, true);
    if (agent) return agent;
  }
  return finder.sentenceSubject(s.start, pos) ?? finder.subjectBefore(s.start, pos, lastSpeaker);
}

/** What reported speech without a reporting verb needs: "selon", "according to", "Pour X,", a passive agent, a nominal cue. */
const REPORT_MARKERS = new RegExp(`selon|d['’]après|according to|^\\s*Pour\\s|\\s(?:par|by)\\s|${CLAIM_NOUNS}`, 'iu');

const COMPLEMENTISER = { fr: /^\s*(?:\S+\s+){0,2}?(?:que|qu['’])|^\s*:/iu, en: /^\s*(?:\S+\s+){0,2}?that\b|^\s*:/iu };

/** A reporting cue that governs a reported clause in this sentence, with its speaker. */
function reportedIn(finder: SpeakerFinder, sentence: string, s: Sentence, lang: 'fr' | 'en', lastSpeaker: string | null): Attribution | null {
  // Most sentences hold no reporting verb and none of the other markers below: skip the search.
  if (finder.cuesIn(s.start, s.end, 1).length === 0 && !REPORT_MARKERS.test(sentence)) return null;
  const nominal = nominalCue(finder, s, lastSpeaker);
  if (nominal) return nominal;
  const sel = finder.selonIn(s.start, s.end, lastSpeaker);
  if (sel) return { speaker: sel.speaker, cue: sel.cue };
  // "Pour la ministre, …" / "Pour Mark Warner, …": the opinion of the one named.
  const pour = lang === 'fr' ? /^\s*(Pour)\s+((?:[\p{L}’'-]+\s+){0,4}?[\p{L}’'-]+)\s*,/u.exec(sentence) : null;
  if (pour && pour[1] && pour[2]) {
    const speaker = finder.headName(s.start, s.start + pour[0].length) ?? finder.roleAntecedent(pour[2], s.start, lastSpeaker);
    if (speaker) return { speaker, cue: pour[1] };
  }
  // "un texte décrié par la société civile", "criticised by the opposition": the agent of a passive cue.
  const agent = /(?<![\p{L}])(décrié|décriée|décriés|décriées|critiqué|critiquée|critiqués|critiquées|dénoncé|dénoncée|dénoncés|dénoncées|contesté|contestée|contestés|contestées|salué|saluée|saluées|salués|condamné|condamnée|criticised|criticized|condemned|praised|denounced|disputed|described)\s+(par|by)\s/iu.exec(sentence);
  if (agent && agent[1] && agent[2]) {
    const from = s.start + agent.index + agent[0].length;
    const speaker = finder.nameAfter(from, s.end) ?? finder.agentPhrase(from, s.end);
    if (speaker) return { speaker, cue: `${agent[1]} ${agent[2]}` };
  }
  const closing = finalCue(finder, finder.text, s.start, s.end, lastSpeaker);
  if (closing) return closing;
  for (const cue of finder.cuesIn(s.start, s.end, 6)) {
    const after = sentence.slice(cue.end - s.start);
    // "comme l'a souligné l'Arcep", "as Smith noted": the source follows the cue.
    // « C'est ce qu'a annoncé X »: after « qu' » the subject is inverted too.
    if (/(?<![\p{L}])(?:comme|as)\s+(?:l['’]\s*|le\s+)?$|(?<![\p{L}])qu['’]\s*$/iu.test(sentence.slice(0, cue.start - s.start))) {
      const speaker = finder.nameAfter(cue.end, s.end);
      if (speaker) return { speaker, cue: cue.text };
    }
    // Trailing cue: "…, a déclaré X." / "…, he said." / "…, a-t-il ajouté."
    // (Only the end of the text before the cue is read: an end-anchored pattern over a whole long
    // sentence is tried at every position.)
    const trailing = /^[\s\p{L}\p{M}.'’-]{0,60}[.!?…]?\s*$/u.test(after) && /[,–—]\s*$/u.test(sentence.slice(Math.max(0, cue.start - s.start - 120), cue.start - s.start).replace(/\s*(?:\p{L}+\s*){0,3}$/u, ''));
    if (trailing) {
      // The subject of a trailing cue sits after the comma that closes the reported content.
      const head = sentence.slice(0, cue.start - s.start);
      const comma = Math.max(head.lastIndexOf(','), head.lastIndexOf('–'), head.lastIndexOf('—'));
      const speaker = cue.pronoun ? finder.antecedent(cue.start, lastSpeaker) : (finder.subjectBefore(s.start + comma + 1, cue.start, lastSpeaker) ?? sourceAfterCue(finder, cue, s.end));
      // "La CNIL, qui …, a demandé des garanties" only looks like a trailing cue: without a speaker
      // there, read the cue as an ordinary one.
      if (speaker) return { speaker, cue: cue.text };
    }
    if (COMPLEMENTISER[lang].test(after)) {
      return { speaker: participleSubject(finder, s.start, cue) ?? finder.subjectBefore(s.start, cue.start, lastSpeaker), cue: cue.text };
    }
    // Parenthetical or inverted cue: "The combination, say economists, marks …", "…, say the researchers."
    if (/[,–—]\s*$/u.test(sentence.slice(0, cue.start - s.start))) {
      const speaker = sourceAfterCue(finder, cue, s.end);
      if (speaker) return { speaker, cue: cue.text };
    }
    // "The participants were asked to say …": an agentless passive cue has no speaker.
    if (finder.isPassive(s.start, cue.start) && !/^\s*(?:par|by)\s/iu.test(after)) return { speaker: null, cue: cue.text };
    // Any other reporting verb with a subject: "X has urged …", "Airlines fear …", "Trump has called for …".
    const speaker = participleSubject(finder, s.start, cue) ?? finder.subjectBefore(s.start, cue.start, lastSpeaker);
    if (speaker) return { speaker, cue: cue.text };
  }
  return null;
}
