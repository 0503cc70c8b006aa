import { describe, expect, it } from 'vitest';
import { claimWith, run } from './helpers';

describe('direct quotes and their speakers (fr)', () => {
  it('takes the name after an inverted cue', () => {
    const a = run('« Nous ne reculerons pas sur cette réforme », a déclaré Élisabeth Borne mardi devant les députés.');
    expect(claimWith(a, 'Nous ne reculerons pas')).toMatchObject({ speaker: 'Élisabeth Borne', cue: 'a déclaré' });
  });

  it('resolves "a-t-il ajouté" to the last speaker', () => {
    const a = run('Jean Castex a défendu le texte. « Il est équilibré », a estimé Jean Castex.\n\n« Nous irons jusqu’au bout », a-t-il ajouté.');
    expect(claimWith(a, 'jusqu’au bout')).toMatchObject({ speaker: 'Jean Castex', cue: 'a-t-il ajouté' });
  });

  it('finds the subject of the reporting verb across an apposition, not a name inside it', () => {
    const a = run("Pouria Amirshahi, député socialiste des Français de l'étranger qui a également voté contre, a annoncé qu'il transmettrait un « mémorandum argumenté » au Conseil constitutionnel.");
    expect(claimWith(a, 'mémorandum argumenté')?.speaker).toBe('Pouria Amirshahi');
  });

  it('continues the last speaker for a floating quote paragraph', () => {
    const a = run('« Le dialogue reste ouvert », a assuré Laurent Berger lundi.\n\n« Mais nous ne signerons pas un accord qui affaiblit les salariés. »');
    expect(claimWith(a, 'nous ne signerons pas')?.speaker).toBe('Laurent Berger');
  });

  it('does not make a claim of a scare quote with no reporting cue', () => {
    const a = run('Le dispositif introduit une forme de « pêche au chalut » dans les données des Français.');
    expect(claimWith(a, 'pêche au chalut')).toBeUndefined();
  });

  it('reads "selon X" as the source of a quote in the title', () => {
    const a = run('Le texte du rapport reste confidentiel.', 'Kiev a fait de “grands gains”, selon Mark Warner');
    expect(claimWith(a, 'grands gains')).toMatchObject({ speaker: 'Mark Warner', cue: 'selon' });
  });
});

describe('direct quotes and their speakers (en)', () => {
  it('takes "said X" after the quote', () => {
    const a = run('“We will not back down,” said Senator Mark Warner on Sunday.');
    expect(claimWith(a, 'We will not back down')).toMatchObject({ speaker: 'Mark Warner', cue: 'said' });
  });

  it('resolves "Mr. Frankel said" to the full name given earlier', () => {
    const a = run('Jeffrey Frankel, an economist at Harvard, studies budgets.\n\n“This increases the chances we will have to slam on the brakes,” Mr. Frankel said.');
    expect(claimWith(a, 'slam on the brakes')?.speaker).toBe('Jeffrey Frankel');
  });

  it('takes the subject of a cue before a colon', () => {
    const a = run('Mary Robinson told reporters: "The plan is ready and it will be published tomorrow."');
    expect(claimWith(a, 'The plan is ready')?.speaker).toBe('Mary Robinson');
  });

  it('resolves "he said" to the person last quoted', () => {
    const a = run('“The deficit matters,” said Marc Goldwein of the budget committee.\n\n“That party is ending now for everyone,” he said.');
    expect(claimWith(a, 'That party is ending')?.speaker).toBe('Marc Goldwein');
  });
});

