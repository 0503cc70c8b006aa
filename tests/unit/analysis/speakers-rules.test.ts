import { describe, expect, it } from 'vitest';
import { claimWith, run } from './helpers';

describe('speaker rules (issue 3)', () => {
  it('en: a reporting form after a preposition or determiner is a noun, not the cue', () => {
    const a = run('Jane Doe, a spokeswoman, spoke to reporters.\n\nIn cases of dispute, national bodies would decide whether the passenger had a case, she said.');
    expect(claimWith(a, 'national bodies would decide')).toMatchObject({ speaker: 'Jane Doe', cue: 'said' });
  });

  it('en: a name right before a trailing cue is its subject, whatever titles precede it', () => {
    const a = run('"It is a preposterous piece of legislation," Ryanair deputy chief executive Michael Cawley told the BBC.');
    expect(claimWith(a, 'preposterous piece')?.speaker).toBe('Michael Cawley');
  });

  it('en: a person introduced after a comma is the antecedent of a later "he added"', () => {
    const a = run('"We reckon it will cost passengers," Mr Andy Clarke said.\n\nOn Wednesday, Jacques Barrot, vice president of the Commission, said that the changes were necessary. "This is a concrete example of how the Union works," he added.');
    expect(claimWith(a, 'concrete example')?.speaker).toBe('Jacques Barrot');
  });

  it('en: a name after the comma that closes a phrase is the subject, not the name before it', () => {
    const a = run('Asked whether he would go on accepting gifts from Lord Alli, Sir Keir said that “all Members of Parliament get gifts”.');
    expect(claimWith(a, 'all Members of Parliament')?.speaker).toMatch(/Keir/u);
    const b = run('Jean Dupont, le maire, a déclaré que « le pont est fermé ».');
    expect(claimWith(b, 'le pont est fermé')?.speaker).toBe('Jean Dupont');
  });

  it('fr: a name apposed after a comma at the end of its sentence is no antecedent of « a-t-elle »', () => {
    const a = run("Accusée d'autoritarisme, Natacha Harry est critiquée pour avoir lancé une procédure pour « faute grave » contre la directrice du refuge, Céline Ravenet. Une pétition a été signée par 20.000 personnes. « Ces personnes ont adopté des attitudes incompatibles avec leurs fonctions », explique-t-elle.");
    expect(claimWith(a, 'attitudes incompatibles')?.speaker).toBe('Natacha Harry');
  });

  it('fr: after an inverted cue, a name governed by a preposition is no source: « de X » completes the description, « à X » is the addressee', () => {
    expect(claimWith(run('« L\'eau finit toujours à la mer », note le maire de Cavalaire.'), 'finit toujours')?.speaker).toBe('le maire de Cavalaire');
    expect(claimWith(run("L'entreprise a dénombré « 40.000 foyers coupés », a précisé une porte-parole à l'AFP."), '40.000 foyers')?.speaker).toBe('une porte-parole');
    expect(claimWith(run("Berlin la juge « inopportune », car les sanctions ruineraient sa médiation, ont confié à l'AFP plusieurs diplomates."), 'inopportune')?.speaker).toBe('plusieurs diplomates');
    expect(claimWith(run('« Le masque sera obligatoire », a dit à la presse Vasant Swarnkar, responsable du site.'), 'masque sera obligatoire')?.speaker).toBe('Vasant Swarnkar');
    expect(claimWith(run('According to a 2018 survey by Penelope Muse Abernathy, the firm tends to “consolidate copy editing”.'), 'consolidate copy editing')?.speaker).toMatch(/Penelope Muse Abernathy/u);
  });

  it('fr: after an inverted cue, a role then a person named after its portfolio is that person', () => {
    expect(claimWith(run("« Cela a tourné à la prise d'otage », a déclaré le chef de la police John Mina lors d'un point de presse."), 'prise d')?.speaker).toBe('John Mina');
    expect(claimWith(run('« Il y a des morts », a déclaré l\'agent spécial du FBI Ron Harper.'), 'des morts')?.speaker).toBe('Ron Harper');
    expect(claimWith(run('« Il y a des morts », a déclaré pour sa part le maire Buddy Dyer.'), 'des morts')?.speaker).toBe('Buddy Dyer');
  });

  it('en: the words after a cue that has its subject before it are its object, never its source', () => {
    const a = run('The committee sent a letter to the FBI. It described the police stations as part of the government’s “broader efforts to undermine national security.”');
    const claim = claimWith(a, 'broader efforts');
    expect(claim).toBeDefined();
    expect(claim?.speaker ?? '').not.toMatch(/police stations/u);
  });

  it('en: the one told, named before a quote, does not take the next quote', () => {
    const a = run('Leon Cooperman blasted the payout. “I know we’re happy to get rid of Fortress,” Cooperman told Reed. “They brought this public in 2014 at $16 a share.”');
    expect(claimWith(a, 'brought this public')?.speaker).toMatch(/Cooperman/u);
  });

  it('en: a wire credit in a dateline is no speaker', () => {
    const a = run('KATHMANDU, April 25 (Reuters) - Nepal’s civil aviation authority disputed on Tuesday the carrier’s account, calling it “misleading”.');
    expect(claimWith(a, 'misleading')?.speaker ?? '').not.toBe('Reuters');
  });

  it('en: a name’s possessive and its noun before the cue are the source as described', () => {
    expect(claimWith(run('Speaking in Las Vegas, Travis Kelce’s mom confirmed, “I listened to the whole album.”'), 'whole album')?.speaker).toBe('Travis Kelce’s mom');
    expect(claimWith(run('Britain’s defence ministry said on Saturday that Russian forces had not advanced.'), 'Russian forces')?.speaker).toBe('Britain’s defence ministry');
  });

  it('fr: a place closing a fronted phrase, with a noun phrase between its comma and the cue, is no subject', () => {
    const a = run('Ce week-end à Tel-Aviv et Jérusalem, des manifestants ont exprimé leur opposition, brandissant des drapeaux pour signifier la "mort" de la démocratie.');
    expect(claimWith(a, 'mort')?.speaker ?? null).not.toBe('Jérusalem');
    // A person before the comma is still the subject, as is a place with nothing between it and the cue.
    expect(claimWith(run('Jean Dupont, le maire de Lyon, a déclaré que tout allait bien.'), 'tout allait bien')?.speaker).toBe('Jean Dupont');
  });

  it('fr: a participle in -is or -u with no auxiliary is adjectival, no cue', () => {
    expect(run('L’étude a été conduite sur des malades admis dans les services d’urgence des hôpitaux.').claims).toEqual([]);
    expect(run('Il revient avec un film, Braguino, soutenu par le prix du festival et salué par la critique.').claims.filter((c) => c.cue === 'soutenu')).toEqual([]);
  });

  it('fr: the passé simple and subjunctive of « être » are no cues', () => {
    const a = run('Les tonnes de soufre furent éjectées, formant dans l\'atmosphère des aérosols qui ont bloqué le soleil.');
    expect(a.claims).toEqual([]);
  });

  it('fr: « selon que » is a conjunction, not a source', () => {
    const a = run('Le prix varie selon que le client réserve en ligne ou en agence.');
    expect(a.claims.some((c) => c.cue === 'selon')).toBe(false);
    expect(claimWith(run('Selon le ministre, le prix va baisser.'), 'le prix va baisser')?.cue).toBe('Selon');
  });

  it('en: a quote ending in "this"/"that" does not make the inverted cue after it a noun', () => {
    expect(claimWith(run('The union met on Monday. “We had no part in this,” said Dan Holub.'), 'no part in this')?.speaker).toBe('Dan Holub');
    expect(run('His claim was rejected by the court on Monday.').claims).toEqual([]);
  });

  it('en: the head of a participle’s sentence is not a name inside the sentence’s earlier quote', () => {
    const a = run('Benioff praised the leader. “We all miss Steve so much,” Benioff weighed in, telling Cook, “since he passed, you have been so true to him.”');
    expect(claimWith(a, 'since he passed')?.speaker ?? '').not.toMatch(/Steve/u);
  });

  it('fr: « Et d’ajouter : » opening a sentence goes on with the one who spoke just before', () => {
    const a = run("Anne Sinclair a répondu au journal. « C'est derrière. C'est loin », a-t-elle confié. Et d'ajouter : « Je ne suis pas une autre. Je refuse de m'épancher. »");
    expect(claimWith(a, 'Je refuse de')).toMatchObject({ speaker: 'Anne Sinclair', cue: 'ajouter' });
  });

  it('fr: an indefinite role brings in someone new: the name apposed to it, never the last person named', () => {
    const named = run('Tugdual Denis a parlé hier. Un responsable du Rassemblement national, Wallerand de Saint-Just, a condamné sur Twitter la publication, « d\'un mauvais goût absolu ».');
    expect(claimWith(named, 'mauvais goût')?.speaker).toBe('Wallerand de Saint-Just');
    const unnamed = run('Tugdual Denis a parlé hier. Un responsable du parti a condamné sur Twitter la publication, « d\'un mauvais goût absolu ».');
    expect(claimWith(unnamed, 'mauvais goût')?.speaker ?? null).not.toBe('Tugdual Denis');
  });

  it('fr: a party in brackets after a name glosses it and is not the subject', () => {
    const a = run('Le député Jean Dupont (LR) a prédit « une flambée du contentieux ».');
    expect(claimWith(a, 'une flambée')?.speaker).toBe('Jean Dupont');
  });

  it('fr: a body named by its noun and complements is a source, read through the acronym in parentheses after it', () => {
    const a = run("L'association des victimes de l'amiante (Andeva) a pour sa part prédit « une flambée du contentieux ».");
    expect(claimWith(a, 'une flambée')?.speaker).toBe("L'association des victimes de l'amiante");
  });

  it('en: a name inside a fronted subordinate clause is not the subject of the main clause’s cue', () => {
    const a = run("Jeffrey Epstein was found dead in his cell. Tuesday, prosecutors asserted that Noel and Thomas were the only officers assigned to Epstein's housing unit. When the officers discovered Epstein's body Aug. 10, prosecutors alleged that Noel and Thomas both acknowledged to supervisors that they had not made their required checks.");
    expect(claimWith(a, 'had not made their required checks')?.speaker).toBe('prosecutors');
    // (A name and its apposition after "As" are no subordinate clause.)
    const b = run('As Mayor John Smith, a Democrat, said on Monday, the city will not pay.');
    expect(claimWith(b, 'the city will not pay')?.speaker).toBe('John Smith');
  });

  it('fr: « Le maire confie » is the person introduced as « le maire de X, Nom », not the last speaker', () => {
    const a = run("Initiée par le maire de La Grande-Motte, Stéphan Rossignol, cette expérience comprend 252 emplacements. « C'est gratuit », insiste Jérôme Arnaud, directeur de l'office de tourisme. Le maire confie avoir eu l'idée « en surfant sur Internet ».");
    expect(claimWith(a, 'en surfant sur Internet')?.speaker).toBe('Stéphan Rossignol');
  });

  it('en: "the agency said" refers to the organisation heading the clause, not one a preposition governs', () => {
    const a = run('On Monday, the space agency NASA has chosen three firms to build landers for its Artemis moon program, the agency said.');
    expect(claimWith(a, 'three firms')?.speaker).toBe('NASA');
  });

  it('en: a manner adverb in -ly between subject and cue is no part of the subject, and "the company" is no unnamed person phrase', () => {
    const a = run('Prince Andrew gave an interview. In it, the British royal blankly denied having sex with underage girls. The company flatly denied that it had broken the law. The family said that he was innocent.');
    expect(claimWith(a, 'having sex with underage girls')?.speaker).toBe('the British royal');
    expect(claimWith(a, 'it had broken the law')?.speaker).toBe('The company');
    expect(claimWith(a, 'he was innocent')?.speaker).toBe('The family');
  });

  it('en: a noun phrase described by a closed relative clause before the cue is its subject, "the company" the one named before', () => {
    const a = run('Acme Corp cut its forecast. Later, the company, which employs 4,000 people, said that it would close the plant.');
    expect(claimWith(a, 'close the plant')?.speaker).toBe('Acme Corp');
  });

  it('fr: a role an adjective makes specific (« le président américain ») is no pronoun for the person named just before', () => {
    const a = run("Emmanuel Macron s'est entretenu avec Joe Biden. Le président américain a assuré que « les Etats-Unis resteront aux côtés de l'Ukraine ».");
    expect(claimWith(a, 'resteront aux côtés')?.speaker).not.toBe('Emmanuel Macron');
    const b = run("Emmanuel Macron s'est entretenu avec Joe Biden. Le président a assuré que « la France restera aux côtés de l'Ukraine ».");
    expect(claimWith(b, 'restera aux côtés')?.speaker).toBe('Emmanuel Macron');
  });

  it('fr: a role with its portfolio and the person named after it gives the person, not the whole phrase', () => {
    const a = run('La maire de Paris Anne Hidalgo a annoncé que les Jeux seraient un succès.');
    expect(claimWith(a, 'seraient un succès')?.speaker).toBe('Anne Hidalgo');
    const b = run('Le ministre de la Santé a déclaré que les hôpitaux étaient prêts.');
    expect(claimWith(b, 'hôpitaux étaient prêts')?.speaker).toBe('Le ministre de la Santé');
  });

  it('fr: after an inverted cue, a day then a role and the person in apposition after its comma is that person', () => {
    const a = run('« Je ne me représenterai pas », a annoncé lundi soir le président du conseil départemental, Jean Dupont, sur France Bleu.');
    expect(claimWith(a, 'représenterai')?.speaker).toBe('Jean Dupont');
  });

  it('en: a name inside a quote is not an antecedent', () => {
    const a = run('The skipper Wade Bassi knows halibut.\n\nA sign advertised “First of the Season Fresh Alaskan Halibut Johnson” at the counter.\n\n“When you look at nice halibut, it is pure white,” he said.');
    expect(claimWith(a, 'pure white')?.speaker).toMatch(/Wade Bassi/u);
  });
});

