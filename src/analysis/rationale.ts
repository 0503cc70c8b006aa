// Stated reasons and purposes: an explicit cue and its complement up to the end of the clause.
// Never a reason the text does not state: no cue, no rationale.
export interface Rationale {
  rationale: string;
  cue: string;
  /** Offset of the cue in the searched text. */
  index: number;
  /** True for cues that make an action claim on their own (unambiguous once guarded). */
  strong: boolean;
}

interface CueRule {
  re: RegExp;
  strong: boolean;
  /** Extra guard on the text before the cue and the complement: false rejects the match. */
  accept?: (before: string, complement: string, after: string) => boolean;
  /** An infinitive may be a whole purpose on its own ("to assist"). */
  minWords?: number;
}

const A = "['’]";
// An elided cue ("afin d’") is glued to the next word; any other cue ends at a word boundary.
const cue = (alternatives: string): RegExp => new RegExp(`(?<![\\p{L}\\p{M}])(${alternatives})(?:(?<=['’])|(?![\\p{L}\\p{M}]))\\s*`, 'giu');

// "pour" + infinitive is a purpose unless it measures a degree ("trop … pour", "assez … pour") or
// gives a past cause ("pour avoir critiqué").
const FR_INFINITIVE = /^(?:ne pas\s+|ne plus\s+)?(?:(?:se|s['’]|me|m['’]|te|nous|vous|lui|leur|les|la|le|l['’]|y|en)\s*){0,2}([\p{Ll}]+(?:er|ir|re|oir|dre))(?![\p{L}\p{M}])/u;
/** Words with an infinitive's ending that are nouns or adjectives ("pour la première fois", "pour le pouvoir"). */
const FR_NOT_INFINITIVES = /(?:ère|ière|ier|oir|ir)$/u;
const FR_VERBS_IN_IR_OIR = new Set(['voir', 'avoir', 'savoir', 'pouvoir', 'devoir', 'recevoir', 'obtenir', 'tenir', 'venir', 'revenir', 'devenir', 'maintenir', 'soutenir', 'prévenir', 'agir', 'réagir', 'finir', 'choisir', 'réussir', 'saisir', 'garantir', 'fournir', 'bâtir', 'établir', 'accueillir', 'offrir', 'ouvrir', 'couvrir', 'découvrir', 'servir', 'sortir', 'partir', 'mourir', 'courir', 'fuir', 'punir', 'réunir', 'unir', 'définir', 'remplir', 'investir', 'avertir', 'convertir', 'affaiblir', 'renforcir', 'élargir', 'réfléchir', 'franchir', 'enrichir', 'nourrir', 'guérir', 'acquérir', 'conquérir', 'requérir', 'prévoir', 'pourvoir', 'concevoir', 'percevoir', 'décevoir', 'émouvoir', 'promouvoir', 'vouloir', 'valoir', 'falloir', 'asseoir', 'surseoir', 'sentir', 'mentir', 'ressentir', 'consentir', 'dormir', 'bénir', 'applaudir', 'aboutir', 'abolir', 'accomplir', 'adoucir', 'alourdir', 'amortir', 'anéantir', 'assainir', 'assouplir', 'assortir', 'durcir', 'éclaircir', 'embellir', 'grandir', 'grossir', 'maigrir', 'mûrir', 'obéir', 'désobéir', 'pâlir', 'ralentir', 'rajeunir', 'refroidir', 'resurgir', 'rétablir', 'rougir', 'salir', 'subir', 'surgir', 'trahir', 'vieillir']);

/** Frequent infinitives in -re, to tell "pour la prendre" from "pour la ministre". */
const FR_VERBS_IN_RE = new Set(['faire', 'refaire', 'dire', 'prendre', 'reprendre', 'mettre', 'remettre', 'rendre', 'vendre', 'défendre', 'attendre', 'entendre', 'comprendre', 'apprendre', 'suivre', 'poursuivre', 'vivre', 'survivre', 'écrire', 'décrire', 'inscrire', 'lire', 'croire', 'boire', 'conduire', 'construire', 'reconstruire', 'détruire', 'produire', 'réduire', 'traduire', 'introduire', 'permettre', 'promettre', 'soumettre', 'transmettre', 'battre', 'combattre', 'débattre', 'abattre', 'atteindre', 'éteindre', 'peindre', 'plaindre', 'craindre', 'joindre', 'rejoindre', 'résoudre', 'perdre', 'répondre', 'descendre', 'vaincre', 'convaincre', 'connaître', 'reconnaître', 'paraître', 'disparaître', 'apparaître', 'plaire', 'taire', 'exclure', 'inclure', 'conclure', 'rompre', 'interrompre', 'interdire', 'élire', 'réélire', 'extraire', 'soustraire', 'distraire', 'dépendre', 'suspendre', 'étendre', 'tendre', 'fendre', 'répandre', 'confondre', 'fondre', 'tordre', 'mordre', 'coudre', 'moudre', 'naître', 'croître', 'accroître']);

function isFrenchInfinitive(complement: string): boolean {
  const m = FR_INFINITIVE.exec(complement);
  const verb = m?.[1];
  if (!verb) return false;
  // After an article-like clitic ("pour la …") a noun is likelier than a verb: require a known verb.
  const clitic = /^(?:ne pas\s+|ne plus\s+)?(?:la|le|les|l['’])\s*/iu.test(complement);
  if (clitic && verb.endsWith('re')) return FR_VERBS_IN_RE.has(verb);
  return !FR_NOT_INFINITIVES.test(verb) || FR_VERBS_IN_IR_OIR.has(verb);
}
const DEGREE_BEFORE = /(?:trop|assez|suffisamment|insuffisamment)\s+(?:\S+\s+){0,3}$/iu;
/** Verbs whose complement is introduced by "pour" ("a plaidé pour organiser", "a voté pour"): not a purpose. */
const POUR_COMPLEMENT_VERBS = /\b(?:plaid|milit|vot|opt|lutt|œuvr|prononc|bataill|appel|mobilis)[\p{L}]*\s+(?:\S+\s+){0,2}$/iu;

// English "to" + base verb as a purpose: not after verbs and adjectives that take an infinitive
// complement ("want to", "decided to", "able to"), and not before a noun, name, number or pronoun.
const EN_COMPLEMENT_TAKERS = new Set(
  ('want wants wanted wanting need needs needed try tries tried trying decide decides decided plan plans planned planning going ' +
    'able unable likely unlikely expected expect expects allowed allow forced asked ask told tell urged urge agreed agree refused refuse ' +
    'failed fail began begin begins started start starts continue continued continues hope hoped hopes seem seems seemed appear appears ' +
    'appeared ought has have had having order due according close next compared thanks up ready willing prepared about chance right ' +
    'way time tend tends tended vowed vow promised promise threatened threaten sought seek seeks managed manage chose choose choosing ' +
    'wish wished like likes liked love loved prefer preferred hate afraid eager keen happy sure certain bound supposed meant difficult hard ' +
    'easy impossible possible important necessary enough too invited encouraged persuaded ordered required permitted enabled helped help ' +
    'helps came come went go goes moved move voted vote pledged pledge intend intends intended aim aims aimed attempt attempts attempted ' +
    'struggled struggle struggling rushed rush refuse declined decline longer rather ability plans efforts effort bid move decision ' +
    'opportunity right power authority permission need plan attempt failure refusal reluctance willingness pressure call calls push ' +
    'campaign proposal agreement deal mandate license licence order orders obliged compelled pushed pressured called lobbied')
    .split(' '),
);
const EN_NOT_VERBS = new Set(
  ('the a an this that these those his her their its our my your some any all each every no one two three four five six seven eight nine ten ' +
    'him them us me it he she they we i you who which what whom whose there here be war power court date school work home office prison jail ' +
    'death life market trial bed church hospital zero scale account account bear light mind account question justice office').split(' '),
);

/** Verbs whose object is the subject of the infinitive ("advise the public not to", "press suppliers to"). */
const INFLUENCE_VERBS = new Set(
  ('warn warns warned advise advises advised press presses pressed persuade persuaded urge urges urged convince convinced encourage ' +
    'encourages encouraged ask asks asked tell tells told allow allows allowed enable enables enabled let lets get gets got make makes ' +
    'made expect expects expected want wants wanted need needs force forces forced order orders ordered invite invites invited require ' +
    'requires required leave leaving left data ability desire interest scale work time plea call calls effort say how what where whether ' +
    'when which is was are were be been being course toolbox risk negotiate negotiates money harder easier').split(' '),
);

const FR_RULES: CueRule[] = [
  { re: cue(`invoquant|arguant qu${A}|arguant que|au motif qu${A}|au motif que|sous prétexte qu${A}|sous prétexte que|dans le but d${A}|dans le but de|dans un souci d${A}|dans un souci de|afin qu${A}|afin que|afin d${A}|afin de|en raison d${A}|en raison des|en raison du|en raison de|à cause d${A}|à cause des|à cause du|à cause de|du fait d${A}|du fait des|du fait du|du fait de|faute d${A}|faute de|de peur qu${A}|de peur que|de crainte qu${A}|de crainte que|étant donné qu${A}|étant donné que|parce qu${A}|parce que|puisqu${A}|puisque`), strong: true },
  // "car" as a conjunction follows a comma or starts a clause; elsewhere it may be the noun (a coach).
  { re: cue('car'), strong: true, accept: (before) => /[,;]\s*$|^\s*$/u.test(before) },
  { re: cue(`pour qu${A}|pour que`), strong: true },
  {
    re: cue('pour'),
    strong: true,
    minWords: 1,
    // A sentence that starts with "Pour …" states a purpose only when a main clause follows
    // ("Pour repérer ces personnes, la loi permettra …"); alone it is a heading.
    accept: (before, complement, after) =>
      isFrenchInfinitive(complement) && !DEGREE_BEFORE.test(before) && !POUR_COMPLEMENT_VERBS.test(before) && !/^(?:avoir|être)\s/iu.test(complement) && (!/^\s*$|[.!?]\s*$/u.test(before) || after === ','),
  },
];

const EN_RULES: CueRule[] = [
  { re: cue('citing|arguing that|in order to|in order that|in an effort to|in a bid to|with the goal of|with a goal of|with the aim of|so as to|so that|due to|because of|owing to|on the grounds that|for fear that|for fear of|because'), strong: true },
  {
    re: cue('to'),
    strong: true,
    minWords: 1,
    accept: (before, complement) => {
      const prev = /([\p{L}’'-]+)[\s,]*$/u.exec(before)?.[1]?.toLowerCase() ?? '';
      const next = /^([\p{L}’'-]+)/u.exec(complement)?.[1] ?? '';
      if (!next || /^\p{Lu}/u.test(next) || EN_NOT_VERBS.has(next.toLowerCase()) || /(?:ing|ed|s)$/u.test(next)) return false;
      // Sentence-initial "To answer this question, …" is a purpose; elsewhere the words before decide.
      if (/^\s*$/u.test(before) || /[.!?]\s*$/u.test(before)) return true;
      if (!/\s$/u.test(before) || /\bfrom\b/iu.test(before)) return false; // "street-to-street", "from X to Y"
      if (prev === '' || /(?:ly|ing|ed|ble|ful|ous|er)$/u.test(prev) || /^\d/u.test(prev) || prev === 'not') return false;
      // "warned people to", "for airlines to", "from X to Y": the infinitive is a complement or a range.
      const near = before.split(/\s+/u).slice(-5).map((w) => w.toLowerCase().replace(/[^\p{L}’'-]/gu, ''));
      if (near.some((w) => EN_COMPLEMENT_TAKERS.has(w) || INFLUENCE_VERBS.has(w)) || /\b(?:for|from)\s+(?:\S+\s+){0,3}$/iu.test(before)) return false;
      return true;
    },
  },
];

/** A clause ends at these marks; commas end it too, except right after the cue. */
const STOP = /[,;:()–—]|[.!?](?=\s|$)/u;
const MIN_WORDS = 2;

/** The first stated rationale in a clause; `strongOnly` keeps only cues that can stand for an action. */
export function findRationale(text: string, lang: 'fr' | 'en', strongOnly = false): Rationale | null {
  let best: Rationale | null = null;
  for (const rule of lang === 'fr' ? FR_RULES : EN_RULES) {
    if (strongOnly && !rule.strong) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      if (best && m.index >= best.index) break;
      const start = m.index + m[0].length;
      const rest = text.slice(start, start + 600);
      const stop = STOP.exec(rest);
      const complement = (stop ? rest.slice(0, stop.index) : rest).replace(/[\s”»"“«]+$/u, '').trim();
      if (complement.split(/\s+/u).length < (rule.minWords ?? MIN_WORDS)) continue;
      const after = stop ? (stop[0] ?? '') : '';
      if (rule.accept && !rule.accept(text.slice(Math.max(0, m.index - 60), m.index), complement, after)) continue;
      best = { rationale: complement, cue: (m[1] ?? '').trim(), index: m.index, strong: rule.strong };
      break;
    }
  }
  return best;
}
