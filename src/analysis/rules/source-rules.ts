// Source rules: the ways a speaker is read off the words around a cue once the cue is found (a name
// right before a trailing cue, the name after an inverted cue, a pronoun's antecedent, "selon X").
// They are branches of the quote and reported-speech rules, decided in place (rules/quote-rules.ts,
// rules/reported-rules.ts, speakers.ts); this table registers each with why it exists and examples.
import { defineRule, type Lang, type RuleExample, type RuleLang } from './engine';

const ex = (lang: Lang, text: string): RuleExample => ({ lang, text });

const SOURCE_RULES: ReadonlyArray<{ id: string; lang: RuleLang; why: string; examples: RuleExample[] }> = [
  { id: 'source.name-before-trailing-cue', lang: 'fr+en', why: 'A name right before a trailing cue is its subject, whatever titles precede it ("“…,” Ryanair deputy chief executive Michael Cawley told"), and so is a name in apposition ("“…,” her mother, Fiona, wrote").', examples: [ex('en', '“We will appeal,” Ryanair chief executive Michael O’Leary said.')] },
  { id: 'source.org-antecedent', lang: 'fr+en', why: '"“…,” it said", "“…,” the ministry said": the organisation last speaking or named.', examples: [ex('en', 'Whole Foods cut its prices again. “We want to be the cheapest,” the company said.')] },
  { id: 'source.named-in-gap', lang: 'fr+en', why: 'A name between a quote and its trailing cue, among titles and adverbs ("« … », a ajouté M. Warner").', examples: [ex('en', '“More people die because of tainted drugs than the drugs themselves,” Dr. Feel added.')] },
  { id: 'source.pronoun-antecedent', lang: 'fr+en', why: 'A pronoun cue ("a-t-il dit", "he said") refers back to a person: the one introduced as a subject since the last quote, else the last speaker, else the last person named.', examples: [ex('fr', 'Mark Warner était à Kiev. « Les gains sont réels », a-t-il dit.'), ex('en', 'Mark Warner visited Kyiv. “The gains are real,” he said.')] },
  { id: 'source.after.name', lang: 'fr+en', why: 'The first name after an inverted cue, at most four words on ("said the senator Mark Warner").', examples: [ex('fr', '« Kiev a fait de grands gains », a déclaré le sénateur Mark Warner.')] },
  { id: 'source.after.titled-person', lang: 'fr+en', why: 'A definite role after an inverted cue is the person introduced with that title (« a déclaré à cette occasion le ministre de la Santé » → Roman Prymula).', examples: [ex('fr', 'Le ministre de la Santé Roman Prymula était présent. « Il faut agir », a déclaré à cette occasion le ministre de la Santé.')] },
  { id: 'source.after.role', lang: 'fr+en', why: 'A definite role after an inverted cue, nobody so titled before: the role itself is the source.', examples: [ex('fr', '« Il faut agir », a déclaré à cette occasion le ministre de la Santé.')] },
  { id: 'source.after.description', lang: 'fr+en', why: 'An unnamed source described after the cue ("say economists", « selon des analystes », « a indiqué un porte-parole du ministère »).', examples: [ex('en', 'The combination, say economists, marks a turning point.')] },
  { id: 'source.selon-pronoun', lang: 'fr+en', why: '"selon lui", "according to her": the person last quoted or introduced.', examples: [ex('fr', 'Mark Warner a visité Kiev. Selon lui, les gains sont réels.')] },
  { id: 'source.selon-phrase', lang: 'fr+en', why: '"according to data analysis firm 1010data": a short noun phrase after "according to" is an unnamed source.', examples: [ex('en', 'Sales rose by a third, according to data analysis firm 1010data.')] },
  { id: 'source.selon-none', lang: 'fr+en', why: '"selon"/"according to" with no source that can be read after it: the cue stands, with no speaker.', examples: [ex('fr', 'Selon les premières constatations effectuées sur place par les gendarmes de la brigade locale et les pompiers venus en renfort dans la nuit, le feu a pris dans la cuisine.')] },
  { id: 'source.cited', lang: 'fr+en', why: 'A quote after « citant X » / "citing X" is the cited source\'s (« citant un responsable américain anonyme »).', examples: [ex('fr', 'Le journal affirme, citant un responsable américain anonyme, que l’attaque est « imminente ».')] },
  { id: 'source.participle-subject', lang: 'fr+en', why: 'A participle cue ("jugeant", "calling it") takes the sentence\'s subject, or the agent of a passive right before it ("retenues par des soldats … exigeant").', examples: [ex('fr', 'Le syndicat CGT a dénoncé la réforme, jugeant qu’elle était « une trahison » des salariés.')] },
  { id: 'source.agentless-passive', lang: 'fr+en', why: 'A passive cue with no agent after it has no speaker ("was described as “unprecedented”").', examples: [ex('en', 'The stranding was described as “unprecedented” in the region.')] },
  { id: 'source.pour-x', lang: 'fr+en', why: '"Pour X, « … »", "For X, “…”": the opinion of the one named.', examples: [ex('fr', 'Pour Mark Warner, « la situation est grave ».')] },
  { id: 'source.colon-head', lang: 'fr+en', why: '"X : « … »": a name heading the clause before a colon introduces the quote.', examples: [ex('fr', 'Djamila Boutoutaou : « Aidez-moi à rentrer en France ! »')] },
  { id: 'source.naming-verb', lang: 'fr+en', why: '"X called it “the worst piece of legislation”": naming verbs the lexicon leaves out.', examples: [ex('en', 'Mark Warner called it “the worst piece of legislation” he had seen.')] },
  { id: 'source.apposed-subject', lang: 'fr+en', why: '"…, the source, who said he had spoken to people inside, told Reuters": the noun phrase a closed relative clause describes, right before the cue.', examples: [ex('en', 'The attack was planned for weeks, the source, who said he had spoken to people inside, told Reuters.')] },
  { id: 'source.passive-agent', lang: 'fr+en', why: '"un texte décrié par la société civile", "criticised by the opposition": the agent of a passive cue.', examples: [ex('fr', 'Le texte, décrié par la société civile, sera voté mardi.')] },
  { id: 'source.action-agent', lang: 'fr+en', why: 'Who acts in a sentence whose reason is stated: the agent of a passive ("remis … par le Premier ministre … pour").', examples: [ex('fr', 'Le rapport a été remis par le Premier ministre aux syndicats pour apaiser la colère.')] },
  { id: 'source.action-head', lang: 'fr+en', why: 'Who acts in a sentence whose reason is stated: a name heading it ("The Polaris motored out … to begin").', examples: [ex('en', 'The Polaris motored out of the harbour on Monday to begin the season.')] },
];

for (const { id, lang, why, examples } of SOURCE_RULES) defineRule('source', { id, lang, why, examples });
