// The clean-up rules: what Readability keeps around an article but is not its text. Each rule is a
// row — id, why, examples it drops, lines it must keep — so the benchmark counts what each removes
// (scripts/bench-extraction.ts) and a test runs every rule on its examples
// (tests/unit/extraction/clean-rules.test.ts). Line rules look at one block; run rules
// (clean-blocks.ts) look at a block with its neighbours. The words are in page-words.ts.
import type { TextBlock } from './block-text';
import { wordAlternation } from '../text/alternation';
import {
  AUTHOR_ROLES,
  BYLINE_WORDS,
  CALL_TO_ACTION_STARTS,
  CREDIT_WORDS,
  DATE_WORDS,
  INTERFACE_LINES,
  MONTHS,
  NEWSLETTER_WORDS,
  PHOTO_AGENCIES,
  READER_WORDS,
  RELATED_LABELS,
  REPORTED_SPEECH_WORDS,
  VIDEO_LINES,
  allWords,
  alternation,
} from './page-words';

export type LineRuleId =
  | 'ui'
  | 'counter'
  | 'comment-count'
  | 'reporting-credit'
  | 'dateline'
  | 'byline'
  | 'credit'
  | 'video'
  | 'newsletter'
  | 'call-to-action'
  | 'link-prefix'
  | 'link-line'
  | 'contact';
export type RunRuleId = 'before-title' | 'title' | 'link-list' | 'menu' | 'related-block' | 'author-bio';
/** Every reason a block can be dropped (the last two are decided in article.ts). */
export type DropRule = LineRuleId | RunRuleId | 'other-article' | 'undeclared';

export interface CleanRule<Id extends string> {
  id: Id;
  why: string;
  /** Blocks the rule drops. "@" before a line: the whole block is link text; "#": it is a heading. */
  examples: readonly string[];
  /** Blocks the rule must keep. */
  keeps: readonly string[];
}

export interface LineRule extends CleanRule<LineRuleId> {
  test: (block: TextBlock) => boolean;
}

/** Lines longer than this are prose, whatever they start with. */
export const SHORT = 140;

const lower = (text: string): string => text.toLowerCase();
const linkShare = (block: TextBlock): number => (block.rawChars > 0 ? block.linkChars / block.rawChars : 0);

/** Letters and digits only, lower case, single spaces. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const interfaceLines = new Set(allWords(INTERFACE_LINES));
const relatedLabels = new Set(allWords(RELATED_LABELS));

/** "Publiziert17. Dezember", "UhrLesedauer", "ago07:06": glued words and numbers apart. */
function unglue(text: string): string {
  return text.replace(/(\p{L})(?=\d)|(\d)(?=\p{L})|(\p{Ll})(?=\p{Lu})/gu, '$1$2$3 ');
}

const MONTH_ALT = alternation(MONTHS);
const DATE_TOKEN = new RegExp(`^(?:\\d+(?:[:./h-]\\d+)*|${MONTH_ALT}|${alternation(DATE_WORDS)})\\.?$`, 'iu');
/** A date, not any number: a month, a year, "ago", a d/m/y date or a clock time. */
const DATE_EVIDENCE = new RegExp(
  `(?:^|[^\\p{L}])(?:${MONTH_ALT})(?![\\p{L}])|\\b(?:1[89]|20)\\d\\d\\b|\\bago\\b|\\bvor\\s+\\d|\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b|\\b\\d{1,2}:\\d{2}\\b|\\b\\d{1,2}[.:]\\d{2}\\s*(?:uhr|h)\\b`,
  'iu',
);
const PHONE = /\d{2,}[-. ]\d{3}[-. ]\d{3,4}/u;
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
const BYLINE_WORD = new RegExp(`^(?:${alternation(BYLINE_WORDS)})$`, 'iu');

/** A line of dates, times and the words that go with them, with at most an author's name ("21:00 Antony Clements-Thrower"). */
export function isDateLine(text: string): boolean {
  if (text.length > 110 || PHONE.test(text) || !DATE_EVIDENCE.test(unglue(text))) return false;
  const tokens = unglue(text)
    .split(/[\s,;|•·–—()[\]/]+/u)
    .map((t) => t.replace(/^[:.]+|[:.;]+$/gu, ''))
    .filter((t) => t !== '' && t !== '-');
  if (tokens.length === 0) return false;
  const rest = tokens.filter((t) => !DATE_TOKEN.test(t));
  if (rest.length === 0) return true;
  // A name (two to four capitalised words), maybe after "By"/"Von": the entry's or the article's author.
  const name = rest.filter((t) => !BYLINE_WORD.test(t));
  return rest.length <= 5 && name.length >= 2 && name.length <= 4 && name.every((t) => NAME_WORD.test(t)) && rest.length < tokens.length;
}

