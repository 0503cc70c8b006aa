// Word classes of the analysis: one home per class, each with why it exists. Data only: the
// rules read them through words(id); tests/unit/analysis/lexicon.test.ts checks that every list is
// sorted (code-unit order) and free of duplicates. Gazetteers and reporting verbs live beside this
// file (gazetteers.ts, reporting-verbs*.ts).
import { wordAlternation } from '../../text/alternation';

export interface WordClass {
  /** 'fr', 'en', or 'fr+en' when the class is read whatever the language. */
  readonly lang: 'fr' | 'en' | 'fr+en';
  readonly why: string;
  /** Lowercase forms with straight apostrophes, sorted. */
  readonly words: readonly string[];
}

export const WORD_CLASSES = {
  'abbreviated-honorific': {
    lang: 'fr+en',
    why: 'Honorifics written with a period before a name ("Mr. Trump", "M. Hollande").',
    words: [
      'dr', 'gen', 'gov', 'm', 'mlle', 'mme', 'mr', 'mrs', 'ms', 'pr', 'prof', 'rep', 'sen', 'st',
    ],
  },
  'abbreviation': {
    lang: 'fr+en',
    why: 'Abbreviations whose period does not end a sentence ("M.", "Dr.", "janv.", "U.S.").',
    words: [
      'a.m', 'adm', 'al', 'approx', 'apr', 'art', 'aug', 'av', 'ave', 'avr', 'bd', 'blvd', 'capt', 'cf', 'cie',
      'cmdr', 'co', 'col', 'corp', 'cpt', 'dec', 'dept', 'dr', 'déc', 'e.g', 'e.u', 'ed', 'eds', 'env', 'est', 'etc',
      'ex', 'feb', 'fig', 'ft', 'fév', 'févr', 'gal', 'gen', 'gov', 'gén', 'hon', 'i.e', 'inc', 'j.-c', 'jan', 'janv',
      'jr', 'juil', 'jul', 'jun', 'lt', 'ltd', 'm', 'maj', 'mar', 'max', 'me', 'messrs', 'mgr', 'min', 'mlle',
      'mlles', 'mm', 'mme', 'mmes', 'mr', 'mrs', 'ms', 'mt', 'no', 'nos', 'nov', 'oct', 'op', 'p', 'p.m', 'ph.d',
      'pp', 'pr', 'prof', 'rd', 'rep', 'resp', 'rev', 'sen', 'sep', 'sept', 'sgt', 'sr', 'st', 'st-', 'ste', 'tel',
      'tél', 'u.k', 'u.n', 'u.s', 'vol', 'vs', 'éd',
    ],
  },
  'adjunct-opener-en': {
    lang: 'en',
    why: 'Words that open an adjunct of time, manner or company between a verb and its "to" ("agreed on Friday to", "decided last April to", "tried in vain to"); not "to", "into", "toward", "for" or "from", whose phrases are a motion\'s goal or an infinitive\'s own subject.',
    words: [
      'after', 'again', 'at', 'during', 'earlier', 'in', 'last', 'on', 'this', 'unanimously', 'with',
    ],
  },
  'adverbial-locution': {
    lang: 'fr+en',
    why: 'Adverbial phrases of several words that may stand between a cue and its inverted subject (« souligne d\'ailleurs Eric Topol », « a déclaré pour sa part le maire »): as words, they do not push the name out of its clause. Written as tokenised, space-separated.',
    words: [
      "d' ailleurs", 'de son côté', 'en outre', 'for her part', 'for his part', 'for its part', 'in turn', 'par ailleurs',
      'pour sa part', 'pour son compte', 'quant à elle', 'quant à lui', 'à son tour',
    ],
  },
  'agent-plural': {
    lang: 'fr+en',
    why: 'Plural nouns of people who speak for themselves or others, beyond the agent-noun endings ("officials", "autorités").',
    words: [
      'authorities', 'autorités', 'diplomates', 'doctors', 'experts', 'habitants', 'médecins', 'officials', 'police',
      'residents', 'sources', 'témoins', 'witnesses', 'élus',
    ],
  },
  'as-cue-en': {
    lang: 'en',
    why: 'Verbs that report a judgement when followed by "as" ("described it as", "dismissed as").',
    words: [
      'attacked', 'branded', 'characterised', 'characterized', 'cited', 'cites', 'condemned', 'criticised',
      'criticized', 'denounced', 'describe', 'described', 'describes', 'dismissed', 'dismisses', 'hailed', 'labeled',
      'labelled', 'portrayed',
    ],
  },
  'auxiliary': {
    lang: 'fr+en',
    why: 'Auxiliaries and adverbs of tense that open a verb group: a cue takes them with it ("a déclaré", "has said").',
    words: [
      'a', 'also', 'are', 'auraient', 'aurait', 'avaient', 'avait', 'did', 'do', 'does', 'had', 'has', 'have', 'is',
      'ont', 'was', 'were', 'will', 'would',
    ],
  },
  'be-form': {
    lang: 'fr',
    why: 'Forms of être and avoir before a participle ("s\'est insurgé", "se sont dits"): a French participle with one is a verb, not an adjective.',
    words: [
      'ai', 'as', 'aura', 'auront', 'avez', 'avons', 'est', 'eu', 'fut', 'sera', 'serait', 'seront', 'sont',
      'étaient', 'était', 'été', 'être',
    ],
  },
  'before-infinitive-fr': {
    lang: 'fr',
    why: 'Words an infinitive follows (modals, prepositions, clitics): a French infinitive after one is no act of saying.',
    words: [
      'allait', 'devait', 'doit', 'doivent', 'en', 'faut', 'l\'', 'la', 'le', 'les', 'leur', 'lui', 'm\'', 'me',
      'nous', 'pas', 'peut', 'peuvent', 'pour', 'pouvait', 's\'', 'sans', 'se', 'te', 'va', 'veulent', 'veut', 'vont',
      'voulait', 'vous', 'y', 'à',
    ],
  },
  'clause-opener': {
    lang: 'fr+en',
    why: 'Conjunctions and adverbs that open a clause: not part of its subject.',
    words: [
      'ainsi', 'alors', 'also', 'although', 'and', 'as', 'aussi', 'because', 'but', 'cependant', 'comme', 'donc',
      'et', 'however', 'if', 'lorsqu', 'lorsque', 'mais', 'once', 'or', 'puis', 'puisque', 'quand', 'si', 'since',
      'so', 'then', 'though', 'unless', 'when', 'whereas', 'while', 'yet',
    ],
  },
  'charge-adjective': {
    lang: 'fr+en',
    why: 'Adjectives of guilt: a quote after one and its preposition (« reconnu coupable de "…" », "found guilty of “…”") names the offence, whatever verb comes before (rules/quote-rules.ts).',
    words: [
      'coupable', 'coupables', 'guilty',
    ],
  },
  'charge-word': {
    lang: 'fr+en',
    why: 'Participles of a charge or sentence: a quote after one, passive or in apposition, and its preposition (« a été condamné pour "…" », "was convicted of “…”") names the offence, not the words of the accused (rules/quote-rules.ts).',
    words: [
      'accused', 'accusé', 'accusée', 'accusées', 'accusés', 'charged', 'condamné', 'condamnée', 'condamnées', 'condamnés',
      'convicted', 'examen', 'inculpé', 'inculpée', 'inculpées', 'inculpés', 'indicted', 'jugé', 'jugée', 'jugées',
      'jugés', 'poursuivi', 'poursuivie', 'poursuivies', 'poursuivis', 'sentenced', 'soupçonné', 'soupçonnée',
      'soupçonnées', 'soupçonnés', 'suspected',
    ],
  },
  'complement-context-en': {
    lang: 'en',
    why: 'Words that, a few words before "to", make the infinitive a complement ("his work to rally", "what to do", "it was unrealistic to").',
    words: [
      'ability', 'are', 'attempt', 'avenue', 'be', 'been', 'being', 'bid', 'call', 'capacity', 'chance', 'commitment',
      'course', 'data', 'desire', 'determination', 'duty', 'easier', 'effort', 'efforts', 'freedom', 'harder', 'how',
      'intention', 'intentions', 'interest', 'is', 'means', 'mission', 'money', 'negotiate', 'negotiations',
      'obligation', 'option', 'plea', 'readiness', 'resolve', 'responsibility', 'risk', 'say', 'scale', 'talks',
      'time', 'toolbox', 'tools', 'was', 'way', 'were', 'what', 'when', 'where', 'whether', 'which', 'work',
    ],
  },
  'complement-taker-en': {
    lang: 'en',
    why: 'English words whose "to" introduces a complement, not a purpose ("want to", "able to", "respond to"). Listed in base form: rules also read inflected forms (lexicon/english-forms.ts); the verbs include those English grammars list as taking a to-infinitive, verbs of striving ("vie to", "battle to") and the raising participles ("thought to have", "said to be").',
    words: [
      'ability', 'able', 'about', 'according', 'adapt', 'add', 'adjust', 'afford', 'afraid', 'agree', 'agreement',
      'aim', 'allow', 'am', 'amount', 'appear', 'are', 'arrange', 'ask', 'attempt', 'authority', 'battle', 'be',
      'been', 'beg', 'began', 'begin', 'belong', 'better', 'bound', 'call', 'came', 'care', 'certain', 'chance',
      'choose', 'chose', 'claim', 'close', 'come', 'commit', 'compared', 'compelled', 'consent', 'continue',
      'contribute', 'dare', 'deal', 'decide', 'decision', 'decline', 'demand', 'deserve', 'difficult', 'due', 'eager',
      'easy', 'enabled', 'encouraged', 'endeavor', 'endeavour', 'enough', 'expect', 'fail', 'failure', 'fight',
      'forced', 'forget', 'go', 'had', 'happy', 'hard', 'has', 'hate', 'have', 'help', 'hesitate', 'hope', 'how',
      'important', 'impossible', 'intend', 'invited', 'is', 'keen', 'known', 'lead', 'learn', 'licence', 'license',
      'like', 'likely', 'listen', 'lobbied', 'longer', 'look', 'love', 'manage', 'mandate', 'mean', 'meant', 'move',
      'necessary', 'need', 'neglect', 'next', 'object', 'obliged', 'offer', 'opportunity', 'order', 'ought',
      'permission', 'permitted', 'persuaded', 'plan', 'pledge', 'point', 'poised', 'possible', 'power', 'prefer',
      'prepared', 'pressure', 'pretend', 'proceed', 'promise', 'proposal', 'pushed', 'rather', 'react', 'ready',
      'reason', 'refer', 'refusal', 'refuse', 'relate', 'reluctance', 'remember', 'required', 'respond', 'return', 'right',
      'rush', 'said', 'scramble', 'seek', 'seem', 'seen', 'set', 'sought', 'start', 'strive', 'struggle', 'supposed',
      'sure', 'swear', 'talk', 'tell', 'tend', 'thanks', 'thought', 'threaten', 'time', 'told', 'too', 'try', 'turn',
      'unable', 'unlikely', 'up', 'urge', 'vie', 'volunteer', 'vote', 'vow', 'vowed', 'want', 'was', 'way', 'went',
      'were', 'what', 'when', 'where', 'whether', 'which', 'who', 'willing', 'willingness', 'wish', 'yearn',
    ],
  },
  'copula': {
    lang: 'fr+en',
    why: 'Forms of "be" / « être » (with the English contractions, apostrophes straightened): a clause whose verb is one of them and no participle after it states a state, not an act ("storms won\'t be as widespread because …", "That\'s because …").',
    words: [
      "'m", "'re", "'s", 'am', 'are', 'be', 'been', 'being', 'est', 'is', 'sera', 'seraient', 'serait', 'seront', 'sont', 'was',
      'were', 'étaient', 'était',
    ],
  },
  'coordinator': {
    lang: 'fr+en',
    why: 'Coordinating conjunctions: a cue after one shares the subject of the clause\'s first verb.',
    words: [
      'and', 'et',
    ],
  },
  'corporate-suffix': {
    lang: 'fr+en',
    why: 'Suffixes a company\'s name is also used without ("Whole Foods Market" / "Whole Foods").',
    words: [
      'co', 'company', 'corp', 'corporation', 'group', 'holdings', 'inc', 'llc', 'ltd', 'market', 'markets', 'plc',
      'sa', 'sas',
    ],
  },
  'cue-adverb': {
    lang: 'fr+en',
    why: 'Adverbs and negation that may stand inside a verb group ("a également déclaré", "also said").',
    words: [
      'again', 'ainsi', 'alors', 'also', 'aussi', 'bien', 'déjà', 'earlier', 'encore', 'enfin', 'ensuite', 'further',
      'later', 'lui', 'même', 'n\'', 'ne', 'notamment', 'once', 'ouvertement', 'pas', 'plus', 'pourtant',
      'previously', 'publicly', 'publiquement', 'recently', 'repeatedly', 'reportedly', 'récemment', 'tard', 'then',
      'toutefois', 'également',
    ],
  },
  'day-or-month-en': {
    lang: 'en',
    why: 'English days and months: capitalised, never part of a name ("Osaka University on Tuesday").',
    words: [
      'april', 'august', 'december', 'february', 'friday', 'january', 'july', 'june', 'march', 'may', 'monday', 'november',
      'october', 'saturday', 'september', 'sunday', 'thursday', 'tuesday', 'wednesday',
    ],
  },
  'day-or-month-fr': {
    lang: 'fr',
    why: 'French days and months: lowercase words that never extend an institution\'s name.',
    words: [
      'août', 'avril', 'dimanche', 'décembre', 'février', 'janvier', 'jeudi', 'juillet', 'juin', 'lundi', 'mai',
      'mardi', 'mars', 'mercredi', 'novembre', 'octobre', 'samedi', 'septembre', 'vendredi',
    ],
  },
  'definite-article': {
    lang: 'fr+en',
    why: 'Definite articles: "the foreign secretary" is the person introduced with that title; not part of a known name ("Les États-Unis").',
    words: [
      'l\'', 'la', 'le', 'les', 'the',
    ],
  },
  'demonstrative': {
    lang: 'fr+en',
    why: 'Demonstratives: a phrase holding one is no new source.',
    words: [
      'c\'', 'ce', 'ceci', 'cela', 'it', 'that', 'there', 'this', 'ça',
    ],
  },
  'described-source-noun': {
    lang: 'fr+en',
    why: 'Nouns that make a described phrase a source after a cue even without a role noun ("said officials familiar with the talks", « selon des témoins »): a description() phrase needs one of them or a role noun.',
    words: [
      'analyst', 'analysts', 'expert', 'experts', 'habitants', 'official', 'officials', 'police', 'residents',
      'responsable', 'responsables', 'source', 'sources', 'spokesperson', 'témoin', 'témoins', 'witnesses',
    ],
  },
  'determiner': {
    lang: 'fr+en',
    why: 'Determiners and numerals that open a noun phrase.',
    words: [
      'a', 'an', 'another', 'ce', 'certains', 'cette', 'des', 'deux', 'her', 'his', 'its', 'l\'', 'la', 'le', 'les', 'leur',
      'leurs', 'many', 'my', 'one', 'our', 'plusieurs', 'sa', 'ses', 'several', 'some', 'son', 'that', 'the', 'their',
      'these', 'this', 'those', 'three', 'trois', 'two', 'un', 'une', 'your',
    ],
  },
  'event-head': {
    lang: 'fr+en',
    why: 'Last words of named events, wars and periods ("World War Two", "Great Depression").',
    words: [
      'accords', 'act', 'championship', 'coupe', 'cup', 'depression', 'festival', 'games', 'guerre', 'jeux',
      'olympics', 'one', 'prix', 'prize', 'sommet', 'summit', 'traité', 'treaty', 'two', 'war',
    ],
  },
  'feminine-marker': {
    lang: 'fr+en',
    why: 'First words that make a source feminine ("la directrice", "Mme Tikhanovskaïa", "Mrs Smith"): « a-t-elle dit » / "she said" does not stand for a masculine one ("le communiqué").',
    words: ['cette', 'la', 'madame', 'mademoiselle', 'mlle', 'mme', 'mrs', 'ms', 'une'],
  },
  'first-verb': {
    lang: 'fr+en',
    why: 'Finite verbs heading a predicate (besides any English -ed form): where a coordinated clause\'s subject ends ("pilloried", "put", "a dénoncé").',
    words: [
      'a', 'are', 'avaient', 'avait', 'began', 'came', 'est', 'gave', 'got', 'had', 'has', 'have', 'held', 'is',
      'left', 'made', 'met', 'ont', 'put', 'said', 'sent', 'sont', 'spoke', 'told', 'took', 'va', 'vont', 'was',
      'went', 'were', 'will', 'would', 'wrote',
    ],
  },
  'gap-word': {
    lang: 'fr+en',
    why: 'Words that may stand between a quote and a trailing cue besides names and titles ("», a-t-il dit", "», s\'est-il indigné", "“…,” he also said").',
    words: [
      'a', 'alors', 'also', 'an', 'aussi', 'avait', 'elle', 'elles', 'encore', 'ensuite', 'est', 'had', 'has', 'have',
      'he', 'il', 'ils', 'it', 'l\'', 'la', 'later', 'le', 'les', 'ont', 's\'', 'se', 'she', 'sont', 'the', 'then',
      'they', 'un', 'une', 'was', 'we', 'également',
    ],
  },
  'honorific': {
    lang: 'fr+en',
    why: 'Titles that may stand between a quote and its cue ("“…,” Mr. Frankel said").',
    words: [
      'dame', 'dr', 'gen', 'gov', 'lady', 'lord', 'm', 'me', 'mlle', 'mme', 'mr', 'mrs', 'ms', 'pr', 'prof', 'rep',
      'sen', 'sir',
    ],
  },
  'impersonal-after-il': {
    lang: 'fr',
    why: 'Words after which "il" is impersonal: "il s\'agit", "il faut", "il y a", "il est vrai".',
    words: [
      'apparaît', 'arrive', 'convient', 'est', 'existe', 'fallait', 'faudra', 'faut', 'importe', 'paraît', 'reste',
      's\'', 'semble', 'sera', 'serait', 'suffit', 'y', 'était',
    ],
  },
  'incise-auxiliary-fr': {
    lang: 'fr',
    why: 'Auxiliaries (and the reflexive before them) that open a French incise after a quote: « », a détaillé X », « », s\'est indigné X », « », avait-il lancé ».',
    words: [
      'a', 'auraient', 'aurait', 'avaient', 'avait', 'est', 'ont', 's\'', 'se', 'sont', 'étaient', 'était',
    ],
  },
  'indefinite': {
    lang: 'fr+en',
    why: 'Determiners that introduce a new referent: "a UK Government official", "one Ukrainian military official".',
    words: [
      'a', 'an', 'another', 'certaines', 'certains', 'des', 'many', 'one', 'plusieurs', 'several', 'some', 'un',
      'une',
    ],
  },
  'have-form-en': {
    lang: 'en',
    why: 'The forms of "have", whose object noun an infinitive can complete ("have little to lose").',
    words: ['had', 'has', 'have', 'having'],
  },
  'influence-verb-en': {
    lang: 'en',
    why: 'Verbs whose object is the subject of the infinitive ("advise the public not to", "press suppliers to"). Read inflected too (lexicon/english-forms.ts); the object-control verbs English grammars list (verb + object + to-infinitive), with the verbs of choosing someone for a task ("recruited three firms to build").',
    words: [
      'advise', 'allow', 'appoint', 'ask', 'beg', 'cause', 'challenge', 'command', 'compel', 'convince', 'elect',
      'enable', 'encourage', 'expect', 'forbid', 'force', 'get', 'got', 'help', 'hire', 'implore', 'inspire',
      'instruct', 'invite', 'leave', 'let', 'mandate', 'motivate', 'need', 'nominate', 'oblige', 'order', 'permit',
      'persuade', 'pick', 'press', 'prompt', 'recruit', 'remind', 'request', 'require', 'select', 'teach', 'tell',
      'tempt', 'told', 'trust', 'urge', 'want', 'warn',
    ],
  },
  'irregular-participle-en': {
    lang: 'en',
    why: 'Irregular English past participles: a "be" or "have" form before one is a passive or a perfect, an act ("was held because of …"), not a state (rules/action-rules.ts; regular ones end in -ed or -en).',
    words: [
      'bought', 'brought', 'built', 'caught', 'cut', 'done', 'fed', 'found', 'heard', 'held', 'hit', 'hung', 'kept',
      'led', 'left', 'lost', 'made', 'meant', 'met', 'paid', 'put', 'read', 'said', 'sent', 'set', 'shut', 'sold',
      'spent', 'struck', 'taught', 'thought', 'told', 'won',
    ],
  },
  'irregular-past-en': {
    lang: 'en',
    why: 'Irregular past forms of verbs that may report speech in an incise ("“…,” she wrote"); regular -ed forms are found through the verb lexicon.',
    words: [
      'read', 'said', 'sang', 'spoke', 'swore', 'taught', 'thought', 'told', 'wrote',
    ],
  },
  'law-head': {
    lang: 'fr+en',
    why: 'Last words of the name of a law or a treaty ("Data Retention Bill", "U.S. Flag Code").',
    words: [
      'accord', 'accords', 'act', 'amendment', 'bill', 'charte', 'charter', 'code', 'convention', 'directive', 'law',
      'loi', 'protocol', 'traité', 'treaty',
    ],
  },
  'lower-org-tail-en': {
    lang: 'en',
    why: 'Lowercase words that end an English institution\'s name ("West Mercia police", "British army").',
    words: [
      'airport', 'army', 'council', 'government', 'hospital', 'ministry', 'navy', 'parliament', 'police', 'prison',
      'university',
    ],
  },
  'clause-extension': {
    lang: 'fr+en',
    why: 'Words that, after a comma, extend the clause before it rather than open a new one: inclusions and examples ("…, including …", « …, dont un Japonais … », « …, comme le programme Artemis »), focus ("…, even on …", « …, notamment … ») and absolute "with" phrases. A stated reason runs on through them (rationale.ts).',
    words: [
      'comme', 'dont', 'especially', 'even', 'including', 'like', 'même', 'notably', 'notamment', 'particularly',
      'such as', 'surtout', 'with', 'y compris',
    ],
  },
  'ordinal-head-en': {
    lang: 'en',
    why: 'Ordinals and "only", "last", "next" heading a noun phrase license an infinitival relative after it ("the first player in NBA history to record", "the only team to beat them", "the last to leave"): the infinitive completes the noun phrase, it states no purpose.',
    words: [
      'fifth', 'first', 'fourth', 'last', 'next', 'only', 'second', 'sole', 'third',
    ],
  },
  'intent-verb-en': {
    lang: 'en',
    why: 'Verbs of intending, deciding, agreeing, attempting and refusing: their "to" opens a complement even when an adjunct stands between ("agreed on Friday to suspend", "decided last April to stop"). Read inflected too (lexicon/english-forms.ts); no verb of motion ("went to Paris to meet" states a purpose).',
    words: [
      'agree', 'aim', 'attempt', 'choose', 'chose', 'decide', 'decline', 'endeavor', 'endeavour', 'fail', 'hope', 'intend',
      'offer', 'plan', 'pledge', 'promise', 'refuse', 'resolve', 'seek', 'sought', 'strive', 'struggle', 'threaten',
      'try', 'vote', 'vow',
    ],
  },
  'intervening-adverb-en': {
    lang: 'en',
    why: 'Adverbs of time and sequence that can stand between a verb and its "to" ("declined later to state", "decided instead to"): the verb before them still governs the infinitive.',
    words: [
      'again', 'also', 'earlier', 'first', 'instead', 'later', 'now', 'once', 'still', 'then',
    ],
  },
  'ly-taker-en': {
    lang: 'en',
    why: 'Words in -ly that are complement takers or not adverbs at all ("only", "likely", "apply").',
    words: [
      'apply', 'early', 'likely', 'only', 'rely', 'reply', 'supply', 'unlikely',
    ],
  },
  'ly-noun-en': {
    lang: 'en',
    why: 'English nouns and adjectives in -ly that end a subject ("the family said", "the assembly voted", "the elderly say"): not the manner adverb that otherwise stands between a subject and its verb ("the company flatly denied").',
    words: [
      'ally', 'anomaly', 'assembly', 'belly', 'bully', 'butterfly', 'daily', 'elderly', 'family', 'fly', 'homily',
      'jelly', 'lily', 'monopoly', 'monthly', 'quarterly', 'rally', 'reply', 'supply', 'tally', 'weekly', 'yearly',
    ],
  },
  'masculine-marker': {
    lang: 'fr+en',
    why: 'First words that make a source masculine ("le communiqué de l\'organisation", "M. Hollande", "Mr Smith"): « a-t-elle dit » / "she said" does not stand for it.',
    words: ['au', 'ce', 'cet', 'du', 'le', 'm', 'monsieur', 'mr', 'sir', 'un'],
  },
  'ministry-word': {
    lang: 'fr+en',
    why: 'Words that make a portfolio phrase a ministry, an organisation ("ministère de la Défense").',
    words: [
      'ministry', 'ministère', 'ministères',
    ],
  },
  'multiword-cue-en': {
    lang: 'en',
    why: 'Reporting cues of several words ("pointed out", "declined to comment").',
    words: [
      'declined to comment', 'declined to say', 'pointed out', 'points out', 'refused to comment',
    ],
  },
  'multiword-cue-fr': {
    lang: 'fr',
    why: 'Reporting cues of several words ("a fait part de", "avait mis en garde"): the cue ends at the last word.',
    words: [
      'faisait part', 'fait part', 'fait savoir', 'met en garde', 'mettent en garde', 'mis en garde',
      'refusé de commenter',
    ],
  },
  'name-connector': {
    lang: 'fr+en',
    why: 'Lowercase particles inside names ("Conseil d\'Etat", "Ludwig van Beethoven", "Bank of England").',
    words: [
      '&', 'al', 'and', 'ben', 'bin', 'd\'', 'da', 'de', 'del', 'della', 'den', 'der', 'des', 'di', 'dos', 'du', 'el',
      'et', 'for', 'l\'', 'la', 'le', 'of', 'on', 'sur', 'the', 'upon', 'van', 'von', 'y',
    ],
  },
  'not-a-report-en': {
    lang: 'en',
    why: 'English verbs whose that-clause relates facts rather than what someone says or thinks ("this means that", "to ensure that", "it emerged that", "it seems that"): no cue, though a that-clause follows.',
    words: [
      'appear', 'appeared', 'appears', 'emerge', 'emerged', 'emerges', 'ensure', 'ensured', 'ensures', 'given',
      'happen', 'happened', 'happens', 'mean', 'means', 'meant', 'provided', 'require', 'required', 'requires', 'seem',
      'seemed', 'seems',
    ],
  },
  'not-a-source': {
    lang: 'fr+en',
    why: 'Words that never stand in an unnamed source\'s phrase: the reader, the writer, a condition, a hedge, an indefinite pronoun ("maybe you think", "if asked", "not everyone agrees").',
    words: [
      'anybody', 'anyone', 'c\'', 'cela', 'chacun', 'everybody', 'everyone', 'if', 'it', 'its', 'maybe', 'me', 'my',
      'nobody', 'not', 'our', 'perhaps', 'personne', 'peut-être', 'quelqu\'un', 'si', 'somebody', 'someone', 'there',
      'tu', 'us', 'vous', 'well', 'you', 'your', 'ça',
    ],
  },
  'not-a-verb-en': {
    lang: 'en',
    why: 'English words after "to" that are no infinitive (determiners, pronouns, common nouns: "to the", "to court").',
    words: [
      'a', 'about', 'account', 'all', 'almost', 'an', 'any', 'around', 'be', 'bear', 'bed', 'between', 'church',
      'court', 'date', 'death', 'each', 'eight', 'every', 'five', 'four', 'he', 'heart', 'her', 'here', 'him', 'his',
      'home', 'hospital', 'how', 'i', 'it', 'its', 'jail', 'justice', 'least', 'less', 'life', 'light', 'market',
      'me', 'mind', 'more', 'most', 'my', 'nearly', 'nine', 'no', 'office', 'one', 'our', 'over', 'peace', 'people',
      'power', 'prison', 'question', 'scale', 'school', 'seven', 'she', 'six', 'some', 'task', 'ten', 'that', 'the',
      'their', 'them', 'there', 'these', 'they', 'this', 'those', 'three', 'trial', 'two', 'under', 'us', 'war', 'we',
      'what', 'when', 'where', 'which', 'who', 'whom', 'whose', 'work', 'you', 'your', 'zero',
    ],
  },
  'noun-in-ier-fr': {
    lang: 'fr',
    why: 'French nouns and adjectives in -ier, which the verb ending -ier ("justifier") would take for infinitives.',
    words: [
      'atelier', 'bélier', 'cahier', 'calendrier', 'carrier', 'cavalier', 'cellier', 'chantier', 'chevalier',
      'collier', 'courrier', 'denier', 'dernier', 'dossier', 'entier', 'escalier', 'familier', 'fichier', 'financier',
      'foncier', 'février', 'gibier', 'glacier', 'guerrier', 'héritier', 'hôtelier', 'immobilier', 'janvier',
      'justicier', 'laitier', 'levier', 'meurtrier', 'mobilier', 'métier', 'officier', 'olivier', 'ouvrier', 'palier',
      'papier', 'particulier', 'pilier', 'policier', 'pompier', 'portier', 'premier', 'prisonnier', 'pétrolier',
      'quartier', 'romancier', 'routier', 'régulier', 'semestrier', 'sentier', 'singulier', 'sorcier', 'soulier',
      'tablier', 'trimestrier', 'usurier', 'écolier', 'épicier',
    ],
  },
  'noun-marker-en': {
    lang: 'en',
    why: 'Words after which an English reporting form is a noun ("in cases of dispute", "his claim").',
    words: [
      'a', 'an', 'any', 'by', 'every', 'her', 'his', 'in', 'its', 'my', 'no', 'of', 'on', 'our', 'that', 'the',
      'their', 'these', 'this', 'those', 'under', 'with', 'without', 'your',
    ],
  },
  'noun-marker-fr': {
    lang: 'fr',
    why: 'Words after which a French reporting form is a noun ("une critique"); "le"/"la"/"les" are left out: they are also object pronouns ("comme le dit X").',
    words: [
      'au', 'aux', 'avec', 'ces', 'cette', 'dans', 'du', 'leurs', 'ma', 'mes', 'mon', 'nos', 'notre', 'sa', 'sans',
      'ses', 'son', 'sous', 'un', 'une', 'vos', 'votre',
    ],
  },
  'noun-or-verb': {
    lang: 'fr+en',
    why: 'Reporting forms that are as often nouns ("a direct answer", "the latest reports").',
    words: [
      'annonce', 'answer', 'answers', 'call', 'calls', 'claim', 'claims', 'comment', 'comments', 'critique',
      'estimate', 'estimates', 'note', 'notes', 'promise', 'promises', 'replies', 'reply', 'report', 'reports',
      'réponse', 'state', 'states', 'warning',
    ],
  },
  'office-word': {
    lang: 'fr+en',
    why: 'Titles a portfolio follows ("ministre de la Santé", "Secretary of State", "garde des Sceaux").',
    words: [
      'garde', 'minister', 'ministers', 'ministre', 'ministres', 'ministry', 'ministère', 'ministères', 'secretary',
      'secrétaire',
    ],
  },
  'of-word': {
    lang: 'fr+en',
    why: 'The prepositions of a noun\'s complement (« le maire de La Grande-Motte », "the head of the agency"): a title\'s portfolio follows one; a name after one completes a noun.',
    words: [
      'd\'', 'de', 'des', 'du', 'of',
    ],
  },
  'org-noun': {
    lang: 'fr+en',
    why: 'Nouns for an organisation already named ("the company said", "le ministère a indiqué").',
    words: [
      'agence', 'agency', 'airline', 'association', 'bank', 'banque', 'board', 'comité', 'commission', 'committee',
      'compagnie', 'company', 'conseil', 'council', 'cour', 'court', 'department', 'enseigne', 'entreprise', 'firm',
      'group', 'groupe', 'hôpital', 'mairie', 'ministry', 'ministère', 'office', 'organisation', 'organization',
      'parti', 'party', 'préfecture', 'retailer', 'société', 'syndicat', 'tribunal', 'union', 'établissement',
    ],
  },
  'org-tail': {
    lang: 'fr+en',
    why: 'Last words of organisation names missing from the organisation cues ("Coresight Research", "Project Jonah").',
    words: [
      'airlines', 'airways', 'bank', 'biology', 'capital', 'center', 'centre', 'co', 'company', 'corp', 'energy',
      'foundation', 'group', 'holdings', 'inc', 'info', 'institute', 'inter', 'journal', 'labs', 'ltd', 'magazine',
      'market', 'markets', 'media', 'motors', 'news', 'partners', 'pharma', 'post', 'press', 'project', 'radio',
      'records', 'research', 'review', 'sa', 'sas', 'software', 'studios', 'systems', 'technologies', 'telecom',
      'times', 'tv',
    ],
  },
  'person-noun-en': {
    lang: 'en',
    why: 'English nouns that describe a person in an apposition ("a fellow at the Urban Institute").',
    words: [
      'activist', 'analyst', 'chairman', 'chairwoman', 'co-founder', 'commissioner', 'daughter', 'economist',
      'executive', 'expert', 'father', 'fellow', 'fisherman', 'founder', 'head', 'husband', 'leader', 'manager',
      'member', 'mother', 'official', 'owner', 'researcher', 'resident', 'scientist', 'son', 'spokesperson',
      'student', 'teacher', 'wife',
    ],
  },
  'phrase-break': {
    lang: 'fr+en',
    why: 'Verbs and temporal prepositions that end a subject noun phrase ("Les ministres | ont").',
    words: [
      'a', 'after', 'après', 'are', 'avait', 'avant', 'been', 'before', 'can', 'could', 'depuis', 'devra',
      'devraient', 'devrait', 'devront', 'doit', 'doivent', 'during', 'est', 'fut', 'is', 'lors', 'may', 'might',
      'must', 'ont', 'pendant', 'peut', 'peuvent', 'pourra', 'pourraient', 'pourrait', 'pourront', 'sera', 'should',
      'since', 'sont', 'va', 'veulent', 'veut', 'vont', 'was', 'were', 'will', 'would', 'à', 'était', 'été',
    ],
  },
  'place-head': {
    lang: 'fr+en',
    why: 'Last (or first) words that make a name a place: "Black Sea", "Attu Island", "Mer Noire", "Lac Léman".',
    words: [
      'atlantic', 'avenue', 'baie', 'bay', 'beach', 'boulevard', 'canal', 'coast', 'county', 'côte', 'desert',
      'district', 'département', 'désert', 'détroit', 'fleuve', 'golfe', 'gulf', 'island', 'islands', 'isles', 'lac',
      'lake', 'locks', 'mer', 'mont', 'monts', 'mount', 'mountain', 'mountains', 'oblast', 'ocean', 'océan',
      'pacific', 'park', 'passage', 'pays', 'peninsula', 'pier', 'place', 'province', 'region', 'river', 'rivière',
      'rue', 'région', 'sea', 'seas', 'square', 'strait', 'straits', 'street', 'terminal', 'valley', 'vallée',
      'village', 'wharf', 'île', 'îles',
    ],
  },
  'place-noun': {
    lang: 'fr+en',
    why: 'Nouns after which "de/of" + name is a place ("la ville de Kherson", "the city of Lviv").',
    words: [
      'arrondissement', 'canton', 'capital', 'capitale', 'circonscription', 'city', 'commune', 'county', 'district',
      'département', 'island', 'localité', 'oblast', 'province', 'quartier', 'region', 'région', 'république',
      'républiques', 'state', 'town', 'village', 'ville', 'île',
    ],
  },
  'place-preposition': {
    lang: 'fr+en',
    why: 'Prepositions after which an unknown name is a place ("à Stains", "in Lviv").',
    words: [
      'across', 'at', 'en', 'from', 'in', 'inside', 'into', 'near', 'outside', 'près', 'throughout', 'vers', 'à',
    ],
  },
  'possessive-name-head': {
    lang: 'en',
    why: 'Head words after a possessive inside a name ("Sam’s Club", "Fisherman’s Terminal").',
    words: [
      'bay', 'cathedral', 'church', 'club', 'college', 'hospital', 'island', 'landing', 'market', 'park', 'pier',
      'square', 'terminal', 'wharf',
    ],
  },
  'pronominal-cue-stem-fr': {
    lang: 'fr',
    why: 'Stems of French verbs that report speech only in their pronominal form (« il s\'inquiète que », « se réjouit », « s\'étonne »); without the reflexive they act on someone (« la décision inquiète les habitants », « qui n\'étonne pas José Bové », « plaindre »), which nobody says.',
    words: [
      'désol', 'indign', 'inquiet', 'inquièt', 'inquiét', 'insurg', 'plaign', 'plaind', 'plaint', 'réjou', 'étonn',
    ],
  },
  'preposition': {
    lang: 'fr+en',
    why: 'Prepositions: a name after one is a complement, not a subject ("after"/"before" are left out: as often conjunctions opening a clause with its own subject).',
    words: [
      'about', 'across', 'against', 'amid', 'among', 'après', 'as', 'at', 'au', 'aux', 'avant', 'avec',
      'behind', 'between', 'by', 'chez', 'comme', 'contre', 'd\'', 'dans', 'de', 'depuis', 'derrière',
      'des', 'despite', 'devant', 'du', 'during', 'en', 'entre', 'envers', 'for', 'from', 'in', 'into', 'like',
      'malgré', 'near', 'of', 'on', 'over', 'par', 'parmi', 'pendant', 'pour', 'sans', 'sous', 'sur', 'than',
      'through', 'to', 'toward', 'towards', 'under', 'upon', 'vers', 'with', 'within', 'without', 'à',
    ],
  },
  'pronoun-cue-en': {
    lang: 'en',
    why: 'Ambiguous noun/verb forms read as cues only after a subject pronoun or "who" ("she notes").',
    words: [
      'claims', 'notes', 'reports', 'states',
    ],
  },
  'pronoun-cue-fr': {
    lang: 'fr',
    why: 'Ambiguous noun/verb forms read as cues only after a subject pronoun or "qui" ("qui critique fortement").',
    words: [
      'cite', 'citent', 'critique', 'critiquent', 'juge', 'jugent', 'note', 'notent',
    ],
  },
  'purpose-participle-en': {
    lang: 'en',
    why: 'Past participles whose passive takes a purpose ("could be used to cure", "were sent to help").',
    words: [
      'adopted', 'assembled', 'brought', 'built', 'convened', 'created', 'deployed', 'dispatched', 'drafted',
      'employed', 'enlisted', 'established', 'hired', 'installed', 'introduced', 'launched', 'mobilised', 'mobilized',
      'recruited', 'sent', 'used',
    ],
  },
  'quantifier-en': {
    lang: 'en',
    why: 'English quantifiers that open a noun phrase, besides the determiners ("no time", "plenty of room", "enough money").',
    words: ['any', 'enough', 'few', 'little', 'lots', 'more', 'much', 'no', 'plenty'],
  },
  'reflexive': {
    lang: 'fr+en',
    why: 'Clitics and negation between a subject and its verb ("se", "lui", "l\'" in "un internaute l\'accuse", "ne").',
    words: [
      'en', 'l\'', 'la', 'le', 'les', 'leur', 'lui', 'm\'', 'me', 'n\'', 'ne', 'not', 'nous', 's\'', 'se', 'vous',
      'y',
    ],
  },
  'reflexive-pronoun-fr': {
    lang: 'fr',
    why: 'French reflexive pronouns: with one a few words before it, a verb such as s\'inquiéter or se réjouir reports speech (« il s\'inquiète que », « nous nous réjouissons »); without, it acts on someone (cue.veto.fr-not-pronominal). Narrower than the reflexive class, whose negation and object clitics (« n\'étonne pas José Bové ») are no reflexive.',
    words: [
      'm\'', 'me', 'nous', 's\'', 'se', 't\'', 'te', 'vous',
    ],
  },
  'relative': {
    lang: 'fr+en',
    why: 'Relative pronouns: the clause they open has a subject of its own.',
    words: [
      'dont', 'laquelle', 'lequel', 'lesquelles', 'lesquels', 'qu\'', 'que', 'qui', 'that', 'which', 'who', 'whose',
    ],
  },
  'role-noun': {
    lang: 'fr+en',
    why: 'Role nouns that refer back to a person already named ("le sénateur a ajouté", "the minister said").',
    words: [
      'ambassadeur', 'ambassador', 'ambassadrice', 'author', 'avocat', 'avocate', 'candidat', 'candidate', 'chairman',
      'chairwoman', 'chancelier', 'chancelière', 'chef', 'chercheur', 'chercheuse', 'chief', 'commissaire',
      'commissioner', 'congressman', 'congresswoman', 'directeur', 'director', 'directrice', 'dirigeant',
      'dirigeante', 'doctor', 'député', 'députée', 'executive', 'expert', 'experte', 'garde', 'gouverneur',
      'governor', 'judge', 'juge', 'lawmaker', 'lawyer', 'leader', 'maire', 'mayor', 'minister', 'ministre',
      'official', 'patron', 'patronne', 'porte-parole', 'premier', 'première', 'president', 'procureur', 'procureure',
      'professeur', 'professeure', 'professor', 'prosecutor', 'préfet', 'préfète', 'président', 'présidente',
      'researcher', 'responsable', 'scientist', 'secretary', 'secrétaire', 'senator', 'spokesman', 'spokesperson',
      'spokeswoman', 'sénateur', 'sénatrice', 'élu', 'élue',
    ],
  },
  'small-number': {
    lang: 'fr+en',
    why: 'Words that count a few (articles, numerals up to ten, "several"), before a unit: "for nearly a century", « depuis trois semaines ».',
    words: [
      'a', 'an', 'cinq', 'deux', 'dix', 'eight', 'five', 'four', 'huit', 'many', 'neuf', 'nine', 'one', 'plusieurs',
      'quatre', 'sept', 'seven', 'several', 'six', 'ten', 'three', 'trois', 'two', 'un', 'une',
    ],
  },
  'speaking-group': {
    lang: 'fr+en',
    why: 'Bodies and groups that speak for a name before them ("Obama administration", "Ennahda officials").',
    words: [
      'administration', 'aides', 'avocats', 'campaign', 'dirigeants', 'gouvernement', 'government', 'lawyers',
      'leaders', 'officers', 'officials', 'porte-parole', 'proches', 'researchers', 'responsables', 'scientists',
      'spokesman', 'spokesperson', 'spokeswoman', 'staff', 'supporters',
    ],
  },
  'state-hedge': {
    lang: 'fr+en',
    why: 'Negations and hedges between a "be"/"have" form and what it says of its subject ("won\'t even be", "still has", « n\'est toujours pas »): they do not change whether it states a state (rules/action-rules.ts).',
    words: [
      'always', 'even', 'jamais', "n't", 'ne', 'never', 'not', 'now', 'only', 'pas', 'plus', 'probably', 'still', 'toujours',
    ],
  },
  'subordinator': {
    lang: 'fr+en',
    why: 'Words that open a fronted subordinate clause ("When the officers discovered Epstein’s body, prosecutors alleged", « Lorsque X est arrivé, … »): a name inside it, before its comma, is not the subject of the main clause. Two-word openers are listed whole.',
    words: [
      'after', 'alors que', 'although', 'as', 'because', 'before', 'bien que', 'dès que', 'if', 'lorsqu\'', 'lorsque',
      'once', 'pendant que', 'puisque', 'quand', 'si', 'since', 'tandis que', 'though', 'unless', 'until', 'when',
      'whereas', 'while',
    ],
  },
  'subject-pronoun': {
    lang: 'fr+en',
    why: 'Personal subject pronouns: the speaker is their antecedent.',
    words: [
      'elle', 'elles', 'he', 'i', 'il', 'ils', 'j\'', 'je', 'nous', 'on', 'she', 'they', 'we',
    ],
  },
  'that-cue-en': {
    lang: 'en',
    why: 'Verbs that report a finding only when "that" follows ("data showed that …", "the study found that …"); alone they are no act of saying ("showed the results").',
    words: [
      'demonstrate', 'demonstrated', 'demonstrates', 'find', 'finds', 'found', 'prove', 'proved', 'proves', 'show', 'showed', 'shown', 'shows',
    ],
  },
  'that-cue-fr': {
    lang: 'fr',
    why: 'Verbes qui rapportent un constat seulement suivis de « que » (« l\'étude montre que … », « les données prouvent que … »).',
    words: [
     'constate', 'constatent', 'démontre', 'démontrent', 'montrait', 'montre', 'montrent', 'prouve', 'prouvent', 'établissent', 'établit',
    ],
  },
  'time-unit': {
    lang: 'fr+en',
    why: 'Units of time, singular and plural: a span of time given to do something (« 24 heures pour déposer »), a time adverbial that dates an act ("for nearly a decade", « depuis trois semaines »).',
    words: [
      'an', 'année', 'années', 'ans', 'centuries', 'century', 'day', 'days', 'decade', 'decades', 'décennie',
      'décennies', 'heure', 'heures', 'hour', 'hours', 'jour', 'jours', 'minute', 'minutes', 'mois', 'month',
      'months', 'semaine', 'semaines', 'siècle', 'siècles', 'week', 'weeks', 'year', 'years',
    ],
  },
  'title-word': {
    lang: 'fr+en',
    why: 'Titles and roles before a person\'s name: stripped from the name, and they make it a person ("Treasury Secretary Janet Yellen").',
    words: [
      'acteur', 'activist', 'actor', 'actress', 'actrice', 'agent', 'ambassadeur', 'ambassador', 'ancien', 'ancienne',
      'artist', 'artiste', 'auteur', 'author', 'avocat', 'avocate', 'candidat', 'candidate', 'capitaine', 'captain',
      'ceo', 'chancelier', 'chancelière', 'chancellor', 'chanteur', 'chanteuse', 'chef', 'chief', 'coach', 'colonel',
      'commissaire', 'dame', 'directeur', 'director', 'directrice', 'dirigeant', 'docteur', 'doctor', 'dr', 'député',
      'députée', 'entraîneur', 'ex-président', 'fondateur', 'former', 'founder', 'gen', 'general', 'gouverneur',
      'gov', 'governor', 'général', 'inspecteur', 'inspector', 'journalist', 'journaliste', 'judge', 'juge', 'king',
      'lawyer', 'leader', 'lieutenant', 'lord', 'm', 'maire', 'mayor', 'me', 'militant', 'militante', 'minister',
      'ministre', 'mlle', 'mme', 'mr', 'mrs', 'ms', 'officer', 'pape', 'patron', 'pdg', 'pope', 'porte-parole', 'pr',
      'premier', 'president', 'prime', 'prince', 'princesse', 'procureur', 'procureure', 'prof', 'professeur',
      'professor', 'prosecutor', 'président', 'présidente', 'queen', 'reine', 'rep', 'representative', 'roi',
      'réalisateur', 'réalisatrice', 'secretary', 'secrétaire', 'sen', 'senator', 'sergeant', 'sergent', 'singer',
      'sir', 'spokesman', 'spokeswoman', 'sénateur', 'sénateurs', 'sénatrice', 'vice-president', 'vice-président',
      'writer', 'écrivain',
    ],
  },
  'verb-clitic-fr': {
    lang: 'fr',
    why: 'A negation or a reflexive clitic opens the French verb group, so it ends the subject before it (« Les commerçants | ne cessent de », « le président | se dit »).',
    words: [
      'n\'', 'ne', 's\'', 'se',
    ],
  },
  'verb-extra-en': {
    lang: 'en',
    why: 'English base verbs that verb-corpus (english-verbs-generated.ts) lacks: "to showcase the country\'s fashion industry" states a purpose.',
    words: ['livestream', 'showcase', 'upskill'],
  },
  'verb-group-start': {
    lang: 'fr+en',
    why: 'Words that open a verb group (an auxiliary, a modal, a clitic, a negation): where the subject of a main clause after a heading purpose ends (« Pour freiner cette exploitation, le gouvernement birman a imposé … »).',
    words: [
      'a', 'are', 'avaient', 'avait', 'can', 'could', 'did', 'do', 'does', 'doit', 'doivent', 'est', 'had', 'has',
      'have', 'is', 'must', 'n\'', 'ne', 'ont', 'peut', 'peuvent', 's\'', 'se', 'sont', 'va', 'vont', 'was', 'were',
      'will', 'would',
    ],
  },
  'verb-in-er-en': {
    lang: 'en',
    why: 'English verbs in -er, which the comparative ending ("to cheaper bases") would hide.',
    words: [
      'administer', 'alter', 'answer', 'boost', 'bother', 'broker', 'cater', 'consider', 'counter', 'cover',
      'deliver', 'deter', 'discover', 'encounter', 'engineer', 'enter', 'explore', 'filter', 'foster', 'gather',
      'hinder', 'lower', 'master', 'matter', 'minister', 'monitor', 'offer', 'order', 'partner', 'pioneer', 'power',
      'recover', 'register', 'remember', 'render', 'shelter', 'steer', 'suffer', 'surrender', 'tighter', 'transfer',
      'trigger', 'usher', 'volunteer', 'weather', 'wonder',
    ],
  },
  'verb-in-ir-oir-fr': {
    lang: 'fr',
    why: 'French infinitives in -ir/-oir, whose endings are also those of nouns ("pour le pouvoir" vs "pour pouvoir").',
    words: [
      'abolir', 'aboutir', 'accomplir', 'accueillir', 'acquérir', 'adoucir', 'affaiblir', 'agir', 'alourdir',
      'amortir', 'anéantir', 'applaudir', 'assainir', 'asseoir', 'assortir', 'assouplir', 'avertir', 'avoir', 'bâtir',
      'bénir', 'choisir', 'concevoir', 'conquérir', 'consentir', 'convertir', 'courir', 'couvrir', 'devenir',
      'devoir', 'dormir', 'durcir', 'décevoir', 'découvrir', 'définir', 'désobéir', 'embellir', 'enrichir', 'falloir',
      'finir', 'fournir', 'franchir', 'fuir', 'garantir', 'grandir', 'grossir', 'guérir', 'investir', 'maigrir',
      'maintenir', 'mentir', 'mourir', 'mûrir', 'nourrir', 'obtenir', 'obéir', 'offrir', 'ouvrir', 'partir',
      'percevoir', 'pourvoir', 'pouvoir', 'promouvoir', 'prévenir', 'prévoir', 'punir', 'pâlir', 'rajeunir',
      'ralentir', 'recevoir', 'refroidir', 'remplir', 'renforcir', 'requérir', 'ressentir', 'resurgir', 'revenir',
      'rougir', 'réagir', 'réfléchir', 'rétablir', 'réunir', 'réussir', 'saisir', 'salir', 'savoir', 'sentir',
      'servir', 'sortir', 'soutenir', 'subir', 'surgir', 'surseoir', 'tenir', 'trahir', 'unir', 'valoir', 'venir',
      'vieillir', 'voir', 'vouloir', 'éclaircir', 'élargir', 'émouvoir', 'établir',
    ],
  },
  'verb-in-re-fr': {
    lang: 'fr',
    why: 'Frequent French infinitives in -re, to tell "pour la prendre" from "pour la ministre".',
    words: [
      'abattre', 'accroître', 'apparaître', 'apprendre', 'atteindre', 'attendre', 'battre', 'boire', 'combattre',
      'comprendre', 'conclure', 'conduire', 'confondre', 'connaître', 'construire', 'convaincre', 'coudre',
      'craindre', 'croire', 'croître', 'descendre', 'dire', 'disparaître', 'distraire', 'débattre', 'décrire',
      'défendre', 'dépendre', 'détruire', 'entendre', 'exclure', 'extraire', 'faire', 'fendre', 'fondre', 'inclure',
      'inscrire', 'interdire', 'interrompre', 'introduire', 'joindre', 'lire', 'mettre', 'mordre', 'moudre', 'naître',
      'paraître', 'peindre', 'perdre', 'permettre', 'plaindre', 'plaire', 'poursuivre', 'prendre', 'produire',
      'promettre', 'reconnaître', 'reconstruire', 'refaire', 'rejoindre', 'remettre', 'rendre', 'reprendre', 'rompre',
      'réduire', 'répandre', 'répondre', 'résoudre', 'réélire', 'soumettre', 'soustraire', 'suivre', 'survivre',
      'suspendre', 'taire', 'tendre', 'tordre', 'traduire', 'transmettre', 'vaincre', 'vendre', 'vivre', 'écrire',
      'élire', 'éteindre', 'étendre',
    ],
  },
  'weak-connector': {
    lang: 'fr+en',
    why: 'Connectors allowed between capitalised words only inside an organisation-like name ("Marks and Spencer").',
    words: [
      '&', 'and', 'et', 'for', 'l\'', 'la', 'le', 'on', 'sur', 'the', 'upon', 'y',
    ],
  },
} as const satisfies Record<string, WordClass>;

export type WordClassId = keyof typeof WORD_CLASSES;

const sets = new Map<WordClassId, ReadonlySet<string>>();

/** The words of a class as a regex alternation, longest first, escaped (text/alternation.ts). */
export function alternation(id: WordClassId): string {
  return wordAlternation(words(id));
}

/** The words of a class, as a set (built once). */
export function words(id: WordClassId): ReadonlySet<string> {
  let set = sets.get(id);
  if (!set) {
    set = new Set<string>(WORD_CLASSES[id].words);
    sets.set(id, set);
  }
  return set;
}
