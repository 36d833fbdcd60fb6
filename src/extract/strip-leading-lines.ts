/**
 * Leading lines of an HTML body that are not article text: the repeated headline, bylines, date lines, ad labels.
 */
import type { Diagnostic } from '../model/diagnostic.ts';
import { type DiagnosticPlace, diagnose } from '../util/diagnose.ts';
import { countWords, type Meta, normaliseSpace, type Removed, sizeOf, withMeta } from './draft.ts';
import { formatAuthors } from './parse-byline.ts';
import { readMetaLine } from './read-meta-line.ts';

/** Labels that sit between paragraphs of a page and are never article text. */
export const AD_LABEL =
  /^(?:advertisement|advertising|advert|sponsored(?: content)?|ad|story continues below(?: advertisement)?|continue reading(?: below)?)$/i;

/** A breadcrumb or section label: a few short items joined by ›, », ·, / or |, without final punctuation. */
function isBreadcrumb(p: string): boolean {
  const items = p.split(/\s*[›»·|/>]\s*/);
  return (
    items.length >= 2 && countWords(p) <= 10 && !/[.!?]$/.test(p) && items.every((i) => countWords(i) <= 4)
  );
}

/** Result of stripping: the paragraphs left, the metadata they gave, what was removed. */
export interface StrippedLeading {
  paragraphs: string[];
  meta: Meta;
  removed: Removed[];
  diagnostics: Diagnostic[];
}

/** Compares two titles loosely (case, spacing and punctuation ignored). */
function sameText(a: string, b: string): boolean {
  const k = (s: string): string =>
    normaliseSpace(s)
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]/gu, '');
  return k(a) !== '' && k(a) === k(b);
}

/**
 * Removes, from the first `maxUnits` paragraphs, breadcrumbs and section labels ("Home › News"), the
 * headline repeated from the metadata and
 * byline/date lines (their values fill metadata still unknown, source `byline-text`); and, anywhere,
 * paragraphs that are only an ad label ("Advertisement"). Each removal is a PX211 diagnostic.
 */
export function stripLeadingLines(
  paragraphs: string[],
  meta: Meta,
  title: string | null,
  opts: { headerMaxUnits: number; metaLineMaxChars: number },
  place: DiagnosticPlace,
): StrippedLeading {
  let out = meta;
  const removed: Removed[] = [];
  const kept: string[] = [];
  paragraphs.forEach((p, i) => {
    const leading = kept.length === 0 && i < opts.headerMaxUnits;
    const m = leading ? readMetaLine(p, opts.metaLineMaxChars, true) : null;
    if (AD_LABEL.test(p)) removed.push({ kind: 'ad-label', text: p });
    else if (leading && title && sameText(p, title)) removed.push({ kind: 'title', text: p });
    else if (leading && isBreadcrumb(p)) removed.push({ kind: 'breadcrumb', text: p });
    else if (!m) kept.push(p);
    else {
      removed.push({ kind: m.kind, text: p });
      if (m.authors) out = withMeta(out, 'author', formatAuthors(m.authors), 'byline-text');
      out = withMeta(out, 'published', m.published, 'byline-text');
    }
  });
  const diagnostics = removed
    .filter((r) => r.kind !== 'ad-label')
    .map((r) => diagnose('info', 'PX211', 'extract', `leading ${r.kind} removed (${sizeOf(r.text)})`, place));
  return { paragraphs: kept, meta: out, removed, diagnostics };
}