/** "by", "By", "BY" — the author's name after it must be capitalised, so the word's case is spelled out. */
function anyCase(words: readonly string[]): string {
  const forms = new Set<string>();
  for (const w of words) {
    forms.add(w);
    forms.add(w.charAt(0).toUpperCase() + w.slice(1));
    forms.add(w.toUpperCase());
  }
  return wordAlternation(forms, true);
}
const NAMES = `\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:and|et|y|und|e|&|,)?\\s*[\\p{Lu}\\p{Ll}][\\p{L}'’.-]*){0,6}`;
const BYLINE = new RegExp(`^(?:${anyCase(allWords(BYLINE_WORDS))})\\s*${NAMES}(?:\\s*[-–—|,•·(]\\s*(.{0,110}))?$`, 'u');
/** "Author of the article:", "Redaktion:" — the label whose name is on the next line. */
const BYLINE_LABEL = new RegExp(`^(?:${alternation(BYLINE_WORDS)})\\s*$`, 'iu');
/** A name of two to four capitalised words, a comma, up to three words and an author's role (AUTHOR_ROLES) ending the line ("Greg Beacham, AP Sports Writer"). */
const NAME_AND_ROLE = new RegExp(`^\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3},\\s*(?:[\\p{L}.&-]+\\s+){0,3}(?:${alternation(AUTHOR_ROLES)})s?$`, 'iu');

/** A byline: "By Jane Doe", "Par Jean Dupont et Marie Martin — 3 mars", "Kolumne von Lars Brunckhorst". */
export function isBylineLine(text: string): boolean {
  if (text.length > 200) return false;
  const line = text.trim();
  if (BYLINE_LABEL.test(line) || NAME_AND_ROLE.test(line)) return true;
  const match = BYLINE.exec(text);
  if (!match) return false;
  const tail = match[1];
  return tail === undefined || tail.length <= 60 || isDateLine(tail);
}

