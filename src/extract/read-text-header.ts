/**
 * The header of a plain-text article: headline, standfirst, byline, date and outlet lines at the top.
 */
import type { Diagnostic } from '../model/diagnostic.ts';
import { type DiagnosticPlace, diagnose } from '../util/diagnose.ts';
import { brief, countWords, type Meta, type Removed, withMeta } from './draft.ts';
import { formatAuthors, isPersonName, readableName } from './parse-byline.ts';
import { isSectionLine, readMasthead } from './read-masthead.ts';
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

/** "Republished from …", "Syndicated from …", "Originally published by …": where a copy came from. */
const SYNDICATION =
  /^(?:(?:republished|syndicated|reproduced|reprinted|adapted)\s+(?:with\s+permission\s+)?(?:from|of|by)|originally\s+(?:published|appeared)\s+(?:by|in|on|at))\s+\S/i;

/** A job title under a byline ("Business Editor", "Senior Health Correspondent"). */
const ROLE_LINE =
  /^(?:[\p{Lu}][\p{L}&-]*\s+){0,4}(?:correspondent|reporter|writer|editor|columnist|contributor|analyst|journalist|producer|photographer)s?$/iu;

/** True for a syndication line, short enough to be one. */
function isSyndicationLine(unit: string): boolean {
  return SYNDICATION.test(unit) && countWords(unit) <= 14 && !/[.!?]\s+\S/.test(unit);
}

/**
 * Index of the first unit at or after `from` that is neither a metadata line nor a section line, when
 * it reads as a headline (a masthead sits above a headline), else -1.
 */
function headlineAfter(
  units: string[],
  from: number,
  limit: number,
  opts: HeaderOptions,
  metaAt: (i: number) => LineMeta | null,
): number {
  for (let i = from; i < limit && i <= from + 3; i++) {
    if (metaAt(i) || isSectionLine(units[i])) continue;
    return isHeadline(units[i], opts) && readMasthead(units[i]) === null ? i : -1;
  }
  return -1;
}

/**
 * Reads the header of a plain-text article.
 *
 * Order: (1) metadata lines, a masthead ("THE HARBOUR LEDGER | Business", "Radio Velmore News") and
 * section labels ("Opinion & Analysis") before any headline — a masthead only when a headline follows
 * it, a section label only under a masthead; (2) a headline (short line, no final period — a long full
 * sentence is a lede, not a headline, and the title stays null); (3) up to `standfirstMaxUnits`
 * standfirst lines, recognised only because header lines follow them (they stay in the body: they are
 * the author's words); (4) the header lines: byline/date/outlet lines ("By X", "Written by X, Outlet",
 * "X | Outlet", "Outlet - 04 July 2025 09:26", "Published: …"), a bare person's name next to them, a
 * job title under a byline ("Business Editor"), a masthead name line and a syndication line
 * ("Republished from …"). Lines read as header are removed from the body and listed in `removed`
 * (PX205); the masthead gives the outlet (source `masthead`) before any other line does. The last unit
 * is never header: a byline there is an end byline (see `strip-trailing-boilerplate.ts`).
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
  const masthead = (i: number, name: string): void => {
    removed.push({ kind: 'masthead', text: units[i] });
    if (meta.outlet?.source !== 'masthead') meta = { ...meta, outlet: { value: name, source: 'masthead' } };
  };
  const metaTop = (i: number): LineMeta | null => metaAt(i, false);
  let pos = 0;
  let underMasthead = false;
  for (;;) {
    const m = metaTop(pos);
    if (m) {
      absorb(pos++, m);
      continue;
    }
    if (pos >= limit) break;
    const name = underMasthead ? null : readMasthead(units[pos]);
    if (name && countWords(units[pos]) <= 8 && headlineAfter(units, pos + 1, limit, opts, metaTop) > pos) {
      masthead(pos++, name);
      underMasthead = true;
      continue;
    }
    if (
      underMasthead &&
      isShortLabel(units[pos]) &&
      headlineAfter(units, pos + 1, limit, opts, metaTop) > pos
    ) {
      removed.push({ kind: 'section', text: units[pos++] });
      continue;
    }
    break;
  }
  if (pos < units.length - 1 && isHeadline(units[pos], opts)) {
    meta = withMeta(meta, 'title', units[pos], 'text-header');
    removed.push({ kind: 'title', text: units[pos++] });
  }
  const headerAt = (i: number): boolean =>
    i < limit &&
    (metaAt(i, true) !== null ||
      isSyndicationLine(units[i]) ||
      (readMasthead(units[i], true) !== null &&
        (metaAt(i + 1, true) !== null || isSyndicationLine(units[i + 1] ?? ''))));
  let standfirst: string[] = [];
  for (let j = pos; j <= pos + opts.standfirstMaxUnits && j < limit; j++) {
    const nameThenMeta = isPersonName(units[j]) && metaAt(j + 1, true) !== null;
    if (!headerAt(j) && !nameThenMeta) continue;
    standfirst = units.slice(pos, j);
    pos = j;
    let bareName = false;
    let byline = false;
    let afterMeta = false;
    for (;;) {
      const m = metaAt(pos, true);
      const metaBefore = afterMeta;
      afterMeta = m !== null;
      const name = pos < limit && !m ? readMasthead(units[pos], true) : null;
      if (m) {
        byline ||= m.kind === 'byline';
        absorb(pos++, m);
      } else if (pos < limit && isSyndicationLine(units[pos])) {
        removed.push({ kind: 'syndication', text: units[pos++] });
      } else if (byline && pos < limit && ROLE_LINE.test(units[pos])) {
        removed.push({ kind: 'byline', text: units[pos++] });
      } else if (!bareName && pos < limit - 1 && isPersonName(units[pos])) {
        bareName = true;
        byline = true;
        absorb(pos, { kind: 'byline', authors: [readableName(units[pos])] });
        pos++;
      } else if (name && headerAt(pos)) {
        masthead(pos++, name);
      } else if (metaBefore && pos < limit && readMasthead(units[pos]) !== null) {
        // The publication's name on its own line under the date or byline ("Harbour Radio News"): a
        // masthead by its publication word, not by position alone.
        masthead(pos, readMasthead(units[pos]) as string);
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

/** A short label line: at most five words, no digits, no final sentence punctuation ("Launch notes", "Ferries | Fleet"). */
function isShortLabel(unit: string): boolean {
  return isSectionLine(unit) || (countWords(unit) <= 5 && !/[.!?;:,"“”]$/.test(unit) && !/\d/.test(unit));
}
