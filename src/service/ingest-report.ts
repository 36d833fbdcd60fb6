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

/**
 * What an ingest did with one document: it was stored already (`known`), it is stored now (`added`;
 * `near` when linked as a near copy, `unusable` when it yielded no usable text), or it was not stored
 * as an exact copy of a stored article (`copy`).
 */
export type DocumentOutcome = 'known' | 'added' | 'near' | 'unusable' | 'copy';

/** The document counts of a report. */
export type DocumentCounts = Pick<
  IngestReport,
  'documents' | 'added' | 'known' | 'exactCopies' | 'nearDuplicates' | 'unusable'
>;

/**
 * The document counts of an ingest of `ids` from each document's outcome, so that every document
 * counts exactly once; an id given again counts as known, as a one-process ingest counts it.
 */
export function countOutcomes(ids: string[], outcomeOf: (id: string) => DocumentOutcome): DocumentCounts {
  const counts: DocumentCounts = {
    documents: ids.length,
    added: 0,
    known: 0,
    exactCopies: 0,
    nearDuplicates: 0,
    unusable: 0,
  };
  const seen = new Set<string>();
  for (const id of ids) {
    const outcome = seen.has(id) ? 'known' : outcomeOf(id);
    seen.add(id);
    if (outcome === 'known') counts.known++;
    else if (outcome === 'copy') counts.exactCopies++;
    else counts.added++;
    if (outcome === 'near') counts.nearDuplicates++;
    if (outcome === 'unusable') counts.unusable++;
  }
  return counts;
}

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
