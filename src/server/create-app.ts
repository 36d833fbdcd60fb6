/**
 * The whole HTTP app: the JSON API under `/api` and the server-rendered web UI at `/`.
 */
import type { Hono } from 'hono';
import { notFoundPage, webRoutes } from '../web/index.ts';
import { errorPage } from '../web/layout.ts';
import type { AppDeps } from './app-deps.ts';
import { buildApp } from './build-app.ts';

/** Creates the app (API + web UI) over the given store, token and clock. */
export function createApp(deps: AppDeps): Hono {
  return buildApp(deps, {
    web: webRoutes(deps),
    pages: { notFound: () => notFoundPage(), error: (status, message) => errorPage(status, message) },
  });
}
