/**
 * Diagnostics on stderr: one line each, `parallax: <input>: [warning: ]<message> [PX103]`.
 */
import type { ArticleOut } from '../model/briefing.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { RawDocument } from '../model/source.ts';

/** Everything a run produced that can carry diagnostics. */
export interface RunResult {
  /** Diagnostics about inputs that yielded no document. */
  ingest: Diagnostic[];
  documents: RawDocument[];
  articles: ArticleOut[];
}

/**
 * Every diagnostic of a run, once each, in input order: ingest, then each document's, then each article's.
 *
 * A document's diagnostics may be copied into its article by extraction; duplicates are dropped.
 */
export function collectDiagnostics(run: RunResult): Diagnostic[] {
  const all = [
    ...run.ingest,
    ...run.documents.flatMap((d) => d.diagnostics),
    ...run.articles.flatMap((a) => a.diagnostics),
  ];
  const seen = new Set<string>();
  return all.filter((d) => {
    const key = `${d.code}\u0000${d.input ?? ''}\u0000${d.article ?? ''}\u0000${d.message}\u0000${d.start ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The input a diagnostic is about, as the user named it: its `input`, else its article's path, else the id. */
function labelOf(d: Diagnostic, pathById: ReadonlyMap<string, string>): string | null {
  if (d.input) return d.input;
  if (d.article) return pathById.get(d.article) ?? d.article;
  return null;
}

/**
 * Formats one diagnostic as a stderr line (without the newline).
 *
 * A message that already starts with its input's name does not get it twice.
 */
export function formatDiagnostic(d: Diagnostic, label: string | null): string {
  const message = label && d.message.startsWith(`${label}: `) ? d.message.slice(label.length + 2) : d.message;
  const where = label ? `${label}: ` : '';
  const severity = d.severity === 'warning' ? 'warning: ' : d.severity === 'info' ? 'note: ' : '';
  return `parallax: ${where}${severity}${message.replace(/\s+/g, ' ').trim()} [${d.code}]`;
}

/**
 * The stderr lines for a run's errors and warnings (`info` diagnostics are left out: they describe, not warn).
 */
export function diagnosticLines(run: RunResult): string[] {
  const pathById = new Map<string, string>();
  for (const doc of run.documents) if (doc.path) pathById.set(doc.id, doc.path);
  for (const a of run.articles) if (a.path) pathById.set(a.id, a.path);
  return collectDiagnostics(run)
    .filter((d) => d.severity !== 'info')
    .map((d) => formatDiagnostic(d, labelOf(d, pathById)));
}

/** How many inputs were rejected and how many there were, for the exit code and the summary line. */
export function countRejected(run: RunResult): { rejected: number; total: number } {
  const ingestErrors = run.ingest.filter((d) => d.severity === 'error').length;
  const unusable = run.articles.filter((a) => !a.usable).length;
  return { rejected: ingestErrors + unusable, total: ingestErrors + run.documents.length };
}