describe('reported speech', () => {
  it('fr: "selon X" names the source', () => {
    const a = run('Selon le ministère de la Défense, les troupes se sont retirées de la région pendant la nuit.');
    expect(a.claims).toContainEqual(expect.objectContaining({ kind: 'indirect', cue: 'Selon', speaker: expect.stringContaining('ministère de la Défense') }));
  });

  it('fr: "X a affirmé que" gives X as speaker', () => {
    const a = run('Le président Emmanuel Macron a affirmé que la réforme serait adoptée avant l’été.');
    expect(claimWith(a, 'la réforme serait adoptée')).toMatchObject({ kind: 'indirect', speaker: 'Emmanuel Macron' });
  });

  it('en: "X warned that" gives X, also for an unnamed group', () => {
    const named = run('Treasury Secretary Janet Yellen warned that the debt limit would be reached in June.');
    expect(claimWith(named, 'debt limit')).toMatchObject({ kind: 'indirect', speaker: 'Janet Yellen' });
    const group = run('Deficit hawks have warned for years that a day of reckoning is coming.');
    expect(claimWith(group, 'day of reckoning')?.speaker).toBe('Deficit hawks');
  });

  it('en: "according to X"', () => {
    const a = run('The factory will close next year, according to the Congressional Budget Office.');
    expect(claimWith(a, 'factory will close')).toMatchObject({ kind: 'indirect', speaker: 'Congressional Budget Office' });
  });
});

describe('more speaker cues', () => {
  it('fr: any verb with subject inversion after a quote is a reporting cue', () => {
    const a = run('Djamila Boutoutaou a écrit à ses avocats.\n\n« Pitié, aidez-moi à rentrer en France », implore-t-elle.');
    expect(claimWith(a, 'aidez-moi à rentrer')).toMatchObject({ speaker: 'Djamila Boutoutaou', cue: 'implore-t-elle' });
  });

  it('fr: a title "X, …, en Irak : « … »" gives X, not the place', () => {
    const a = run('Son avocat demande son retour.', 'Djamila Boutoutaou, condamnée en Irak : « Aidez-moi à rentrer en France ! »');
    expect(claimWith(a, 'Aidez-moi')?.speaker).toBe('Djamila Boutoutaou');
  });

  it('en: naming verbs introduce a quote ("called it “…”")', () => {
    const a = run('Senator Mark Warner called it “the worst piece of legislation we have passed since I arrived in the Senate.”');
    expect(claimWith(a, 'worst piece of legislation')).toMatchObject({ speaker: 'Mark Warner', cue: 'called' });
  });

  it('en: a parenthetical cue names the source after it', () => {
    const a = run('The combination, say economists, marks a journey into uncharted financial territory.');
    expect(claimWith(a, 'uncharted')).toMatchObject({ kind: 'indirect', speaker: 'economists' });
  });
});

describe('quotes inside a clause without a reporting verb', () => {
  it('fr: a role noun subject stands for the person quoted before', () => {
    const a = run('« Les forces de sécurité sont mobilisées », a déclaré Nicole Belloubet.\n\nLa garde des Sceaux a quand même « décidé de lancer une inspection » sur la prison.');
    expect(claimWith(a, 'décidé de lancer une inspection')?.speaker).toBe('Nicole Belloubet');
  });

  it('en: a participle cue takes the subject of the sentence', () => {
    const a = run('Laurent Berger criticised the decree on Monday, calling it “a betrayal of the public word” in a statement.');
    expect(claimWith(a, 'betrayal of the public word')?.speaker).toBe('Laurent Berger');
  });
});

describe('pronoun resolution', () => {
  it('en: "he said" refers to a person introduced as subject after the last quote', () => {
    const a = run('“It is the transcendent issue of our era,” said Mitch McConnell last year.\n\nSenator James Lankford, an Oklahoma Republican, played down that threat on the Senate floor.\n\n“I think it’s an appropriate risk to let Americans keep more of their money,” he said.');
    expect(claimWith(a, 'appropriate risk')?.speaker).toBe('James Lankford');
  });

  it('fr: "a-t-elle ajouté" keeps the last speaker when nobody new was introduced', () => {
    const a = run('« La sécurité était assurée », a affirmé Nicole Belloubet mardi.\n\n« Les personnels n’ont commis aucune erreur », a-t-elle ajouté.');
    expect(claimWith(a, 'aucune erreur')?.speaker).toBe('Nicole Belloubet');
  });
});

