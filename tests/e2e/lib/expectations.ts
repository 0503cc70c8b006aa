// What the popup must show for each fixture page, picked from the page text to be robust: names
// that occur as written in the article, speakers of reported speech, and the seed documents of
// tests/fixtures/seeds that are (or are not) about the same story.

export const SEED_IDS = {
  intelligenceBill: 'renseignement-senat',
  gunControl: 'obama-gun-control',
  ratatouille: 'recette-ratatouille',
  football: 'football-cup-final',
  eclipse: 'eclipse-observation',
  sourdough: 'sourdough-bread',
} as const;

/** Every document of tests/fixtures/seeds (README.md is not one). */
export const ALL_SEED_IDS: readonly string[] = Object.values(SEED_IDS);

const UNRELATED_TO_NEWS = [SEED_IDS.ratatouille, SEED_IDS.football, SEED_IDS.eclipse, SEED_IDS.sourdough];

export interface ExpectedEntity {
  name: RegExp;
  /** Checked when the kind of the name is beyond doubt (people). */
  type?: 'PER' | 'ORG' | 'LOC' | 'MISC';
}

export interface ArticleExpectation {
  page: 'lemonde-1' | 'bbc-1';
  /** Prominent names of the article; at least `minEntities` of them must be listed. */
  entities: ExpectedEntity[];
  minEntities: number;
  /** At least one claim's speaker matches. */
  speaker: RegExp;
  /** A quote whose speaker the sentence names unambiguously. */
  quotedBy: { quote: RegExp; speaker: RegExp };
  related: { id: string; title: string; year: string; why: RegExp };
  unrelated: string[];
}

export const ARTICLE_PAGES: readonly ArticleExpectation[] = [
  {
    page: 'lemonde-1',
    entities: [
      { name: /^Christiane Taubira$/, type: 'PER' },
      { name: /^François Hollande$/, type: 'PER' },
      { name: /^(l[’'])?Assemblée( nationale)?$/ },
      { name: /^(la )?(CNIL|Commission nationale informatique et libertés)$/i },
      { name: /^(le )?Sénat$/i },
      { name: /^(le )?Conseil constitutionnel$/i },
    ],
    minEntities: 4,
    speaker: /Hollande|Amirshahi|Taubira|CNIL|Commission nationale informatique|gouvernement|Arcep/,
    // « Pouria Amirshahi, député socialiste …, a annoncé qu'il transmettrait un « mémorandum argumenté » … »
    quotedBy: { quote: /mémorandum argumenté/, speaker: /Pouria Amirshahi/ },
    related: {
      id: SEED_IDS.intelligenceBill,
      title: 'Loi sur le renseignement : le Sénat adopte à son tour le texte, le Conseil constitutionnel saisi',
      year: '2015',
      why: /renseignement|Taubira|Hollande|CNIL|CNCTR|Sénat|Conseil constitutionnel|Assemblée/i,
    },
    unrelated: [...UNRELATED_TO_NEWS, SEED_IDS.gunControl],
  },
  {
    page: 'bbc-1',
    entities: [
      { name: /^(Barack |President |Mr )?Obama$/, type: 'PER' },
      { name: /^Jon Sopel$/, type: 'PER' },
      { name: /^Kenya$/ },
      { name: /^(the )?BBC( News)?$/i },
      { name: /^(the )?(US )?Congress$/i },
      { name: /^Iran$/ },
    ],
    minEntities: 4,
    speaker: /Obama/,
    // 'In an interview with the BBC, Mr Obama said it was "distressing" …'
    quotedBy: { quote: /^distressing$/, speaker: /Obama/ },
    related: {
      id: SEED_IDS.gunControl,
      title: 'Obama announces executive action on gun control after Congress fails to act',
      year: '2016',
      why: /Obama|gun|Congress|South Carolina|Louisiana|White House/i,
    },
    unrelated: [...UNRELATED_TO_NEWS, SEED_IDS.intelligenceBill],
  },
];

export const NOT_AN_ARTICLE_PAGE = 'mozilla-2';
