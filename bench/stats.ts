/** Small helpers the benchmarks share: percentiles and aligned output. */

export function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  return sortedMs[Math.min(sortedMs.length - 1, Math.floor((p / 100) * sortedMs.length))]!;
}

export function report(title: string, rows: Array<[string, string | number]>): void {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [key, value] of rows) {
    console.log(
      `  ${key.padEnd(width)}  ${typeof value === "number" ? value.toLocaleString("en-US") : value}`,
    );
  }
}

export const ms = (n: number) => `${n.toFixed(2)} ms`;
