/**
 * The benchmark harness: runs named contenders over the same workload in one process, alternating
 * between them, and reports per-run time, throughput and peak memory. Benchmarks are scripts, not tests.
 */
import { performance } from 'node:perf_hooks';

/** One contender: a name and a function that processes the whole workload once. */
export interface Contender {
  name: string;
  /** Processes the workload once; returns how many items it handled (pages, articles, …). */
  run: () => number | Promise<number>;
}

/** What one contender measured. */
export interface BenchResult {
  name: string;
  /** Items handled per run. */
  items: number;
  /** Median wall time of one run, in milliseconds. */
  medianMs: number;
  /** Best (minimum) wall time of one run, in milliseconds. */
  bestMs: number;
  /** Items per second at the median time. */
  perSecond: number;
  /** Highest resident set size seen after a run, in MiB (process-wide). */
  peakRssMiB: number;
}

/** Options: warm-up runs (not counted) and measured rounds. */
export interface BenchOptions {
  warmup: number;
  rounds: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Measures every contender over `rounds` rounds, interleaved (A B A B …) so that machine load
 * affects them alike; `warmup` rounds are run first and discarded.
 */
export async function bench(
  contenders: Contender[],
  options: Partial<BenchOptions> = {},
): Promise<BenchResult[]> {
  const { warmup = 1, rounds = 5 } = options;
  const times = contenders.map(() => [] as number[]);
  const items = contenders.map(() => 0);
  let peak = 0;
  for (let round = 0; round < warmup + rounds; round++) {
    for (const [i, c] of contenders.entries()) {
      const t0 = performance.now();
      items[i] = await c.run();
      const dt = performance.now() - t0;
      if (round >= warmup) times[i].push(dt);
      peak = Math.max(peak, process.memoryUsage().rss);
    }
  }
  return contenders.map((c, i) => {
    const medianMs = median(times[i]);
    return {
      name: c.name,
      items: items[i],
      medianMs,
      bestMs: Math.min(...times[i]),
      perSecond: items[i] / (medianMs / 1000),
      peakRssMiB: peak / 2 ** 20,
    };
  });
}

/** Formats results as a Markdown table, with each contender's speed as a ratio to the first one. */
export function resultTable(results: BenchResult[], unit = 'items'): string {
  const base = results[0]?.perSecond ?? 1;
  const rows = results.map(
    (r) =>
      `| ${r.name} | ${r.items} | ${r.medianMs.toFixed(1)} | ${r.bestMs.toFixed(1)} | ${r.perSecond.toFixed(1)} | ${(r.perSecond / base).toFixed(2)}× |`,
  );
  return [
    `| contender | ${unit} | median ms/run | best ms/run | ${unit}/s | vs first |`,
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
