/**
 * Building diagnostics: one helper so that every stage fills the same fields the same way.
 */
import type { Diagnostic, Severity, Stage } from '../model/diagnostic.ts';
import type { DiagnosticCode } from '../model/diagnostic-codes.ts';

/** Fields that place a diagnostic: the input, the article and an optional range. */
export type DiagnosticPlace = Pick<Diagnostic, 'input' | 'article' | 'start' | 'end'>;

/** Makes a diagnostic; `place` says which input or article (and range) it is about. */
export function diagnose(
  severity: Severity,
  code: DiagnosticCode,
  stage: Stage,
  message: string,
  place: DiagnosticPlace = {},
): Diagnostic {
  const out: Diagnostic = { severity, code, message, stage };
  if (place.input !== undefined) out.input = place.input;
  if (place.article !== undefined) out.article = place.article;
  if (place.start !== undefined) out.start = place.start;
  if (place.end !== undefined) out.end = place.end;
  return out;
}
