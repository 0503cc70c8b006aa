// Scoring pieces shared by the index build and the query (kept apart from the build so the
// background bundle, which only queries, does not pull in the analysis code).

/** BM25 parameters (the usual values). */
export const K1 = 1.2;
export const B = 0.75;

export function idf(df: number, docCount: number): number {
  return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
}

/** Days since 1970-01-01 of "YYYY-MM[-DD…]" (a month counts as its 15th), 0 when unknown. */
export function dayNumber(date: string | null | undefined): number {
  const m = date ? /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(date) : null;
  if (!m) return 0;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 15);
  const days = Math.floor(ms / 86_400_000);
  return Number.isFinite(days) && days > 0 && days < 0xffff ? days : 0;
}