describe('speaker timeline across quotes and reported speech', () => {
  it('en: a quote after reported speech continues its source, not the previous quote’s speaker', () => {
    const a = run('"It will cost passengers," Andy Clarke said.\n\nOn Wednesday, the commissioner Jacques Barrot said that the changes were necessary. "The boom in air travel needs proper protection."');
    expect(claimWith(a, 'The boom in air travel')?.speaker).toBe('Jacques Barrot');
  });

  it('en: "it said" and "the company said" refer to the organisation speaking or named before', () => {
    const a = run('The Food Standards Agency warned people to stay away from the pills. “We advise the public not to take any tablets,” it said in a statement.');
    expect(claimWith(a, 'We advise the public')?.speaker).toBe('Food Standards Agency');
    const b = run('Whole Foods Market cut the price of halibut. The company also said it was lowering prices across the store.');
    expect(claimWith(b, 'lowering prices')?.speaker).toBe('Whole Foods Market');
  });

  it('fr: a place is not the antecedent of "elle"', () => {
    const a = run("Djamila Boutoutaou a écrit à ses avocats. Or la France n'a jamais indiqué qu'elle entendait plaider pour un rapatriement. « Pitié, aidez-moi à rentrer. Je n'en peux plus ! » implore-t-elle.");
    expect(claimWith(a, 'aidez-moi à rentrer')?.speaker).toBe('Djamila Boutoutaou');
  });

  it('fr: a quote in a sentence without a cue continues the paragraph’s source', () => {
    const a = run('« Les forces de sécurité sont mobilisées », a déclaré Nicole Belloubet. Le braqueur était « à l’isolement, dans un quartier sécurisé » depuis un mois.');
    expect(claimWith(a, 'dans un quartier sécurisé')?.speaker).toBe('Nicole Belloubet');
  });

  it('fr: an impersonal "il s’agit" does not point back to a person', () => {
    const a = run('Pouria Amirshahi a voté contre.\n\nLe projet de loi énonce les domaines couverts. Il s’agit notamment de « l’indépendance nationale et de la défense nationale ».');
    expect(claimWith(a, 'indépendance nationale')?.speaker).toBe('Le projet de loi');
  });

  it('fr: an inverted subject after "que" is the noun phrase after the verb', () => {
    const a = run('Le texte fixe les domaines que peuvent invoquer les services pour justifier leur surveillance.');
    expect(claimWith(a, 'justifier leur surveillance')?.speaker).toBe('les services');
  });
});

