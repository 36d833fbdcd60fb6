/**
 * The one error type of the HTTP app and the one handler that turns it into a response.
 *
 * Routes and middleware throw `HttpError` for anything a client did wrong (bad parameter, unknown id,
 * missing token, body too large); the app's `onError` answers `/api` requests with the JSON
 * `{error: {code, message}}` and other paths with plain text. Any other exception is a bug: it is
 * logged and answered with a bare 500 that reveals nothing of the internals.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Stable machine-readable error codes of the API (clients may switch on them). */
export type ErrorCode =
  | 'bad-request'
  | 'invalid-json'
  | 'unauthorized'
  | 'writes-disabled'
  | 'not-found'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'internal';

/** The body of every API error response. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

/** An error a client can act on: an HTTP status, a stable code and a message naming the problem. */
export class HttpError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: ErrorCode;
  /** Extra response headers (e.g. `WWW-Authenticate` on a 401). */
  readonly headers: Record<string, string>;

  constructor(
    status: ContentfulStatusCode,
    code: ErrorCode,
    message: string,
    headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

/** A 404 for a missing thing: `notFound('story', id)` says "no story with id …" (`field` names the id). */
export function notFound(what: string, id: string, field = 'id'): HttpError {
  const shown = id.length > 80 ? `${id.slice(0, 80)}…` : id;
  return new HttpError(404, 'not-found', `no ${what} with ${field} ${JSON.stringify(shown)}`);
}

/** A 400 for a bad parameter or body. */
export function badRequest(message: string): HttpError {
  return new HttpError(400, 'bad-request', message);
}

/** True for paths served by the JSON API. */
export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/** HTML pages for errors outside `/api` (the web UI's); without them, plain text. */
export interface ErrorPages {
  /** The page of a 404 (no route). */
  notFound(): string;
  /** The page of any other error: its status and message (escaped by the renderer). */
  error(status: number, message: string): string;
}

/** Answers one error: JSON under `/api`, the web UI's page (or plain text) elsewhere. */
function respond(
  c: Context,
  status: ContentfulStatusCode,
  code: ErrorCode,
  message: string,
  pages: ErrorPages | undefined,
): Response {
  if (isApiPath(c.req.path)) {
    const body: ErrorBody = { error: { code, message } };
    return c.json(body, status);
  }
  if (pages)
    return c.html(
      status === 404 && code === 'not-found' ? pages.notFound() : pages.error(status, message),
      status,
    );
  return c.text(`${status} ${message}\n`, status);
}

/**
 * The app's error handler (`app.onError`): `HttpError` as its status, anything else as a logged 500.
 *
 * `log` receives unexpected errors (default `console.error`); tests pass a spy.
 */
export function handleError(log: (error: unknown) => void = console.error, pages?: ErrorPages) {
  return (error: Error, c: Context): Response => {
    if (error instanceof HttpError) {
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      return respond(c, error.status, error.code, error.message, pages);
    }
    log(error);
    return respond(c, 500, 'internal', 'internal server error', pages);
  };
}

/** The app's not-found handler (`app.notFound`): JSON under `/api`, the web's 404 page (or plain text) elsewhere. */
export function handleNotFound(pages?: ErrorPages) {
  return (c: Context): Response =>
    respond(c, 404, 'not-found', `no route for ${c.req.method} ${c.req.path}`, pages);
}
