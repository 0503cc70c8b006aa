import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis';
import { buildIndex } from '../../../src/index/build';
import { RelatedIndex } from '../../../src/index/query';
import type { SourceDocument } from '../../../src/index/types';

const docs: SourceDocument[] = [
  {
    id: 'warner-1',
    date: '2022-09',
    title: 'Mark Warner salue le partage de renseignements avec Kiev',
    text:
      'Le sénateur Mark Warner a déclaré dimanche à CNN que le partage de renseignements entre Washington et Kiev avait aidé la contre-offensive ukrainienne dans la région de Kharkov.\n\n' +
      '« Cette collaboration fonctionne », a déclaré Mark Warner, président de la commission du renseignement.',
  },
  {
    id: 'warner-2',
    date: '2022-09',
    title: 'Kharkov : la contre-offensive ukrainienne progresse',
    text:
      'Les troupes ukrainiennes ont repris plusieurs localités de la région de Kharkov, dont Izioum. Selon Mark Warner, le renseignement américain a joué un rôle.\n\n' +
      'Le ministère russe de la Défense a annoncé le retrait de ses troupes.',
  },
  {
    id: 'recipe',
    date: '2021-03',
    title: 'Une tarte aux pommes simple',
    text: 'Épluchez quatre pommes, coupez-les en lamelles et disposez-les sur une pâte brisée. Enfournez trente minutes à 180 degrés. Servez tiède avec une boule de glace à la vanille.',
  },
];

describe('related-documents index', () => {
  const { data, duplicates } = buildIndex([...docs, { ...docs[2]!, id: 'recipe-copy' }], { builtAt: '2026-01-01T00:00:00Z' });
  const related = RelatedIndex.fromBytes(data);

  it('skips documents whose normalised text is already indexed', () => {
    expect(duplicates).toEqual(['recipe-copy']);
    expect(related.documentIds()).toEqual(['warner-1', 'warner-2', 'recipe']);
  });

  it('finds the document about the same story, with the shared names as the reason', () => {
    const article = analyze({ title: docs[0]!.title, text: docs[0]!.text });
    const results = related.query({ analysis: article, id: 'warner-1' });
    expect(results.map((r) => r.id)).toEqual(['warner-2']);
    expect(results[0]!.why.join(' ')).toMatch(/Mark Warner|Kharkov/);
    expect(results[0]!.score).toBeGreaterThan(0);
  });

  it('never lists the article itself, even under another id', () => {
    const article = analyze({ title: docs[1]!.title, text: docs[1]!.text });
    expect(related.query({ analysis: article }).map((r) => r.id)).not.toContain('warner-2');
  });

  it('lists nothing for an unrelated article', () => {
    const article = analyze({ title: 'Football results', text: 'The match ended in a draw after extra time, and the supporters went home in the rain.' });
    expect(related.query({ analysis: article })).toEqual([]);
  });

  it('refuses an index of another format version', () => {
    const other = data.slice();
    new DataView(other.buffer).setUint32(4, 99, true);
    expect(() => RelatedIndex.fromBytes(other)).toThrow(/unsupported index/);
  });
});
