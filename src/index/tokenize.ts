// Term extraction shared by the index builder and the query: the same folding, stop words
// and light stemming on both sides, so a page and a seed about the same thing meet.

const STOP_WORDS = new Set(
  (
    // French
    'a à afin ai aie aient ainsi alors après as au aucun aussi autre autres aux avaient avait avant avec avoir ayant ' +
    'bien c ça car ce ceci cela celle celles celui cependant ces cet cette ceux chaque chez comme comment contre d dans ' +
    'de depuis des deux devant doit donc dont du déjà elle elles en encore entre est et été être eu eux fait faire fois ' +
    'font hors il ils j je jusqu l la le les leur leurs lors lui m ma mais me même mes moi moins mon n ne ni non nos ' +
    'notre nous on ont ou où par parce pas peu peut plus pour pourquoi près puis qu quand que quel quelle quelles quels ' +
    'qui quoi s sa sans se selon ses si sien son sont sous sur t ta te tes toi ton toujours tous tout toute toutes très ' +
    'tu un une unes uns vers voici voilà vos votre vous y été étaient était étant aussi ainsi dit lors cas ' +
    // English
    'about above after again against all am an and any are as at be because been before being below between both but ' +
    'by can could did do does doing down during each few for from further had has have having he her here hers herself ' +
    'him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only ' +
    'or other our ours out over own said same she should so some such than that the their theirs them then there these ' +
    'they this those through to too under until up very was we were what when where which while who whom why will with ' +
    'would you your yours also says say told year years one two new like last first mr mrs ms'
  ).split(' '),
);

/** Lowercase, strip diacritics, unify apostrophes. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'");
}

/** Crude suffix stripping, enough to meet plural and common inflections in fr and en. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  for (const suffix of ['ements', 'ement', 'ations', 'ation', 'ing', 'ies', 'ees', 'ers', 'er', 'es', 'ed', 'e', 's', 'x']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Content terms of a text: folded, stop words and short/numeric tokens dropped, stemmed. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const raw of fold(text).split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < 3 || STOP_WORDS.has(raw) || /^\p{N}+$/u.test(raw)) continue;
    out.push(stem(raw));
  }
  return out;
}

/** Normalised key of an entity name (accents, case, punctuation and a leading article ignored). */
export function entityKey(name: string): string {
  const words = fold(name)
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  while (words.length > 1 && /^(le|la|les|l'|the)$/.test(words[0] ?? '')) words.shift();
  return words.join(' ').replace(/^l'/, '');
}

/** Short stable hash (FNV-1a, 32 bit, hex) of the normalised text. */
export function fingerprint(text: string): string {
  const normalised = fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  let h = 0x811c9dc5;
  for (let i = 0; i < normalised.length; i++) {
    h ^= normalised.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
