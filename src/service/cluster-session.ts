/**
 * The incremental clusterer of a store, kept in memory between ingests of one process.
 *
 * Restoring the clusterer from the store costs a pass over every stored vector (seconds at 10k
 * articles), so a long-running process (the server, `feeds poll --watch`) keeps it, together with
 * each article's story id. It is valid while the store's `generation` is the one it was built at;
 * another process's ingest moves the generation on and the next ingest here restores again.
 * A session is taken out while an ingest mutates it and put back only after its commit.
 */
import { type Clusterer, createClusterer } from '../cluster/index.ts';
import type { Store } from '../store/store.ts';

/** A clusterer in step with a store at `generation`, and the story id of each held article. */
export interface ClusterSession {
  generation: number;
  clusterer: Clusterer;
  storyOf: Map<string, string>;
}

const sessions = new WeakMap<Store, ClusterSession>();

/** Takes the store's session out of the cache if current, else restores one from the store. */
export async function takeClusterSession(store: Store): Promise<ClusterSession> {
  const generation = await store.generation();
  const cached = sessions.get(store);
  sessions.delete(store);
  if (cached !== undefined && cached.generation === generation) return cached;
  const state = await store.loadClusterState();
  const clusterer = createClusterer(
    {},
    {
      entries: state.entries.map((e) => ({
        id: e.id,
        published: e.published,
        vector: new Map(e.vector),
        story: e.storyId,
        ...(e.counts !== undefined && { counts: new Map(e.counts) }),
      })),
      df: state.df,
    },
  );
  return { generation, clusterer, storyOf: new Map(state.entries.map((e) => [e.id, e.storyId])) };
}

/** Puts a session back after its ingest was committed (the store is now at `session.generation`). */
export function keepClusterSession(store: Store, session: ClusterSession): void {
  sessions.set(store, session);
}