describe('a cue that opens a quote of several sentences', () => {
  it('en/fr: the cue is the quote\'s, not a reported claim of its own', () => {
    for (const text of [
      'Mr Cohen, who was a UK policy adviser to the US Congress, told The Sun: "It all started to change. Then it got much worse."',
      'Face à l\'incrédulité de la journaliste, Nicolas Sarkozy précise ses pensées : "Eh bien, oui, la rupture fut dure. Mais je l\'ai surmontée."',
    ]) {
      const a = run(text);
      expect(a.claims.filter((c) => c.kind === 'direct')).toHaveLength(1);
      expect(a.claims.filter((c) => c.kind === 'indirect')).toEqual([]);
    }
  });

  it('fr: a quote glued to the end of a sentence leaves that sentence\'s report alone', () => {
    const a = run('Le président a souligné qu\'il s\'agissait d\'une initiative personnelle."Je lui ai dit: vous en pensez quoi? Il m\'a répondu: si vous le souhaitez."');
    expect(a.claims.some((c) => c.kind === 'indirect' && c.text.includes('initiative personnelle'))).toBe(true);
  });
});

describe('a source after its cue in a coordinated clause', () => {
  it('fr/en: « selon X » after « mais » or ";" is the source of that clause only', () => {
    const a = run('Donald Trump a parlé. Seul un fabricant américain, Pfizer, croit qu\'octobre est possible, mais cela ne concernera pas la plupart des Américains avant avril, selon M. Trump.');
    expect(claimWith(a, 'octobre est possible')?.speaker).toBe('Pfizer');
    expect(claimWith(a, 'ne concernera pas')?.speaker).toBe('Donald Trump');
    expect(claimWith(a, 'octobre est possible')?.text).not.toContain('concernera');
    const b = run('The poster mentioned a friend who left the armed services; his friend Levi Pierpont, according to the Washington Post, objected and left the military.');
    expect(claimWith(b, 'objected and left')?.speaker).toBe('Washington Post');
    expect(claimWith(b, 'objected and left')?.text).not.toContain('The poster');
  });
});

