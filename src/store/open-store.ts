/**
 * Opens the store a user names: a `postgres://` (or `postgresql://`) URL is a PostgreSQL database,
 * anything else a SQLite file (the embedded default). Each backend is loaded only when used.
 */
import type { Store } from './store.ts';
import { isDatabaseUrl } from './store-error.ts';

/** Opens (creating or migrating as needed) the store named by `spec`. Throws `StoreOpenError`. */
export async function openStore(spec: string): Promise<Store> {
  if (isDatabaseUrl(spec)) {
    const { openPostgresStore } = await import('./postgres-store.ts');
    return openPostgresStore(spec);
  }
  const { openSqliteStore } = await import('./sqlite-store.ts');
  return openSqliteStore(spec);
}
