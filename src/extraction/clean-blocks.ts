// Removes what Readability keeps around an article but is not its text: the navigation and title
// above it, photo captions and credits, bylines and date lines, "Read more" / "Lire aussi" links,
// calls to subscribe or share, lists of links to other stories. Each rule is one named test on
// one block, so the benchmark can count what each removes (scripts/bench-extraction.ts).
import type { TextBlock } from './block-text';

export type DropRule = 'before-title' | 'title' | 'credit' | 'dateline' | 'byline' | 'ui' | 'call-to-action' | 'link-list' | 'counter' | 'reporting-credit' | 'undeclared' | 'other-article';

/** Lines longer than this are prose, whatever they start with. */
const SHORT = 140;

const MONTH_WORDS =
  'jan|january|janv|janvier|feb|february|fév|fev|févr|février|fevrier|mar|march|mars|apr|april|avr|avril|may|mai|jun|june|juin|jul|july|juil|juillet|aug|august|août|aout|sep|sept|september|septembre|oct|october|octobre|nov|november|novembre|dec|december|déc|décembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre';
const DATE_WORDS =
  'mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|am|pm|a\\.m|p\\.m|utc|gmt|est|edt|pst|pdt|cst|cdt|bst|cet|cest|ist|aest|updated|update|published|posted|last|modified|created|on|at|le|à|mis|à|jour|publié|publiée|mise|ago|hours?|hrs?|minutes?|mins?|days?|weeks?|seconds?|il|y|a|heures?|jours?|st|nd|rd|th|er|de|del|the|of|et|and|time|reading|read|min|lecture';
/** A line made only of dates, times and words that go with them: "Updated 1:39 am EST, Wednesday, November 20, 2019". */
const DATE_EVIDENCE = new RegExp(`(?:^|[^\\p{L}])(?:${MONTH_WORDS})(?![\\p{L}])|\\b(?:1[89]|20)\\d\\d\\b|\\bago\\b|\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b`, 'iu');
const PHONE = /\d{2,}[-. ]\d{3}[-. ]\d{3,4}/u;
const DATE_LINE_TOKEN = new RegExp(`^(?:\\d+(?:[:.h/-]\\d+)*|${MONTH_WORDS}|${DATE_WORDS})\\.?$`, 'iu');