describe('cues that close a sentence', () => {
  it('en: a cue opening the sentence after a quote that ends with "?" gives its speaker', () => {
    const a = run('Tom Forte is an analyst. Bob Alverson spoke next.\n\n“Do they take the profit and then reinvest it in grocery?” Forte said.');
    expect(claimWith(a, 'reinvest it in grocery')?.speaker).toBe('Tom Forte');
    expect(a.claims.some((c) => c.quote === null && c.text.trim() === 'Forte said.')).toBe(false);
  });

  it('fr: "…, a indiqué X." at the end governs the sentence rather than an earlier verb', () => {
    const a = run('Svetlana Tikhanovskaïa était présente. Il revient désormais aux dirigeants européens de trancher la question lors de leur sommet, a indiqué Josep Borrell.');
    expect(claimWith(a, 'aux dirigeants européens')?.speaker).toBe('Josep Borrell');
  });

  it('en: a quote followed by more words and ", X said." takes X', () => {
    const a = run('Benjamin Netanyahu won the vote.\n\n“Now it’s hard to see what could persuade the Palestinians” to hold up on their plans, Martin Indyk said.');
    expect(claimWith(a, 'persuade the Palestinians')?.speaker).toBe('Martin Indyk');
  });

  it('fr: an inverted closing cue right after the comma may have a long subject or an apposition after it', () => {
    const a = run('Emmanuel Macron lance le débat.\n\n"Il n\'y a pas de tabous" sur la question de possibles quotas, a estimé lundi 14 janvier le chef de file des députés LREM Gilles Le Gendre.');
    expect(claimWith(a, 'pas de tabous')?.speaker).toBe('Gilles Le Gendre');
    const b = run('Luc Carvounas a estimé que le chef de l\'Etat posait cette question. L\'immigration n\'apparaît qu\'en "huitième position sur 11" sujets identifiés dans les cahiers de doléances, a remarqué de son côté Vanik Berberian, le président de l\'Association des maires ruraux de France (AMRF).');
    expect(claimWith(b, 'huitième position')?.speaker).toBe('Vanik Berberian');
  });

  it('en: a cue after its own subject far from the sentence end is no closing cue', () => {
    const a = run('Andrew spent 45 seconds explaining how he could not have been with Giuffre, because she described him as sweating, and at that point in time, he had a medical condition in which he could not sweat.');
    expect(a.claims.some((c) => c.cue === 'described')).toBe(false);
  });

  it('en: a verb after the cue means it is not a closing cue', () => {
    const a = run('Within months, Tom Forte said, Whole Foods was selling cheaper eggs, prices it said were a result of the deal.');
    expect(claimWith(a, 'cheaper eggs')?.speaker).toBe('Tom Forte');
  });
});

