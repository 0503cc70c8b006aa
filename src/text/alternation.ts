// A regex alternation of plain phrases rewritten with its common prefixes shared ("en raison
// d['’]|en raison des" → "en raison (?:d['’]|des)"): the regex then reads a shared prefix once
// instead of once per phrase. It matches exactly what the list matches, in the same order of
// preference: phrases that start differently cannot both match at one position, and those that
// share a start keep their order.

/** One unit of a phrase: a lowercase letter, a space, or the apostrophe class `['’]`. */
const APOSTROPHES = "['’]";
/** Letters whose case-insensitive matches are theirs alone (no two of them match one character). */
const PLAIN = /^[a-zàâäçéèêëîïôöùûüÿœæ ]$/u;

/** The units of `phrase`, or null when it holds anything else (a regex operator, a capital…). */
function unitsOf(phrase: string): string[] | null {
  const units: string[] = [];
  for (let i = 0; i < phrase.length; ) {
    if (phrase.startsWith(APOSTROPHES, i)) {
      units.push(APOSTROPHES);
      i += APOSTROPHES.length;
      continue;
    }
    const ch = phrase.charAt(i);
    if (!PLAIN.test(ch)) return null;
    units.push(ch);
    i++;
  }
  return units;
}

/**
 * The alternation of `phrases` (their units from `depth` on), prefixes shared, order kept. A phrase
 * that ends here may match where any other does: groups opened before it take no phrase after it.
 */
function build(phrases: string[][], depth: number): { source: string; count: number } {
  const items: ({ unit: string; members: string[][] } | null)[] = [];
  let open = new Map<string, string[][]>();
  for (const p of phrases) {
    const unit = p[depth];
    if (unit === undefined) {
      items.push(null);
      open = new Map();
      continue;
    }
    const members = open.get(unit);
    if (members) members.push(p);
    else {
      open.set(unit, [p]);
      items.push({ unit, members: open.get(unit) as string[][] });
    }
  }
  const parts = items.map((item) => {
    if (!item) return '';
    const rest = build(item.members, depth + 1);
    // (One alternative after the unit needs no parentheses.)
    return rest.count > 1 ? `${item.unit}(?:${rest.source})` : `${item.unit}${rest.source}`;
  });
  return { source: parts.join('|'), count: parts.length };
}

/**
 * `alternatives` ("a|b|c", plain phrases only) with common prefixes shared; the source unchanged
 * when a phrase holds anything but lowercase letters, spaces and `['’]`.
 */
export function sharedPrefixes(alternatives: string): string {
  const phrases = alternatives.split('|').map(unitsOf);
  if (phrases.some((p) => p === null || p.length === 0)) return alternatives;
  return build(phrases as string[][], 0).source;
}

/** `text` with every regex operator escaped, to be matched literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * A regex alternation of plain words and phrases, longest first (so that « y compris » is tried before
 * « y »), each escaped; `flexibleSpaces` lets a phrase's spaces match any run of white space.
 */
export function wordAlternation(words: Iterable<string>, flexibleSpaces = false): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => (flexibleSpaces ? escapeRegExp(w).replace(/ /gu, '\\s+') : escapeRegExp(w)))
    .join('|');
}
