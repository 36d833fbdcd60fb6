/**
 * The app around its routes: security headers, body limit, the error and not-found handlers, `/api`.
 *
 * `createApp` passes the web UI's routes in; tests of the API alone pass `null`.
 */
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { apiRoutes } from './api-routes.ts';
import type { AppDeps } from './app-deps.ts';
import { type ErrorPages, handleError, handleNotFound } from './http-error.ts';
import { limitBody, securityHeaders } from './security.ts';

/** Options of `buildApp`. */
export interface BuildAppOptions {
  /** Routes mounted at `/` after the API (the web UI), or null for the API alone. */
  web: Hono | null;
  /** Where unexpected errors are logged (default `console.error`). */
  log?: (error: unknown) => void;
  /** HTML error pages for paths outside `/api` (default: plain text). */
  pages?: ErrorPages;
}

/**
 * Builds the app: every response gets the security headers, every body the size limit, every error one
 * handler (JSON under `/api`); the API is mounted at `/api`, then `web` at `/`.
 */
export function buildApp(deps: AppDeps, options: BuildAppOptions): Hono {
  const app = new Hono();
  app.use('*', securityHeaders());
  // gzip for every text response over 1 KB that is not already compressed (cached story pages and
  // JSON carry their own gzip, made once per version: see rendered-cache.ts).
  app.use('*', compress());
  app.use('*', limitBody(deps));
  app.onError(handleError(options.log, options.pages));
  app.notFound(handleNotFound(options.pages));
  app.route('/api', apiRoutes(deps));
  if (options.web) app.route('/', options.web);
  return app;
}
