/**
 * What a reader may see of a stored article: everything but where the server read it from.
 *
 * A server must never disclose its file system, so the input's path goes, and a diagnostic that
 * names a file (its `input`, or the path or file name inside its message) names "the input" instead.
 * URLs stay: they are the original's public address.
 */
import type { Diagnostic } from '../model/diagnostic.ts';
import type { StoredArticle } from '../store/records.ts';

/** True for an http(s) address, which is public and may be shown. */
function isWebAddress(value: string | undefined): boolean {
  return !!value && /^https?:\/\//i.test(value);
}

/** The file names a diagnostic may quote: the path and its last segment. */
function fileNames(path: string | undefined, input: string | undefined): string[] {
  const names = new Set<string>();
  for (const p of [path, input]) {
    if (!p || p === '-' || isWebAddress(p)) continue;
    names.add(p);
    const base = p.split(/[\\/]/).pop();
    if (base) names.add(base);
  }
  // Longest first, so a path is replaced whole before its file name.
  return [...names].sort((a, b) => b.length - a.length);
}

/** A diagnostic without file names: `input` dropped unless it is a web address, names in the message replaced. */
function publicDiagnostic(d: Diagnostic, path: string | undefined): Diagnostic {
  const names = fileNames(path, d.input);
  let message = d.message;
  for (const name of names) message = message.split(name).join('the input');
  const out: Diagnostic = { ...d, message };
  if (!isWebAddress(out.input)) delete out.input;
  return out;
}

/** The article as the API and the web UI show it: no path, no file name in its diagnostics. */
export function publicArticle(article: StoredArticle): StoredArticle {
  const { path, ...rest } = article;
  return { ...rest, diagnostics: article.diagnostics.map((d) => publicDiagnostic(d, path)) };
}
