/**
 * Diagnostics as zod schemas (the types in `../diagnostic.ts` are inferred from them).
 */
import { z } from 'zod';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../diagnostic-codes.ts';
import { Count } from './citation.ts';

/** How bad a diagnostic is: `error` means the input was rejected, `warning` that it was used with a caveat. */
export const SeveritySchema = z.enum(['error', 'warning', 'info']);

/** The pipeline stage that raised a diagnostic. */
export const StageSchema = z.enum([
  'ingest',
  'extract',
  'nlp',
  'cluster',
  'reconcile',
  'brief',
  'render',
  'cli',
]);

/** A stable code of the catalog (`diagnostic-codes.ts`). */
export const DiagnosticCodeSchema = z.enum(
  Object.keys(DIAGNOSTIC_CODES) as [DiagnosticCode, ...DiagnosticCode[]],
);

/** One finding about an input or an article, in words a user can act on. */
export const DiagnosticSchema = z.strictObject({
  severity: SeveritySchema,
  /** Stable code from the catalog (e.g. `PX101`). */
  code: DiagnosticCodeSchema,
  message: z.string(),
  stage: StageSchema,
  /** The input as the user named it (path, URL or `-`), when the diagnostic is about one. */
  input: z.string().optional(),
  /** The article id, when the diagnostic is about an extracted article. */
  article: z.string().optional(),
  /** A range into the article's text, when the finding has a place. */
  start: Count.optional(),
  end: Count.optional(),
});
