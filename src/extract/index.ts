/**
 * Extract: one raw document to one article (text, paragraphs, metadata, provenance, diagnostics).
 */
import type { Article } from '../model/article.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { RawDocument } from '../model/source.ts';
import { type DiagnosticPlace, diagnose } from '../util/diagnose.ts';
import { buildText } from './build-text.ts';
import { capParagraphs, cutAt } from './cap-text.ts';
import { checkUsable } from './check-usable.ts';
import { cleanMetaValue } from './clean-meta-value.ts';
import { detectLanguage } from './detect-language.ts';
import type { Draft, Meta, MetaField } from './draft.ts';
import { extractHtml } from './extract-html.ts';
import { extractPlainText } from './extract-plain-text.ts';
import { defaultExtractOptions, type ExtractOptions } from './options.ts';
import { isSectionWord, tidyOutlet } from './read-masthead.ts';

export type { ExtractOptions } from './options.ts';

/** True when a metadata value holds real text: letters or digits once unexpanded character references ("&g;") are gone. */
function holdsText(value: string | undefined): value is string {
  return value !== undefined && /[\p{L}\p{N}]/u.test(value.replace(/&#?[\p{L}\d]*;?/gu, ''));
}

/**
 * The page's metadata with what the document arrived with (a feed item's) laid over it, source `feed`.
 * A value without real text (a feed title that is only "&g;") is ignored: it names nothing.
 */
function withDocumentMeta(meta: Meta, known: RawDocument['meta']): Meta {
  if (!known) return meta;
  const out: Meta = { ...meta };
  for (const [field, value] of Object.entries(known) as Array<[MetaField, string | undefined]>) {
    if (holdsText(value)) out[field] = { value: value.trim(), source: 'feed' };
  }
  return out;
}

/** The outlet as shown: tidied (`tidyOutlet`), and none when the name found is only a section word ("Business"). */
function outletOf(found: string | null): string | null {
  return found === null || isSectionWord(found) ? null : tidyOutlet(found);
}

/**
 * Extracts the article of a raw document. Pure: same document and options, same article.
 *
 * Plain text goes through `extractPlainText` (header, footer, dateline), HTML through `extractHtml`
 * (Readability, fallback, page metadata). The paragraphs are joined with `"\n\n"` into `text`, with
 * exact `paragraphs` ranges. Unknown fields are null with a diagnostic (PX206 date, PX207 title,
 * PX214 language); a document without an article is returned with `usable: false` and the reason.
 * The document's ingest diagnostics are carried over with the article id added.
 */
export function extractArticle(doc: RawDocument, options: Partial<ExtractOptions> = {}): Article {
  const opts: ExtractOptions = { ...defaultExtractOptions, ...options };
  const place: DiagnosticPlace = { article: doc.id };
  const input = doc.path ?? doc.url;
  if (input !== undefined) place.input = input;
  const sizeNotes: Diagnostic[] = [];
  const content = doc.kind === 'html' ? doc.content : cutAt(doc.content, opts.maxTextChars);
  const draft: Draft =
    doc.kind === 'html' ? extractHtml(content, opts, place) : extractPlainText(content, opts, place);
  const capped = capParagraphs(draft.paragraphs, opts.maxTextChars);
  const cut = capped.cut + doc.content.length - content.length;
  if (cut > 0) {
    const message = `article text is longer than ${opts.maxTextChars} characters; the last ${cut} were left out`;
    sizeNotes.push(diagnose('warning', 'PX218', 'extract', message, place));
  }
  draft.paragraphs = capped.paragraphs;
  const { text, paragraphs } = buildText(draft.paragraphs);
  const meta = withDocumentMeta(draft.meta, doc.meta);
  const cleanups: Diagnostic[] = [];
  for (const [field, found] of Object.entries(meta) as Array<[MetaField, Meta[MetaField]]>) {
    if (!found) continue;
    const cleaned = cleanMetaValue(found.value, opts.metaValueMaxChars);
    if (cleaned.change) {
      // The raw value is not quoted: its markup would reach the Markdown notes.
      const what =
        cleaned.change === 'too long'
          ? `is ${found.value.length} characters long; dropped`
          : `held markup; removed (kept "${(cleaned.value ?? '').slice(0, 60)}")`;
      cleanups.push(diagnose('warning', 'PX216', 'extract', `${field} ${what}`, place));
    }
    if (cleaned.value === null) delete meta[field];
    else meta[field] = { ...found, value: cleaned.value };
  }
  const value = (field: MetaField): string | null => {
    const found = meta[field]?.value;
    return holdsText(found) ? found : null;
  };
  const sources: Article['extraction']['sources'] = {};
  for (const [field, found] of Object.entries(meta))
    if (holdsText(found.value)) sources[field as MetaField] = found.source;
  let language = value('language');
  if (language === null) {
    language = detectLanguage(text);
    if (language) sources.language = 'eld';
  }
  const diagnostics: Diagnostic[] = [
    ...doc.diagnostics.map((d) => ({ ...d, article: doc.id })),
    ...draft.diagnostics,
    ...sizeNotes,
    ...cleanups,
  ];
  const usable = checkUsable(draft.paragraphs, draft.loginForm ?? false, opts, place);
  diagnostics.push(...usable.diagnostics);
  if (value('published') === null) {
    diagnostics.push(diagnose('warning', 'PX206', 'extract', 'no publication date found', place));
  }
  if (value('title') === null)
    diagnostics.push(diagnose('warning', 'PX207', 'extract', 'no title found', place));
  if (language === null && usable.usable) {
    diagnostics.push(
      diagnose(
        'info',
        'PX214',
        'extract',
        'language not declared and not detected (text too short or ambiguous)',
        place,
      ),
    );
  }
  const outlet = outletOf(value('outlet'));
  if (outlet === null) delete sources.outlet;
  const article: Article = {
    id: doc.id,
    title: value('title'),
    outlet,
    author: value('author'),
    published: value('published'),
    language,
    text,
    paragraphs,
    extraction: { method: draft.method, sources, removed: draft.removed },
    diagnostics,
    usable: usable.usable,
  };
  if (doc.path !== undefined) article.path = doc.path;
  if (doc.url !== undefined) article.url = doc.url;
  return article;
}