const CREDIT = [
  /^(?:photo|photos|image|images|picture|pictures|foto|fotos|crédit|crédits|credit|credits|illustration|video|vidéo|source|copyright)\s*(?:[:|©]|by\b|credit\b|copyright\b)/iu,
  /^\(?(?:image|photo|picture|credit|crédit)\s*:.*\)?$/iu,
  /^©/u,
  /\(\s*(?:image|photo|picture|foto|credit|crédit|illustration)s?\s*:[^)]*\)\s*$/iu,
  /\((?:AP|AFP|Reuters|EPA|Getty)\s+Photos?\b[^)]*\)\s*$/iu,
  /(?:^|[\s|/,])(?:getty images|shutterstock|afp|ap photo|reuters|epa|istock(?:photo)?|alamy|bloomberg)\s*\)?\s*$/iu,
];
const BYLINE = /^(?:[Bb]y|BY|[Pp]ar|PAR|[Pp]or|POR|[Vv]on|[Dd]i|[Dd]oor)\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:and|et|y|und|e|&|,)?\s*[\p{Lu}\p{Ll}][\p{L}'’.-]*){0,6}(?:\s*[-–—|,].{0,60})?$/u;
const REPORTING_CREDIT = /^\(?(?:additional\s+)?(?:reporting|writing|editing)\s+by\b.*$|\bcontributed\s+(?:reporting|to\s+this\s+report)\b.{0,80}$|^\(?(?:compiled|edited|written)\s+by\b.{0,120}$/iu;
/** Lines that are interface words, not text: whole-line matches after trimming punctuation. */
const UI_LINES = new Set(
  [
    'advert', 'advertisement', 'advertising', 'ad', 'ads', 'sponsored', 'comments', 'comment', 'subscribe', 'sign in', 'sign up',
    'log in', 'login', 'register', 'share', 'share this', 'share this article', 'share this story', 'tweet', 'email', 'print',
    'skip to content', 'skip to main content', 'continue reading', 'continue reading below', 'close', 'caption', 'next', 'previous',
    'prev', 'home', 'menu', 'search', 'related', 'related news', 'recommended', 'you may also like', 'you might also like', 'more',
    'see more', 'show more', 'load more', "don't miss", 'dont miss', 'most popular', 'popular', 'popular this week', 'recent articles',
    'recent posts', 'latest news', 'breaking news', 'trending', 'top stories', 'more stories', 'read next', 'up next', 'watch',
    'listen', 'play', 'enlarge', 'enlarge this image', 'toggle caption', 'hide caption', 'open image in gallery', 'view gallery',
    'photo', 'image', 'video', 'gallery', 'newsletter', 'follow us', 'facebook', 'twitter', 'linkedin', 'whatsapp', 'pinterest',
    'reddit', 'copy link', 'copied', 'lire aussi', 'à lire aussi', 'a lire aussi', 'voir aussi', 'partager', 'publicité', 'abonnez-vous',
    "s'abonner", 'se connecter', 'commentaires', 'réagir', 'newsletters', 'reuters', 'ap', 'afp',
  ],
);
const CALL_TO_ACTION =
  /^(?:sign up|subscribe|follow (?:us|him|her|them|\p{Lu})|get (?:the latest|breaking|our)|click here|join (?:our|the)|like this (?:story|article)|share (?:this|it)|want more|don'?t miss|see more|more from|more on|read more|read also|see also|related:|related coverage|recommended:|also on|also read|also see|watch:|listen:|lire (?:la suite|aussi|également|egalement|plus)|[àa] lire (?:aussi|également|egalement|ensuite)|voir aussi|sur le m[êe]me sujet|abonnez-vous|inscrivez-vous|recevez|t[ée]l[ée]chargez|retrouvez|suivez-nous|newsletter)\b/iu;
const COMMENT_COUNT = /^(?:\d+\s+)?(?:comments?|commentaires?|réactions?|replies)\s*(?:\(\s*\d+(?:\s+posted)?\s*\))?$/iu;
const COUNTER = /^(?:image|photo|slide|picture|foto)?\s*\d+\s*(?:of|\/|sur|de)\s*\/?\s*\d+$/iu;

/** How many leading blocks may sit above the title before it is no longer a page header. */
const HEADER_BLOCKS = 12;
const HEADER_CHARS = 600;

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function isDateLine(text: string): boolean {
  if (text.length > 100) return false;
  const tokens = text.split(/[\s,|•·–—()[\]]+/u).filter((t) => t !== '' && t !== ':' && t !== '-');
  if (tokens.length === 0) return false;
  const dateTokens = tokens.filter((t) => DATE_LINE_TOKEN.test(t.replace(/[:.;]+$/u, '')));
  // A date, not any number: a month, a year, "ago", or d/m/y; never a phone number.
  return dateTokens.length === tokens.length && DATE_EVIDENCE.test(text) && !PHONE.test(text);
}

/** A byline: "By Jane Doe", "Par Jean Dupont et Marie Martin — 3 mars". */
export function isBylineLine(text: string): boolean {
  return text.length <= SHORT && BYLINE.test(text);
}

function linkShare(block: TextBlock): number {
  return block.rawChars > 0 ? block.linkChars / block.rawChars : 0;
}

/** The rule that drops one block on its own, or null to keep it. */
function lineRule(block: TextBlock): DropRule | null {
  const text = block.text;
  if (text.length > SHORT * 3) return null;
  const bare = normalise(text);
  if (UI_LINES.has(bare) || UI_LINES.has(text.toLowerCase().replace(/[\s:.…›»>|]+$/u, ''))) return 'ui';
  if (COUNTER.test(text)) return 'counter';
  if (COMMENT_COUNT.test(text)) return 'ui';
  if (text.length <= SHORT * 2 && REPORTING_CREDIT.test(text)) return 'reporting-credit';
  if (text.length > SHORT) return null;
  if (isDateLine(text)) return 'dateline';
  if (BYLINE.test(text)) return 'byline';
  if (CREDIT.some((re) => re.test(text))) return 'credit';
  if (CALL_TO_ACTION.test(text)) return 'call-to-action';
  return null;
}

export interface CleanOptions {
  title?: string;
  /** Told about every dropped block (the benchmark counts them). */
  onDrop?: (rule: DropRule, block: TextBlock) => void;
}

export function cleanBlocks(blocks: readonly TextBlock[], options: CleanOptions = {}): TextBlock[] {
  const drop = options.onDrop ?? ((): void => undefined);
  let start = 0;
  // The page header: the title (and whatever short navigation is above it) is not the body.
  const title = normalise(options.title ?? '');
  if (title.length >= 10) {
    let before = 0;
    for (let i = 0; i < Math.min(blocks.length, HEADER_BLOCKS); i++) {
      const block = blocks[i]!;
      const text = normalise(block.text);
      if (text.length >= 10 && (text === title || (title.includes(text) && text.length >= title.length * 0.6) || (text.includes(title) && text.length <= title.length * 1.3))) {
        for (let j = 0; j < i; j++) drop('before-title', blocks[j]!);
        drop('title', block);
        start = i + 1;
        break;
      }
      before += block.text.length;
      if (before > HEADER_CHARS) break;
    }
  }
  const kept: TextBlock[] = [];
  const body = blocks.slice(start);
  for (let i = 0; i < body.length; i++) {
    const block = body[i]!;
    const rule = lineRule(block);
    if (rule) {
      drop(rule, block);
      continue;
    }
    // A run of short lines that are all links: a list of other stories.
    if (isLinkLine(block) && (isLinkLine(body[i - 1]) || isLinkLine(body[i + 1]))) {
      drop('link-list', block);
      continue;
    }
    kept.push(block);
  }
  return kept;
}

function isLinkLine(block: TextBlock | undefined): boolean {
  return block !== undefined && block.text.length <= SHORT && linkShare(block) >= 0.9;
}