const AGENCY_ALT = alternation(PHOTO_AGENCIES);
const CREDIT_ALT = alternation(CREDIT_WORDS);
const CREDIT = [
  new RegExp(`^(?:${CREDIT_ALT}|video|vidéo)\\s*(?:[:|©]|by\\b|credit\\b|copyright\\b)`, 'iu'),
  /^\(?(?:image|photo|picture|credit|crédit)\s*:.*\)?$/iu,
  /^©/u,
  /\(\s*(?:image|photo|picture|foto|credit|crédit|illustration)s?\s*:[^)]*\)\s*$/iu,
  /\((?:AP|AFP|Reuters|EPA|Getty)\s+Photos?\b[^)]*\)\s*$/iu,
];
/** A bare credit: a photographer and an agency, nothing else ("Michael Conroy, AP", "Perry Knotts/Getty Images"). */
const BARE_CREDIT = new RegExp(`(?:^|[\\s|/,])(?:${AGENCY_ALT})\\s*\\)?\\s*$`, 'u');
const BARE_CREDIT_CHARS = 60;
/** Credits that end a longer caption: "… Bildrechte: MDR/David Straub", "… © VS Tristach", "… (Mario Jasso/Cuartoscuro)". */
const CAPTION_CREDIT = [
  new RegExp(`(?:^|[\\s.)\\]]|(?<=\\p{Ll}|\\p{Lu}))(?:${anyCase(allWords(CREDIT_WORDS))})\\s*(?:\\[M\\]\\s*)?:\\s*[^.!?:]{2,80}\\.?$`, 'u'),
  /©\s*[^©.!?]{1,60}$/u,
  /[—–-]\s*(?:picture|photo|photograph|image|foto|bild)s?\s+(?:by|von|de|par)\s+[\p{L} .'’-]{2,50}$/iu,
  new RegExp(`\\([^()]{0,60}\\/\\s*(?:${AGENCY_ALT})\\)\\s*$|\\((?:${AGENCY_ALT})\\)\\s*$`, 'u'),
  new RegExp(`(?:^|[\\s.])[\\p{L} .'’-]{2,40}\\/\\s*(?:${AGENCY_ALT})\\s*$|(?:^|[\\s.])(?:${AGENCY_ALT})\\s*\\/\\s*[\\p{L} .'’-]{2,40}$`, 'u'),
];
const MAX_CAPTION = 400;

const REPORTING_CREDIT = [
  /^[–—-]?\s*\(?(?:with\s+)?(?:additional\s+)?(?:reporting|writing|editing)\s+by\b.*$/iu,
  /\bcontributed\s+(?:reporting|to\s+this\s+report)\b.{0,80}$/iu,
  /^\(?(?:compiled|edited|written)\s+by\b.{0,120}$/iu,
  /^\(?(?:quelle|source|fuente|fonte|źródło)\s*:\s*[^.]{1,80}\)?\.?$/iu,
  /^mit\s+(?:agenturmaterial|material\s+(?:von|der|aus)\b.{0,60})\.?$/iu,
  /^aus\s+dem\s+\p{L}+\s+(?:übersetzt\s+)?von\b.{0,60}$/iu,
  /^(?:dieser\s+artikel|this\s+(?:article|story)|cet\s+article)\b.{0,60}\b(?:erschienen|published|originally|übersetzung|translated|translation|paru)\b.{0,120}$/iu,
];

const UI_TRAILING = /[\s:.…›»>|]+$/u;
const COUNTER = /^(?:image|photo|slide|picture|foto|bild|imagen)?\s*\d+\s*(?:of|\/|sur|de|von|z|di|van|av|af)\s*\/?\s*\d+$/iu;
const COMMENT_COUNT = /^(?:forum:\s*)?(?:\d+\s+)?(?:comments?|commentaires?|réactions?|replies|kommentare?|postings?|comentarios?|commenti|reacties|komentarze|yorum(?:lar)?)\s*(?:\(\s*\d+(?:\s+posted)?\s*\))?$/iu;
const CALL_TO_ACTION_WORDS = new RegExp(`^(?:${alternation(CALL_TO_ACTION_STARTS)})(?![\\p{L}])`, 'iu');
/** "Follow AP's full coverage …", "Follow Metro.co.uk on Twitter": follow a named account or outlet (case matters). */
const FOLLOW_NAME = /^(?:Follow|FOLLOW)\s+\p{Lu}/u;
/** An opening bracket before the words: "[Related: …]", "(Read more: …)". */
const OPENING_BRACKETS = /^[[(\s]+/u;
const CALL_TO_ACTION = {
  test: (text: string): boolean => {
    const bare = text.replace(OPENING_BRACKETS, '');
    return CALL_TO_ACTION_WORDS.test(bare) || FOLLOW_NAME.test(bare);
  },
};
const VIDEO = new RegExp(`^(?:${alternation(VIDEO_LINES)})|to view this video please enable javascript`, 'iu');
const NEWSLETTER = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(NEWSLETTER_WORDS)})(?![\\p{L}])`, 'iu');
const READER = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(READER_WORDS)})(?![\\p{L}])`, 'iu');
const LINK_PREFIX = /^(?:>{2,}|[►▶→⇒➤▸])\s*\S/u;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u;

export const LINE_RULES: readonly LineRule[] = [
  {
    id: 'ui',
    why: 'A line that is only an interface word or label (Share, Teilen, Publicidad, KEY EVENT, Mehr zum Thema) is not a sentence of the article.',
    examples: ['Share this article', 'Teilen', 'REKLAM', 'Publicidad', 'KEY EVENT', 'Mehr zum Thema', 'Czytaj więcej', 'Story continues below advertisement', 'Copy Link Copied', 'Lire aussi :', 'Artikel-Tools'],
    keeps: ['Share prices fell sharply on Monday.', 'Teilen ist wichtig, sagt sie.'],
    test: (b) => interfaceLines.has(normalise(b.text)) || interfaceLines.has(lower(b.text).replace(UI_TRAILING, '')),
  },
  {
    id: 'counter',
    why: 'Gallery counters ("3 of 12", "Bild 2/10") belong to the slideshow, not the text.',
    examples: ['3 of 12', 'Image 2/10', 'Bild 4 von 9'],
    keeps: ['3 of 12 people were injured.'],
    test: (b) => COUNTER.test(b.text),
  },
  {
    id: 'comment-count',
    why: 'Comment counters and forum links ("12 Comments", "Forum: 5 Postings") are interface.',
    examples: ['12 Comments', 'Forum: 5 Postings', '3 Kommentare', 'Comments (5 posted)'],
    keeps: ['Comments from the minister angered the union.'],
    test: (b) => COMMENT_COUNT.test(b.text),
  },
  {
    id: 'reporting-credit',
    why: 'Credits of who reported, wrote, edited or translated, and agency sources ("(Quelle: APA/sda/dpa)", "Mit Agenturmaterial.") are not the story.',
    examples: [
      'Reporting by Gopal Sharma; Editing by Alex Richardson',
      'With reporting by Associated Press writer Sheikh Saaliq',
      '– additional reporting by Donald Matthys',
      'Associated Press writer John Leicester in Paris contributed to this report.',
      '(Quelle: APA/sda/dpa)',
      'Mit Agenturmaterial.',
      'Aus dem Englischen von Jan Doolan',
      'Dieser Artikel ist zuerst bei "Capital" erschienen.',
    ],
    keeps: ['The source said the talks had stalled.', 'Reporting the crime took her three days, she said.'],
    test: (b) => b.text.length <= SHORT * 2 && REPORTING_CREDIT.some((re) => re.test(b.text)),
  },
  {
    id: 'dateline',
    why: 'A line of dates and times, in any of the supported languages, maybe with the author\'s name, is page furniture ("Publiziert: 01.07.2023, 11:16", "Actualizado a las 15:10h", "21:00 Antony Clements-Thrower").',
    examples: [
      'Updated 1:39 am EST, Wednesday, November 20, 2019',
      'Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET',
      'Publiziert: 01.07.2023, 11:16',
      'Publiziert17. Dezember 2024, 12:17',
      'Aktualisiert am 07.01.2026 - 18:50 UhrLesedauer: 4 Min.',
      'Online seit heute, 7.57 Uhr',
      '25/04/2026 Actualizado a las 15:10h.',
      '02/02/2025 KL. 09:00',
      '21:00Antony Clements-Thrower',
      '5 hours ago07:06 Jon King',
      'Publié le 3 mars 2024 à 10h05',
    ],
    keeps: ['March 2020 Election', 'Call 206-652-6593 today', 'On 3 March 2024 the court ruled against him.'],
    test: (b) => b.text.length <= SHORT && isDateLine(b.text),
  },
  {
    id: 'byline',
    why: 'Bylines name the author ("By Jane Doe", "Par Jean Dupont", "Von Hans Meier"); the article text starts after them.',
    examples: ['Greg Beacham, Ap Sports Writer', 'By Nelson D. Schwartz', 'Par Martin Untersinger (avec Damien Leloup et Morgane Tual)', 'Von Hans Meier und Eva Roth', 'Written by Eliaser Ndeyanale', 'Author of the article:', 'By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM'],
    keeps: ['By the end of the year, prices had doubled.', 'Par ailleurs, le ministre a démenti.', 'Maria Ressa, the editor, was arrested on Wednesday for a story by a former reporter'],
    test: (b) => b.text.length <= SHORT + 60 && isBylineLine(b.text),
  },
  {
    id: 'credit',
    why: 'Photo captions end in a credit ("(AP Photo/…)", "Bildrechte: …", "© …", "Friso Gentsch/dpa"); captions and credits are not article text.',
    examples: [
      'Photo: Tom Brenner for The Washington Post via Getty Images',
      'Getty Images',
      'Landstolz-Geschäftsführer Kevin Holland-Moritz in der Schlachthalle in Schmalkalden. Bildrechte: MDR/David Straub',
      'Das Wohn- und Pflegeheim in Nußdorf-Debant © Gemeinde Nußdorf-Debant',
      'The 25% tariff will apply to Mexico’s steel and aluminum exports to the United States starting on March 12. (Unsplash)',
      'Eingefrorenes Sperma in einer Klinik.Friso Gentsch/dpa',
      'Uwe Schubert möchte mit dem MSV Duisburg noch so viele Punkte wie möglich sammeln. IMAGO/Nico Herbertz',
    ],
    keeps: ['The minister spoke to reporters in Kabul.', 'Bild-Zeitung reported the deal first, citing sources close to the club.'],
    test: (b) =>
      (b.text.length <= SHORT && CREDIT.some((re) => re.test(b.text))) ||
      (b.text.length <= BARE_CREDIT_CHARS && BARE_CREDIT.test(b.text)) ||
      (b.text.length <= MAX_CAPTION && CAPTION_CREDIT.some((re) => re.test(b.text))),
  },
  {
    id: 'video',
    why: 'Video captions and player messages ("WATCH | …", "To view this video please enable JavaScript …") are not article text.',
    examples: ['WATCH | Residents describe the moment the fire reached the village', 'To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video', 'Video: Protesters gather outside parliament'],
    keeps: ['Watchdogs warned of the risks last year.'],
    test: (b) => b.text.length <= SHORT * 2 && VIDEO.test(b.text),
  },
  {
    id: 'newsletter',
    why: 'Newsletter and subscription calls speak to the reader about a mailbox or a subscription ("Sign up to get it in your inbox").',
    examples: ['Sign up to get it in your inbox', 'The next issue of NP Posted will soon be in your inbox.', 'By signing up you consent to receive the above newsletter from Postmedia Network Inc.', 'Der tägliche Newsletter - jetzt mit allen wichtigen Updates zum Krieg in der Ukraine.', 'CORRECTIV im Postfach'],
    keeps: [
      'The newsletter, sent to 40,000 subscribers, was written by the mayor himself.',
      'If you just want Disney+, you can sign up for a free 7-day trial.',
      '“What kind of products are going to be left that readers feel are worth a subscription?”',
    ],
    test: (b) => b.text.length <= 160 && !/[”"»“]$/u.test(b.text) && NEWSLETTER.test(b.text) && (READER.test(b.text) || b.text.length <= 60),
  },
  {
    id: 'call-to-action',
    why: 'A short line that sends the reader elsewhere (read more, subscribe, follow, share, report an error), in any supported language.',
    examples: ['Read more: Trump signs order', 'More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports', '[Related: Salesforce Dreamforce Keynote: AI, Integration, Alicia Keys And Protestors]', 'Lire aussi : Le gouvernement recule', 'Lesen Sie auch: Annalena Baerbock', 'Czytaj więcej', 'Follow Metro.co.uk on Twitter and Facebook for the latest news updates.', 'Create an account or sign in to continue with your reading experience.', 'Fehler gefunden? Jetzt melden.'],
    keeps: ['Read the full report, the minister told parliament, before judging it.'],
    test: (b) => b.text.length <= 200 && CALL_TO_ACTION.test(b.text),
  },
  {
    id: 'link-prefix',
    why: 'Lines that start with ">>" or an arrow point to other pages (">>> Mehr Gastkommentare").',
    examples: ['>>> Mehr Gastkommentare', '>> Hier finden Sie außerdem alle EZB-Termine für 2025 im Überblick', '► Alle Videos'],
    keeps: ['»Wir sind bereit«, sagte sie.'],
    test: (b) => b.text.length <= 200 && LINK_PREFIX.test(b.text),
  },
  {
    id: 'link-line',
    why: 'A line that is a single link and not a sentence (a headline of another story set between paragraphs, "2 NY RESIDENTS ALLEGEDLY RAN SECRET CHINESE POLICE STATION") points elsewhere.',
    examples: ['@2 NY RESIDENTS ALLEGEDLY RAN SECRET CHINESE POLICE STATION', '@Salesforce Dreamforce Keynote: AI, Integration, Alicia Keys And Protestors'],
    keeps: ['@The full report is available on the ministry’s website.', '@Brexit'],
    test: (b) => b.text.length <= SHORT && linkShare(b) >= 0.95 && b.text.split(/\s+/u).length >= 4 && !/[.!?…"»”]$/u.test(b.text),
  },
  {
    id: 'contact',
    why: 'A short line with an e-mail address is a contact or tip line ("Email Tariq Malik at tmalik@space.com"), not the story.',
    examples: ['Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik', 'Benjamin Romano: 206-652-6593 or bromano@seattletimes.com; on Twitter: @bromano.', 'Got a story? Get in touch with our news team by emailing us at webnews@metro.co.uk.'],
    keeps: ['She said in an email that the company had not been told.'],
    test: (b) => b.text.length <= 250 && EMAIL.test(b.text),
  },
];

/** The line rule that drops one block on its own, or null to keep it. */
export function lineRule(block: TextBlock): LineRuleId | null {
  if (block.text.length > MAX_CAPTION) return null;
  for (const rule of LINE_RULES) if (rule.test(block)) return rule.id;
  return null;
}

// ---- run rules: a block with its neighbours (applied in clean-blocks.ts) --------------------------

/** A label over a block of other stories: "RELATED COVERAGE", "Sur le même sujet", "Mehr zum Thema :". */
export function isRelatedLabel(block: TextBlock): boolean {
  return block.text.length <= 60 && relatedLabels.has(lower(block.text).replace(UI_TRAILING, '').trim());
}

const MENU_ITEM = /^\p{Lu}[^\d.:;!?,…]{0,29}$/u;

/** One item of a site menu or footer: a very short capitalised label without digits or punctuation. */
export function isMenuItem(block: TextBlock): boolean {
  return !block.heading && !block.cell && MENU_ITEM.test(block.text);
}

/** A teaser under a related label: a link, a headline without a final stop, a byline or a date. */
export function isTeaser(block: TextBlock): boolean {
  if (linkShare(block) >= 0.5) return true;
  if (block.text.length <= 160 && !/[.!?…"»”“]$/u.test(block.text)) return true;
  return isBylineLine(block.text) || isDateLine(block.text);
}

const ROLE_ALT = alternation(AUTHOR_ROLES);
const REPORTED_SPEECH = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(REPORTED_SPEECH_WORDS)})(?![\\p{L}])`, 'iu');
const BIO = [
  new RegExp(`^\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}\\s+(?:is|was|ist|war|est|es|è|är|er)\\s+(?:[\\p{L}-]+\\s+){0,5}(?:${ROLE_ALT})`, 'iu'),
  /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+(?:covers|writes about|reports on)\b/u,
  /^seit\s+\d{4}\s+bei\s+(?:der|dem|den)\b/iu,
  /^(?:the author|die autorin|der autor|l[’']auteur|l[’']autrice|el autor|la autora)\s*:?$/iu,
];

/** An author bio: "Aaron Kliegman is a politics reporter for Fox News Digital.", "Seit 2019 bei der taz." */
export function isAuthorBio(block: TextBlock): boolean {
  return block.text.length <= 350 && BIO.some((re) => re.test(block.text)) && !REPORTED_SPEECH.test(block.text);
}

export const RUN_RULES: readonly CleanRule<RunRuleId>[] = [
  {
    id: 'before-title',
    why: 'Short or linked lines above the title (navigation, section names, kickers) are page header, not article; a prose lead above the title is kept.',
    examples: ['@Politics', 'World', '#The title of the story'],
    keeps: ['A lead paragraph above the title that tells what happened, in a full sentence of prose.'],
  },
  {
    id: 'title',
    why: 'The title is given apart from the text (also with a kicker glued before it).',
    examples: ['#The title of the story'],
    keeps: [],
  },
  {
    id: 'link-list',
    why: 'A run of short lines that are all links is a list of other stories.',
    examples: ['@Another story', '@A third story'],
    keeps: ['A single linked sentence inside the article, standing alone between two paragraphs.'],
  },
  {
    id: 'menu',
    why: 'At the top or the bottom of the text, a run of many very short labels (no digits, no punctuation, not table cells) is a site menu or footer, even when its links were lost.',
    examples: ['Contact Chron', 'About Houston Chronicle', 'Advertise with Us', 'Careers', 'Privacy Notice', 'Terms of Use'],
    keeps: ['2 cups of flour', '1 egg', 'A pinch of salt', '3 apples', '50 g butter', '1 lemon'],
  },
  {
    id: 'related-block',
    why: 'A label over other stories ("RELATED COVERAGE", "Sur le même sujet", "Mehr zum Thema") and the teasers under it (headlines, "Par <name>" bylines, dates) are not the article.',
    examples: ['Sur le même sujet', '@Le gouvernement recule sur la réforme', 'Réforme des retraites : ce qui change pour les salariés', 'Par Jean Dupont', 'Publié le 3 mars 2024 à 10h05'],
    keeps: ['The next paragraph of the article, a full sentence that ends with a stop.'],
  },
  {
    id: 'author-bio',
    why: 'Near the end, a line about the author (what they are, where to reach them) is not the story.',
    examples: ['Aaron Kliegman is a politics reporter for Fox News Digital.', 'Mark di Stefano is a breaking news reporter for BuzzFeed News and is based in Sydney, Australia.', 'Edgar Schuler ist Redaktor am Newsdesk und verfasst regelmässig den Newsletter «Der Morgen».', 'Seit 2019 bei der taz. Interessiert sich vor allem für Feminismus.'],
    keeps: ['John Smith is a reporter who was detained in Moscow last March, his lawyers said on Friday after a hearing.'],
  },
];