describe('unnamed and absent speakers', () => {
  it('fr: an agentless passive has no speaker', () => {
    const a = run('Un appel a été lancé pour ne pas « interférer dans les affaires intérieures du Bélarus » à Bruxelles.');
    expect(claimWith(a, 'interférer dans les affaires')?.speaker ?? null).toBeNull();
  });

  it('fr: an unnamed subject stops before its verb group', () => {
    const a = run('Plusieurs ministres ont en revanche dénoncé que cette position bloquait tout.');
    expect(claimWith(a, 'position bloquait')?.speaker).toBe('Plusieurs ministres');
  });
});

describe('reported speech without a reporting verb before the content', () => {
  it('fr: "Pour la ministre, …" is the minister’s view', () => {
    const a = run('« Nous avons entendu les critiques », a déclaré Christiane Taubira.\n\nPour la ministre, cette innovation va dénaturer le renseignement pénitentiaire.');
    expect(claimWith(a, 'cette innovation va dénaturer')).toMatchObject({ kind: 'indirect', cue: 'Pour', speaker: 'Christiane Taubira' });
  });

  it('fr: the agent of "décrié par" is the source', () => {
    const a = run('Ce texte, fortement décrié par la société civile, a été adopté mardi.');
    expect(claimWith(a, 'fortement décrié')?.speaker).toMatch(/société civile/u);
  });

  it('fr: a relative clause takes its antecedent as subject', () => {
    const a = run('La CNIL, qui critique fortement cette disposition, a demandé des garanties au gouvernement.');
    expect(claimWith(a, 'critique fortement')?.speaker).toBe('CNIL');
  });
});

