/**
 * What the HTTP app (API and web UI) is given from the edge: the store, the write token, the clock.
 */
import type { Store } from '../store/store.ts';

/** Dependencies of `createApp` and of the web routes. */
export interface AppDeps {
  store: Store;
  /** Token that write requests must present (`PARALLAX_TOKEN`); `null`: writes are refused. */
  token: string | null;
  /** The current time (ISO 8601); tests pass a fixed clock. */
  now: () => string;
  /** Largest request body accepted, in bytes (default 5 MiB). */
  maxBodyBytes?: number;
}
