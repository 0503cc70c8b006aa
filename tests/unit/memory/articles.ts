// The two hand-written articles of tests/fixtures/pages/memory/ (one story: a tram line), analysed
// as the content script would report them: title and paragraphs.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../../../src/analysis';
import type { ReadPage } from '../../../src/memory/reading-memory';

const PAGES = resolve(import.meta.dirname, '../../fixtures/pages/memory');

function page(folder: string, published: string): ReadPage {
  const html = readFileSync(join(PAGES, folder, 'index.html'), 'utf8');
  const strip = (s: string): string => s.replace(/<[^>]*>/g, '').trim();
  const title = strip(/<h1>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '');
  const text = [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => strip(m[1] ?? '')).join('\n\n');
  return { url: `http://127.0.0.1:8080/memory/${folder}/`, analysis: analyze({ title, text, langHint: 'en' }), published };
}

export const TRAM_VOTE = page('tram-vote', '2025-03-03T09:00:00Z');
export const TRAM_WORKS = page('tram-works', '2025-04-10T08:30:00Z');

/** An article of another story (a bakery's bread recipe), for "not related". */
export const UNRELATED: ReadPage = {
  url: 'https://food.example.org/bread',
  published: '2025-01-02',
  analysis: analyze({
    title: 'How to bake a country loaf at home',
    text: [
      'A country loaf needs only flour, water, salt and a lively starter, but it needs time: the dough rests for a whole night in a cool kitchen.',
      'Mix the flour and the water first and let them stand for an hour before adding the salt and the starter, so that the gluten develops on its own.',
      'Fold the dough four times in the first two hours, then shape it into a tight ball and leave it in a floured basket until the next morning.',
      'Bake it in a very hot cast-iron pot, lid on for twenty minutes and lid off for twenty more, until the crust is deep brown and sounds hollow.',
    ].join('\n\n'),
    langHint: 'en',
  }),
};
