/**
 * Plain-text articles: paragraphs, header metadata, trailing boilerplate and the dateline.
 */
import type { DiagnosticPlace } from '../util/diagnose.ts';
import { type Draft, withMeta } from './draft.ts';
import type { ExtractOptions } from './options.ts';
import { applyDateline } from './read-dateline.ts';
import { readTextHeader } from './read-text-header.ts';
import { splitTextUnits } from './split-text-units.ts';
import { stripBodyBoilerplate } from './strip-inline-boilerplate.ts';

/**
 * Extracts a plain-text article: units → header (masthead, title, byline, date, outlet) → trailing
 * boilerplate (end byline gives the author when the header did not) → boilerplate lines anywhere in the
 * body and live-entry timestamps → trailing boilerplate again when that uncovered more → dateline.
 *
 * Datelines ("ERBIL (Kurdistan 24) — …") are kept in the body text: they are the first words of the
 * reporter's paragraph and name the place of reporting, which later stages may cite, and keeping them
 * keeps the body verbatim. The outlet is read from the parentheses when no header line named one
 * (source `dateline`).
 */
export function extractPlainText(content: string, opts: ExtractOptions, place: DiagnosticPlace): Draft {
  const units = splitTextUnits(content);
  const header = readTextHeader(units, opts, place);
  const footer = stripBodyBoilerplate(header.body, opts, place);
  const withAuthor = withMeta(
    withMeta(header.meta, 'author', footer.author, 'end-byline'),
    'outlet',
    footer.outlet,
    'footer',
  );
  const dateline = applyDateline(footer.body, withAuthor, place);
  return {
    method: 'plain-text',
    paragraphs: footer.body,
    meta: dateline.meta,
    removed: [...header.removed, ...footer.removed],
    diagnostics: [...header.diagnostics, ...footer.diagnostics, ...dateline.diagnostics],
  };
}
