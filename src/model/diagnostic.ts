/**
 * Diagnostics travel with the data: an input that cannot be used is still reported, with a reason.
 * Codes come from the one catalog in `diagnostic-codes.ts`.
 */
import type { DiagnosticCode } from './diagnostic-codes.ts';

/** How bad a diagnostic is: `error` means the input was rejected, `warning` that it was used with a caveat. */
export type Severity = 'error' | 'warning' | 'info';

/** The pipeline stage that raised a diagnostic. */
export type Stage = 'ingest' | 'extract' | 'nlp' | 'cluster' | 'reconcile' | 'brief' | 'render' | 'cli';

/** One finding about an input or an article, in words a user can act on. */
export interface Diagnostic {
  severity: Severity;
  /** Stable code from the catalog (e.g. `PX101`). */
  code: DiagnosticCode;
  message: string;
  stage: Stage;
  /** The input as the user named it (path, URL or `-`), when the diagnostic is about one. */
  input?: string;
  /** The article id, when the diagnostic is about an extracted article. */
  article?: string;
  /** A range into the article's text, when the finding has a place. */
  start?: number;
  end?: number;
}
