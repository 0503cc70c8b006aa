// Action vetoes: sentences where a stated cause explains a state rather than an act. An action claim
// exists to carry the reason someone gives for what they did; "storms won't be as widespread because
// …", "That's because …" or "the country still has plenty of capacity left because …" are the
// writer's explanations of how things are, and no one acted.
import { participleEndings } from '../lexicon/participles';
import { words } from '../lexicon/word-classes';
import { RuleTable, type Lang, type RuleExample } from './engine';

export interface ActionContext {
  readonly lang: Lang;
  /** The words of the clause before the reason's cue (from the last comma, dash or relative pronoun). */
  readonly before: string;
  /** The id of the rationale rule that found the reason. */
  readonly reasonRule: string;
}

/** Cue rules of a cause (as opposed to a purpose: "to", « pour », "in order to" state an intent, which only an act has). */
const CAUSE_RULES = new Set(['rationale.en.because', 'rationale.en.cause-phrase', 'rationale.en.as-since', 'rationale.fr.because', 'rationale.fr.car', 'rationale.fr.cause-phrase']);
const COPULAS = words('copula');
const HAVE = words('have-form-en');
const ADVERBS = words('cue-adverb');
/** Words between a copula and what it says of its subject that do not change the reading. */
const NEGATIONS_AND_HEDGES = words('state-hedge');
const IRREGULAR_PARTICIPLES = words('irregular-participle-en');
/** A past participle (regular, or one of the irregular English ones): a copula or "have" before one is a passive or a perfect, an act. */
const REGULAR_PARTICIPLE = new RegExp(`^\\p{L}+(?:${participleEndings('frE', 'enEd', 'enEn')})$`, 'u');
const isParticiple = (word: string): boolean => REGULAR_PARTICIPLE.test(word) || IRREGULAR_PARTICIPLES.has(word);

/** The last "be" or "have" form of the clause and the word after it (hedges skipped), or null. */
function lastVerbOfState(before: string): { verb: string; next: string } | null {
  const tokens = before.toLowerCase().replace(/’/gu, "'").match(/[\p{L}']+/gu) ?? [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i] as string;
    // "That's", "there's": the contraction is glued to the word before it.
    const contracted = /'(?:s|re|m)$/u.exec(t);
    const verb = COPULAS.has(t) || HAVE.has(t) ? t : contracted && COPULAS.has(contracted[0]) ? contracted[0] : null;
    if (!verb) continue;
    let k = i + 1;
    while (k < tokens.length && (NEGATIONS_AND_HEDGES.has(tokens[k] as string) || ADVERBS.has(tokens[k] as string))) k++;
    return { verb, next: tokens[k] ?? '' };
  }
  return null;
}

const ex = (lang: Lang, text: string): RuleExample => ({ lang, text });

export const ACTION_VETOES = new RuleTable<ActionContext, true>('action', [
  {
    id: 'action.veto.stated-state',
    lang: 'fr+en',
    why: 'A cause given for a state ("won\'t be as widespread because", "That\'s because", "has plenty of capacity left because", « c\'est parce que »): a "be" or "have" form with no participle after it is no act, so the sentence is the writer\'s explanation, not an action with a stated reason.',
    examples: [ex('en', 'In this zone, storms probably won’t be as widespread because the rising air will be more concentrated to the north.'), ex('en', 'As a result, the United States still has plenty of borrowing capacity left because the Fed can print money.')],
    apply: (c) => {
      if (!CAUSE_RULES.has(c.reasonRule)) return null;
      const state = lastVerbOfState(c.before);
      if (!state) return null;
      // "had to delay", "has been cut", "was held": an obligation, a perfect or a passive is an act.
      if (state.next === 'to' || state.next === 'been' || isParticiple(state.next)) return null;
      return true;
    },
  },
]);
