// Graded relevance judgments (qrels) and the ranking metrics the index benchmark reports.

/** query id → (document id → grade 0..2). */
export type Qrels = Map<string, Map<string, number>>;

/** Reads "query_id<TAB>doc_id<TAB>grade" lines (one header line); bad lines are reported. */
export function parseQrels(tsv: string): { qrels: Qrels; problems: string[] } {
  const qrels: Qrels = new Map();
  const problems: string[] = [];
  tsv.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || (i === 0 && /^query_id\t/i.test(line))) return;
    const [query, doc, grade] = line.split('\t');
    const g = Number(grade);
    if (!query || !doc || !Number.isInteger(g) || g < 0 || g > 2) {
      problems.push(`line ${i + 1}: expected "query_id<TAB>doc_id<TAB>0|1|2"`);
      return;
    }
    const judged = qrels.get(query) ?? new Map<string, number>();
    judged.set(doc, g);
    qrels.set(query, judged);
  });
  return { qrels, problems };
}

/** nDCG at k: gain 2^grade − 1, log2 discount, ideal from the judged grades; unjudged count 0. */
export function ndcgAt(k: number, ranked: readonly string[], judged: ReadonlyMap<string, number>): number {
  const gain = (grade: number): number => 2 ** grade - 1;
  let dcg = 0;
  ranked.slice(0, k).forEach((id, i) => {
    dcg += gain(judged.get(id) ?? 0) / Math.log2(i + 2);
  });
  const ideal = [...judged.values()].sort((a, b) => b - a).slice(0, k);
  let idcg = 0;
  ideal.forEach((grade, i) => {
    idcg += gain(grade) / Math.log2(i + 2);
  });
  return idcg > 0 ? dcg / idcg : 0;
}

/** Precision at k: share of the first k results judged relevant (grade ≥ 1); missing ranks count as misses. */
export function precisionAt(k: number, ranked: readonly string[], judged: ReadonlyMap<string, number>): number {
  return ranked.slice(0, k).filter((id) => (judged.get(id) ?? 0) >= 1).length / k;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}
