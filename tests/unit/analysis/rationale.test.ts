import { describe, expect, it } from 'vitest';
import { findRationale } from '../../../src/analysis/rationale';

const fr = (s: string) => findRationale(s, 'fr');
const en = (s: string) => findRationale(s, 'en');

describe('stated rationale (fr)', () => {
  it('takes the complement of explicit cues up to the clause end', () => {
    expect(fr('La Russie a envoyé des troupes, invoquant l’échec de Kiev à mettre en œuvre les accords, destinés à …')).toMatchObject({ cue: 'invoquant', rationale: 'l’échec de Kiev à mettre en œuvre les accords' });
    expect(fr('Elle a menti dans le but d’obtenir plus d’aide.')).toMatchObject({ cue: 'dans le but d’', rationale: 'obtenir plus d’aide' });
    expect(fr('Le match a été reporté en raison de la tempête.')).toMatchObject({ cue: 'en raison de', rationale: 'la tempête' });
    expect(fr('Il est parti, car il était malade depuis des semaines.')).toMatchObject({ cue: 'car', rationale: 'il était malade depuis des semaines' });
  });

  it('reads "pour" + infinitive as a purpose, and nothing else', () => {
    expect(fr('Il a démissionné pour protester contre la réforme.')).toMatchObject({ cue: 'pour', rationale: 'protester contre la réforme' });
    expect(fr('Les protocoles ont été signés pour la première fois en 2014.')).toBeNull();
    expect(fr('Il était trop fatigué pour continuer la course.')).toBeNull();
    expect(fr('Il a été condamné pour avoir menti aux enquêteurs.')).toBeNull();
    expect(fr('Pour la ministre, cette innovation va dénaturer le renseignement.')).toBeNull();
  });

  it('needs a main clause after a sentence-initial "Pour" + infinitive', () => {
    expect(fr('Pour repérer ces personnes, la loi permettra d’étendre la surveillance.')).toMatchObject({ cue: 'Pour', rationale: 'repérer ces personnes' });
    expect(fr('Pour dépasser le tabac')).toBeNull();
    expect(fr('Toutes les conditions étaient réunies pour que la sécurité soit assurée.')).toMatchObject({ cue: 'pour que', rationale: 'la sécurité soit assurée' });
  });

  it('reads "pour" + a verb in -ier, but not a noun in -ier', () => {
    expect(fr('Les services peuvent invoquer ces domaines pour justifier leur surveillance.')).toMatchObject({ cue: 'pour', rationale: 'justifier leur surveillance' });
    expect(fr('Il a été élu pour le premier mandat.')).toBeNull();
  });

  it('rejects "pour" after a span of time, "suffire" or a coordinated complement verb', () => {
    expect(fr('L’opposition a 24h pour déposer une motion de censure.')).toBeNull();
    expect(fr('La police ne suffit plus pour protéger les commerçants.')).toBeNull();
    expect(fr('Il a plaidé pour organiser le second tour en juin, et pour installer rapidement les conseils.')).toBeNull();
  });

  it('reads "car" without a comma as a conjunction, not after a determiner', () => {
    expect(fr('J’ai été battue par mon mari car je ne voulais pas le suivre.')).toMatchObject({ cue: 'car', rationale: 'je ne voulais pas le suivre', strong: false });
    expect(fr('Il a pris le car pour aller travailler chaque matin.')).toMatchObject({ cue: 'pour' });
    expect(fr('Il a pris le car de nuit.')).toBeNull();
  });

  it('keeps quoted words, coordinated reasons and a leading subordinate clause in the complement', () => {
    expect(fr('Il a plaidé pour "installer les maires" car "ne pas les installer, c’est créer des chômeurs" selon lui.')).toMatchObject({ cue: 'car', rationale: '"ne pas les installer, c’est créer des chômeurs" selon lui' });
    expect(fr('J’ai tiré en l’air pour faire une sommation, pour prévenir que je ne rigolais pas.')).toMatchObject({ rationale: 'faire une sommation, pour prévenir que je ne rigolais pas' });
    expect(fr('Ils ont réussi car je les ai regardés avec confiance, parce que je les ai respectés.')).toMatchObject({ cue: 'car', rationale: 'je les ai regardés avec confiance, parce que je les ai respectés' });
    expect(fr('Il fallait venir, car si je ne suis pas médecin, j’étais en mesure de juger.')).toMatchObject({ rationale: 'si je ne suis pas médecin, j’étais en mesure de juger' });
  });

  it('takes a one-word noun phrase after a nominal cue, and an adverb inside "arguant que"', () => {
    expect(fr('Dans un souci d’apaisement, le président a saisi les Sages.')).toMatchObject({ cue: 'Dans un souci d’', rationale: 'apaisement' });
    expect(fr('Le gouvernement se défend, arguant notamment que les données ne seront pas conservées.')).toMatchObject({ cue: 'arguant notamment que', rationale: 'les données ne seront pas conservées' });
  });

  it('skips cues before `from` but keeps the words before it as context', () => {
    const s = 'Candidate pour remplacer son mari, elle renonce, car "le pays a besoin d’un leader fort".';
    expect(fr(s)).toMatchObject({ cue: 'pour' });
    expect(findRationale(s, 'fr', false, s.indexOf('elle'))).toMatchObject({ cue: 'car', rationale: 'le pays a besoin d’un leader fort' });
    const t = 'Il a plaidé pour organiser le vote, et pour installer les maires.';
    expect(findRationale(t, 'fr', false, t.indexOf('et pour'))).toBeNull();
  });

  it('invents nothing without a cue', () => {
    expect(fr('Le gouvernement a présenté son projet de loi mardi.')).toBeNull();
    // "faute de" is not a cue of the annotation conventions.
    expect(fr('Faute de voiture, elle a appelé les pompiers.')).toBeNull();
  });
});

