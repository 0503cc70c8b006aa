// Before Readability reads the (inert, cloned) page: removes the parts a reader never sees as
// article text — dialogs and consent panels, elements hidden by a utility class, pull quotes that
// repeat the article's own words in display type, the kicker above the headline — and puts back the parts a page streams in hidden and reveals with a
// script (React's streamed Suspense segments), which an inert copy of a saved page never runs.
// Readability itself already drops elements with `hidden`, aria-hidden="true" and inline
// display:none. Each rule is one row (id, why, examples) so tests check every rule on its examples.

export interface HiddenPartRule {
  id: 'dialog' | 'hidden-class' | 'pull-quote' | 'kicker';
  why: string;
  /** Markup the rule removes (tests parse each one and check the rule removes its text). */
  examples: string[];
  /** Markup the rule must keep. */
  keeps: string[];
  test: (el: Element) => boolean;
}

/** Tailwind-style classes that show an element again from some screen width ("hidden md:block"). */
const SHOWN_AGAIN = /^(?:[a-z0-9]+:)+(?:block|flex|grid|inline|inline-block|inline-flex|table|contents|flow-root)$/;
/** Class names of the label above a headline (a whole class or a part of one: "article-kicker", "c-eyebrow"). */
const KICKER = /(?:^|[\s_-])(?:kicker|eyebrow)(?:$|[\s_-])/i;
/** Class names and test ids that mark a pull quote. */
const PULL_QUOTE = /pull-?quote/i;
/** Three words at least: a pull quote is a line of text, not a styled quotation mark. */
const HAS_WORDS = /\p{L}+[^\p{L}]+\p{L}+[^\p{L}]+\p{L}+/u;
const HIDING_CLASSES = new Set(['hidden', 'd-none', 'is-hidden', 'u-hidden', 'hide', 'js-hidden', 'display-none', 'visually-hidden-all']);

export const HIDDEN_PART_RULES: readonly HiddenPartRule[] = [
  {
    id: 'dialog',
    why: 'Dialogs, modal panels and cookie-consent centres sit in the page markup but are not the article; a long consent text can outscore the article itself (a cookie-preferences panel picked over a Reuters story).',
    examples: [
      '<div role="dialog"><p>We use cookies to personalise content and ads.</p></div>',
      '<div id="onetrust-pc-sdk" aria-modal="true" role="region"><p>Strictly Necessary Cookies</p></div>',
      '<dialog><p>Sign in to keep reading.</p></dialog>',
    ],
    keeps: ['<div role="main"><p>The council voted on Tuesday.</p></div>', '<div role="region" aria-label="Article"><p>The council voted.</p></div>'],
    test: (el) => {
      const role = el.getAttribute('role');
      return el.tagName.toUpperCase() === 'DIALOG' || role === 'dialog' || role === 'alertdialog' || el.getAttribute('aria-modal') === 'true';
    },
  },
  {
    id: 'hidden-class',
    why: 'A utility class that means display:none ("hidden", "d-none") hides sign-in, subscription and newsletter panels that a saved copy without its stylesheet would show (Postmedia sites).',
    examples: [
      '<div class="article-block article-content__sign-in-group hidden"><p>Enjoy additional articles per month.</p></div>',
      '<div class="d-none"><p>Create an account or sign in to continue with your reading experience.</p></div>',
    ],
    keeps: ['<div class="hidden md:block"><p>Shown from medium screens up.</p></div>', '<div class="hidden-overflow"><p>Text.</p></div>'],
    test: (el) => {
      const classes = Array.from(el.classList);
      return classes.some((c) => HIDING_CLASSES.has(c)) && !classes.some((c) => SHOWN_AGAIN.test(c));
    },
  },
  {
    id: 'pull-quote',
    why: 'A pull quote repeats a line of the article in display type between its paragraphs ("Pullquote", "pull-quote", "wp-block-pullquote"): kept, the line is read twice, and a quote becomes two claims.',
    examples: [
      '<blockquote data-test="Pullquote"><div class="Pullquote-quote">The sexy sells. The upside sells.</div></blockquote>',
      '<aside class="article__pull-quote"><p>We will not back down.</p></aside>',
      '<figure class="wp-block-pullquote"><blockquote><p>Nobody told us anything.</p></blockquote></figure>',
    ],
    keeps: [
      '<blockquote><p>Dear Sir, I write to you about the bridge.</p></blockquote>',
      '<div class="quote-of-the-day"><p>Text.</p></div>',
      // A quotation mark styled by a "pullquote" class opens a real quotation: an ornament, not a pull quote.
      '<blockquote><p><span class="pullquote">"</span>Essentially, the act of becoming aware of a decision is the same process.</p></blockquote>',
    ],
    test: (el) => (PULL_QUOTE.test(el.getAttribute('class') ?? '') || PULL_QUOTE.test(el.getAttribute('data-test') ?? '')) && HAS_WORDS.test(el.textContent ?? ''),
  },
  {
    id: 'kicker',
    why: 'A kicker or eyebrow is the label above a headline ("High Praise", "Analysis", "Exclusive"): a rubric of the page, not a line of the article.',
    examples: [
      '<div class="article-kicker larva">High Praise</div>',
      '<span class="c-eyebrow">Analysis</span>',
    ],
    keeps: ['<p class="article-body">The kicker came late in the game, said the coach.</p>'],
    test: (el) => KICKER.test(el.getAttribute('class') ?? '') && (el.textContent ?? '').trim().length <= 60,
  },
];

