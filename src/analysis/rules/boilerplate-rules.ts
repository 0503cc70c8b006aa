// Boilerplate rules: lines of the extracted text that belong to the page around the article, not to
// the article ("Lire aussi …", "Read more …", newsletter prompts, cookie notices). Each row is one kind
// of line; boilerplate.ts drops a line when some row matches it and notes the row's id.
import { defineRule, type Lang, type RuleExample, type RuleLang } from './engine';

const ex = (lang: Lang, text: string): RuleExample => ({ lang, text });

export interface BoilerplateRule {
  readonly id: string;
  readonly lang: RuleLang;
  readonly why: string;
  readonly examples: readonly RuleExample[];
  /** Longest line the rule may drop: a long paragraph is article text whatever its opening words. */
  readonly maxChars: number;
  readonly matches: (line: string) => boolean;
}

/** An optional bullet or arrow before a link line. */
const BULLET = String.raw`^\s*(?:[-–—•>»]\s*)?`;
const opening = (alternatives: string): RegExp => new RegExp(`${BULLET}(?:${alternatives})`, 'iu');

const LIRE_AUSSI = opening(String.raw`lire\s+(?:la\s+suite|aussi|également|egalement|plus)|[àa]\s+lire\s+(?:aussi|également|egalement|ensuite)|sur\s+le\s+m[êe]me\s+sujet|voir\s+aussi`);
const READ_MORE = opening(String.raw`read\s+more|read\s+also|see\s+also|related\s*:|related\s+(?:articles?|stories|coverage)\b|more\s+on\s+this\s+story`);
const NEWSLETTER = opening(String.raw`sign\s+up\s+(?:to|for)\b|subscribe\s+to\s+(?:our|the)\b|inscrivez-vous\s+à(?=\s)|abonnez-vous\s+à(?=\s)`);
// A cookie notice speaks to the reader about the site: "cookies", a word of the site's own voice
// ("our", "you", « nous », « vous »), and a word of consent or tracking. An article about cookie
// law names cookies too, but not in the site's voice to its reader.
const COOKIES = /(?<![\p{L}])cookies?(?![\p{L}])/iu;
const SITE_VOICE = /(?<![\p{L}])(?:our|your|you|we|nous|notre|nos|vous|votre|vos)(?![\p{L}])/iu;
const CONSENT = /(?<![\p{L}])(?:website|site|privacy|consent|agree|accept|continuing|navigation|confidentialité|consentement|acceptez|poursuivant|utilisons)(?![\p{L}])/iu;

// A picture's credit closing a short line: "(NASA/JPL-Caltech/ASU)", "(AP Photo/Jeff Chiu)", "(Photo: Reuters)".
const PICTURE_CREDIT = /\((?:\p{L}[^()]*\p{L}\/\p{L}[^()]*|(?:[\p{Lu}.]+\s+)?(?:photo|image|credit|crédit|illustration)s?\s*[:/][^()]*)\)\s*$/iu;

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  { id: 'boilerplate.picture-caption', lang: 'fr+en', why: 'A short line closed by a picture credit in parentheses is a caption extracted with the article ("The first global geologic map of Titan. (NASA/JPL-Caltech/ASU)").', examples: [ex('en', 'The map was published on Monday.\n\nThe first global geologic map of Titan. (NASA/JPL-Caltech/ASU)\n\nOn Earth, water rains down from clouds.')], maxChars: 240, matches: (line) => PICTURE_CREDIT.test(line) },
  { id: 'boilerplate.lone-number', lang: 'fr+en', why: 'A line of a number alone (a gallery\'s picture count, a share counter) says nothing in the article.', examples: [ex('en', 'The utility began the shutoff on Wednesday.\n\n4\n\nSAN FRANCISCO (AP) — The utility cut power to 375,000 people.')], maxChars: 8, matches: (line) => /^\s*\d{1,4}\s*$/u.test(line) },
  { id: 'boilerplate.lire-aussi', lang: 'fr+en', why: 'A French link line to another article (« Lire aussi … », « À lire aussi », « Sur le même sujet »).', examples: [ex('fr', 'Le ministre a parlé lundi.\n\nLire aussi : la réforme des retraites\n\nIl a ajouté que rien ne changerait.')], maxChars: 400, matches: (line) => LIRE_AUSSI.test(line) },
  { id: 'boilerplate.read-more', lang: 'fr+en', why: 'An English link line to another article ("Read more: …", "Related: …", "More on this story").', examples: [ex('en', 'The minister spoke on Monday.\n\nRead more: the pension reform\n\nHe added that nothing would change.')], maxChars: 400, matches: (line) => READ_MORE.test(line) },
  { id: 'boilerplate.newsletter', lang: 'fr+en', why: 'A newsletter or subscription prompt ("Sign up to …", « Abonnez-vous à … »).', examples: [ex('en', 'The minister spoke on Monday.\n\nSign up to our morning newsletter.\n\nHe added that nothing would change.')], maxChars: 400, matches: (line) => NEWSLETTER.test(line) },
  { id: 'boilerplate.cookie-notice', lang: 'fr+en', why: 'A cookie notice extracted with the article ("This website uses cookies to personalize your content … By continuing to use our site, you agree …"): it is the site speaking to its reader, and its "to personalize" is no one\'s stated purpose.', examples: [ex('en', 'The minister spoke on Monday.\n\nThis website uses cookies to personalize your content (including ads), and allows us to analyze our traffic. By continuing to use our site, you agree to our Terms of Use and Privacy Policy.\n\nHe added that nothing would change.'), ex('fr', 'Le ministre a parlé lundi.\n\nEn poursuivant votre navigation sur ce site, vous acceptez l\'utilisation de cookies pour vous proposer des contenus adaptés.\n\nIl a ajouté que rien ne changerait.')], maxChars: 600, matches: (line) => COOKIES.test(line) && SITE_VOICE.test(line) && CONSENT.test(line) },
];

for (const { id, lang, why, examples } of BOILERPLATE_RULES) defineRule('boilerplate', { id, lang, why, examples });
