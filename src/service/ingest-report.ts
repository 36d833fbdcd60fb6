/**
 * What one ingest into the store did: the counts a CLI prints and the API returns.
 */
import type { Diagnostic } from '../model/diagnostic.ts';

/** The outcome of `ingestDocuments`. */
export interface IngestReport {
  /** Documents offered. */
  documents: number;
  /** New articles stored (usable or not). */
  added: number;
  /** Documents whose id is stored already (re-ingest): nothing changed for them. */
  known: number;
  /** New documents that are exact copies of a stored article (not stored, PX401). */
  exactCopies: number;
  /** New articles linked as near-duplicates of a stored or new article. */
  nearDuplicates: number;
  /** New articles that yielded no usable text (stored with their diagnostics). */
  unusable: number;
  /** Ids of stories created by this ingest. */
  storiesCreated: string[];
  /** Ids of existing stories whose briefing got a new version. */
  storiesUpdated: string[];
  /** Stories merged into another: id → into. */
  storiesMerged: Array<{ id: string; into: string }>;
  diagnostics: Diagnostic[];
}

/** Progress callback: `done` of `total` items processed in the current phase (`fetch`: feeds polled). */
export type IngestProgress = (
  phase: 'fetch' | 'extract' | 'cluster' | 'brief' | 'write',
  done: number,
  total: number,
) => void;