/** Bounded work on huge pages: elements inspected at most. */
const MAX_ELEMENTS_CHECKED = 60_000;

export type HiddenPartCounts = Partial<Record<HiddenPartRule['id'] | 'streamed-segment', number>>;

/** Removes hidden parts from `doc` (an inert clone) and reveals streamed segments; returns what each rule did. */
export function removeHiddenParts(doc: Document): HiddenPartCounts {
  const counts: HiddenPartCounts = {};
  const revealed = revealStreamedSegments(doc);
  if (revealed > 0) counts['streamed-segment'] = revealed;
  const body = doc.body;
  if (!body) return counts;
  const elements = body.getElementsByTagName('*');
  const doomed: Element[] = [];
  const limit = Math.min(elements.length, MAX_ELEMENTS_CHECKED);
  for (let i = 0; i < limit; i++) {
    const el = elements[i]!;
    const rule = HIDDEN_PART_RULES.find((r) => r.test(el));
    if (rule) {
      doomed.push(el);
      counts[rule.id] = (counts[rule.id] ?? 0) + 1;
    }
  }
  for (const el of doomed) el.remove(); // removing an ancestor first is harmless: the child goes with it
  return counts;
}

/**
 * React streams a Suspense boundary's content as `<div hidden id="S:x">…</div>` at the end of the
 * body and a script moves it into the boundary's place (`<template id="B:x">` and its fallback, up
 * to the closing `<!--/$-->` comment). Does the same move, without running any script.
 */
export function revealStreamedSegments(doc: Document): number {
  let revealed = 0;
  for (const segment of Array.from(doc.querySelectorAll('div[hidden][id^="S:"]'))) {
    const key = segment.id.slice(2);
    const boundary = doc.getElementById(`B:${key}`);
    const parent = boundary?.parentNode;
    if (!boundary || !parent) {
      segment.removeAttribute('hidden'); // no boundary: show it where it is
      revealed++;
      continue;
    }
    // Remove the fallback between the template and the boundary's closing comment.
    let node: ChildNode | null = boundary.nextSibling;
    while (node && !(node.nodeType === 8 && (node.nodeValue ?? '') === '/$')) {
      const next: ChildNode | null = node.nextSibling;
      node.remove();
      node = next;
    }
    while (segment.firstChild) parent.insertBefore(segment.firstChild, boundary);
    boundary.remove();
    segment.remove();
    revealed++;
  }
  return revealed;
}
