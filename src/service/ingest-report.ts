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

/** A report of nothing done yet (`known` documents already stored). */
export function emptyReport(known: number): IngestReport {
  return {
    documents: known,
    added: 0,
    known,
    exactCopies: 0,
    nearDuplicates: 0,
    unusable: 0,
    storiesCreated: [],
    storiesUpdated: [],
    storiesMerged: [],
    diagnostics: [],
  };
}

/**
 * Adds one chunk's report to the running report of an ingest: counts sum; a story created in one
 * chunk and updated in a later one counts as created once.
 */
export function addReport(total: IngestReport, chunk: IngestReport): void {
  total.documents += chunk.documents;
  total.added += chunk.added;
  total.known += chunk.known;
  total.exactCopies += chunk.exactCopies;
  total.nearDuplicates += chunk.nearDuplicates;
  total.unusable += chunk.unusable;
  const created = new Set(total.storiesCreated);
  for (const id of chunk.storiesCreated) if (!created.has(id)) total.storiesCreated.push(id);
  for (const id of chunk.storiesUpdated)
    if (!created.has(id) && !total.storiesUpdated.includes(id)) total.storiesUpdated.push(id);
  total.storiesMerged.push(...chunk.storiesMerged);
  total.diagnostics.push(...chunk.diagnostics);
}
