/**
 * A `Store` over a migrated Kysely database: the shared queries (reads, the ingest write, feeds)
 * with what the backend does its own way (`StoreFlavor`).
 */
import type { Kysely } from 'kysely';
import { feedQueries } from './feed-queries.ts';
import type { StoreFlavor } from './flavor.ts';
import { readQueries } from './read-queries.ts';
import type { Database } from './schema.ts';
import type { Store } from './store.ts';
import { writeQueries } from './write-queries.ts';

/** The `Store` over a migrated Kysely database: the shared queries with the backend's flavor. */
export function storeOver(db: Kysely<Database>, kind: string, flavor: StoreFlavor): Store {
  return {
    kind,
    ...readQueries(db, flavor),
    ...writeQueries(db),
    ...feedQueries(db),
    close: () => db.destroy(),
  };
}
