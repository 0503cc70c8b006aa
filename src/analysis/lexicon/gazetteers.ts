// Small built-in gazetteers (fr + en): places, organisations, given names, and the capitalised
// words that are NOT entities (titles, demonyms, months, days, function words). Hand-kept lists,
// sorted (tests/unit/analysis/lexicon.test.ts); the generated lists of countries, cities and given
// names (gazetteers-generated.ts) are added to them.

import { ENGLISH_VERBS_DATA } from './english-verbs-generated';
import { CITY_NAMES, COUNTRY_NAMES, GIVEN_NAMES_DATA, REGION_NAMES, SHORT_GIVEN_NAMES_DATA } from './gazetteers-generated';

export interface GazetteerList {
  readonly why: string;
  /** Lowercase, sorted (code-unit order). */
  readonly words: readonly string[];
}

export const GAZETTEER_LISTS = {
  'places': {
    why: 'Countries, capitals, major cities and regions (fr and en spellings), lowercase.',
    words: [
      'abidjan', 'abou dhabi', 'abu dhabi', 'afghanistan', 'africa', 'afrique', 'afrique du sud', 'ajaccio',
      'alabama', 'alaska', 'albania', 'albanie', 'alep', 'aleppo', 'alger', 'algeria', 'algiers', 'algérie',
      'allemagne', 'alpes', 'alps', 'alsace', 'amazonie', 'america', 'amsterdam', 'amérique', 'angleterre', 'angola',
      'ankara', 'antarctica', 'antarctique', 'aotearoa', 'aquitaine', 'arabie saoudite', 'arctic', 'arctique',
      'argentina', 'argentine', 'arizona', 'arkansas', 'armenia', 'arménie', 'asia', 'asie', 'asie centrale',
      'athens', 'athènes', 'atlanta', 'atlantic', 'atlantique', 'auckland', 'australia', 'australie', 'austria',
      'autriche', 'auvergne-rhône-alpes', 'avignon', 'azerbaijan', 'azerbaïdjan', 'bagdad', 'baghdad', 'bakhmout',
      'bakhmut', 'balkans', 'bande de gaza', 'barcelona', 'barcelone', 'bastia', 'beijing', 'beirut', 'belarus',
      'belfast', 'belgique', 'belgium', 'berlin', 'beyrouth', 'birmanie', 'birmingham', 'biélorussie', 'bogota',
      'bolivia', 'bolivie', 'bombay', 'bordeaux', 'bosnia', 'bosnie', 'boston', 'bourgogne', 'brasilia', 'brazil',
      'brest', 'bretagne', 'britain', 'brittany', 'brussels', 'bruxelles', 'brésil', 'bucarest', 'bucharest',
      'budapest', 'buenos aires', 'bulgaria', 'bulgarie', 'bélarus', 'cairo', 'calais', 'california', 'californie',
      'cambodge', 'cambodia', 'cambridge', 'cameroon', 'cameroun', 'canada', 'caracas', 'cardiff', 'caroline du nord',
      'caroline du sud', 'caucase', 'caucasus', 'chad', 'chicago', 'chile', 'chili', 'china', 'chine', 'chypre',
      'cisjordanie', 'cologne', 'colombia', 'colombie', 'colorado', 'connecticut', 'copenhagen', 'copenhague',
      'corse', 'corsica', 'corée', 'corée du nord', 'corée du sud', 'crimea', 'crimée', 'croatia', 'croatie', 'cuba',
      'cyprus', 'czech republic', 'côte d\'ivoire', 'dakar', 'dakota', 'dakota du nord', 'dakota du sud', 'dallas',
      'damas', 'damascus', 'danemark', 'danube', 'delaware', 'delhi', 'denmark', 'detroit', 'dijon', 'doha', 'donbas',
      'donbass', 'donetsk', 'dubai', 'dubaï', 'dublin', 'détroit', 'ecuador', 'edinburgh', 'egypt', 'england',
      'espagne', 'estonia', 'estonie', 'etats-unis', 'ethiopia', 'europe', 'finland', 'finlande', 'florence',
      'florida', 'floride', 'france', 'francfort', 'frankfurt', 'gaza', 'gaza strip', 'geneva', 'genève', 'georgia',
      'germany', 'glasgow', 'golan', 'grand est', 'grande-bretagne', 'great britain', 'greece', 'grenoble', 'grèce',
      'guadeloupe', 'guatemala', 'guyane', 'géorgie', 'hague', 'haiti', 'hambourg', 'hamburg', 'hauts-de-france',
      'havana', 'hawaii', 'haïti', 'helsinki', 'hexagone', 'holland', 'homs', 'hong kong', 'hong-kong', 'hongrie',
      'houston', 'hungary', 'iceland', 'idaho', 'idlib', 'illinois', 'inde', 'india', 'indiana', 'indonesia',
      'indonésie', 'iowa', 'irak', 'iran', 'iraq', 'ireland', 'irlande', 'islamabad', 'islande', 'israel', 'israël',
      'istanbul', 'italie', 'italy', 'izioum', 'izyum', 'japan', 'japon', 'jerusalem', 'johannesburg', 'jordan',
      'jordanie', 'jérusalem', 'jérusalem-est', 'kaboul', 'kabul', 'kansas', 'kathmandu', 'katmandou', 'katmandu',
      'kazakhstan', 'kentucky', 'kenya', 'kharkiv', 'kharkov', 'kherson', 'kiev', 'kiyv', 'korea', 'kosovo', 'koweït',
      'kremlin-bicêtre', 'kurdistan', 'kuwait', 'kyiv', 'kyïv', 'la havane', 'la haye', 'la nouvelle-orléans',
      'las vegas', 'latvia', 'le caire', 'le havre', 'lebanon', 'leeds', 'lettonie', 'liban', 'libya', 'libye',
      'lille', 'lima', 'lisbon', 'lisbonne', 'lithuania', 'lituanie', 'liverpool', 'loire', 'london', 'londres',
      'lorraine', 'los angeles', 'lougansk', 'louhansk', 'louisiana', 'louisiane', 'luhansk', 'luxembourg', 'lyon',
      'macédoine', 'madagascar', 'madrid', 'maine', 'malaisie', 'malaysia', 'mali', 'manche', 'manchester',
      'marioupol', 'mariupol', 'maroc', 'marseille', 'martinique', 'maryland', 'massachusetts', 'mayotte',
      'mediterranean', 'melbourne', 'metz', 'meurthe-et-moselle', 'mexico', 'mexico city', 'mexique', 'miami',
      'michigan', 'middle east', 'milan', 'minnesota', 'minsk', 'mississippi', 'missouri', 'moldavie', 'moldova',
      'monaco', 'mongolia', 'mongolie', 'montana', 'montenegro', 'montpellier', 'montreal', 'montréal', 'monténégro',
      'morocco', 'moscou', 'moscow', 'mossoul', 'mosul', 'moyen-orient', 'mozambique', 'mumbai', 'munich', 'myanmar',
      'méditerranée', 'nairobi', 'nancy', 'nantes', 'naples', 'nebraska', 'nepal', 'netherlands', 'nevada',
      'new delhi', 'new jersey', 'new mexico', 'new orleans', 'new york', 'new zealand', 'nice', 'niger', 'nigeria',
      'nigéria', 'nil', 'nile', 'normandie', 'normandy', 'north carolina', 'north dakota', 'north korea', 'northland',
      'norvège', 'norway', 'nouvelle-aquitaine', 'nouvelle-calédonie', 'nouvelle-zélande', 'népal', 'occitanie',
      'odesa', 'odessa', 'ohio', 'oklahoma', 'oregon', 'oslo', 'ottawa', 'ouganda', 'outre-mer', 'ouzbékistan',
      'oxford', 'pacific', 'pacifique', 'pakistan', 'palestine', 'panama', 'paraguay', 'paris', 'pays de galles',
      'pays-bas', 'pennsylvania', 'pennsylvanie', 'peru', 'philadelphia', 'philadelphie', 'philippines', 'picardie',
      'poland', 'pologne', 'polynésie', 'porto', 'portugal', 'prague', 'pretoria', 'proche-orient', 'provence',
      'pyongyang', 'pyrenees', 'pyrénées', 'pékin', 'pérou', 'qatar', 'quebec', 'québec', 'rabat', 'raqqa', 'reims',
      'rennes', 'rhin', 'rhine', 'rhône', 'rio de janeiro', 'riyad', 'riyadh', 'romania', 'rome', 'rouen', 'roumanie',
      'royaume-uni', 'russia', 'russie', 'rwanda', 'république tchèque', 'réunion', 'sahara', 'sahel',
      'saint-pétersbourg', 'san francisco', 'sao paulo', 'saudi arabia', 'scandinavie', 'scotland', 'seattle',
      'seine', 'senegal', 'seoul', 'serbia', 'serbie', 'sevastopol', 'seville', 'shanghai', 'shrewsbury', 'sinai',
      'sinaï', 'singapore', 'singapour', 'slovakia', 'slovaquie', 'slovenia', 'slovénie', 'somalia', 'somalie',
      'soudan', 'south africa', 'south carolina', 'south dakota', 'south korea', 'soviet union', 'spain', 'sri lanka',
      'st petersburg', 'stockholm', 'strasbourg', 'sudan', 'suisse', 'suède', 'sweden', 'switzerland', 'sydney',
      'syria', 'syrie', 'são paulo', 'sébastopol', 'sénégal', 'séoul', 'séville', 'taiwan', 'tanzania', 'tanzanie',
      'taïwan', 'tchad', 'tchéquie', 'tehran', 'tel aviv', 'tennessee', 'texas', 'thailand', 'thaïlande', 'the hague',
      'tibet', 'tokyo', 'toronto', 'toulon', 'toulouse', 'tunis', 'tunisia', 'tunisie', 'turin', 'turkey', 'turquie',
      'téhéran', 'u.k.', 'u.s', 'u.s.', 'uganda', 'uk', 'ukraine', 'union soviétique', 'united arab emirates',
      'united kingdom', 'united states', 'urss', 'uruguay', 'us', 'usa', 'ussr', 'utah', 'uzbekistan', 'varsovie',
      'vatican', 'venezuela', 'venice', 'venise', 'vermont', 'vienna', 'vienne', 'vietnam', 'virginia', 'virginie',
      'viêt nam', 'wales', 'warsaw', 'washington', 'wellington', 'west bank', 'west virginia', 'wisconsin', 'wyoming',
      'yemen', 'yonne', 'yémen', 'zambia', 'zambie', 'zaporijia', 'zaporizhzhia', 'zimbabwe', 'écosse', 'édimbourg',
      'égypte', 'émirats arabes unis', 'équateur', 'états-unis', 'éthiopie', 'île-de-france',
    ],
  },
  'organisations': {
    why: 'Well-known organisations and institutions, lowercase.',
    words: [
      '10 downing street', 'abc', 'afp', 'airbnb', 'airbus', 'al jazeera', 'al-qaeda', 'al-qaïda', 'amazon',
      'amnesty international', 'anses', 'ap', 'ap-hp', 'apple', 'arcom', 'ars', 'arte', 'assemblée nationale',
      'associated press', 'axios', 'banque mondiale', 'bbc', 'bce', 'bfm', 'bfmtv', 'bloomberg', 'boeing',
      'bundestag', 'buzzfeed', 'cbs', 'cfdt', 'cgt', 'chru', 'chu', 'cia', 'cnil', 'cnn', 'cnrs',
      'commission européenne', 'congress', 'congrès', 'conseil constitutionnel', 'conseil d\'état',
      'conseil de sécurité', 'conservative party', 'costco', 'cour de cassation', 'cour suprême', 'croix-rouge',
      'csa', 'daech', 'daesh', 'democratic party', 'dgse', 'dgsi', 'downing street', 'ecb', 'edf', 'eelv', 'elysée',
      'engie', 'eu', 'europe 1', 'european commission', 'european parliament', 'european union', 'europol',
      'facebook', 'fbi', 'fed', 'federal reserve', 'fmi', 'fo', 'food standards agency', 'force ouvrière', 'fox news',
      'france 24', 'france info', 'france télévisions', 'franceinfo', 'gazprom', 'gendarmerie', 'google', 'gop',
      'greenpeace', 'guardian', 'hamas', 'has', 'haute autorité de santé', 'hezbollah', 'huawei',
      'human rights watch', 'imf', 'ina', 'insee', 'inserm', 'instagram', 'interpol', 'isis', 'islamic state',
      'knesset', 'kremlin', 'kroger', 'la france insoumise', 'la république en marche', 'labour', 'lci', 'le figaro',
      'le monde', 'le parisien', 'les echos', 'les républicains', 'lfi', 'liberation', 'libération', 'likud', 'lr',
      'lrem', 'maison blanche', 'matignon', 'medef', 'meta', 'microsoft', 'modem', 'msf', 'msnbc',
      'médecins sans frontières', 'national assembly', 'nations unies', 'nato', 'nbc', 'netflix', 'new york times',
      'npr', 'nsa', 'ocde', 'oecd', 'omc', 'oms', 'onu', 'orange', 'otan', 'ouest-france', 'parlement européen',
      'parti démocrate', 'parti républicain', 'parti socialiste', 'pcf', 'pentagon', 'pentagone', 'peugeot',
      'police nationale', 'politico', 'pompiers', 'ps', 'quai d\'orsay', 'rassemblement national', 'ratp',
      'red cross', 'renault', 'republican party', 'reuters', 'rfi', 'rn', 'rtl', 'réserve fédérale', 'samsung',
      'samu', 'security council', 'senate', 'senate intelligence committee', 'sncf', 'spotify', 'sud',
      'supreme court', 'sénat', 'taliban', 'talibans', 'tesla', 'tf1', 'the guardian', 'tories', 'total',
      'totalenergies', 'treasury', 'trésor', 'twitter', 'uber', 'udi', 'ue', 'un', 'unesco', 'unicef',
      'union européenne', 'united nations', 'unsa', 'wagner', 'wall street journal', 'walmart', 'washington post',
      'white house', 'who', 'whole foods', 'world bank', 'wto', 'yahoo', 'yahoo finance', 'youtube', 'élysée',
      'état islamique',
    ],
  },
  'org-cues': {
    why: 'Words that make a capitalised sequence an organisation (lowercase, any position).',
    words: [
      'academy', 'académie', 'administration', 'agence', 'agency', 'air force', 'airlines', 'airways', 'alliance',
      'army', 'armée', 'assembly', 'assemblée', 'association', 'authority', 'autorité', 'bank', 'banque', 'board',
      'brigade', 'bureau', 'cabinet', 'caisse', 'capital', 'center', 'centre', 'chru', 'chu', 'church', 'clinic',
      'clinique', 'club', 'co.', 'college', 'collège', 'comité', 'commissariat', 'commission', 'committee',
      'compagnie', 'company', 'confederation', 'confédération', 'congress', 'congrès', 'conseil', 'conseil régional',
      'consulting', 'corp', 'corp.', 'corporation', 'council', 'cour', 'court', 'department', 'diocèse',
      'département', 'editions', 'energy', 'entreprise', 'fc', 'federation', 'figaro', 'firm', 'fondation', 'fonds',
      'foods', 'force', 'forces', 'foundation', 'front', 'fund', 'fédération', 'gazette', 'gendarmerie', 'group',
      'groupe', 'herald', 'holding', 'holdings', 'hospital', 'hôpital', 'inc', 'inc.', 'institut', 'institute',
      'institution', 'journal', 'laboratoire', 'laboratory', 'labs', 'league', 'ligue', 'llc', 'ltd', 'ltd.',
      'magazine', 'mairie', 'marine', 'market', 'markets', 'media', 'ministry', 'ministère', 'ministère de', 'monde',
      'motors', 'mouvement', 'movement', 'municipalité', 'museum', 'musée', 'mutuelle', 'médias', 'nations', 'navy',
      'network', 'news', 'observer', 'office', 'orchestra', 'orchestre', 'organisation', 'organisme', 'organization',
      'parlement', 'parliament', 'parquet', 'parti', 'partners', 'party', 'pharma', 'pharmaceuticals', 'pictures',
      'plc', 'police', 'post', 'press', 'presse', 'préfecture', 'publishing', 'radio', 'rassemblement', 'records',
      'reserve', 'review', 'région', 'républicain', 'sa', 'samu', 'sas', 'school', 'senate', 'service', 'services',
      'société', 'squad', 'state department', 'store', 'stores', 'studios', 'syndicat', 'systems', 'sénat', 'team',
      'technologies', 'telegraph', 'television', 'times', 'treasury', 'tribunal', 'tribune', 'trésor', 'tv',
      'télévision', 'union', 'university', 'universität', 'université', 'école', 'éditions', 'église', 'énergie',
      'équipe',
    ],
  },
  'lower-org-heads': {
    why: 'Cue nouns that head a lowercase-initial organisation name ("ministère russe de la Défense").',
    words: [
      'agence', 'centre', 'comité', 'commission', 'committee', 'conseil', 'cour', 'department', 'direction',
      'département', 'fédération', 'mairie', 'ministry', 'ministère', 'office', 'parquet', 'préfecture', 'service',
      'syndicat', 'tribunal',
    ],
  },
  'given-names': {
    why: 'Common given names (fr + en) used to type PER, lowercase.',
    words: [
      'aaron', 'abigail', 'adam', 'adrien', 'agnes', 'agnès', 'ahmed', 'alain', 'alan', 'albert', 'alexander',
      'alexandre', 'alexei', 'alexeï', 'alexis', 'ali', 'alice', 'amanda', 'amber', 'amy', 'andre', 'andrea',
      'andrei', 'andrew', 'andreï', 'andré', 'angela', 'ann', 'anna', 'anne', 'anthony', 'antoine', 'antonio',
      'antónio', 'ariel', 'arnaud', 'arthur', 'ashley', 'aurelie', 'aurélie', 'austin', 'bachar', 'barack', 'barbara',
      'bashar', 'benjamin', 'benoit', 'benoît', 'benyamin', 'bernard', 'bernie', 'betty', 'beverly', 'bibi', 'bill',
      'billy', 'bobby', 'boris', 'bradley', 'brandon', 'brenda', 'brian', 'brigitte', 'brittany', 'bruce', 'bruno',
      'bryan', 'camille', 'carl', 'carol', 'caroline', 'carolyn', 'catherine', 'celine', 'charles', 'charlotte',
      'cheryl', 'chloe', 'chloé', 'christian', 'christiane', 'christina', 'christine', 'christophe', 'christopher',
      'claire', 'claude', 'clement', 'clément', 'cynthia', 'cédric', 'céline', 'damien', 'daniel', 'danielle',
      'david', 'deborah', 'debra', 'denis', 'denise', 'dennis', 'diana', 'diane', 'didier', 'djamila', 'dmitri',
      'dmitry', 'dominique', 'donald', 'donna', 'doris', 'dorothy', 'douglas', 'dylan', 'edouard', 'edward', 'ehud',
      'eleanor', 'elisabeth', 'elizabeth', 'eloise', 'emilie', 'emily', 'emma', 'emmanuel', 'eric', 'ethan', 'eugene',
      'evelyn', 'fabrice', 'fatima', 'fiona', 'frances', 'francois', 'frank', 'françois', 'françoise', 'frederic',
      'frédéric', 'gabriel', 'gary', 'george', 'georges', 'gerald', 'gilles', 'giorgia', 'gloria', 'grace', 'gregory',
      'guillaume', 'gérard', 'hannah', 'harold', 'hassan', 'heather', 'helen', 'helene', 'henri', 'henry', 'herve',
      'hervé', 'hillary', 'hori', 'hugo', 'hussein', 'hélène', 'igor', 'ines', 'inès', 'ioulia', 'iouri', 'isabella',
      'isabelle', 'ivan', 'jack', 'jacob', 'jacqueline', 'jacques', 'jade', 'jair', 'james', 'janet', 'janice',
      'jason', 'jean', 'jean-baptiste', 'jean-claude', 'jean-françois', 'jean-jacques', 'jean-louis', 'jean-luc',
      'jean-marc', 'jean-marie', 'jean-michel', 'jean-paul', 'jean-pierre', 'jean-yves', 'jeffrey', 'jennifer',
      'jens', 'jeremy', 'jerome', 'jerry', 'jesse', 'jessica', 'joan', 'joe', 'john', 'johnny', 'jonathan', 'jordan',
      'jose', 'joseph', 'joshua', 'joyce', 'juan', 'judith', 'judy', 'jules', 'julie', 'julien', 'juliette', 'justin',
      'jérôme', 'kamala', 'karen', 'karim', 'katherine', 'kathleen', 'kathryn', 'kayla', 'keir', 'keith', 'kelly',
      'kenneth', 'kevin', 'kim', 'kimberly', 'kyle', 'larry', 'laura', 'lauren', 'laurent', 'lawrence', 'lea',
      'leila', 'lena', 'leo', 'linda', 'lisa', 'logan', 'lori', 'louis', 'louise', 'lucas', 'lucien', 'ludovic',
      'luiz', 'lula', 'léa', 'léna', 'léo', 'madison', 'mahmoud', 'manon', 'marc', 'marcel', 'margaret', 'margaux',
      'maria', 'mariano', 'marie', 'marilyn', 'marine', 'mario', 'marion', 'mark', 'marsha', 'martha', 'martine',
      'mary', 'mathieu', 'matteo', 'matthew', 'matthieu', 'maxime', 'megan', 'melissa', 'michael', 'michel',
      'michele', 'michelle', 'michèle', 'mikhail', 'mikhaïl', 'mitch', 'mohamed', 'mohammed', 'monique', 'mouammar',
      'muammar', 'nadia', 'najat', 'nancy', 'narendra', 'natalie', 'nathalie', 'nathan', 'nicholas', 'nicolas',
      'nicole', 'noah', 'océane', 'olaf', 'oleg', 'olena', 'olivia', 'olivier', 'pamela', 'pascal', 'patricia',
      'patrick', 'paul', 'pauline', 'pedro', 'peter', 'petr', 'petro', 'philip', 'philippe', 'pierre', 'piotr',
      'quentin', 'rachel', 'rachid', 'rachida', 'ralph', 'randy', 'raphael', 'raphaël', 'raymond', 'rebecca', 'recep',
      'rené', 'richard', 'rishi', 'robert', 'roger', 'romain', 'ronald', 'roy', 'russell', 'ruth', 'ryan', 'saddam',
      'samantha', 'samia', 'samuel', 'sandra', 'sandrine', 'sara', 'sarah', 'scott', 'sean', 'sebastien', 'segolene',
      'serge', 'sergei', 'sergey', 'sergueï', 'sharon', 'shimon', 'shinzo', 'shirley', 'silvio', 'sophia', 'sophie',
      'stephane', 'stephanie', 'stephen', 'steven', 'stéphane', 'susan', 'sylvia', 'sylvie', 'sébastien', 'ségolène',
      'te', 'teresa', 'terry', 'theresa', 'thierry', 'thomas', 'timothy', 'tyler', 'ursula', 'valerie', 'valérie',
      'victor', 'victoria', 'viktor', 'vincent', 'virginia', 'vladimir', 'volodymyr', 'walter', 'wayne', 'william',
      'willie', 'xavier', 'xi', 'yasmina', 'yitzhak', 'yulia', 'yuri', 'yves', 'zachary', 'édouard', 'élisabeth',
      'émilie', 'éric',
    ],
  },
  'non-entity-words': {
    why: 'Capitalised words that are never entities on their own: titles, roles, demonyms, time words.',
    words: [
      'administration', 'admiral', 'advertisement', 'africain', 'african', 'agent', 'allah', 'allemand',
      'allemande', 'allemands', 'ambassadeur', 'ambassador', 'ambassadrice', 'american', 'americans', 'amiral',
      'américain', 'américaine', 'américaines', 'américains', 'anglais', 'anglaise', 'août', 'apr', 'april', 'arab',
      'arabe', 'arabes', 'arabs', 'asian', 'asiatique', 'attorney', 'aug', 'august', 'aujourd\'hui', 'australian',
      'australien', 'avocat', 'avocate', 'avr', 'avril', 'bac', 'britannique', 'britanniques', 'british', 'canadian',
      'canadien', 'capitaine', 'capt', 'captain', 'catholic', 'catholique', 'ceo', 'cependant', 'chancelier',
      'chancelière', 'chancellor', 'chef', 'chief', 'chiite', 'chinese', 'chinois', 'chinoise', 'christian',
      'christians', 'christmas', 'chrétien', 'chrétiens', 'col', 'colonel', 'commandant', 'commander', 'commissaire',
      'conservateur', 'conservateurs', 'conservative', 'conservatives', 'covid', 'covid-19', 'dame', 'dec',
      'december', 'democrat', 'democrats', 'deputy', 'dg', 'dieu', 'dimanche', 'directeur', 'director', 'directrice',
      'docteur', 'doctor', 'dollar', 'dollars', 'dr', 'déc', 'décembre', 'démocrate', 'démocrates', 'démocratique',
      'député', 'députée', 'désormais', 'earlier', 'easter', 'english', 'ensuite', 'entre-temps', 'espagnol',
      'espagnole', 'etat', 'etats', 'euro', 'european', 'europeans', 'européen', 'européenne', 'européennes',
      'européens', 'euros', 'father', 'feb', 'february', 'français', 'française', 'françaises', 'french', 'friday',
      'févr', 'février', 'gen', 'general', 'german', 'germans', 'god', 'gouvernement', 'gouverneur', 'gov',
      'government', 'governor', 'général', 'hier', 'however', 'insoumis', 'inspecteur', 'inspector', 'instead',
      'internet', 'irakien', 'iranian', 'iranien', 'iraqi', 'israeli', 'israelis', 'israélien', 'israélienne',
      'israéliens', 'italian', 'italien', 'italienne', 'jan', 'january', 'janv', 'janvier', 'japanese', 'japonais',
      'jeudi', 'jewish', 'jews', 'judge', 'juge', 'juif', 'juifs', 'juil', 'juillet', 'juin', 'jul', 'july', 'jun',
      'june', 'king', 'kiwi', 'kiwis', 'lady', 'later', 'lawyer', 'liberal', 'liberals', 'libéral', 'lieutenant',
      'lord', 'lt', 'lundi', 'm', 'madame', 'mademoiselle', 'mai', 'maire', 'maori', 'mar', 'march', 'mardi', 'mars',
      'may', 'mayor', 'me', 'meanwhile', 'mercredi', 'minister', 'ministre', 'miss', 'mlle', 'mm', 'mme', 'monday',
      'monsieur', 'mother', 'mr', 'mrs', 'ms', 'muslim', 'muslims', 'musulman', 'musulmans', 'mère', 'māori', 'noir',
      'noire', 'noires', 'noirs', 'nov', 'november', 'novembre', 'noël', 'occidental', 'occidentale', 'occidentales',
      'occidentaux', 'oct', 'october', 'octobre', 'officer', 'ok', 'palestinian', 'palestinians', 'palestinien',
      'palestinienne', 'palestiniens', 'pape', 'patron', 'pdg', 'photo', 'polish', 'polonais', 'pope', 'porte-parole',
      'pr', 'premier', 'première', 'president', 'previously', 'prime', 'prince', 'princess', 'princesse', 'procureur',
      'procureure', 'prof', 'professeur', 'professor', 'prosecutor', 'protestant', 'président', 'présidente',
      'publicité', 'pâques', 'père', 'queen', 'recently', 'reine', 'rep', 'representative', 'représentant',
      'republic', 'republican', 'republicans', 'roi', 'russe', 'russes', 'russian', 'russians', 'républicain',
      'républicains', 'république', 'saint', 'sainte', 'samedi', 'saturday', 'secretary', 'secrétaire', 'sen',
      'senator', 'sep', 'separately', 'sept', 'september', 'septembre', 'sergeant', 'sergent', 'sgt', 'shadow',
      'sheriff', 'shia', 'shérif', 'sir', 'socialist', 'socialiste', 'socialistes', 'source', 'sources', 'spanish',
      'spokesman', 'spokesperson', 'spokeswoman', 'st', 'state', 'sunday', 'sunni', 'sunnite', 'syrian', 'syrien',
      'sénateur', 'sénatrice', 'thursday', 'today', 'tonight', 'toutefois', 'tuesday', 'turc', 'turkish', 'turque',
      'tv', 'ukrainian', 'ukrainians', 'ukrainien', 'ukrainienne', 'ukrainiennes', 'ukrainiens', 'update', 'updated',
      'vendredi', 'vice-president', 'vice-président', 'video', 'vidéo', 'web', 'wednesday', 'western', 'yesterday',
      'écologiste', 'écologistes', 'état', 'états',
    ],
  },
  'function-words': {
    why: 'Function and frequent words that appear capitalised at a sentence start, lowercase.',
    words: [
      'a', 'about', 'according', 'afin', 'after', 'again', 'against', 'ah', 'ainsi', 'all', 'alors', 'already',
      'also', 'although', 'always', 'among', 'an', 'and', 'another', 'any', 'après', 'are', 'as', 'at', 'attention',
      'au', 'aucun', 'aucune', 'aujourd\'hui', 'aussi', 'autant', 'autre', 'autres', 'aux', 'avait', 'avant', 'avec',
      'be', 'beaucoup', 'because', 'been', 'before', 'between', 'bien', 'bonjour', 'both', 'bravo', 'but', 'by',
      'c\'', 'c\'est', 'can', 'car', 'ce', 'ceci', 'cela', 'cependant', 'certaines', 'certains', 'certes', 'ces',
      'cet', 'cette', 'chaque', 'chez', 'comment', 'contre', 'could', 'd\'', 'd\'après', 'dans', 'de', 'dear',
      'demain', 'depuis', 'des', 'despite', 'did', 'dire', 'do', 'does', 'donc', 'dont', 'du', 'during', 'dès',
      'début', 'déjà', 'désormais', 'each', 'editor', 'elle', 'elles', 'en', 'encore', 'enfin', 'ensuite', 'entre',
      'environ', 'est', 'et', 'even', 'every', 'face', 'faire', 'few', 'fin', 'first', 'for', 'from', 'grâce', 'had',
      'has', 'have', 'he', 'hello', 'her', 'here', 'hier', 'his', 'how', 'however', 'i', 'ici', 'if', 'il', 'ils',
      'in', 'into', 'is', 'it', 'its', 'j\'', 'jamais', 'je', 'just', 'l\'', 'la', 'last', 'le', 'les', 'less',
      'leur', 'leurs', 'lire', 'lors', 'lorsqu\'', 'lorsque', 'là', 'ma', 'mais', 'mal', 'malgré', 'many', 'may',
      'meanwhile', 'merci', 'mes', 'mi', 'mieux', 'might', 'moins', 'mon', 'more', 'most', 'mr', 'mrs', 'ms', 'much',
      'must', 'my', 'même', 'mêmes', 'n\'', 'ne', 'never', 'next', 'ni', 'no', 'non', 'nor', 'nos', 'not',
      'notamment', 'notre', 'nous', 'now', 'néanmoins', 'of', 'often', 'oh', 'on', 'one', 'only', 'ont', 'or',
      'other', 'ou', 'oui', 'our', 'outre', 'over', 'où', 'par', 'parce', 'parfois', 'partager', 'pas', 'pendant',
      'personne', 'peu', 'photo', 'please', 'plus', 'plusieurs', 'pour', 'pourquoi', 'pourtant', 'près', 'puis',
      'puisque', 'qu\'', 'quand', 'que', 'quelque', 'quelques', 'qui', 'quoi', 'read', 'reste', 'rien', 's\'', 'sa',
      'sans', 'selon', 'ses', 'seulement', 'several', 'shall', 'share', 'she', 'should', 'si', 'since', 'so', 'some',
      'sometimes', 'son', 'sont', 'sous', 'souvent', 'still', 'such', 'suite', 'sur', 'surtout', 'ta', 'tant', 'tel',
      'telle', 'tes', 'thanks', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'those', 'though',
      'three', 'thus', 'to', 'today', 'tomorrow', 'ton', 'toujours', 'tous', 'tout', 'toute', 'toutefois', 'toutes',
      'trop', 'très', 'tu', 'two', 'un', 'under', 'une', 'until', 'update', 'vers', 'very', 'via', 'video', 'vite',
      'voici', 'voilà', 'voir', 'vos', 'votre', 'vous', 'was', 'we', 'well', 'were', 'what', 'when', 'where', 'which',
      'while', 'who', 'whose', 'why', 'will', 'with', 'without', 'would', 'yes', 'yesterday', 'yet', 'you', 'your',
      'ça', 'était',
    ],
  },
} as const satisfies Record<string, GazetteerList>;

