/**
 * Trailing boilerplate: removed from the end inward as one block, never from the middle of the body.
 */
import type { Diagnostic } from '../model/diagnostic.ts';
import { type DiagnosticPlace, diagnose } from '../util/diagnose.ts';
import { authorOfBio, classifyFooterUnit, outletOfFooter, soundsLikeBlurb } from './classify-footer-unit.ts';
import { countWords, type Removed, sizeOf } from './draft.ts';
import { bylineBody, formatAuthors, parseByline } from './parse-byline.ts';
import { tidyOutlet } from './read-masthead.ts';

/** Thresholds the footer stripper uses (a subset of `ExtractOptions`). */
export interface FooterOptions {
  footerMaxUnits: number;
  relatedItemMaxWords: number;
  blurbMaxUnits: number;
}

/** The body without its trailing boilerplate, what was removed, and the author of an end byline. */
export interface StrippedFooter {
  body: string[];
  removed: Removed[];
  author: string | null;
  /** The outlet a removed footer names (copyright holder, "first appeared in the X"), or null. */
  outlet: string | null;
  diagnostics: Diagnostic[];
}

/** A short line without final punctuation: the heading of a newsletter or promotion box. */
function isBoxHeading(unit: string): boolean {
  return countWords(unit) <= 6 && !/[.!?:;,"”)]$/.test(unit);
}

/** Index of a "Related:" header above `end` whose following units are all short list items, or -1. */
function relatedListStart(units: string[], end: number, floor: number, maxWords: number): number {
  for (let i = end - 1; i >= floor; i--) {
    if (countWords(units[i]) > maxWords) return -1;
    if (classifyFooterUnit(units[i]) === 'related' && i < end - 1) return i;
  }
  return -1;
}

/** A paragraph that reports ("said", "understands", "according to"): news, never a company's blurb. */
const REPORTING =
  /\b(?:said|says|told|understands|understood|learned|learnt|according\s+to|confirmed|reported|announced)\b/i;

/** Number of blurb units above `end` that a promotion line introduces, or 0. */
function blurbLength(
  units: string[],
  end: number,
  floor: number,
  maxUnits: number,
  inBlock: boolean,
): number {
  for (let b = 1; b <= maxUnits && end - 1 - b >= floor; b++) {
    if (classifyFooterUnit(units[end - 1 - b]) !== 'promotion') continue;
    const blurb = units.slice(end - b, end);
    return blurb.every((u) => soundsLikeBlurb(u) || (inBlock && !REPORTING.test(u))) ? b : 0;
  }
  return 0;
}

/**
 * Removes trailing boilerplate from a body's units.
 *
 * Walks from the last unit upward and stops at the first unit that is article text, so only a
 * trailing block is removed. Removed: copyright lines, promotion ("Follow for more…", "Subscribe…",
 * "Sign up…"), share/like lines, a lone "Source"/"Source: X", "Related:"/"Read more:" lists (the header
 * and its short items), tag lines, bare links, credits, an end byline ("Written By X", "— Reporting by X"
 * — its names become the author), postal address lines (only below/next to other boilerplate) and a
 * company blurb (up to `blurbMaxUnits` paragraphs right after a promotion line), the heading of a
 * newsletter box above a promotion, a sign-off such as "(ST)", and an author's note ("Jane Roe is a
 * labour economist at …", which gives the author). A copyright holder or "first appeared in the X"
 * gives the outlet. At least one unit is always kept. Each removal is a PX203 diagnostic (PX204 for a
 * byline or author's note) quoting the text.
 */
export function stripTrailingBoilerplate(
  units: string[],
  opts: FooterOptions,
  place: DiagnosticPlace,
): StrippedFooter {
  const removed: Removed[] = [];
  let author: string | null = null;
  let outlet: string | null = null;
  const floor = Math.max(1, units.length - opts.footerMaxUnits);
  let end = units.length;
  const take = (from: number, kind: string): void => {
    const text = units.slice(from, end).join('\n');
    if (removed[0]?.kind === kind) removed[0] = { kind, text: `${text}\n${removed[0].text}` };
    else removed.unshift({ kind, text });
    end = from;
  };
  while (end > floor) {
    const unit = units[end - 1];
    const kind = classifyFooterUnit(unit);
    if (kind === 'end-byline' || kind === 'author-bio') {
      const byline = kind === 'end-byline' ? parseByline(bylineBody(unit)!) : null;
      author ??= byline ? formatAuthors(byline.authors) : authorOfBio(unit);
      take(end - 1, kind);
    } else if (kind && kind !== 'address') {
      if (kind === 'copyright' || kind === 'promotion') {
        const holder = outletOfFooter(unit);
        outlet ??= holder && tidyOutlet(holder);
      }
      take(end - 1, kind);
    } else if (removed[0]?.kind === 'promotion' && isBoxHeading(unit)) take(end - 1, 'promotion');
    else if (kind === 'address' && removed.length > 0) take(end - 1, kind);
    else {
      const related = relatedListStart(units, end, floor, opts.relatedItemMaxWords);
      if (related >= 0) {
        take(related, 'related');
        continue;
      }
      const blurb = blurbLength(units, end, floor, opts.blurbMaxUnits, removed.length > 0);
      if (blurb === 0) break;
      take(end - blurb, 'blurb');
      take(end - 1, 'promotion');
    }
  }
  const diagnostics = removed.map((r) =>
    r.kind === 'end-byline' || r.kind === 'author-bio'
      ? diagnose('info', 'PX204', 'extract', `byline at the end removed (${sizeOf(r.text)})`, place)
      : diagnose('info', 'PX203', 'extract', `trailing ${r.kind} removed (${sizeOf(r.text)})`, place),
  );
  return { body: units.slice(0, end), removed, author, outlet, diagnostics };
}
