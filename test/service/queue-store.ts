/**
 * Test helpers for the PostgreSQL job queue: a fresh store on the test server
 * (`PARALLAX_TEST_DATABASE_URL`), one query on its database, and the skip reason without a server.
 */
import pg from 'pg';
import { openPostgresStore } from '../../src/store/postgres-store.ts';
import type { Store } from '../../src/store/store.ts';
import { freshDatabase, TEST_DATABASE_URL } from '../store/backends.ts';

/** Why the queue's tests are skipped on this machine, or false when they run. */
export const skip =
  TEST_DATABASE_URL === undefined && 'no PARALLAX_TEST_DATABASE_URL: PostgreSQL worker tests not run';

/** Rows of one query on the database at `url`. */
export async function storeQuery(url: string, text: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

/** Runs `body` on a PostgreSQL store in a database of its own, dropped afterwards. */
export async function withQueueStore<T>(body: (url: string, store: Store) => Promise<T>): Promise<T> {
  const { url, drop } = await freshDatabase();
  const store = await openPostgresStore(url);
  try {
    return await body(url, store);
  } finally {
    await store.close();
    await drop();
  }
}
