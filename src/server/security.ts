/**
 * Security middleware: strict response headers on every response, the write token, the body limit.
 *
 * Article text is untrusted, so every page runs under a Content-Security-Policy that allows no script
 * at all and styles only from the app's own stylesheets. Writes need the token the server was started
 * with (`PARALLAX_TOKEN`), compared in constant time; without one, writes are refused outright.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppDeps } from './app-deps.ts';
import { HttpError } from './http-error.ts';

/** The Content-Security-Policy of every response: no script, styles and images from the app only. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** Default of `AppDeps.maxBodyBytes`: 5 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

/** The headers set on every response, whatever produced it (route, error handler, not-found). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Middleware that sets `SECURITY_HEADERS` on every response (after the handler, so errors get them too). */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    let headers = c.res.headers;
    try {
      headers.set('X-Content-Type-Options', 'nosniff');
    } catch {
      // A response built elsewhere (e.g. by fetch) has immutable headers: copy it, then set ours.
      c.res = new Response(c.res.body, c.res);
      headers = c.res.headers;
    }
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
  };
}

/** Middleware that refuses request bodies over `deps.maxBodyBytes` (default 5 MiB) with a 413. */
export function limitBody(deps: AppDeps): MiddlewareHandler {
  const maxSize = deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  return bodyLimit({
    maxSize,
    onError: () => {
      // Close the connection: the rest of the body is not read, so the socket cannot serve another request.
      throw new HttpError(
        413,
        'payload-too-large',
        `the request body is larger than the limit of ${maxSize} bytes`,
        { Connection: 'close' },
      );
    },
  });
}

/** True when two secrets are equal, in time that does not depend on where they differ (or their lengths). */
export function tokensMatch(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The bearer token of the `Authorization` header, or null. */
function bearerToken(c: Context): string | null {
  const header = c.req.header('authorization');
  const match = header?.match(/^Bearer[ \t]+(\S+)[ \t]*$/i);
  return match ? match[1] : null;
}

/** The `token` field of a form body (urlencoded or multipart), or null; the parsed body stays cached for the route. */
async function formToken(c: Context): Promise<string | null> {
  const type = c.req.header('content-type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) return null;
  let body: Record<string, unknown>;
  try {
    body = await c.req.parseBody();
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new HttpError(400, 'bad-request', 'the form body could not be read');
  }
  const token = body.token;
  return typeof token === 'string' && token !== '' ? token : null;
}

/**
 * Middleware that lets a write through only with the server's token.
 *
 * The token comes from `Authorization: Bearer <token>` or, for the web forms, a `token` form field
 * (urlencoded or multipart; the parsed body is cached, so the route can call `c.req.parseBody()`
 * again). No token configured (`deps.token` null): 403 `writes-disabled`. No token or a wrong one
 * in the request: 401 `unauthorized` with `WWW-Authenticate: Bearer`.
 */
export function requireToken(deps: Pick<AppDeps, 'token'>): MiddlewareHandler {
  return async (c, next) => {
    const expected = deps.token;
    if (expected === null || expected === '') {
      throw new HttpError(
        403,
        'writes-disabled',
        'writes are disabled: PARALLAX_TOKEN is not set on the server (start it with PARALLAX_TOKEN=<secret>)',
      );
    }
    const given = bearerToken(c) ?? (await formToken(c));
    const challenge = { 'WWW-Authenticate': 'Bearer realm="parallax"' };
    if (given === null) {
      throw new HttpError(
        401,
        'unauthorized',
        'this request needs the server token: send "Authorization: Bearer <token>"',
        challenge,
      );
    }
    if (!tokensMatch(given, expected))
      throw new HttpError(401, 'unauthorized', 'the token is not valid', challenge);
    await next();
  };
}

/** Middleware that applies `requireToken` to every method except GET, HEAD and OPTIONS. */
export function requireTokenForWrites(deps: Pick<AppDeps, 'token'>): MiddlewareHandler {
  const check = requireToken(deps);
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
    return check(c, next);
  };
}
