// Hand-written additions to the imported reporting-verb lists (forms they lack), and forms of the
// imported lists that are too ambiguous to be used as cues on their own. Sorted, no duplicates, and
// no form both added and blocked (tests/unit/analysis/lexicon.test.ts).

export const EXTRA_REPORTING_VERBS_EN: readonly string[] = [
  'accuse', 'accused', 'accuses', 'acknowledged', 'agreed', 'agrees', 'allege', 'alleged', 'alleges', 'announced',
  'answer', 'answered', 'ask', 'asked', 'asks', 'believe', 'believed', 'believes', 'blamed', 'boasted', 'caution',
  'cautioned', 'cautions', 'charged', 'complain', 'complained', 'complains', 'concede', 'conceded', 'concedes',
  'conclude', 'contend', 'contended', 'contends', 'countered', 'criticised', 'criticized', 'defended', 'defends',
  'denied', 'denies', 'deny', 'emphasise', 'emphasised', 'emphasize', 'emphasized', 'emphasizes', 'estimated',
  'expects', 'explain', 'hinted', 'joked', 'maintain', 'maintained', 'maintains', 'observe', 'observed', 'observes',
  'predicted', 'promise', 'promised', 'promises', 'questioned', 'quipped', 'recall', 'recalled', 'recalls',
  'recommend', 'recommended', 'recommends', 'reveal', 'revealed', 'reveals', 'shouted', 'signaled', 'signalled',
  'speculated', 'stress', 'stressed', 'stresses', 'stressing', 'urge', 'urged', 'urges', 'urging', 'vow', 'vowed',
  'vows', 'whispered', 'wonder', 'wondered',
];

export const EXTRA_REPORTING_VERBS_FR: readonly string[] = [
  'a jugé', 'accuse', 'accusé', 'admis', 'affirmait', 'ajoutait', 'annonçait', 'annonçant', 'appelé', 'assurait',
  'assure', 'assuré', 'averti', 'avertit', 'concédé', 'confirmé', 'confié', 'critiqué', 'déclarait', 'déclarant', 'dément',
  'démentait', 'démenti', 'dénonce', 'dénoncé', 'déploré', 'espéré', 'estimait', 'exige', 'exigeait', 'exigeant',
  'exigent', 'exigé', 'expliquait', 'fustige', 'fustigé', 'glisse', 'glissé', 'indiquait', 'insisté', 'interrogé',
  'jugeant', 'jugé', 'lancé', 'marteler', 'martelé', 'martèle', 'menace', 'menacé', 'mis en garde', 'nie', 'nié',
  'plaide', 'plaidé', 'précisait', 'précise', 'précisé', 'prévenu', 'racontait', 'raconté', 'rapportait', 'reconnu',
  'regrettait', 'regrette', 'regretté', 'revendique', 'revendiqué', 'répondu', 'résumé', 'rétorqué', 'signale',
  'signalé', 'souhaité', 'soutenait', 'témoigne', 'témoigné', 'énonce', 'énoncent', 'énoncé', 'énonçait',
];

/**
 * Forms in the imported lists that are mostly not reporting uses: the whole paradigms of être, avoir, savoir,
 * valoir and vouloir (« que les productions soient … », « il voulait »), lire, and nouns ("note", "report").
 */
export const REPORTING_VERB_BLOCKLIST: readonly string[] = [
  'accept', 'accepted', 'appeler', 'appelle', 'avance', 'avis', 'called', 'cite', 'comment', 'comments', 'conclu',
  'continue', 'continued', 'continues', 'continuing', 'critique', 'dancer', 'demeure', 'demeurer', 'demonstrate',
  'described', 'dire', 'dites', 'ensure', 'ensured', 'ensures', 'ensuring', 'entend', 'entendre', 'es', 'est',
  'estimate', 'estimates', 'eue', 'eues', 'eurent', 'eus', 'eusse', 'eussent', 'eusses', 'eussiez', 'eussions',
  'eut', 'eûmes', 'eût', 'eûtes', 'finding', 'finds', 'furent', 'fus', 'fusse', 'fussent', 'fusses', 'fussiez',
  'fussions', 'fut', 'fûmes', 'fûtes', 'illustrate', 'juge', 'juges', 'lance', 'lancer', 'lira', 'lire', 'lise',
  'lit', 'lits', 'lu', 'lue', 'lues', 'lus', 'lût', 'note', 'notes', 'persist', 'point', 'points', 'poursuit',
  'poursuivi', 'poursuivre', 'present', 'presenting', 'presents', 'prévoient', 'prévoir', 'prévoit', 'prévu',
  'prévue', 'prévues', 'prévus', 'rappel', 'rave', 'release', 'releases', 'reply', 'report', 'reporting', 'reports',
  'sache', 'sachent', 'saches', 'sachez', 'sachiez', 'sachions', 'sachons', 'sais', 'sait', 'saura', 'saurai',
  'sauraient', 'saurais', 'saurait', 'sauras', 'saurez', 'sauriez', 'saurions', 'saurons', 'sauront', 'savaient',
  'savais', 'savait', 'savent', 'savez', 'saviez', 'savions', 'savoir', 'savoirs', 'sera', 'serai', 'seraient',
  'serais', 'serait', 'seras', 'serez', 'seriez', 'serions', 'serons', 'seront', 'soient', 'sois', 'soit', 'sont',
  'sourire', 'sourit', 'soyez', 'soyons', 'state', 'states', 'su', 'suite', 'surent', 'susse', 'sussent', 'susses',
  'sussiez', 'sussions', 'sut', 'sûmes', 'sût', 'sûtes', 'thinking', 'trouve', 'tweet', 'tweets', 'vaille',
  'vaillent', 'vailles', 'valaient', 'valais', 'valait', 'valant', 'valent', 'valez', 'valiez', 'valions', 'valoir',
  'valons', 'valu', 'value', 'values', 'valurent', 'valus', 'valusse', 'valussent', 'valusses', 'valussiez',
  'valussions', 'valut', 'valûmes', 'valût', 'valûtes', 'vaudra', 'vaudrai', 'vaudraient', 'vaudrais', 'vaudrait',
  'vaudras', 'vaudrez', 'vaudriez', 'vaudrions', 'vaudrons', 'vaudront', 'vaut', 'vaux', 'veuille', 'veuillent',
  'veuilles', 'veuillez', 'veut', 'veux', 'voudra', 'voudrai', 'voudraient', 'voudrais', 'voudrait', 'voudras',
  'voudrez', 'voudriez', 'voudrions', 'voudrons', 'voudront', 'voulaient', 'voulais', 'voulait', 'voulant', 'voulez',
  'vouliez', 'voulions', 'vouloir', 'vouloirs', 'voulons', 'voulu', 'voulue', 'voulues', 'voulurent', 'voulus',
  'voulusse', 'voulussent', 'voulusses', 'voulussiez', 'voulussions', 'voulut', 'voulûmes', 'voulût', 'voulûtes',
  'warning', 'writing', 'étaient', 'était', 'étiez', 'étions', 'été', 'êtes',
];