describe('participles, passives and groups', () => {
  it('fr: a participle after the quote does not hide the cue before it', () => {
    const a = run('Le secrétaire général de la CFDT, Laurent Berger, a dénoncé mercredi une « trahison de la parole publique », jugeant le décret trop restrictif.');
    expect(claimWith(a, 'trahison de la parole')?.speaker).toBe('Laurent Berger');
  });

  it('fr: a participle without auxiliary is not a cue ("considéré comme")', () => {
    const a = run('Le chef de la diplomatie allemande Heiko Maas préconise que les sanctions visent le président Alexandre Loukachenko, considéré comme « le principal responsable » de la répression.');
    expect(claimWith(a, 'le principal responsable')?.speaker).not.toBe('Alexandre Loukachenko');
  });

  it('fr: an agentless passive cue names nobody, even with a complement after it', () => {
    const a = run('Un appel a été lancé aux Etats membres pour ne pas « interférer dans les affaires intérieures du Bélarus ».');
    expect(claimWith(a, 'interférer dans les affaires')?.speaker ?? null).toBeNull();
  });

  it('en: "were asked to say" has no speaker', () => {
    const a = run('The participants were asked to say in which direction the dots had moved.');
    expect(claimWith(a, 'which direction')).toMatchObject({ speaker: null });
  });

  it('en: a role noun with its own complement is a new source, not an anaphor', () => {
    const a = run('“We are in control,” said Serhiy Haidai.\n\nMeanwhile, the mayor of Mariupol said sanitation systems were broken.');
    expect(claimWith(a, 'sanitation systems')?.speaker).toBe('the mayor of Mariupol');
  });

  it('fr: "a-t-il" skips a plural group and names inside quotes', () => {
    const a = run('« Il faut l’unanimité », a expliqué Josep Borrell.\n\nLes ministres ont confirmé ne « pas reconnaître la légitimité d’Alexandre Loukachenko ».\n\n« Mais il faut faire avec la réalité », a-t-il rappelé.');
    expect(claimWith(a, 'faire avec la réalité')?.speaker).toBe('Josep Borrell');
  });
});

describe('introduced speakers, action agents and organisations', () => {
  it('fr: a name closing the sentence before a quote is what "-t-il" refers to', () => {
    const a = run('« C’est incorrect », estime Marine Le Pen.\n\nUn timing que ne comprend pas non plus le député LR Eric Ciotti. « Une pantalonnade comme épilogue d’une réforme injuste », dénonce-t-il.');
    expect(claimWith(a, 'pantalonnade')?.speaker).toBe('Eric Ciotti');
  });

  it('fr: the agent of a passive acts for the stated purpose', () => {
    const a = run('Un rapport doit être remis au Parlement par le Premier ministre le 23 mai au plus tard pour déterminer s’il peut avoir lieu en juin.');
    expect(claimWith(a, 'déterminer')?.speaker).toBe('le Premier ministre');
  });

  it('en: the name heading the sentence acts, not a place name later in it', () => {
    const a = run('The Polaris motored out of Fisherman’s Terminal and through the Ballard Locks in order to begin the three-day journey to Ketchikan.');
    expect(claimWith(a, 'three-day journey')?.speaker).toBe('Polaris');
  });

  it('en: "claims" is a cue after a subject, not after a determiner', () => {
    const a = run('Whole Foods Market cut prices. At the same time, the company claims its deals have saved customers “hundreds of millions of dollars” this year.');
    expect(claimWith(a, 'hundreds of millions')?.speaker).toBe('Whole Foods Market');
    const b = run('His claims that the deals saved customers money were disputed by nobody in particular today.');
    expect(b.claims.find((c) => c.cue === 'claims')).toBeUndefined();
  });
});

