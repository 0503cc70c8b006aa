import { describe, expect, it } from 'vitest';
import { ndcgAt, parseQrels, percentile, precisionAt } from '../../../scripts/lib/ranking-metrics';

describe('ranking metrics', () => {
  const { qrels, problems } = parseQrels('query_id\tdoc_id\tgrade\nq\ta\t2\nq\tb\t1\nq\tc\t0\nbad line\n');
  const judged = qrels.get('q')!;

  it('reads judgments and reports bad lines', () => {
    expect([...judged]).toEqual([['a', 2], ['b', 1], ['c', 0]]);
    expect(problems).toEqual(['line 5: expected "query_id<TAB>doc_id<TAB>0|1|2"']);
  });

  it('computes nDCG@5 with gain 2^g − 1 and a log2 discount, unjudged documents counting 0', () => {
    expect(ndcgAt(5, ['a', 'b'], judged)).toBeCloseTo(1);
    const idcg = 3 + 1 / Math.log2(3);
    expect(ndcgAt(5, ['x', 'b', 'a'], judged)).toBeCloseTo((1 / Math.log2(3) + 3 / 2) / idcg);
    expect(ndcgAt(5, ['c', 'x'], judged)).toBe(0);
  });

  it('computes P@5 over five ranks, grade ≥ 1 relevant', () => {
    expect(precisionAt(5, ['a', 'c', 'b'], judged)).toBeCloseTo(2 / 5);
  });

  it('takes nearest-rank percentiles', () => {
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
    expect(percentile([...Array(100).keys()].map((i) => i + 1), 95)).toBe(95);
  });
});
