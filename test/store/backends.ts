/**
 * The store backends every store test runs against: SQLite always, PostgreSQL when
 * `PARALLAX_TEST_DATABASE_URL` names a server the tests may create databases on (CI starts one:
 * `.ci/run`). Each PostgreSQL store opened here lives in a database of its own, dropped on close.
 */
import pg from 'pg';
import { openPostgresStore } from '../../src/store/postgres-store.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';

/** The PostgreSQL server for tests, if any (a URL whose user may create databases). */
export const TEST_DATABASE_URL = process.env.PARALLAX_TEST_DATABASE_URL?.trim() || undefined;

/** One backend: its name and how to open a fresh, empty store on it. */
export interface Backend {
  name: 'sqlite' | 'postgres';
  open(): Promise<Store>;
}

let counter = 0;

/** A fresh database on the test server; returns its URL and a function that drops it. */
export async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (TEST_DATABASE_URL === undefined) throw new Error('PARALLAX_TEST_DATABASE_URL is not set');
  const name = `parallax_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** A fresh PostgreSQL store whose `close` also drops its database. */
async function openFreshPostgres(): Promise<Store> {
  const { url, drop } = await freshDatabase();
  const store = await openPostgresStore(url);
  return {
    ...store,
    async close() {
      await store.close();
      await drop();
    },
  };
}

/** The backends to test on this machine. */
export function backends(): Backend[] {
  const out: Backend[] = [{ name: 'sqlite', open: () => openSqliteStore(':memory:') }];
  if (TEST_DATABASE_URL !== undefined) out.push({ name: 'postgres', open: openFreshPostgres });
  return out;
}
