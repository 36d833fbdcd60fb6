/**
 * Shared setup of the server tests: a real `:memory:` store, ingested from examples/, and the API app.
 *
 * The app is built with `buildApp(deps, {web: null})`: these tests cover the API and the middleware;
 * `create-app.test.ts` covers the whole app with the web UI mounted.
 */
import type { Hono } from 'hono';
import { readInputs } from '../../src/io/read-inputs.ts';
import type { RawDocument } from '../../src/model/source.ts';
import type { AppDeps } from '../../src/server/app-deps.ts';
import { buildApp } from '../../src/server/build-app.ts';
import type { ErrorBody } from '../../src/server/http-error.ts';
import { ingestDocuments } from '../../src/service/ingest-documents.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';

/** The fixed clock of the tests. */
export const NOW = '2025-03-12T10:00:00.000Z';

/** The token of the tests. */
export const TOKEN = 'test-token-5f1c';

/** A store, the app over it, and what was ingested. */
export interface Fixture {
  app: Hono;
  deps: AppDeps;
  documents: RawDocument[];
  /** Unexpected errors the app logged (a test fails when any is left). */
  logged: unknown[];
}

/** The raw documents of examples/ (every folder), in a stable order. */
export async function exampleDocuments(): Promise<RawDocument[]> {
  const { documents } = await readInputs(['examples']);
  return [...documents].sort((a, b) => (a.path ?? '').localeCompare(b.path ?? ''));
}

/**
 * Opens a `:memory:` store, ingests `documents` (default: examples/) and builds the API app over it.
 */
export async function makeFixture(
  options: { documents?: RawDocument[]; token?: string | null; maxBodyBytes?: number } = {},
): Promise<Fixture> {
  const store = await openSqliteStore(':memory:');
  const documents = options.documents ?? (await exampleDocuments());
  if (documents.length > 0) await ingestDocuments(store, documents, { at: NOW });
  const deps: AppDeps = { store, token: options.token === undefined ? TOKEN : options.token, now: () => NOW };
  if (options.maxBodyBytes !== undefined) deps.maxBodyBytes = options.maxBodyBytes;
  const logged: unknown[] = [];
  const app = buildApp(deps, { web: null, log: (e) => logged.push(e) });
  return { app, deps, documents, logged };
}

/** A response with its parsed body (typed by the caller: the tests check it at run time). */
export interface Reply<T> {
  status: number;
  body: T;
  res: Response;
}

/** GETs `path` from the app and parses the JSON body. */
export async function getJson<T = ErrorBody>(app: Hono, path: string): Promise<Reply<T>> {
  const res = await app.request(path);
  const body = (res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text()) as T;
  return { status: res.status, body, res };
}

/** POSTs a JSON value (or a raw string with its content type) to the app. */
export async function post<T = ErrorBody>(
  app: Hono,
  path: string,
  body: unknown,
  options: { token?: string | null; type?: string } = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = { 'content-type': options.type ?? 'application/json' };
  const token = options.token === undefined ? TOKEN : options.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const payload = typeof body === 'string' ? body : JSON.stringify(body);
  const res = await app.request(path, { method: 'POST', headers, body: payload });
  const parsed = (
    res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text()
  ) as T;
  return { status: res.status, body: parsed, res };
}
