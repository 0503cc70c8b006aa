// Stated reasons and purposes: explicit cue + its complement up to the end of the clause.
export interface Rationale {
  rationale: string;
  cue: string;
  /** Offset of the cue in the searched text. */
  index: number;
  /** True for unambiguous cues that make an action claim on their own. */
  strong: boolean;
}

const A = "['’]";
const FR_CUES: Array<[RegExp, boolean]> = [
  [new RegExp(`\\b(invoquant|arguant qu${A}|arguant que|au motif qu${A}|au motif que|dans le but d${A}|dans le but de|dans un souci d${A}|dans un souci de|afin qu${A}|afin que|afin d${A}|afin de|en raison d${A}|en raison de[s]?|en raison du)\\s*`, 'iu'), true],
  [new RegExp(`\\b(parce qu${A}|parce que|puisqu${A}|puisque|car)\\s+`, 'iu'), false],
  [/\b(pour)\s+(?=(?:ne pas\s+)?(?:(?:se|s['’]|me|m['’]|te|nous|vous|lui|leur|y|en)\s*)?[\p{Ll}]+(?:er|ir|re|oir)\b)/iu, false],
];
const EN_CUES: Array<[RegExp, boolean]> = [
  [/\b(citing|arguing that|in order to|in an effort to|with the goal of|with a goal of|so that|due to|because of)\s+/iu, true],
  [/\b(because)\s+/iu, false],
];
const STOP = /[,;:()–—]|[.!?](?=\s|$)/u;

/** Find a rationale in a clause; `strongOnly` restricts to unambiguous cues for actions. */
export function findRationale(text: string, lang: 'fr' | 'en', strongOnly = false): Rationale | null {
  const cues = lang === 'fr' ? FR_CUES : EN_CUES;
  let best: Rationale | null = null;
  for (const [re, strong] of cues) {
    if (strongOnly && !strong && lang === 'en') continue;
    const m = re.exec(text);
    if (!m || m[1] === undefined) continue;
    const start = m.index + m[0].length;
    const rest = text.slice(start, start + 600);
    const stop = STOP.exec(rest);
    let comp = (stop ? rest.slice(0, stop.index) : rest).trim();
    comp = comp.replace(/[\s”»"]+$/u, '').trim();
    if (comp.split(/\s+/).length < 2) continue;
    const cue = m[1].replace(/\s+$/u, '');
    if (!best || m.index < best.index) best = { rationale: comp, cue, index: m.index, strong };
  }
  return best;
}