describe('more cue forms', () => {
  it('fr: multi-word cues ("a fait part de", "avait mis en garde")', () => {
    const a = run('La CNIL a fait part à plusieurs reprises de sa volonté d’exercer sa mission de contrôle sur les fichiers.');
    expect(claimWith(a, 'mission de contrôle')).toMatchObject({ speaker: 'CNIL', cue: 'a fait part' });
    const b = run('La Russie avait auparavant mis en garde les États-Unis contre la fourniture d’armes à Kiev.');
    expect(claimWith(b, 'fourniture d’armes')?.speaker).toBe('Russie');
  });

  it('en: "declined to comment" is a reporting cue', () => {
    const a = run('A Whole Foods spokeswoman declined to comment on pricing.');
    expect(claimWith(a, 'on pricing')).toMatchObject({ speaker: expect.stringMatching(/Whole Foods/u), cue: 'declined to comment' });
  });

  it('fr: a noun-like form is a cue after "qui"', () => {
    const a = run('La Commission nationale informatique et libertés (CNIL), qui critique fortement cette disposition.');
    expect(claimWith(a, 'critique fortement')?.speaker).toMatch(/Commission nationale informatique et libertés|CNIL/u);
  });

  it('fr: a counted group is a subject ("Environ 400 Français ont demandé")', () => {
    const a = run('Environ 400 Français ont demandé à être rapatriés dans les vols mis en place par la France.');
    expect(claimWith(a, 'être rapatriés')?.speaker).toBe('Environ 400 Français');
  });
});

describe('sources after "comme" and participles without a subject', () => {
  it('fr: "comme l’a souligné X" names X', () => {
    const a = run('Cependant, comme l’a souligné l’Arcep, sollicitée pour le versant technique, il est parfois difficile de s’assurer qu’une communication ne concerne pas deux Français.');
    expect(claimWith(a, 'parfois difficile')?.speaker).toBe('Arcep');
  });

  it('fr: a participle with no subject of its own keeps the sentence’s previous speaker', () => {
    const a = run('« L’enquête le dira », a affirmé Nicole Belloubet.\n\n« Un commando très bien préparé », a-t-elle ajouté, soulignant que les complices étaient passés par « une porte très peu utilisée ».');
    expect(claimWith(a, 'une porte très peu utilisée')?.speaker).toBe('Nicole Belloubet');
  });
});

describe('glued sentences', () => {
  it('splits after a number or before a dash when the space is missing', async () => {
    const { splitSentences } = await import('../../../src/text/sentences');
    const text = 'Il parle à France 3.Ce garagiste estime que la police ne suffit plus. Il est arrivé.- Plusieurs ministres ont dénoncé cette position.';
    const parts = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(parts).toContain('Ce garagiste estime que la police ne suffit plus.');
    expect(parts.some((p) => p.includes('Plusieurs ministres') && !p.includes('arrivé'))).toBe(true);
  });
});

describe('actions with a stated reason', () => {
  const actions = (text: string) => run(text).claims.filter((c) => c.kind === 'action');

  it('fr: the agent of a participle right before the reason acts; an agentless passive right before it names nobody', () => {
    const [a] = actions('Filiale à 50-50 entre Renault et Nissan, RNBV était la structure créée par Carlos Ghosn pour incarner l\'alliance des deux constructeurs.');
    expect(a?.speaker).toBe('Carlos Ghosn');
    // ("par" read as a word, not inside the participle: « séparé par »)
    const [c] = actions('Le terrain, séparé par Jean Dupont pour construire une école, a été vendu.');
    expect(c?.speaker).toBe('Jean Dupont');
    const [b] = actions('Enfant, il avait été marqué par le naufrage de l\'Amoco Cadiz, lors duquel des cheveux avaient été utilisés pour éponger les hydrocarbures.');
    expect(b).toBeDefined();
    expect(b?.speaker).toBeNull();
  });

  it('fr: a passive reads its participle in every agreement (lexicon/participles.ts), « mises » as « mis »', () => {
    const [a] = actions('Les barrières ont été mises par la mairie pour protéger les passants du chantier.');
    expect(a?.speaker).toBe('la mairie');
    expect(a?.trace).toContain('source.action-agent');
    const [b] = actions('Les barrières ont été mises pour protéger les passants du chantier.');
    expect(b?.speaker).toBeNull();
    expect(b?.trace).toContain('source.action-agentless');
  });

  it('fr: an agentless passive keeps naming nobody with one adverb between its participle and the reason', () => {
    const [a] = actions('Certaines allées sont autorisées uniquement pour descendre vers la mer.');
    expect(a).toBeDefined();
    expect(a?.speaker).toBeNull();
    expect(a?.trace).toContain('source.action-agentless');
  });

  it('en: the one acting is the subject before the verb of the reason\'s clause, not a name after it', () => {
    const [a] = actions('In September, the human rights organization Safeguard Defenders identified several dozen secret Chinese police stations to map their network.');
    expect(a?.speaker).toBe('Safeguard Defenders');
    const [b] = actions('In 1991, when Prime Minister Yitzhak Shamir opposed the talks, President George Bush held back loan guarantees to help absorb immigrants.');
    expect(b?.speaker).toBe('George Bush');
  });

  it('en: a cause given for a state is the writer’s explanation, not an act', () => {
    expect(actions('In this zone, storms probably won’t be as widespread because the rising air will be more concentrated to the north.')).toEqual([]);
    expect(actions('Markets were calm on Monday. That’s because Treasury bonds are still the favored port of investors.')).toEqual([]);
    expect(actions('As a result, the United States still has plenty of borrowing capacity left because the Fed can print money.')).toEqual([]);
  });

  it('en: an act keeps its cause, passives, perfects and obligations included', () => {
    expect(actions('The EU decided to increase passenger compensation because airlines kept overbooking flights.')).toHaveLength(1);
    expect(actions('The second round was postponed because of the health crisis in the country.')).toHaveLength(1);
    expect(actions('But a few months later, the department had to delay the start of the mandate because of a lack of space.')).toHaveLength(1);
  });
});

