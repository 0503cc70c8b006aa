// Claims: direct quotes with speaker/cue, reported speech ("selon X", "X a affirmé que"), actions with reasons.
import type { Claim } from './types';
import type { Sentence } from './sentences';
import type { EntityTable, Mention } from './entities';
import type { QuoteSpan } from './quotes';
import { isReportingVerb } from './lexicons/reporting-verbs';
import { findRationale } from './rationale';

const WORD = /[\p{L}\p{M}'’-]+/gu;

function sentenceAt(sentences: Sentence[], pos: number): Sentence | null {
  for (const s of sentences) if (pos >= s.start && pos < s.end) return s;
  return null;
}

function mentionsIn(t: EntityTable, a: number, b: number): Mention[] {
  return t.mentions.filter((m) => m.start >= a && m.end <= b);
}

function speakerName(t: EntityTable, m: Mention | undefined): string | null {
  if (!m) return null;
  const e = t.entities[m.entity];
  return e && e.type !== 'LOC' ? e.text : e ? e.text : null;
}

function lastPerson(t: EntityTable, pos: number): string | null {
  for (let i = t.mentions.length - 1; i >= 0; i--) {
    const m = t.mentions[i];
    if (m && m.end <= pos && t.entities[m.entity]?.type === 'PER') return t.entities[m.entity]?.text ?? null;
  }
  return null;
}

/** First reporting verb in a text segment, with its offset. */
function findCue(seg: string, lang: 'fr' | 'en'): { cue: string; index: number } | null {
  WORD.lastIndex = 0;
  const re = new RegExp(WORD.source, 'gu');
  let m: RegExpExecArray | null;
  let count = 0;
  while ((m = re.exec(seg)) && count < 60) {
    count++;
    const w = m[0].toLowerCase().replace(/-t-(il|elle|ils|elles)$|-(il|elle)$/u, '');
    if (isReportingVerb(w, lang)) {
      const before = seg.slice(Math.max(0, m.index - 12), m.index);
      const aux = /\b(a|ont|avait|has|have|had)\s+(?:\p{Ll}+\s+)?$/u.exec(before);
      return { cue: (aux ? aux[0] : '') + m[0], index: m.index };
    }
  }
  return null;
}

/** Attribute each quote to a speaker using the surrounding sentence; floating quotes keep the last speaker. */
export function attributeQuotes(text: string, sentences: Sentence[], quotes: QuoteSpan[], t: EntityTable, titleEnd: number, lang: 'fr' | 'en'): Claim[] {
  const out: Claim[] = [];
  let last: string | null = null;
  for (const q of quotes.slice(0, 2000)) {
    const s1 = sentenceAt(sentences, q.open);
    const s2 = sentenceAt(sentences, Math.max(q.open, q.close - 1));
    const a = s1 ? s1.start : q.open;
    const b = Math.max(s2 ? s2.end : q.close, q.close);
    const after = text.slice(q.close, Math.min(b, q.close + 300));
    const before = text.slice(Math.max(a, q.open - 300), q.open);
    let speaker: string | null = null;
    let cue: string | null = null;
    const cueA = findCue(after.slice(0, 200), lang);
    if (cueA) {
      cue = cueA.cue;
      const aft = mentionsIn(t, q.close + cueA.index, Math.min(b, q.close + cueA.index + 80))[0];
      const bef = mentionsIn(t, q.close, q.close + cueA.index);
      speaker = speakerName(t, bef[0] ?? aft);
      if (!speaker && /-t-(il|elle)|\b(il|elle|he|she)\b/iu.test(after.slice(0, cueA.index + 20))) speaker = lastPerson(t, q.open);
    }
    if (!speaker) {
      const sel = /\b(?:selon|d['’]après|according to)\s+$/iu.test(before) ? null : null;
      void sel;
      const cueB = findCue(before, lang);
      const ms = mentionsIn(t, a, q.open);
      const selon = /\b(selon|d['’]après|according to)\b/iu.exec(text.slice(a, b));
      if (selon) {
        const m = mentionsIn(t, a + selon.index, b)[0];
        if (m) { speaker = speakerName(t, m); cue = selon[1] ?? null; }
      }
      if (!speaker && cueB) {
        const pre = ms.filter((m) => m.end <= a + (before.length - (q.open - a)) + cueB.index + (q.open - a - before.length) + 0);
        const m = pre[pre.length - 1] ?? ms[ms.length - 1];
        speaker = speakerName(t, m) ?? (/\b(il|elle|he|she)\b/iu.test(before) ? lastPerson(t, q.open) : null);
        cue = cueB.cue;
      }
    }
    if (!speaker && q.open >= titleEnd) speaker = last;
    if (speaker) last = speaker;
    const inner = q.inner.slice(0, 2000);
    const r = findRationale(inner, lang);
    out.push({ kind: 'direct', quote: inner, speaker, cue, text: text.slice(a, b).slice(0, 1500), rationale: r?.rationale ?? null, rationaleCue: r?.cue ?? null });
  }
  return out;
}

/** Reported speech and actions with a stated reason, sentence by sentence (body only). */
export function findReported(text: string, sentences: Sentence[], quotes: QuoteSpan[], t: EntityTable, titleEnd: number, lang: 'fr' | 'en', direct: Claim[]): Claim[] {
  const out: Claim[] = [];
  const usedRat = new Set(direct.map((c) => c.rationale).filter(Boolean));
  for (const s of sentences) {
    if (s.start < titleEnd) continue;
    if (quotes.some((q) => q.open >= s.start && q.open < s.end)) continue;
    const sent = text.slice(s.start, s.end);
    if (sent.length > 2000) continue;
    const ms = mentionsIn(t, s.start, s.end);
    const selon = /\b(selon|d['’]après|according to)\s/iu.exec(sent);
    const que = lang === 'fr' ? /\b([\p{L}’'-]+)\s+(?:[\p{L}]+\s+){0,3}?(?:que|qu['’])/u : /\b([\p{L}-]+)\s+that\b/u;
    const rq = que.exec(sent);
    const r = findRationale(sent, lang, true);
    const rat = r && !usedRat.has(r.rationale) ? r : null;
    if (rat) usedRat.add(rat.rationale);
    if (selon) {
      const m = ms.find((x) => x.start >= s.start + selon.index);
      out.push({ kind: 'indirect', quote: null, speaker: speakerName(t, m), cue: selon[1] ?? null, text: sent, rationale: rat?.rationale ?? null, rationaleCue: rat?.cue ?? null });
      continue;
    }
    if (rq && rq[1] && isReportingVerb(rq[1].toLowerCase(), lang)) {
      const pos = s.start + rq.index;
      const pre = ms.filter((m) => m.end <= pos);
      out.push({ kind: 'indirect', quote: null, speaker: speakerName(t, pre[pre.length - 1]), cue: rq[0].trim(), text: sent, rationale: rat?.rationale ?? null, rationaleCue: rat?.cue ?? null });
      continue;
    }
    if (rat && rat.strong) {
      const m = ms[0];
      out.push({ kind: 'action', quote: null, speaker: speakerName(t, m), cue: rat.cue, text: sent.slice(0, rat.index).replace(/[\s,;–—-]+$/u, ''), rationale: rat.rationale, rationaleCue: rat.cue });
    }
  }
  return out;
}
