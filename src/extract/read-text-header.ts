/**
 * The header of a plain-text article: headline, standfirst, byline, date and outlet lines at the top.
 */
import type { Diagnostic } from '../model/diagnostic.ts';
import { type DiagnosticPlace, diagnose } from '../util/diagnose.ts';
import { brief, countWords, type Meta, type Removed, withMeta } from './draft.ts';
import { formatAuthors, isPersonName, readableName } from './parse-byline.ts';
import { type LineMeta, readMetaLine } from './read-meta-line.ts';

/** Thresholds the header reader uses (a subset of `ExtractOptions`). */
export interface HeaderOptions {
  headerMaxUnits: number;
  headlineMaxWords: number;
  headlineMaxChars: number;
  standfirstMaxUnits: number;
  metaLineMaxChars: number;
}

/** The header read off the top of the units, and the units left as body. */
export interface TextHeader {
  meta: Meta;
  body: string[];
  removed: Removed[];
  diagnostics: Diagnostic[];
}

/** True when a unit reads as a headline: short, capitalised, without a final period. */
export function isHeadline(unit: string, opts: HeaderOptions): boolean {
  const words = countWords(unit);
  if (words < 2 || words > opts.headlineMaxWords || unit.length > opts.headlineMaxChars) return false;
  if (/^https?:|^www\./i.test(unit) || /^\p{Ll}/u.test(unit)) return false;
  return !/[.,;]$/.test(unit);
}

/**
 * Reads the header of a plain-text article.
 *
 * Order: (1) metadata lines before any headline; (2) a headline (short line, no final period — a long
 * full sentence is a lede, not a headline, and the title stays null); (3) up to `standfirstMaxUnits`
 * standfirst lines, recognised only because byline/date lines follow them (they stay in the body: they
 * are the author's words); (4) the byline/date/outlet lines ("By X", "Written by X, Outlet",
 * "X | Outlet", "Outlet - 04 July 2025 09:26", "Published: …"), and a bare person's name next to them.
 * Lines read as metadata are removed from the body and listed in `removed` (PX205). The last unit is
 * never header: a byline there is an end byline (see `strip-trailing-boilerplate.ts`).
 */
export function readTextHeader(units: string[], opts: HeaderOptions, place: DiagnosticPlace): TextHeader {
  let meta: Meta = {};
  const removed: Removed[] = [];
  const diagnostics: Diagnostic[] = [];
  const limit = Math.min(units.length - 1, opts.headerMaxUnits);
  const metaAt = (i: number, pair: boolean): LineMeta | null =>
    i < limit ? readMetaLine(units[i], opts.metaLineMaxChars, pair) : null;
  const absorb = (i: number, m: LineMeta): void => {
    removed.push({ kind: m.kind, text: units[i] });
    if (m.authors) meta = withMeta(meta, 'author', formatAuthors(m.authors), 'text-header');
    meta = withMeta(meta, 'outlet', m.outlet, 'text-header');
    meta = withMeta(meta, 'published', m.published, 'text-header');
    if (m.unreadDate && !m.published) {
      const msg = `header date ${brief(m.unreadDate)} is ambiguous or impossible; publication date left unknown`;
      diagnostics.push(diagnose('warning', 'PX210', 'extract', msg, place));
    }
  };
  let pos = 0;
  for (let m = metaAt(pos, false); m; m = metaAt(pos, false)) absorb(pos++, m);
  if (pos < units.length - 1 && isHeadline(units[pos], opts)) {
    meta = withMeta(meta, 'title', units[pos], 'text-header');
    removed.push({ kind: 'title', text: units[pos++] });
  }
  let standfirst: string[] = [];
  for (let j = pos; j <= pos + opts.standfirstMaxUnits && j < limit; j++) {
    const nameThenMeta = isPersonName(units[j]) && metaAt(j + 1, true) !== null;
    if (!metaAt(j, true) && !nameThenMeta) continue;
    standfirst = units.slice(pos, j);
    pos = j;
    let bareName = false;
    for (;;) {
      const m = metaAt(pos, true);
      if (m) absorb(pos++, m);
      else if (!bareName && pos < limit - 1 && isPersonName(units[pos])) {
        bareName = true;
        absorb(pos, { kind: 'byline', authors: [readableName(units[pos])] });
        pos++;
      } else break;
    }
    break;
  }
  if (removed.length > 0) {
    const kinds = [...new Set(removed.map((r) => r.kind))].join(', ');
    diagnostics.push(diagnose('info', 'PX205', 'extract', `header lines read as metadata (${kinds})`, place));
  }
  return { meta, body: [...standfirst, ...units.slice(pos)], removed, diagnostics };
}
