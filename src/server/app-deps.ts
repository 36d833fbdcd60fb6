/**
 * What the HTTP app (API and web UI) is given from the edge: the store, the write token, the clock.
 */
import type { RawDocument } from '../model/source.ts';
import { ingestDocuments } from '../service/ingest-documents.ts';
import type { IngestReport } from '../service/ingest-report.ts';
import type { Store } from '../store/store.ts';

/** Dependencies of `createApp` and of the web routes. */
export interface AppDeps {
  store: Store;
  /** Token that write requests must present (`PARALLAX_TOKEN`); `null`: writes are refused. */
  token: string | null;
  /** The current time (ISO 8601); tests pass a fixed clock. */
  now: () => string;
  /**
   * How a write ingests documents (default: `ingestDocuments` into the store, in this process); a
   * server over PostgreSQL queues them for `parallax worker` and waits for their commit.
   */
  ingest?: (documents: RawDocument[], at: string) => Promise<IngestReport>;
  /** Largest request body accepted, in bytes (default 5 MiB). */
  maxBodyBytes?: number;
}

/** The ingest of a write: `deps.ingest`, else the service driver in this process. */
export function ingestFor(deps: AppDeps): (documents: RawDocument[], at: string) => Promise<IngestReport> {
  return deps.ingest ?? ((documents, at) => ingestDocuments(deps.store, documents, { at }));
}