describe('unnamed, titled and multiple sources', () => {
  it('en: an indefinite role phrase is a new source, not the person named before', () => {
    const a = run('Senator Maria Lopez defended the bill on Monday. But a Treasury Department official responded: “The numbers simply do not add up for the next decade.”');
    expect(claimWith(a, 'numbers simply do not add up')?.speaker).toBe('a Treasury Department official');
  });

  it('fr: « un responsable … » is a new, unnamed source', () => {
    const a = run('Le ministre Gérald Darmanin a défendu la réforme lundi. Un responsable syndical a réagi : « Ce texte ne passera pas sans une grève massive dans tout le pays. »');
    expect(claimWith(a, 'ne passera pas')?.speaker).toBe('Un responsable syndical');
  });

  it('en: "the foreign secretary" is the person introduced with that title', () => {
    const a = run('Earlier Foreign Secretary Jack Straw said the rebate was fair. Shadow minister Graham Brady said: “We must keep the rebate at any cost to the Treasury.” The foreign secretary meanwhile said the “logic” of the rebate remained sound for many years.');
    expect(claimWith(a, 'logic')?.speaker).toBe('Jack Straw');
  });

  it('en: "according to" an unnamed source gives that source', () => {
    const a = run('Sales of the brand reached $6 million in January alone, according to data analysis firm 1010data.');
    expect(claimWith(a, 'Sales of the brand')?.speaker).toBe('data analysis firm 1010data');
  });

  it('en: a second source in the same sentence gets a claim of its own', () => {
    const a = run('Senator James Lankford claimed the tax cuts would pay for themselves, even as the Congressional Budget Office estimated that they would add $250 billion to the deficit every year.');
    expect(claimWith(a, 'pay for themselves')?.speaker).toBe('James Lankford');
    expect(claimWith(a, 'add $250 billion')?.speaker).toBe('Congressional Budget Office');
  });

  it('fr: « X a rapporté que …, Y révélant … » stays one claim of X', () => {
    const a = run('Samedi, le journal Le Monde a rapporté que Paris et Berlin avaient renforcé leur coopération, la France révélant ses plans à l’Allemagne pour obtenir son soutien.');
    expect(claimWith(a, 'renforcé leur coopération')?.speaker).toMatch(/Monde/u);
    expect(claimWith(a, 'révélant ses plans')?.speaker).toMatch(/Monde/u);
  });

  it('en: a cue after "and" shares the subject of the first verb, not the last name before it', () => {
    const a = run('Republicans pilloried the Obama administration for its stimulus in 2009 and complained about the deficit for years.');
    expect(claimWith(a, 'complained about the deficit')?.speaker).toBe('Republicans');
    const b = run('Hicks posted the picture. On one Facebook page an unidentified poster put up her picture and wrote that it was “disrespectful, rude and against the Flag Code.”');
    expect(claimWith(b, 'disrespectful, rude')?.speaker).toBe('an unidentified poster');
  });

  it('fr: « X a dénoncé … et réclamé » keeps X across quotes', () => {
    const a = run('La fédération FO-Santé avait de son côté dénoncé un décret "outrageant", source d\'"iniquité flagrante", et réclamé "la réouverture de réelles négociations" sur le sujet.');
    expect(claimWith(a, 'la réouverture de réelles négociations')?.speaker).toBe('FO-Santé');
  });

  it('en: a claim named by a noun ("his vow that", "X’s declaration that") belongs to its owner', () => {
    const a = run('Benjamin Netanyahu won the election. The results also suggest that voters back his tough stance on Iran and his vow on Monday that there would be no Palestinian state while he is in office.');
    expect(claimWith(a, 'no Palestinian state')?.speaker).toBe('Benjamin Netanyahu');
    const b = run('The United States has tried to calm both sides, but Netanyahu’s declaration that there would be no Palestinian state makes that harder.');
    expect(claimWith(b, 'no Palestinian state')?.speaker).toBe('Netanyahu');
  });

  it('fr: « sa promesse que … » belongs to the person it refers to', () => {
    const a = run('Emmanuel Macron a rencontré les agriculteurs samedi. Les syndicats ont salué le geste mais contestent sa promesse que les prix seront relevés avant l’été prochain.');
    expect(claimWith(a, 'prix seront relevés')?.speaker).toBe('Emmanuel Macron');
  });

  it('en: "described it as", "dismissed as" report a judgement', () => {
    const a = run('Bob Alverson, a commissioner on the halibut commission since 1990, described it as a stable but declining resource for the fleet.');
    expect(claimWith(a, 'stable but declining')?.speaker).toBe('Bob Alverson');
    const b = run('The gas firm said the flow was down because of a turbine fault – an argument the German government in strong terms dismissed as a made-up pretext on Wednesday.');
    expect(claimWith(b, 'made-up pretext')?.speaker).toMatch(/German government/u);
    expect(claimWith(b, 'turbine fault')?.speaker).toMatch(/gas firm/u);
  });

  it('fr: « selon lui » is the person just quoted', () => {
    const a = run('Le patron des sénateurs LR Bruno Retailleau a redit que "si on veut rembourser nos dettes, il faudra travailler plus".En vue du "choc économique" qui sera selon lui "énorme", "il faudra exonérer les entreprises de charges", a-t-il dit sur Sud Radio.');
    expect(claimWith(a, 'choc économique')?.speaker).toBe('Bruno Retailleau');
    expect(claimWith(a, 'énorme')?.speaker).toBe('Bruno Retailleau');
  });

  it('fr: « selon lui » after an inverted cue with an adverb is that cue\'s subject, not a name a preposition governs', () => {
    const text = '"Le Covid sera la troisième cause de mortalité", a déploré Tom Frieden, qui dirigeait les Centres sous Barack Obama. "Nous avons passé les 200.000 en juillet", souligne d\'ailleurs Eric Topol. Première erreur, selon lui: les Etats-Unis n\'ont pas attendu.';
    expect(claimWith(run(text), 'Première erreur')?.speaker).toBe('Eric Topol');
    // Without the adverb, the name closing the sentence before the quote is still not the speaker: « sous » governs it.
    expect(claimWith(run(text.replace("souligne d'ailleurs", 'souligne')), 'Première erreur')?.speaker).toBe('Eric Topol');
  });

  it('fr: an adverbial phrase right after an inverted cue does not hide the role and name after it', () => {
    const a = run('"Malheureusement, il y a des gens qui sont morts", a déclaré de son côté l\'agent spécial du FBI Ron Harper au même point de presse. Il a ajouté que 42 blessés avaient été emmenés vers les hôpitaux.');
    expect(claimWith(a, 'Malheureusement')?.speaker).toBe('Ron Harper');
    expect(claimWith(a, '42 blessés')?.speaker).toBe('Ron Harper');
  });

  it('fr: a name inside the speaker\'s own quote is not the subject of the participle after it', () => {
    const a = run('Rachida Dati a dénoncé une instrumentalisation. "Un avocat a utilisé sa femme qui a acheté des actions Renault avant une assemblée", a-t-elle accusé, précisant avoir "déposé plainte contre cet avocat".');
    expect(claimWith(a, 'déposé plainte')?.speaker).toBe('Rachida Dati');
    // A name that is the whole quotation is still read: « selon le "Freedom Network", un groupe … qui dénonce ».
    const b = run('Sept journalistes ont été tués, selon le "Freedom Network", un groupe défendant la liberté de la presse qui dénonce une "escalade inquiétante" dans le pays.');
    expect(claimWith(b, 'escalade inquiétante')?.speaker).toBe('Freedom Network');
  });

  it('fr: a body, a work or a dataset that was a source is no antecedent of a person\'s role', () => {
    const a = run('Les Etats-Unis enregistrent un millier de décès par jour, selon la base Our World in Data. "Nous avons assisté à des pertes", a attaqué l\'ancien vice-président lundi.');
    const quote = claimWith(a, 'assisté à des pertes');
    expect(quote).toBeDefined();
    expect(quote?.speaker ?? '').not.toMatch(/World|Data/u);
    // A role with a prefix (« vice-président ») is a role; the description stops before its date.
    expect(quote?.speaker).toBe('l\'ancien vice-président');
  });

  it('fr: « il » after a sentence whose quote has a speaker goes on with that speaker, not a name before', () => {
    const a = run('Chuck Schumer a dénoncé des déclarations dangereuses. "Cela donne de faux espoirs", a-t-il déploré sur MSNBC. Le locataire de la Maison Blanche a par ailleurs affirmé qu\'il n\'avait "aucun symptôme" du Covid-19. Il a précisé qu\'il était testé très régulièrement.');
    expect(claimWith(a, 'testé très régulièrement')?.speaker).toBe('Le locataire de la Maison Blanche');
  });

  it('fr: a sentence that opens inside a quote is no claim of its own', () => {
    const a = run('"Nous voulons des sanctions contre Loukachenko.Si nous ne parvenons pas à le faire, la crédibilité de l\'UE sera mise à mal", a estimé Josep Borrell.');
    expect(a.claims.filter((c) => c.kind !== 'direct')).toEqual([]);
    expect(claimWith(a, 'crédibilité')?.speaker).toBe('Josep Borrell');
  });

  it('fr: « le ministre de la Santé » is the person introduced with that title, else the role itself', () => {
    const a = run('Le tabloïd révèle que le ministre de la Santé Roman Prymula a dîné dans un restaurant. À cette occasion le ministre de la Santé a déclaré : « Je n’ai pas l’intention de démissionner. »');
    expect(claimWith(a, 'démissionner')?.speaker).toBe('Roman Prymula');
    const b = run('Meanwhile, the mayor of Mariupol said sanitation systems were broken across the city.');
    expect(claimWith(b, 'sanitation systems')?.speaker).toBe('the mayor of Mariupol');
  });

  it('fr: an inverted cue followed by an adverbial and a role names the person with that title', () => {
    const a = run('Le ministre de la Santé Roman Prymula a dîné dans un restaurant.\n\n« Je n’ai pas l’intention de démissionner », a déclaré à cette occasion le ministre de la Santé.');
    expect(claimWith(a, 'démissionner')?.speaker).toBe('Roman Prymula');
  });

  it('en: no unnamed source made of the reader, a hedge or a condition', () => {
    const a = run('Or maybe you think of the card in grey, holding his lantern, walking with a staff in the snow.');
    expect(a.claims.every((c) => !/\byou\b|maybe/u.test(c.speaker ?? ''))).toBe(true);
  });

  it('en: a name in apposition after the quote is its speaker; a phrase after a preposition is not', () => {
    const a = run('Eloise Parry, 21, was taken to hospital in April.\n\n“The drug was in her system and there was no antidote,” her mother, Fiona, wrote in a tribute published by police.\n\n“She never understood how dangerous the tablets were,” said Fiona Parry.');
    expect(claimWith(a, 'no antidote')?.speaker).toBe('Fiona Parry');
  });

  it('fr: a participle right after a passive agent is the agent’s; an elided object pronoun is not part of the subject', () => {
    const a = run('Une trentaine de personnes ont été retenues pendant six jours par des soldats iraniens dissidents exigeant la libération de 91 prisonniers.');
    expect(claimWith(a, 'libération de 91 prisonniers')?.speaker).toBe('des soldats iraniens dissidents');
    const b = run("Et parmi les réponses, un internaute l'accuse : « Je trouve ça gênant venant de quelqu'un qui fait du buzz. »");
    expect(claimWith(b, 'gênant')?.speaker).toBe('un internaute');
  });

  it('en: an indefinite role with its complement is the source ("a leading expert on the economy"), and English "on" is no pronoun', () => {
    const a = run('Critics argue that the plan is a step backwards. A leading expert on the Cuban economy says that the tax smacks of desperation. A spokesman for the ministry said it had no comment.');
    expect(claimWith(a, 'smacks of desperation')?.speaker).toBe('A leading expert on the Cuban economy');
    expect(claimWith(a, 'no comment')?.speaker).toBe('A spokesman for the ministry');
  });

  it('en: a reporting form opening a sentence is a noun, not a cue', () => {
    const a = run('The government pushed the bill through. Claims that immediate action is imperative do not stand up to scrutiny.');
    expect(claimWith(a, 'immediate action')).toBeUndefined();
  });

  it('en: a name followed by the body that speaks for it is the source ("White House officials said")', () => {
    const a = run('On Friday, the Obama administration will announce a new Sudan strategy. White House officials said the plan was ready for release.');
    expect(claimWith(a, 'new Sudan strategy')?.speaker).toBe('Obama administration');
    expect(claimWith(a, 'plan was ready')?.speaker).toBe('White House officials');
  });

  it('en: a subordinator does not open an unnamed source; an infinitive is no closing cue', () => {
    const a = run('Although no group claimed responsibility, the attack raised fears across the region.');
    expect(claimWith(a, 'raised fears')?.speaker ?? '').not.toMatch(/^Although/u);
    const b = run('Politicians acknowledged that the threat grew once radical preachers, long repressed, won the freedom to preach freely in mosques.');
    expect(claimWith(b, 'threat grew')?.speaker).toBe('Politicians');
  });

  it('en: "…, the source, who …, told Reuters" is the source’s claim, not Reuters’', () => {
    const a = run('The two ministers fled to the compound after their homes were attacked, the source, who said he had spoken to people inside the compound, told Reuters.');
    expect(claimWith(a, 'fled to the compound')?.speaker).toBe('the source');
    expect(claimWith(a, 'fled to the compound')?.rationale ?? null).toBeNull();
  });

  it('en: "a direct answer to", "his latest comments on" are nouns; "the company claims its …" is a verb; "there" is nobody', () => {
    const a = run('But notably, he did not give a direct answer to that question. The company claims its new prices have saved customers money.');
    expect(claimWith(a, 'direct answer')).toBeUndefined();
    expect(claimWith(a, 'saved customers money')?.speaker).toBe('The company');
  });

  it('fr: « ce qu’a annoncé X » names X; an infinitive after a modal or a clitic is no cue; « Ce garagiste estime » keeps its subject', () => {
    const a = run('La Ville retire les trottinettes. C’est ce qu’a annoncé Éric Alan Caldwell, responsable de la mobilité, mercredi matin.');
    expect(claimWith(a, 'ce qu’a annoncé')?.speaker).toBe('Éric Alan Caldwell');
    const b = run('Le marché se contracte. Pour survivre, elle doit s’en trouver un autre rapidement.');
    expect(b.claims.some((c) => c.cue === 'trouver')).toBe(false);
    const c = run('Vincent Harry répare des motos depuis vingt ans. Ce garagiste estime que la police ne suffit plus pour protéger les commerçants.');
    expect(claimWith(c, 'la police ne suffit plus')?.speaker).toBe('Vincent Harry');
  });

  it('en: "X, an official of …, which …, told the Tass news agency" is X’s claim', () => {
    const a = run('Vitaly Kiselev, an interior ministry official of the self-proclaimed republic in Luhansk, which is recognised only by Russia, told the Tass news agency the city would fall within days.');
    expect(claimWith(a, 'fall within days')?.speaker).toBe('Vitaly Kiselev');
  });

  it('fr/en: a quote after "citant X" / "citing X" is the cited source’s; a subject phrase stops at its reporting verb', () => {
    const a = run('Le rapport indique également – citant un responsable américain anonyme – que Washington et Kiev “en permanence” discuté des moyens d’entraver l’offensive.');
    expect(claimWith(a, 'en permanence')).toMatchObject({ speaker: 'un responsable américain anonyme', cue: 'citant' });
    const b = run('The report adds, citing a senior official, that the two capitals talked “almost every day” about the offensive.');
    expect(claimWith(b, 'almost every day')?.speaker).toBe('a senior official');
  });
  it('does not point a prefixed role back to the person titled with the bare role', () => {
    const r = run('Ces morts sont pour le candidat démocrate Joe Biden le symbole de l\'incompétence du président Donald Trump. « Nous avons assisté à une hécatombe », a attaqué l\'ancien vice-président. « Il n\'était pas au niveau », a-t-il asséné.');
    expect(claimWith(r, 'hécatombe')?.speaker).toBe('Joe Biden');
    expect(claimWith(r, 'pas au niveau')?.speaker).toBe('Joe Biden');
  });
  it('reads a cue before "that" as reporting what follows, not as a closing cue whose subject comes after it', () => {
    const r = run('At the time, Dr. Ronny Jackson, who was then serving as the President\'s physician, suggested that the President change his diet.');
    expect(claimWith(r, 'change his diet')?.speaker).toBe('Ronny Jackson');
  });
  it('gives a quote to the person named after it with a description, when circumstances follow the cue', () => {
    const r = run('Ceres Robotics was selected. “We were looking to do this later,” Steve Clarke, deputy associate administrator, said during a media teleconference about the announcement.');
    expect(claimWith(r, 'do this later')?.speaker).toBe('Steve Clarke');
  });
  it('gives the quotes of a participle opening the sentence to the main clause\'s subject after the phrase\'s comma', () => {
    const r = run('Le chef de l\'Etat a appelé la députée. Dénonçant "une insulte à ses ancêtres" et "à la République", Danièle Obono a dit samedi soir sur BFMTV "réfléchir" à porter plainte.');
    expect(claimWith(r, 'insulte à ses ancêtres')?.speaker).toBe('Danièle Obono');
    const t = run('Le gouverneur a parlé. Affirmant ne pas connaître encore "tous les détails" de l\'affaire, Tony Evers a promis une enquête.');
    expect(claimWith(t, 'tous les détails')?.speaker).toBe('Tony Evers');
  });
});

