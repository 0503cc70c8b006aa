import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis';
import { analyseDocument, assembleIndex, assembleIndexInSlices, buildIndex, dayNumber } from '../../../src/index/build';
import { INDEX_FORMAT, INDEX_VERSION } from '../../../src/index/format';
import { RelatedIndex } from '../../../src/index/query';
import { hammingDistance, NEAR_DUPLICATE_BITS, simhash } from '../../../src/index/simhash';
import type { SourceDocument } from '../../../src/index/types';

const story = (id: string, repost = false): SourceDocument => ({
  id,
  date: '2022-03-02',
  title: 'Le Parlement adopte la réforme des retraites',
  text:
    'Le Parlement a définitivement adopté mardi la réforme des retraites, après des semaines de débats houleux et de grèves dans les transports. ' +
    'Le gouvernement se félicite d’un texte « juste », les syndicats appellent à une nouvelle journée de mobilisation jeudi. ' +
    'Le Conseil constitutionnel a été saisi par les députés de l’opposition, qui contestent la procédure accélérée choisie par l’exécutif. ' +
    'Les sages disposent d’un mois pour se prononcer ; une décision partielle est possible, selon plusieurs constitutionnalistes. ' +
    `Dans la rue, les cortèges ont rassemblé ${repost ? 'plus de 1,2 million' : 'plus d’un million'} de personnes selon les organisateurs, deux fois moins selon la police. ` +
    'Le ministre du Travail a répété que l’âge légal serait relevé progressivement, à raison de trois mois par an à partir de septembre. ' +
    'Les régimes spéciaux seront fermés aux nouveaux embauchés, et une pension minimale sera garantie aux carrières complètes. ' +
    'L’opposition promet de poursuivre la bataille jusqu’au bout.',
  url: `https://example.test/${id}`,
});

describe('index data file', () => {
  const { data, manifest } = buildIndex([story('a'), story('b', true)], { builtAt: 'now' });

  it('has a manifest naming the data file and its size', () => {
    expect(manifest).toMatchObject({ format: INDEX_FORMAT, version: INDEX_VERSION, docCount: 2, languages: { fr: 2 }, data: 'index.bin', dataBytes: data.length });
  });

  it('refuses a truncated or foreign file with a reason', () => {
    expect(() => RelatedIndex.fromBytes(data.slice(0, 8))).toThrow(/unsupported index/);
    expect(() => RelatedIndex.fromBytes(data.slice(0, data.length - 64))).toThrow(/truncated/);
    expect(() => RelatedIndex.fromBytes(new TextEncoder().encode('{"format":"context-lens-index","version":1}'))).toThrow(/unsupported index/);
  });

  it('keeps ids, titles, dates and URLs', () => {
    const index = RelatedIndex.fromBytes(data);
    expect(index.documentIds()).toEqual(['a', 'b']);
    const [result] = index.query({ analysis: analyze({ title: 'Retraites : le Conseil constitutionnel saisi', text: 'Les députés de l’opposition ont saisi le Conseil constitutionnel sur la réforme des retraites adoptée par le Parlement.' }) });
    expect(result).toMatchObject({ title: story('a').title, date: '2022-03-02', lang: 'fr' });
    expect(result?.url).toMatch(/^https:\/\/example\.test\/[ab]$/);
  });
});

describe('self-exclusion and near-duplicates', () => {
  const { data } = buildIndex([story('a'), story('b', true)]);
  const index = RelatedIndex.fromBytes(data);
  const article = analyze({ title: story('a').title, text: story('a').text });
  const other = analyze({ title: 'Retraites : le Conseil constitutionnel saisi', text: 'Les députés de l’opposition ont saisi le Conseil constitutionnel sur la réforme des retraites adoptée par le Parlement.' });

  it('collapses re-posts of one article into one result', () => {
    expect(index.query({ analysis: other })).toHaveLength(1);
  });

  it('never lists the article itself: same id, same URL, same text, or a near-identical copy', () => {
    // a has the same text; b differs by one figure: both are the article, as a page extraction would be
    expect(index.query({ analysis: article })).toEqual([]);
    const alone = RelatedIndex.fromBytes(buildIndex([story('b', true)]).data);
    expect(alone.query({ analysis: other }).map((r) => r.id)).toEqual(['b']);
    expect(alone.query({ analysis: other, id: 'b' })).toEqual([]);
    // known by its id, the article's re-post (b) is another document and may be listed
    expect(index.query({ analysis: article, id: 'a' }).map((r) => r.id)).toEqual(['b']);
    expect(index.query({ analysis: other, url: 'https://example.test/a' }).map((r) => r.id)).not.toContain('a');
  });

  it('gives near-identical texts close SimHashes and different texts distant ones', () => {
    const [aHi, aLo] = simhash(story('a').text);
    const [bHi, bLo] = simhash(story('b', true).text);
    const [cHi, cLo] = simhash('Un tout autre article, sur la météo du week-end en Bretagne, avec du vent et de la pluie sur les côtes.');
    expect(hammingDistance(aHi, aLo, bHi, bLo)).toBeLessThanOrEqual(NEAR_DUPLICATE_BITS);
    expect(hammingDistance(aHi, aLo, cHi, cLo)).toBeGreaterThan(10);
  });
});

describe('date prior', () => {
  it('reads months and days, and unknown dates as 0', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2022-03')).toBe(dayNumber('2022-03-15'));
    expect(dayNumber(null)).toBe(0);
    expect(dayNumber('soon')).toBe(0);
  });

  it('raises the score of a document published close to the article, mildly', () => {
    const { data } = buildIndex([story('a')]);
    const index = RelatedIndex.fromBytes(data);
    const other = analyze({ title: 'Retraites : le Conseil constitutionnel saisi', text: 'Les députés de l’opposition ont saisi le Conseil constitutionnel sur la réforme des retraites adoptée par le Parlement.' });
    const near = index.query({ analysis: other, date: '2022-03-03' })[0]!.score;
    const far = index.query({ analysis: other, date: '2019-01-01' })[0]!.score;
    const undated = index.query({ analysis: other })[0]!.score;
    expect(near).toBeGreaterThan(far);
    expect(far).toBe(undated);
    expect(near / far).toBeLessThanOrEqual(1.3 + 1e-3);
  });
});

describe('assembling in slices', () => {
  it('writes the same bytes as in one go, pausing between slices', async () => {
    // 600 analysed documents (copies of two stories under other ids and texts): more than two steps of work.
    const docs = Array.from({ length: 600 }, (_, i) => analyseDocument({ ...story(`s${i}`, i % 2 === 1), text: `${story('x').text} Numéro ${i}.` }));
    const whole = assembleIndex(docs, { builtAt: 'now' });
    let pauses = 0;
    const sliced = await assembleIndexInSlices(docs, { builtAt: 'now' }, { sliceMs: 0, pause: async () => void pauses++ });
    expect(pauses).toBeGreaterThan(2);
    expect(Buffer.from(sliced.data).equals(Buffer.from(whole.data))).toBe(true);
    expect(sliced.manifest).toEqual(whole.manifest);
  });
});
