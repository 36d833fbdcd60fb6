/**
 * Diagnostics travel with the data: an input that cannot be used is still reported, with a reason.
 * Codes come from the one catalog in `diagnostic-codes.ts`; the types are inferred from the one
 * schema source, `schema/diagnostic.ts`.
 */
import type { z } from 'zod';
import type { DiagnosticSchema, SeveritySchema, StageSchema } from './schema/diagnostic.ts';

/** How bad a diagnostic is: `error` means the input was rejected, `warning` that it was used with a caveat. */
export type Severity = z.infer<typeof SeveritySchema>;

/** The pipeline stage that raised a diagnostic. */
export type Stage = z.infer<typeof StageSchema>;

/** One finding about an input or an article, in words a user can act on. */
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
