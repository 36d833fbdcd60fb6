/**
 * Diagnostics on stderr: one line each, `parallax: <input>: [warning: ]<message> [PX103]`.
 *
 * Every command prints its diagnostics through `diagnosticLinesOf`: errors and warnings by default,
 * notes (`info`) too with `--verbose`, nothing with `--quiet`.
 */
import type { ArticleOut } from '../model/briefing.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { RawDocument } from '../model/source.ts';

/** Everything a run produced that can carry diagnostics. */
export interface RunResult {
  /** Diagnostics about inputs that yielded no document. */
  ingest: Diagnostic[];
  /** Run-level diagnostics of the later stages (dedup, nlp, reconcile: `BriefOutput.diagnostics`). */
  stages?: Diagnostic[];
  documents: RawDocument[];
  articles: ArticleOut[];
}

/**
 * Every diagnostic of a run, once each, in input order: ingest, then each document's, then each
 * article's, then the later stages'.
 *
 * A document's diagnostics may be copied into its article by extraction; duplicates are dropped.
 */
export function collectDiagnostics(run: RunResult): Diagnostic[] {
  return unique([
    ...run.ingest,
    ...run.documents.flatMap((d) => d.diagnostics),
    ...run.articles.flatMap((a) => a.diagnostics),
    ...(run.stages ?? []),
  ]);
}

/** The diagnostics, each once (the same code, place and message counts once), in their order. */
function unique(all: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return all.filter((d) => {
    const key = `${d.code}\u0000${d.input ?? ''}\u0000${d.article ?? ''}\u0000${d.message}\u0000${d.start ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** How much a command prints on stderr: `--quiet`, the default, or `--verbose`. */
export type Verbosity = 'quiet' | 'normal' | 'verbose';

/** The verbosity the `--quiet` and `--verbose` flags ask for (`--quiet` wins). */
export function verbosityOf(opts: { quiet?: unknown; verbose?: unknown }): Verbosity {
  return opts.quiet ? 'quiet' : opts.verbose ? 'verbose' : 'normal';
}

/** The input a diagnostic is about, as the user named it: its `input`, else its article's path, else the id. */
function labelOf(d: Diagnostic, pathById: ReadonlyMap<string, string>): string | null {
  if (d.input) return d.input;
  if (d.article) return pathById.get(d.article) ?? d.article;
  return null;
}

/** Article or document id → the path or URL the user gave for it. */
export function pathsOf(items: Array<{ id: string; path?: string; url?: string }>): Map<string, string> {
  const paths = new Map<string, string>();
  for (const item of items) {
    const name = item.path ?? item.url;
    if (name) paths.set(item.id, name);
  }
  return paths;
}

/**
 * The stderr lines of some diagnostics at a verbosity: errors and warnings, plus notes when verbose;
 * none when quiet. Each is labelled with its input (`paths` names articles by their path or URL).
 */
export function diagnosticLinesOf(
  diagnostics: Diagnostic[],
  paths: ReadonlyMap<string, string>,
  verbosity: Verbosity,
): string[] {
  if (verbosity === 'quiet') return [];
  return unique(diagnostics)
    .filter((d) => verbosity === 'verbose' || d.severity !== 'info')
    .map((d) => formatDiagnostic(d, labelOf(d, paths)));
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
 * The stderr lines for a run's diagnostics: errors and warnings (`info` ones describe, not warn: they
 * are shown with `--verbose` only).
 */
export function diagnosticLines(run: RunResult, verbosity: Verbosity = 'normal'): string[] {
  return diagnosticLinesOf(collectDiagnostics(run), pathsOf([...run.documents, ...run.articles]), verbosity);
}

/** How many inputs were rejected and how many there were, for the exit code and the summary line. */
export function countRejected(run: RunResult): { rejected: number; total: number } {
  const ingestErrors = run.ingest.filter((d) => d.severity === 'error').length;
  const unusable = run.articles.filter((a) => !a.usable).length;
  return { rejected: ingestErrors + unusable, total: ingestErrors + run.documents.length };
}