function set(words: readonly string[], ...generated: string[]): ReadonlySet<string> {
  return new Set([...words, ...generated.flatMap((s) => s.split('|')).map((w) => w.trim().toLowerCase()).filter(Boolean)]);
}

/**
 * A hyphenated compound of given names ("Jean-Julien", "Marie-Christine"), which the lists cannot
 * hold: every part of three letters or more is a given name, so "Saint-Denis", "Alsace-Lorraine"
 * and "Mercedes-Benz" are not. Read only where a surname follows (rules/entity-rules.ts): alone,
 * such a compound is as often a street or a station (« Jean-Jaurès »).
 */
export function isCompoundGivenName(word: string): boolean {
  if (!word.includes('-')) return false;
  const parts = word.split('-');
  const long = parts.filter((p) => p.length >= 3);
  return parts.length <= 3 && long.length > 0 && long.every((p) => GIVEN_NAMES.has(p));
}

/** Countries, capitals, major cities and regions (fr and en spellings), lowercase. */
export const PLACES: ReadonlySet<string> = set(GAZETTEER_LISTS['places'].words, COUNTRY_NAMES, CITY_NAMES, REGION_NAMES);
/** Well-known organisations and institutions, lowercase. */
export const ORGS: ReadonlySet<string> = set(GAZETTEER_LISTS['organisations'].words);
/** Words that make a capitalised sequence an organisation (lowercase, any position). */
export const ORG_CUES: ReadonlySet<string> = set(GAZETTEER_LISTS['org-cues'].words);
/** Cue nouns that head a lowercase-initial organisation name ("ministère russe de la Défense"). */
export const LOWER_ORG_HEADS: ReadonlySet<string> = set(GAZETTEER_LISTS['lower-org-heads'].words);
/** Common given names (fr + en) used to type PER, lowercase. */
export const GIVEN_NAMES: ReadonlySet<string> = set(GAZETTEER_LISTS['given-names'].words, GIVEN_NAMES_DATA, SHORT_GIVEN_NAMES_DATA);
/** Capitalised words that are never entities on their own: titles, roles, demonyms, time words. */
export const NON_ENTITY_WORDS: ReadonlySet<string> = set(GAZETTEER_LISTS['non-entity-words'].words);
/** Function and frequent words that appear capitalised at a sentence start, lowercase. */
export const FUNCTION_WORDS: ReadonlySet<string> = set(GAZETTEER_LISTS['function-words'].words);
/** Base forms of English verbs (verb-corpus), lowercase: what may follow an infinitive's "to". */
export const ENGLISH_VERBS: ReadonlySet<string> = set([], ENGLISH_VERBS_DATA);
