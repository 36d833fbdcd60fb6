/**
 * The service path of the cluster evaluation: ECB+ documents fed in batches, as `parallax ingest` or
 * the feed poller would feed them, over seeded shuffles of the documents.
 *
 * Two ways, same clustering:
 * - `ingest`: the real service, `ingestDocuments` into a fresh `:memory:` store per order (extract,
 *   annotate, dedup, cluster, brief, commit); the stories are read back from the store.
 * - `restore`: the clusterer alone, restored from the previous batch's `held()` and document
 *   frequencies before each batch (what `takeClusterSession` does from the store), then add in
 *   publication-then-id order, review and refine (what `ingestDocuments` does). Much faster.
 */
import {
  type ClustererOptions,
  clusterItemOf,
  createClusterer,
  type HeldEntry,
  processingOrder,
} from '../../src/cluster/index.ts';
import { scoreClusters } from '../../src/cluster/score-clusters.ts';
import { cluster as defaults } from '../../src/config.ts';
import type { AnalyzedArticle } from '../../src/model/annotations.ts';
import type { RawDocument } from '../../src/model/source.ts';
import { ingestDocuments } from '../../src/service/ingest-documents.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';

/** Options of one service-path run. */
export interface ServiceRunOptions {
  /** Documents per ingest. */
  batch: number;
  /** Call `refine` after `review` (restore mode only; the ingest mode runs what the service runs). */
  refine: boolean;
  /** Cluster options over `config.cluster` (restore mode only). */
  cluster?: Partial<ClustererOptions>;
}

/** Groups of article ids from (id, story label) pairs. */
function groupsOf(entries: ReadonlyArray<{ id: string; story: string | number }>): string[][] {
  const groups = new Map<string | number, string[]>();
  for (const { id, story } of entries) groups.set(story, [...(groups.get(story) ?? []), id]);
  return [...groups.values()];
}

/** Feeds `documents` (in the given order) to a fresh `:memory:` store in batches; returns the stored stories. */
export async function ingestInBatches(documents: readonly RawDocument[], batch: number): Promise<string[][]> {
  const store = await openSqliteStore(':memory:');
  for (let i = 0; i < documents.length; i += batch) {
    await ingestDocuments(store, documents.slice(i, i + batch), { at: '2026-01-01T00:00:00Z' });
  }
  const state = await store.loadClusterState();
  await store.close();
  return groupsOf(state.entries.map((e) => ({ id: e.id, story: e.storyId })));
}

/** Feeds analysed articles (in the given order) to a clusterer restored before each batch; returns its stories. */
export function restoreInBatches(items: readonly AnalyzedArticle[], options: ServiceRunOptions): string[][] {
  let entries: HeldEntry[] = [];
  const df = new Map<string, number>();
  for (let i = 0; i < items.length; i += options.batch) {
    const opts = { ...defaults, ...options.cluster };
    const clusterer = createClusterer(opts, { entries, df });
    const slice = items.slice(i, i + options.batch);
    for (const k of processingOrder(slice)) {
      const item = clusterItemOf(slice[k], opts);
      for (const f of item.features.keys()) df.set(f, (df.get(f) ?? 0) + 1);
      clusterer.add(item);
    }
    clusterer.review();
    if (options.refine) clusterer.refine();
    entries = clusterer.held();
  }
  return groupsOf(entries);
}

/** Min, mean and max of B³ F1 over runs, as percentages. */
export function spread(f1s: readonly number[]): string {
  const pct = (x: number) => (100 * x).toFixed(1);
  const mean = f1s.reduce((a, b) => a + b, 0) / f1s.length;
  return `B3 F1 min ${pct(Math.min(...f1s))} mean ${pct(mean)} max ${pct(Math.max(...f1s))}`;
}

/** B³ F1 of `groups` against `gold`. */
export function f1Of(groups: string[][], gold: string[][]): number {
  return scoreClusters(groups, gold).bcubed.f1;
}

/**
 * Feeds analysed articles (in the given order) to one clusterer kept across batches, as one server
 * process keeps its session between ingests: each batch is added (publication-then-id order),
 * reviewed and refined; returns its stories.
 */
export function keepInBatches(items: readonly AnalyzedArticle[], options: ServiceRunOptions): string[][] {
  const opts = { ...defaults, ...options.cluster };
  const clusterer = createClusterer(opts);
  for (let i = 0; i < items.length; i += options.batch) {
    const slice = items.slice(i, i + options.batch);
    for (const k of processingOrder(slice)) clusterer.add(clusterItemOf(slice[k], opts));
    clusterer.review();
    if (options.refine) clusterer.refine();
  }
  return groupsOf(clusterer.held());
}
