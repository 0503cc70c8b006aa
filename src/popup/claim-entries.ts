// The popup's claim list, one entry per sentence: the analysis gives one claim per quoted fragment,
// so a sentence quoting three fragments is three claims with the same text. They are shown once,
// the sentence with its fragments marked inside it, instead of the sentence three times.
import type { Claim, ClaimKind } from '../analysis/types';

/** A stretch of the sentence: plain text, or the quoted fragment of a claim. */
export interface Segment {
  text: string;
  /** The claims whose quote this is (none for the text around the fragments). */
  claimIndices: number[];
}

export interface ClaimEntry {
  /** The analysis indices of the claims of this sentence, in order. */
  indices: number[];
  /** The kind of each claim of `indices`. */
  kinds: ClaimKind[];
  /** 'direct' when any fragment of the sentence is a quote. */
  kind: ClaimKind;
  /** The sentence, cut around its quoted fragments. */
  segments: Segment[];
  /** Quotes that are not inside the sentence's text (a quote longer than the clause that carries it). */
  apart: Array<{ quote: string; claimIndices: number[] }>;
  /** The claim the page scrolls to: the first fragment shown, else the first claim. */
  revealIndex: number;
  /** Reporting cues, each once. */
  cues: string[];
  /** Stated rationales, each once (none: the text states none). */
  rationales: Array<{ cue: string | null; text: string }>;
}

const QUOTE_MARKS = '"“”„‟«»‹›\'‘’‚‛「」『』';

/** Where `quote` sits in `text` without overlapping `taken`: preferably right inside quotation
 * marks (the same words may also occur unquoted in the sentence), else the first free occurrence. */
function place(text: string, quote: string, taken: ReadonlyArray<[number, number]>): [number, number] | null {
  let fallback: [number, number] | null = null;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    const span: [number, number] = [at, at + quote.length];
    if (taken.some(([start, end]) => span[0] < end && start < span[1])) continue;
    const before = text.slice(0, at).trimEnd().slice(-1);
    const after = text.slice(span[1]).trimStart().slice(0, 1);
    if ((before !== '' && QUOTE_MARKS.includes(before)) || (after !== '' && QUOTE_MARKS.includes(after))) return span;
    fallback ??= span;
  }
  return fallback;
}

/** Cuts `text` at the fragments' spans (sorted, not overlapping). */
function segmentsOf(text: string, spans: ReadonlyArray<{ start: number; end: number; claimIndices: number[] }>): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start > at) segments.push({ text: text.slice(at, span.start), claimIndices: [] });
    segments.push({ text: text.slice(span.start, span.end), claimIndices: span.claimIndices });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), claimIndices: [] });
  return segments;
}

/** One entry per distinct sentence of `claims` (one speaker's claims, with their analysis indices), in order of first claim. */
export function claimEntries(claims: ReadonlyArray<{ claim: Claim; index: number }>): ClaimEntry[] {
  const bySentence = new Map<string, Array<{ claim: Claim; index: number }>>();
  for (const item of claims) {
    const list = bySentence.get(item.claim.text) ?? [];
    list.push(item);
    bySentence.set(item.claim.text, list);
  }
  return [...bySentence].map(([text, items]) => {
    const spans: Array<{ start: number; end: number; claimIndices: number[] }> = [];
    const apart: ClaimEntry['apart'] = [];
    for (const { claim, index } of items) {
      if (!claim.quote) continue;
      // The same fragment twice in one sentence (two claims of it): one mark for both.
      const same = spans.find((s) => text.slice(s.start, s.end) === claim.quote) ?? apart.find((a) => a.quote === claim.quote);
      if (same) {
        same.claimIndices.push(index);
        continue;
      }
      const span = place(text, claim.quote, spans.map((s): [number, number] => [s.start, s.end]));
      if (span) spans.push({ start: span[0], end: span[1], claimIndices: [index] });
      else apart.push({ quote: claim.quote, claimIndices: [index] });
    }
    const segments = segmentsOf(text, spans);
    const firstShown = apart[0]?.claimIndices[0] ?? segments.find((s) => s.claimIndices.length > 0)?.claimIndices[0];
    const rationales: ClaimEntry['rationales'] = [];
    for (const { claim } of items) {
      if (claim.rationale && !rationales.some((r) => r.text === claim.rationale)) rationales.push({ cue: claim.rationaleCue, text: claim.rationale });
    }
    return {
      indices: items.map((i) => i.index),
      kinds: items.map((i) => i.claim.kind),
      kind: items.some((i) => i.claim.kind === 'direct') ? 'direct' : items[0]!.claim.kind,
      segments,
      apart,
      revealIndex: firstShown ?? items[0]!.index,
      cues: [...new Set(items.flatMap((i) => (i.claim.cue ? [i.claim.cue] : [])))],
      rationales,
    };
  });
}
