/**
 * Serving the app over HTTP with `@hono/node-server`: listen, timeouts, close.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { AppDeps } from './app-deps.ts';
import { createApp } from './create-app.ts';

/** Timeouts of the HTTP server, in milliseconds. */
export const SERVER_TIMEOUTS = {
  /** Whole request (headers and body) must arrive within this (slow-loris guard; 5 MiB at ~100 kB/s). */
  requestTimeoutMs: 60_000,
  /** Request headers must arrive within this. */
  headersTimeoutMs: 15_000,
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: 5_000,
  /** `close()` waits this long for requests in flight before cutting their connections. */
  closeGraceMs: 2_000,
} as const;

/** Where to listen. */
export interface ServeOptions {
  /** TCP port (0: any free port). */
  port: number;
  /** Interface to listen on (default `127.0.0.1`: loopback only). */
  host?: string;
  /** The app to serve (default `createApp(deps)`); tests pass the API alone. */
  app?: { fetch: (request: Request) => Response | Promise<Response> };
}

/** A running server. */
export interface RunningServer {
  /** The base URL, e.g. `http://127.0.0.1:8080/`. */
  url: string;
  /** Stops accepting connections, closes idle ones and resolves when the server is closed. */
  close(): Promise<void>;
}

/** The base URL of a listening address (IPv6 hosts in brackets). */
function baseUrl(address: AddressInfo): string {
  const host =
    address.family === 'IPv6' || address.address.includes(':') ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}/`;
}

/**
 * Serves `createApp(deps)` on `host:port` and resolves once it listens (rejects on EADDRINUSE etc.).
 *
 * The store stays the caller's: `close()` stops the server only.
 */
export async function serve(deps: AppDeps, options: ServeOptions): Promise<RunningServer> {
  const app = options.app ?? createApp(deps);
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  server.requestTimeout = SERVER_TIMEOUTS.requestTimeoutMs;
  server.headersTimeout = SERVER_TIMEOUTS.headersTimeoutMs;
  server.keepAliveTimeout = SERVER_TIMEOUTS.keepAliveTimeoutMs;
  await new Promise<void>((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', onError);
      resolve();
    });
  });
  const url = baseUrl(server.address() as AddressInfo);
  return {
    url,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Requests in flight get a grace period to finish; then every connection is cut.
        const force = setTimeout(() => server.closeAllConnections(), SERVER_TIMEOUTS.closeGraceMs);
        server.close((error) => {
          clearTimeout(force);
          if (error) reject(error);
          else resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