describe('sources after « selon », "according to"', () => {
  it('fr/en: « selon lequel », "according to which" open a relative clause: its words are never the source', () => {
    const a = run('Les élus ont maintenu leurs déclarations selon lesquelles la mine était sûre.');
    expect(claimWith(a, 'la mine était sûre')).toMatchObject({ speaker: null, cue: 'selon' });
    const b = run('They rejected the theory according to which John Smith fled the country.');
    expect(claimWith(b, 'John Smith fled')?.speaker ?? null).toBeNull();
  });
});

describe('opinion frames', () => {
  it('fr: « Pour Mark Warner, … » is the opinion of the one named, though « Pour » governs the name; « Pour la France, » is nobody\'s', () => {
    const a = run('Le marché est ouvert. Pour Mark Warner, la situation reste très grave. Pour la France, la crise est passée.');
    expect(claimWith(a, 'la situation reste très grave')).toMatchObject({ speaker: 'Mark Warner', cue: 'Pour' });
    expect(claimWith(a, 'la crise est passée')?.speaker ?? null).toBeNull();
  });
});

describe('opinion frames with a role', () => {
  it('fr: « Pour le directeur de l\'office de tourisme, « … » » is the person introduced with that title, not the last speaker', () => {
    const a = run("« C'est gratuit », insiste Jérôme Arnaud, directeur de l'office de tourisme. « C'est très bien organisé », remarque Alain Queremer. Pour le directeur de l'office de tourisme, « on pourrait en tirer des enseignements pour les plages de demain ».");
    expect(claimWith(a, 'en tirer des enseignements')?.speaker).toBe('Jérôme Arnaud');
    // (With nobody so titled before, the role as written.)
    expect(claimWith(run('Le marché est ouvert. Pour le ministre de la Santé, « rien ne change ».'), 'rien ne change')?.speaker).toBe('le ministre de la Santé');
  });
});

describe('gerunds', () => {
  it('fr: « …, tout en expliquant que » never takes « tout » for the source', () => {
    const a = run("Lors des débats, les 11 juges ont émis des réserves sur plusieurs points, tout en expliquant qu'ils ne pouvaient pas l'invalider à ce stade.");
    expect(claimWith(a, 'ne pouvaient pas')?.speaker ?? null).not.toBe('tout');
  });
});

describe('relative clauses before a cue', () => {
  it('fr/en: after « dont » or "whose", the noun phrase before the cue is the subject, not the antecedent nor a name inside it', () => {
    expect(claimWith(run("Le maire, dont les adjoints affirment qu'il démissionnera, est resté silencieux."), 'démissionnera')?.speaker).toBe('les adjoints');
    expect(claimWith(run('La société Renault, dont les dirigeants estiment que la crise est passée, a recruté.'), 'la crise est passée')?.speaker).toBe('les dirigeants');
    expect(claimWith(run('The mayor, whose aides say he will resign, stayed silent.'), 'he will resign')?.speaker).toBe('aides');
  });

  it('fr: the antecedent of « , qui » is the noun phrase before it, through its « de » complements, when no name heads it', () => {
    const a = run('Des conclusions proches de celles de l\'agence américaine de protection de l\'environnement, qui estime que le glyphosate n\'est "probablement pas cancérigène pour les humains".');
    expect(claimWith(a, 'probablement pas cancérigène')?.speaker).toBe("l'agence américaine de protection de l'environnement");
    expect(claimWith(run('Le maire a rencontré les représentants des habitants, qui disent que la ville est sale.'), 'la ville est sale')?.speaker).toBe('les représentants des habitants');
    // (A name that is the whole phrase after another preposition stays the antecedent.)
    expect(claimWith(run('One challenge comes from the International Air Transport Association (IATA), which said that the law was bad.'), 'the law was bad')?.speaker).toMatch(/International Air Transport Association|IATA/u);
  });

  it('fr: a relative clause\'s verb group (« qui se connectent … ») is no unnamed source of a cue after it', () => {
    const a = run('Le DJ Michael Brun va essayer un nouveau modèle. Repérer des gens qui se connectent depuis une zone géographique précise, et leur faire payer "l\'entrée". "Ce n\'est pas un concert parmi tant d\'autres", explique-t-il.');
    expect(claimWith(a, 'concert parmi')?.speaker).toBe('Michael Brun');
    for (const c of a.claims) expect(c.speaker ?? '').not.toMatch(/^se /u);
  });

  it('fr: a verb that reports only with its reflexive is no cue without it (« qui n\'étonne pas José Bové »)', () => {
    const a = run("Un argumentaire venu des États-Unis qui n'étonne pas José Bové, le militant écologiste. La hausse inquiète les habitants du quartier.");
    expect(a.claims).toHaveLength(0);
    const b = run('Les syndicats se sont réjouis que la réforme soit retirée.');
    expect(claimWith(b, 'la réforme soit retirée')?.cue).toMatch(/réjouis/u);
  });
});