describe('stated rationale (en)', () => {
  it('takes explicit cues', () => {
    expect(en('The company closed the plant, citing falling demand for its cars.')).toMatchObject({ cue: 'citing', rationale: 'falling demand for its cars' });
    expect(en('The EU raised compensation in a bid to deter airlines from overbooking.')).toMatchObject({ cue: 'in a bid to', rationale: 'deter airlines from overbooking' });
    expect(en('It remained justified because less EU farm money came to the UK.')).toMatchObject({ cue: 'because', rationale: 'less EU farm money came to the UK' });
  });

  it('reads no purpose in an infinitive that ends on its preposition (an infinitival relative)', () => {
    expect(en('You could tell we were not giving them a whole lot to feel good about.')).toBeNull();
    expect(en('He flew to Paris on Monday to meet with the minister.')).toMatchObject({ cue: 'to', rationale: 'meet with the minister' });
  });

  it('reads no purpose when a verb of deciding or refusing governs "to" across an adjunct', () => {
    expect(en('The board voted in October to approve the merger.')).toBeNull();
    expect(en('They refuse on several occasions to denounce the attacks.')).toBeNull();
    expect(en('The union agreed on Friday to suspend the strike.')).toBeNull();
    // A noun that looks like such a verb, and a verb of motion, keep their purpose.
    expect(en('I’m sure they’ve got a good evaluation plan in place to look at results over time.')).toMatchObject({ cue: 'to', rationale: 'look at results over time' });
    expect(en('She went on Monday to meet the minister.')).toMatchObject({ cue: 'to', rationale: 'meet the minister' });
  });

  it('reads no purpose after the noun of a verb of choice, whose object may hold an abbreviation', () => {
    expect(en('The appointment of Smith to lead the bank surprised many.')).toBeNull();
    expect(en('NASA announced the selection of Acme Corp. and two other firms to join its lunar program.')).toBeNull();
    expect(en('The firm hired new staff. To meet demand, it opened a second plant.')).toMatchObject({ cue: 'To', rationale: 'meet demand' });
  });

  it('runs a "because" clause past a comma that comes before its verb', () => {
    expect(en('I’m running because those values of community, that we have a stake in each other, I think, are frayed.')).toMatchObject({ cue: 'because', rationale: 'those values of community, that we have a stake in each other' });
    expect(en('He left because the men, who were armed, fled.')).toMatchObject({ rationale: 'the men, who were armed' });
    expect(en('It failed because prices rose, and the firm closed.')).toMatchObject({ rationale: 'prices rose' });
  });

  it('reads "due to be" as scheduled, not as a cause', () => {
    expect(en('The report is due to be published on Monday by the ministry.')).toBeNull();
    expect(en('Flights were cancelled due to heavy snow.')).toMatchObject({ cue: 'due to', rationale: 'heavy snow' });
  });

  it('reads no purpose in "have" + a long noun phrase + "to"', () => {
    expect(en('It said it wouldn’t have the cash or cash flow to make a required contribution to its pension fund.')).toBeNull();
    expect(en('Advertisers have many online platforms to reach customers.')).toBeNull();
  });

  it('reads "to" + verb as a purpose only after an action and its object', () => {
    expect(en('The researchers used an electronic stylus to move the cursor.')).toMatchObject({ cue: 'to', rationale: 'move the cursor' });
    expect(en('To answer this question, the scientists asked five people to perform a task.')).toMatchObject({ cue: 'To', rationale: 'answer this question' });
    expect(en('He wanted to leave the party before the vote.')).toBeNull();
    expect(en('It is easier for airlines to take off in bad weather.')).toBeNull();
    expect(en('The Agency warned people to stay away from such products.')).toBeNull();
    expect(en('Prices rose from 10 to 20 dollars.')).toBeNull();
  });

  it('reads "to" after a passive of use, an adverb, a comparative or a comma as a purpose', () => {
    expect(en('Whale oil could be used to try to cure the disease.')).toMatchObject({ cue: 'to', rationale: 'try to cure the disease' });
    expect(en('She stayed up until 4 a.m. recently to take down comments, even on shoots that had nothing to do with it.')).toMatchObject({ rationale: 'take down comments, even on shoots that had nothing to do with it' });
    expect(en('They could be forced to push prices higher to cover the extra cost.')).toMatchObject({ rationale: 'cover the extra cost' });
    expect(en('The boat makes trips, at sea for a week at a time, to fish near the islands.')).toMatchObject({ rationale: 'fish near the islands' });
    expect(en('Germany is expected to have to make bigger savings to help the bloc.')).toMatchObject({ rationale: 'help the bloc' });
  });

  it('does not read "to" before a noun or after a noun that takes an infinitive', () => {
    expect(en('Trump said he has taken that advice to heart.')).toBeNull();
    expect(en('Voters took the senator to task over the vote, he said.')).toBeNull();
    expect(en('Overbooking can lead to \'bumping\' when a passenger is moved.')).toBeNull();
    expect(en('It could result in the relocation of jobs to cheaper bases.')).toBeNull();
    expect(en('The team set out to investigate this moment.')).toBeNull();
    expect(en('The hooks stay in the water, leaving them to soak for hours.')).toBeNull();
    expect(en('He has declared his intention to resist the president on both fronts.')).toBeNull();
    expect(en('Voters back his stance on negotiations to limit the nuclear program.')).toBeNull();
  });

  it('does not read "for" + a noun phrase of up to four words + "to" as a purpose: the infinitive has its own subject', () => {
    expect(en('I think it is inappropriate and misleading for a serious political party to behave that way.')).toBeNull();
    expect(en('He stayed home for the children to sleep.')).toBeNull();
  });

  it('does not read a second infinitive joined by "or" as a purpose', () => {
    expect(en('Leaders will find it harder to fix crumbling roads or to make emergency moves in a recession.')).toBeNull();
  });

  it('reads causal "as" and "since" only before a present-tense clause', () => {
    expect(en('We advise the public not to take them, as it is an industrial chemical.')).toMatchObject({ cue: 'as', rationale: 'it is an industrial chemical', strong: false });
    expect(en('As Eloise deteriorated, the staff did all they could.')).toBeNull();
    expect(en('Prices have risen since the war began.')).toBeNull();
  });

  it('keeps a short list of nouns whole', () => {
    expect(en('One needs to make choices to balance the ends, ways and means when pursuing the national interest.')).toMatchObject({ rationale: 'balance the ends, ways and means when pursuing the national interest' });
    expect(en('He closed the shop to save money, he said.')).toMatchObject({ rationale: 'save money' });
  });

  it('ends a nominal cue\'s noun phrase before a new subject', () => {
    expect(en('If due to Russian blockades we are unable to export, the world will suffer.')).toMatchObject({ cue: 'due to', rationale: 'Russian blockades' });
  });
  it('reads a verb that only looks inflected ("express", "succeed") as an infinitive', () => {
    expect(en('He used threatening and inappropriate language to express those beliefs.')).toMatchObject({ cue: 'to', rationale: 'express those beliefs' });
    expect(en('She moved abroad to succeed as a writer.')).toMatchObject({ cue: 'to', rationale: 'succeed as a writer' });
    expect(en('The prices rose to records last week.')).toBeNull();
  });

  it('reads the word after "to" as a noun when a finite verb follows it', () => {
    expect(en('The answer to hate is not more hate; it is compassion.')).toBeNull();
  });

  it('reads the verb before an adverb of time as governing "to"', () => {
    expect(en('He declined later to state when the lander would be ready.')).toBeNull();
    expect(en('The board decided instead to postpone the vote.')).toBeNull();
  });
  it('keeps the infinitive of a noun in -ation made from a verb that takes one', () => {
    expect(en('Trump has shown little hesitation to doctor reports in the past.')).toBeNull();
    expect(en('She declined an invitation to speak at the summit.')).toBeNull();
  });

  it('reads "for" + an -ing form + its object as no subject of the infinitive', () => {
    expect(en('He was criticised for using such language to express those beliefs.')).toMatchObject({ cue: 'to', rationale: 'express those beliefs' });
    expect(en('It is misleading for a serious political party to behave that way.')).toBeNull();
  });
  it('reads "to" after an ordinal-headed noun phrase or "reason" as completing it, not as a purpose', () => {
    expect(en('James became the first player in NBA history to record a triple-double against every team.')).toBeNull();
    expect(en('They were the only team to beat the champions this season.')).toBeNull();
    expect(en('There is no reason to believe he cannot sustain that pace.')).toBeNull();
    // (An ordinal elsewhere leaves a purpose alone.)
    expect(en('On the first day, they gathered in the square to protest the law.')).toMatchObject({ rationale: 'protest the law' });
  });
  it('reads "to" after a verb of influence and its long object (a list) as the verb\'s complement, not past another clause', () => {
    expect(en('NASA has recruited SpaceX\'s Starship, Blue Origin\'s Blue Moon and three other commercial lunar lander ideas to join its Artemis moon program.')).toBeNull();
    expect(en('Some tribes stand back and allow the Department of Conservation and volunteer groups to take the lead in rescue efforts.')).toBeNull();
    // (A coordinator after a comma opens another clause, whose "to" may state a purpose again.)
    expect(en('They failed to conduct mandated checks on inmates, and lied on official forms to hide their dereliction.')).toMatchObject({ rationale: 'hide their dereliction' });
  });
  it('leaves a time adverbial that ends a noun-phrase reason out of it', () => {
    expect(en('The company closed the plant because of weak demand for nearly a decade.')).toMatchObject({ rationale: 'weak demand' });
    expect(en('The company cut jobs because of weak demand last year.')).toMatchObject({ rationale: 'weak demand' });
    expect(fr("L'usine est fermée en raison de la grève depuis trois semaines.")).toMatchObject({ rationale: 'la grève' });
    // (An infinitive keeps it: the time may be the purpose's own.)
    expect(en('The firm raised prices in order to protect its margins this year.')).toMatchObject({ rationale: 'protect its margins this year' });
  });
  it('keeps a quotation inside a noun-phrase reason whole, its pronouns included', () => {
    expect(en('Andrew said he does not regret the friendship because of “the opportunities I was given to learn” about business.')).toMatchObject({ rationale: '“the opportunities I was given to learn” about business' });
    // (Past the quotation, a subject pronoun still ends the phrase.)
    expect(en('The firm said that because of “weak demand” in Europe we are unable to hire.')).toMatchObject({ rationale: '“weak demand” in Europe' });
  });
  it('reads "as" before a pronoun and a bare auxiliary as a comparison', () => {
    expect(en('Its policies and plans can be viewed, as we do, as a blueprint for growth.')).toBeNull();
    expect(en('The agency advised the public not to take them, as it is an industrial chemical.')).toMatchObject({ rationale: 'it is an industrial chemical' });
  });
  it('keeps an absolute "with" phrase after a comma in the reason', () => {
    expect(en('Arguing that voters are just now beginning to tune in, with the first votes less than 100 days away, Patrick has said he will have visibility.')).toMatchObject({ rationale: 'voters are just now beginning to tune in, with the first votes less than 100 days away' });
  });
  it('keeps the examples and inclusions a comma introduces (« dont », « comme », "such as") in the reason, without a coordinator left dangling', () => {
    expect(fr('La Nasa utilisera Dragon pour envoyer quatre astronautes à la fois, dont un Japonais lors de la prochaine mission.')).toMatchObject({ rationale: 'envoyer quatre astronautes à la fois, dont un Japonais lors de la prochaine mission' });
    expect(fr('La mission doit servir de tremplin pour faire des choses plus dures, comme le programme Artemis et, bien sûr, aller sur Mars.')).toMatchObject({ rationale: 'faire des choses plus dures, comme le programme Artemis' });
    expect(en('The city bought new trucks to clear the roads, such as the ones that flood every spring.')).toMatchObject({ rationale: 'clear the roads, such as the ones that flood every spring' });
  });
});
