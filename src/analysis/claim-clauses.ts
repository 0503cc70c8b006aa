// Sentences that hold more than one claim: a second source with a reporting verb of its own ("X
// claimed …, even as the CBO estimated that …"), or a claim named by a noun ("his vow that …").
// Each clause is then read as a sentence of its own by findReported.
import type { Sentence } from '../text/sentences';
import { isParticiple, type Attribution, type Cue, type SpeakerFinder } from './speakers';

/** Where a second source's clause may open: "…, even as the CBO estimated", "in a conflict that one official said". */
const CLAUSE_OPENING = /(?:[,;–—]|(?<![\p{L}])(?:even as|as|while|whereas|that|but|alors que|tandis que|mais|que|qu['’]))\s+/giu;
/** Cues whose source follows them (not verb cues: they are found here, not by the cue finder). */
const SOURCE_AFTER_CUE = /(?<![\p{L}])(?:selon|according to)(?![\p{L}])/giu;
/** Where a coordinated clause opens: "…; …", "…, but …", « …, mais … ». */
const COORDINATED_CLAUSE = /(?:;|,\s*(?:but|mais|alors que|tandis que|whereas|while))\s+/giu;
/** Words of reported content a first clause needs before a second source may take over. */
const MIN_CLAUSE_WORDS = 3;

/**
 * A sentence cut where a second reporting cue with a subject of its own opens a new clause: "Serhiy
 * Haidai said Russians were in control …, in a conflict that one Ukrainian military official said …"
 * holds two claims, one per source. A cue right after another cue's "that" reports inside it and
 * does not cut ("X said that Y warned" stays X's).
 */
export function cueClauses(finder: SpeakerFinder, s: Sentence): Sentence[] {
  const verbs = finder.cuesIn(s.start, s.end, 6).filter((c) => !finder.inQuote(c.start));
  // (« selon », "according to" are read apart from the verb cues: they join the list here.)
  const sources = verbs.length === 0 ? [] : [...finder.text.slice(s.start, s.end).matchAll(SOURCE_AFTER_CUE)].map((m): Cue => ({ start: s.start + (m.index ?? 0), end: s.start + (m.index ?? 0) + m[0].length, text: m[0], pronoun: false, rule: 'reported.selon' })).filter((c) => !finder.inQuote(c.start));
  const cues = [...verbs, ...sources].sort((a, b) => a.start - b.start);
  const parts: Sentence[] = [];
  let start = s.start;
  let prevEnd = cues[0]?.end ?? s.end;
  for (const cue of cues.slice(1)) {
    const segment = finder.text.slice(prevEnd, cue.start);
    // "…, mais cela ne concernera pas … avant avril, selon M. Trump": a source named after its cue
    // ("selon", "according to") covers the clause a coordinator opens, not the first claim's.
    if (sources.includes(cue)) {
      let at = -1;
      for (const m of segment.matchAll(COORDINATED_CLAUSE)) at = prevEnd + (m.index ?? 0) + m[0].length;
      if (at >= 0 && finder.countWords(prevEnd, at) > MIN_CLAUSE_WORDS && finder.countWords(at, cue.start) >= MIN_CLAUSE_WORDS) {
        parts.push({ start, end: at, para: s.para });
        start = at;
      }
      prevEnd = cue.end;
      continue;
    }
    let boundary = -1;
    for (const m of segment.matchAll(CLAUSE_OPENING)) boundary = prevEnd + (m.index ?? 0) + m[0].length;
    // Not at a participle ("…, l’Ukraine révélant …" stays inside the report that holds it), nor at a
    // closing cue (", Iyer said." governs the whole sentence), nor after too little reported content.
    const cut = boundary >= 0 && !isParticiple(cue) && finder.countWords(cue.end, s.end) >= MIN_CLAUSE_WORDS &&
      finder.countWords(prevEnd, boundary) > MIN_CLAUSE_WORDS && finder.countWords(boundary, cue.start) <= 8;
    if (!cut) {
      prevEnd = cue.end;
      continue;
    }
    if (finder.hasOwnSubject(boundary, cue.start)) {
      parts.push({ start, end: boundary, para: s.para });
      start = boundary;
    }
    prevEnd = cue.end;
  }
  parts.push({ start, end: s.end, para: s.para });
  return parts.length === 1 ? splitAtNominalCue(finder, parts[0] as Sentence) : parts.flatMap((part) => splitAtNominalCue(finder, part));
}

/** Nouns that name a claim ("his vow that", « sa promesse que »). */
export const CLAIM_NOUNS = 'declaration|claim|vow|pledge|promise|warning|insistence|assertion|statement|contention|déclaration|promesse|affirmation|avertissement|engagement';

/** "Netanyahu’s declaration that …", "his vow on Monday that …", "sa promesse que …": a claim named by a noun, with its owner. */
const NOMINAL_CUE = new RegExp(`(?:(?<![\\p{L}])(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ss]a|[Ss]on|[Ll]eur)|\\p{Lu}[\\p{L}.-]*['’]s)\\s+(?:\\p{Ll}+\\s+)?(?:${CLAIM_NOUNS})(?:\\s+(?:on|last|this)\\s+[\\p{L}]+)?\\s+(?:that|que|qu['’]|selon laquelle)(?![\\p{L}])`, 'gu');

const NOMINAL_NOUN = new RegExp(CLAIM_NOUNS, 'u');
const NOMINAL_CUE_AT_START = new RegExp(`^\\s*(?:${NOMINAL_CUE.source})`, 'u');

function splitAtNominalCue(finder: SpeakerFinder, part: Sentence): Sentence[] {
  const slice = finder.text.slice(part.start, part.end);
  if (!NOMINAL_NOUN.test(slice)) return [part];
  for (const m of slice.matchAll(NOMINAL_CUE)) {
    const at = part.start + (m.index ?? 0);
    if (finder.countWords(part.start, at) <= MIN_CLAUSE_WORDS) continue;
    return [{ start: part.start, end: at, para: part.para }, { start: at, end: part.end, para: part.para }];
  }
  return [part];
}

/** The owner of a nominal cue heading a clause: the name before "’s", or who "his"/"sa" stands for. */
export function nominalCue(finder: SpeakerFinder, s: Sentence, lastSpeaker: string | null): Attribution | null {
  const m = NOMINAL_CUE_AT_START.exec(finder.text.slice(s.start, s.end));
  if (!m) return null;
  const cue = /(\p{L}+)\s+(?:(?:on|last|this)\s+\p{L}+\s+)?(?:that|que|qu['’]|selon laquelle)$/u.exec(m[0])?.[1] ?? null;
  const owner = finder.mentionsIn(s.start, s.start + m[0].length)[0];
  const speaker = owner ? finder.name(owner) : finder.antecedent(s.start, lastSpeaker);
  return speaker ? { speaker, cue, trace: owner ? [] : ['source.pronoun-antecedent'] } : null;
}
