// Hand-written additions to the imported reporting-verb lists (forms they lack), and forms
// of the imported lists that are too ambiguous to be used as cues on their own.

export const EXTRA_REPORTING_VERBS_EN: readonly string[] = [
  'urge', 'urged', 'urges', 'urging', 'stress', 'stressed', 'stresses', 'stressing', 'caution', 'cautioned',
  'cautions', 'contend', 'contended', 'contends', 'maintain', 'maintained', 'maintains', 'reveal', 'revealed',
  'reveals', 'recall', 'recalled', 'recalls', 'concede', 'conceded', 'concedes', 'vow', 'vowed', 'vows', 'deny',
  'denied', 'denies', 'allege', 'alleged', 'alleges', 'complain', 'complained', 'complains', 'observe',
  'observed', 'observes', 'emphasize', 'emphasized', 'emphasizes', 'emphasise', 'emphasised', 'acknowledged',
  'believe', 'believes', 'believed', 'recommend', 'recommended', 'recommends', 'promise', 'promised', 'promises',
  'predicted', 'conclude', 'explain', 'ask', 'asked', 'asks', 'wonder', 'wondered', 'answered', 'answer',
  'agreed', 'agrees', 'boasted', 'hinted', 'signaled', 'signalled', 'acknowledged', 'countered', 'shouted',
  'whispered', 'joked', 'quipped', 'announced', 'estimated', 'estimate', 'estimates', 'speculated', 'charged',
  'accused', 'accuses', 'accuse', 'blamed', 'criticised', 'criticized', 'described', 'called', 'questioned',
];

export const EXTRA_REPORTING_VERBS_FR: readonly string[] = [
  'exigé', 'exige', 'exigent', 'exigeait', 'exigeant', 'appelé', 'mis en garde', 'averti', 'avertit', 'prévenu',
  'martelé', 'martèle', 'marteler', 'assuré', 'fustigé', 'fustige', 'dénoncé', 'regretté', 'regrette', 'regrettait',
  'jugé', 'jugeant', 'a jugé', 'insisté', 'lancé', 'reconnu', 'concédé', 'nié', 'nie', 'démenti', 'dément',
  'démentait', 'admis', 'raconté', 'confié', 'assure', 'assurait', 'estimait', 'précisé', 'précise', 'glissé',
  'glisse', 'résumé', 'répondu', 'rétorqué', 'déploré', 'espéré', 'souhaité', 'prévenu', 'menacé', 'menace',
  'plaidé', 'plaide', 'revendiqué', 'revendique', 'interrogé', 'signalé', 'signale', 'confirmé', 'annonçant',
  'annonçait', 'rapportait', 'soutenait', 'affirmait', 'déclarait', 'expliquait', 'ajoutait', 'indiquait',
  'précisait', 'racontait', 'témoigne', 'témoigné', 'accusé', 'accuse', 'dénonce', 'critique', 'critiqué',
  'énonce', 'énoncé', 'énoncent', 'énonçait',
];

/** Forms in the imported lists that are mostly not reporting uses (être/avoir/savoir/lire…, nouns). */
export const REPORTING_VERB_BLOCKLIST: readonly string[] = [
  // fr: être / avoir / savoir / lire / valoir / vouloir forms and frequent homographs
  'es', 'est', 'sont', 'était', 'étaient', 'eue', 'eues', 'eus', 'eut', 'eût', 'fus', 'fut', 'sera', 'sois', 'soit',
  'sais', 'sait', 'su', 'sut', 'sût', 'savait', 'savent', 'savoir', 'lira', 'lire', 'lise', 'lit', 'lits', 'lu',
  'lue', 'lues', 'lus', 'lût', 'valu', 'vaut', 'vaux', 'valoir', 'veux', 'veut', 'voulu', 'vouloir', 'juge', 'juges',
  'note', 'notes', 'cite', 'lance', 'lancer', 'entend', 'entendre', 'demeure', 'demeurer', 'trouve', 'sourire',
  'sourit', 'dancer', 'poursuit', 'poursuivre', 'poursuivi', 'appeler', 'appelle', 'lire', 'critique', 'suite',
  'rappel', 'avance', 'conclu', 'dites', 'dire', 'avis', 'serai', 'seras', 'serait', 'serions', 'seriez', 'seraient',
  'serons', 'serez', 'seront', 'été', 'prévu', 'prévus', 'prévue', 'prévues', 'prévoit', 'prévoient', 'prévoir',
  // en: nouns / very generic forms
  'present', 'presents', 'release', 'releases', 'point', 'points', 'finding', 'finds', 'continue', 'continues',
  'continued', 'continuing', 'comment', 'comments', 'report', 'reports', 'state', 'states',
  'note', 'notes', 'thinking', 'accept', 'tweet', 'tweets', 'reply', 'warning', 'writing', 'reporting',
  'estimates', 'estimate', 'ensure', 'ensured', 'ensures', 'ensuring', 'demonstrate', 'illustrate', 'rave',
  'persist', 'present', 'presenting', 'called', 'described', 'accept', 'accepted',
];
