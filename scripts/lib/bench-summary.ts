// The summary line every `npm run bench:*` script prints last with --json, which `npm run bench`
// gathers into one table.

export interface BenchSummary {
  summary: true;
  /** Name after "bench:", e.g. "analysis". */
  bench: string;
  /** "partial" when part of the inputs (e.g. ../shared) was absent. */
  status: 'ok' | 'partial';
  /** Every target of the bench met. */
  targetsMet: boolean;
  /** Headline figures, in the order they should be shown. */
  figures: Record<string, number | string | null>;
  note?: string;
}

export function isBenchSummary(value: unknown): value is BenchSummary {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<BenchSummary>;
  return v.summary === true && typeof v.bench === 'string' && (v.status === 'ok' || v.status === 'partial')
    && typeof v.targetsMet === 'boolean' && typeof v.figures === 'object' && v.figures !== null;
}

/** The summary on the last non-empty line of a bench's --json output, or null. */
export function lastSummary(stdout: string): BenchSummary | null {
  const last = stdout.trim().split('\n').pop();
  if (!last) return null;
  try {
    const value: unknown = JSON.parse(last);
    return isBenchSummary(value) ? value : null;
  } catch {
    return null;
  }
}

/** A plain-text table with left-aligned columns. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/**
 * Ends a bench that has nothing to measure (its data in ../shared is absent): says why on stdout
 * and, with --json, ends with a "partial" summary line, exit 0, so `npm run bench` tabulates why.
 */
export function endUnmeasured(bench: string, message: string, json: boolean, note: string = message): never {
  console.log(`bench:${bench}: ${message}`);
  if (json) {
    const summary: BenchSummary = { summary: true, bench, status: 'partial', targetsMet: false, figures: {}, note };
    console.log(JSON.stringify(summary));
  }
  process.exit(0);
}
