// Deterministic synthetic news pages of any size, for the time-vs-size benchmark and the fuzz
// suite's big inputs: varied sentences (names, places, quotes in French and English, reporting
// verbs, stated reasons), so the analysis does real work on every paragraph.

const FIRST = ['Jean', 'Marie', 'Pierre', 'Sophie', 'John', 'Emma', 'David', 'Laura', 'Ahmed', 'Yuki', 'Carlos', 'Anna'];
const LAST = ['Dupont', 'Martin', 'Bernard', 'Durand', 'Smith', 'Johnson', 'Brown', 'Garcia', 'Müller', 'Rossi', 'Nakamura', 'Kowalski'];
const PLACES = ['Paris', 'Lyon', 'Marseille', 'London', 'Washington', 'Berlin', 'Madrid', 'Tokyo', 'Brussels', 'Geneva'];
const ORGS = ['the European Commission', 'the United Nations', 'la Banque de France', 'the Senate', 'le Conseil constitutionnel', 'Reuters'];
const TEMPLATES = [
  (p: string, q: string, _o: string) => `${p} said on Monday in ${q} that "the plan will cost more than expected" because prices rose.`,
  (p: string, q: string, _o: string) => `${p} a déclaré mardi à ${q} : « Nous allons agir vite », invoquant l'urgence de la situation.`,
  (p: string, q: string, o: string) => `According to ${o}, the talks in ${q} will resume next week in order to reach a deal before the summit.`,
  (p: string, q: string, o: string) => `Selon ${o}, ${p} a affirmé que le projet serait présenté en conseil des ministres afin de rassurer les marchés.`,
  (p: string, q: string, _o: string) => `Officials in ${q} declined to comment, but ${p} told reporters the decision was "final and irrevocable".`,
  (p: string, q: string, o: string) => `The report by ${o} was published on Thursday, weeks after protests in ${q} drew thousands of people.`,
];

/** A small deterministic generator (mulberry32), so every run measures the same pages. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Paragraphs of varied news sentences, about `chars` characters in all. */
export function newsText(chars: number, seed = 1): string[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const paragraphs: string[] = [];
  let total = 0;
  while (total < chars) {
    const sentences: string[] = [];
    const count = 2 + Math.floor(next() * 4);
    for (let i = 0; i < count; i++) sentences.push(pick(TEMPLATES)(`${pick(FIRST)} ${pick(LAST)}`, pick(PLACES), pick(ORGS)));
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    total += paragraph.length + 9;
  }
  return paragraphs;
}

/** An HTML news article page of about `chars` characters, declared as a NewsArticle. */
export function newsPage(chars: number, seed = 1): string {
  const head =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Synthetic news article</title>' +
    '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-11-20"}</script></head>' +
    '<body><header><nav><a href="/">Home</a> <a href="/world/">World</a></nav></header><main><article><h1>Synthetic news article</h1>';
  const tail = '</article></main><footer><p>© 2019 Example News</p></footer></body></html>';
  const body = newsText(Math.max(0, chars - head.length - tail.length), seed).map((p) => `<p>${p}</p>`).join('\n');
  return head + body + tail;
}