describe('the object of a leading cue', () => {
  it('fr: a phrase after the cue that ends on the preposition governing the quote is the object, not the speaker', () => {
    const a = run('Le ministre a accusé l’opposition de « mentir aux Français ».');
    expect(claimWith(a, 'mentir aux Français')?.speaker ?? '').not.toMatch(/opposition/u);
    const b = run('La maire a appelé les habitants à « rester chez eux ».');
    expect(claimWith(b, 'rester chez eux')?.speaker ?? '').not.toMatch(/habitants/u);
    const c = run('« Nous sommes prêts », a déclaré le maire de Cavalaire.');
    expect(claimWith(c, 'Nous sommes prêts')?.speaker).toBe('le maire de Cavalaire');
  });
});

describe('where an unnamed subject ends', () => {
  it('en: a verb in -ed followed by its object ends the phrase; a participle before a preposition does not', () => {
    const a = run('To determine when the decision was made, the researchers used the technique called "mental chronometry" in the study.');
    expect(claimWith(a, 'mental chronometry')?.speaker).toBe('the researchers');
    const b = run('Two people briefed on the talks said that the tariffs would stay in place.');
    expect(claimWith(b, 'tariffs would stay')?.speaker).toBe('Two people briefed on the talks');
  });
});

describe('a place or body qualifying a role after the cue', () => {
  it('en: "said Kyiv resident X", "said Hamas official X" name the person, not the place or the body', () => {
    const a = run('“It was a terrible night,” said Kyiv resident Svitlana Onofryichuk, 55, who had worked in the market.');
    expect(claimWith(a, 'terrible night')?.speaker).toBe('Svitlana Onofryichuk');
    const b = run('“We will not stop,” said Hamas official Basem Naim.');
    expect(claimWith(b, 'will not stop')?.speaker).toBe('Basem Naim');
    const c = run('“It is over,” said Microsoft on Monday.');
    expect(claimWith(c, 'It is over')?.speaker).toBe('Microsoft');
  });
});

describe('a cue inside a relative clause at the end of a sentence', () => {
  it('en: ", which Moscow blamed on Kyiv" does not report the sentence before it', () => {
    const a = run('Russian President Vladimir Putin on Friday denounced a drone strike on a dormitory in eastern Ukraine, which Moscow blamed on Kyiv.');
    expect(claimWith(a, 'denounced a drone strike')?.speaker).toBe('Vladimir Putin');
    const b = run('The plant will close next year, the company said.');
    expect(claimWith(b, 'plant will close')?.speaker).toBe('the company');
  });
});

describe('a definite description after a cue', () => {
  it('fr: ends before a relative pronoun (« l\'opposition pro-démocratie | qui entendait »)', () => {
    const a = run("Une décision condamnée par l'opposition pro-démocratie qui entendait capitaliser dans les urnes sur la popularité du mouvement.");
    expect(claimWith(a, 'Une décision condamnée')?.speaker).toBe("l'opposition pro-démocratie");
  });
});

describe('quotes nobody is said to have spoken', () => {
  it('fr/en: a quoted charge is the court\'s wording, not the words of the accused; an accuser keeps his quote', () => {
    const a = run("Khaled Drareni a été condamné le 10 août à trois ans de prison ferme pour « incitation à un attroupement non armé » et « atteinte à l'unité nationale ».");
    expect(claimWith(a, 'incitation à un attroupement')?.speaker).toBeNull();
    expect(claimWith(a, "atteinte à l'unité")?.speaker).toBeNull();
    const b = run('En Belgique, Fabien Neretsé, un ancien haut fonctionnaire rwandais reconnu coupable de « crime de génocide », avait été condamné.');
    expect(claimWith(b, 'crime de génocide')?.speaker).toBeNull();
    const c = run('The former official was convicted of “aggravated assault” in 2019.');
    expect(claimWith(c, 'aggravated assault')?.speaker ?? null).toBeNull();
    const d = run('Le ministre Gérald Darmanin a accusé les manifestants de « semer le chaos dans les rues ».');
    expect(claimWith(d, 'semer le chaos')?.speaker).toBe('Gérald Darmanin');
  });
});
