/**
 * The second opinion of the HTML cascade: @mozilla/readability over linkedom's DOM.
 */
import type { Diagnostic } from '../model/diagnostic.ts';
import { type DiagnosticPlace, diagnose } from '../util/diagnose.ts';
import { lazyRequire } from '../util/lazy-require.ts';
import { all, type DomNode, parseDocument } from './dom.ts';
import { type Meta, withMeta } from './draft.ts';
import { type HtmlParagraph, htmlToParagraphs } from './html-to-paragraphs.ts';
import type { ExtractOptions } from './options.ts';
import { cleanAuthor, languageCode } from './read-html-metadata.ts';

/** @mozilla/readability, loaded by the first page that needs a second opinion (never by text inputs). */
const readability = lazyRequire<typeof import('@mozilla/readability')>('@mozilla/readability');

/**
 * Page parts removed before Readability runs: it keeps a breadcrumb `<nav>` or an inline promotion box
 * when they sit inside the article element. Matched by element or by a class/id word that only such
 * boxes use.
 */
const PRE_CLEAN =
  'nav, [class*="breadcrumb"], [class*="newsletter"], [class*="promo"], [class*="share-"], [class*="social"], [class*="cookie"], [class*="advert"], [id*="newsletter"], [id*="cookie"]';

/** A box longer than this is not a breadcrumb or a promotion (a class such as "has-social" may sit on the whole page). */
const PRE_CLEAN_MAX_CHARS = 800;

/** What Readability found: paragraphs, the metadata it read, and why it found nothing (as diagnostics). */
export interface ReadabilityAttempt {
  paragraphs: HtmlParagraph[];
  meta: Meta;
  diagnostics: Diagnostic[];
}

/**
 * Runs Readability on `content` (parsed with linkedom, breadcrumbs and promotion boxes removed).
 * A page with more than `readabilityMaxElems` elements is skipped and any exception is caught: both
 * become a PX209 warning and no paragraphs. With `pruned` the content is the extractor's own pruned
 * page (`serializeLight`): chrome is already gone and the caller has counted the elements, so the
 * pre-clean and the count are skipped.
 */
export function runReadability(
  content: string,
  opts: ExtractOptions,
  place: DiagnosticPlace,
  pruned = false,
): ReadabilityAttempt {
  const failed = (why: string): ReadabilityAttempt => ({
    paragraphs: [],
    meta: {},
    diagnostics: [diagnose('warning', 'PX209', 'extract', why, place)],
  });
  try {
    const document = parseDocument(content);
    const elements = opts.readabilityMaxElems > 0 && !pruned ? document.querySelectorAll('*').length : 0;
    if (elements > opts.readabilityMaxElems)
      return failed(
        `page has ${elements} elements, more than ${opts.readabilityMaxElems}; readability skipped`,
      );
    for (const el of pruned ? [] : all(document, PRE_CLEAN)) {
      if (
        (el.textContent ?? '').length <= PRE_CLEAN_MAX_CHARS &&
        !/^(?:BODY|HTML|MAIN|ARTICLE)$/i.test(el.nodeName)
      )
        el.remove();
    }
    const reader = new (readability().Readability)<DomNode>(document as never, {
      serializer: (el: unknown) => el as DomNode,
    });
    const result = reader.parse();
    if (!result?.content) return { paragraphs: [], meta: {}, diagnostics: [] };
    let meta: Meta = {};
    meta = withMeta(meta, 'title', result.title, 'readability');
    meta = withMeta(meta, 'outlet', result.siteName, 'readability');
    meta = withMeta(meta, 'author', cleanAuthor(result.byline ?? undefined), 'readability');
    meta = withMeta(meta, 'language', languageCode(result.lang), 'readability');
    return { paragraphs: htmlToParagraphs(result.content), meta, diagnostics: [] };
  } catch (error) {
    return failed(`readability failed (${(error as Error).message ?? String(error)})`);
  }
}
