/**
 * HTML articles: Readability over linkedom, a whole-body fallback, and the page's metadata.
 */
import { Readability } from '@mozilla/readability';
import type { Diagnostic } from '../model/diagnostic.ts';
import { type DiagnosticPlace, diagnose } from '../util/diagnose.ts';
import { cleanTitle } from './clean-title.ts';
import { all, type DomDocument, type DomNode, parseDocument } from './dom.ts';
import { countWords, type Draft, type Meta, withMeta } from './draft.ts';
import { type HtmlParagraph, htmlToParagraphs } from './html-to-paragraphs.ts';
import type { ExtractOptions } from './options.ts';
import { applyDateline } from './read-dateline.ts';
import { cleanAuthor, languageCode, readHtmlMetadata } from './read-html-metadata.ts';
import { stripLeadingLines } from './strip-leading-lines.ts';
import { stripTrailingBoilerplate } from './strip-trailing-boilerplate.ts';

/** Page parts that are never the article (for the whole-body fallback). */
const BOILERPLATE =
  'nav, header, footer, aside, form, script, style, noscript, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [aria-hidden="true"], .nav, .navbar, .menu, .sidebar, .footer, .header, .share, .social, .comments, .related, .cookie, .newsletter';

/**
 * Page parts removed before Readability runs: it keeps a breadcrumb `<nav>` or an inline promotion box
 * when they sit inside the article element. Matched by element or by a class/id word that only such
 * boxes use.
 */
const PRE_CLEAN =
  'nav, [class*="breadcrumb"], [class*="newsletter"], [class*="promo"], [class*="share-"], [class*="social"], [class*="cookie"], [class*="advert"], [id*="newsletter"], [id*="cookie"]';

/** A box longer than this is not a breadcrumb or a promotion (a class such as "has-social" may sit on the whole page). */
const PRE_CLEAN_MAX_CHARS = 800;

/** The number of words in the paragraphs. */
const wordsOf = (ps: HtmlParagraph[]): number => ps.reduce((n, p) => n + countWords(p.text), 0);

interface Attempt {
  paragraphs: HtmlParagraph[];
  meta: Meta;
  diagnostics: Diagnostic[];
}

/** Runs Readability (unless the page is too big); any exception becomes a diagnostic and the page goes to the fallback. */
function runReadability(document: DomDocument, opts: ExtractOptions, place: DiagnosticPlace): Attempt {
  const elements = opts.readabilityMaxElems > 0 ? document.querySelectorAll('*').length : 0;
  if (elements > opts.readabilityMaxElems) {
    const message = `page has ${elements} elements, more than ${opts.readabilityMaxElems}; readability skipped, using the whole-body fallback`;
    return {
      paragraphs: [],
      meta: {},
      diagnostics: [diagnose('warning', 'PX209', 'extract', message, place)],
    };
  }
  try {
    const reader = new Readability<DomNode>(document as never, {
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
    const message = `readability failed (${(error as Error).message ?? String(error)}); using the whole-body fallback`;
    return {
      paragraphs: [],
      meta: {},
      diagnostics: [diagnose('warning', 'PX209', 'extract', message, place)],
    };
  }
}

/** The whole-body fallback: page chrome removed, link-heavy paragraphs dropped. */
function bodyText(content: string, opts: ExtractOptions): HtmlParagraph[] {
  const document = parseDocument(content);
  for (const el of all(document, BOILERPLATE)) el.remove();
  const root = document.body ?? document.documentElement;
  if (!root) return [];
  return htmlToParagraphs(root).filter((p) => p.linkDensity <= opts.maxLinkDensity);
}

/**
 * Extracts an HTML article.
 *
 * Cascade: (1) metadata from the untouched page (`read-html-metadata.ts`); (2) after removing
 * navigation, breadcrumbs and promotion boxes (`PRE_CLEAN`), Readability's main
 * content → paragraphs (method `readability`, PX208); (3) when Readability throws, finds nothing or
 * fewer than `minWords` words while the whole body has more, the body without page chrome (method
 * `body-text`, PX209). Then the title loses its site-name suffix (or, when the page names none, is
 * the leading heading), leading date-only (`<time>`), headline and byline lines and trailing
 * boilerplate are removed, and a dateline may name the outlet.
 */
export function extractHtml(content: string, opts: ExtractOptions, place: DiagnosticPlace): Draft {
  const document = parseDocument(content);
  const pageMeta = readHtmlMetadata(document);
  const loginForm = all(document, 'input[type="password"]').length > 0;
  for (const el of all(document, PRE_CLEAN)) {
    if (
      (el.textContent ?? '').length <= PRE_CLEAN_MAX_CHARS &&
      !/^(?:BODY|HTML|MAIN|ARTICLE)$/i.test(el.nodeName)
    )
      el.remove();
  }
  const attempt = runReadability(document, opts, place);
  let method = 'readability';
  let paragraphs = attempt.paragraphs;
  const diagnostics = [...attempt.diagnostics];
  if (wordsOf(paragraphs) < opts.minWords) {
    const fallback = bodyText(content, opts);
    if (wordsOf(fallback) > wordsOf(paragraphs) || attempt.diagnostics.length > 0) {
      method = 'body-text';
      paragraphs = fallback;
      if (attempt.diagnostics.length === 0) {
        const msg = 'readability found no article content; using the whole-body fallback';
        diagnostics.push(diagnose('warning', 'PX209', 'extract', msg, place));
      }
    }
  }
  if (method === 'readability')
    diagnostics.push(diagnose('info', 'PX208', 'extract', 'HTML extracted with readability', place));
  let meta = pageMeta;
  for (const field of ['title', 'outlet', 'author', 'language'] as const) {
    const found = attempt.meta[field];
    if (found) meta = withMeta(meta, field, found.value, found.source);
  }
  const leadingHeading = paragraphs.findIndex((p) => !p.timeOnly);
  if (!meta.title && paragraphs[leadingHeading]?.heading) {
    meta = withMeta(meta, 'title', paragraphs[leadingHeading].text, 'heading');
  }
  if (meta.title) {
    const title = cleanTitle(meta.title.value, meta.outlet?.value ?? null);
    meta = { ...meta, title: { value: title, source: meta.title.source } };
  }
  const dates = paragraphs.slice(0, opts.headerMaxUnits).filter((p) => p.timeOnly);
  const texts = paragraphs.filter((p) => !dates.includes(p)).map((p) => p.text);
  const leading = stripLeadingLines(texts, meta, meta.title?.value ?? null, opts, place);
  const footer = stripTrailingBoilerplate(leading.paragraphs, opts, place);
  const withAuthor = withMeta(
    withMeta(leading.meta, 'author', footer.author, 'end-byline'),
    'outlet',
    footer.outlet,
    'footer',
  );
  const dateline = applyDateline(footer.body, withAuthor, place);
  return {
    method,
    paragraphs: footer.body,
    meta: dateline.meta,
    removed: [
      ...dates.map((p) => ({ kind: 'date-line', text: p.text })),
      ...leading.removed,
      ...footer.removed,
    ],
    diagnostics: [...diagnostics, ...leading.diagnostics, ...footer.diagnostics, ...dateline.diagnostics],
    loginForm,
  };
}
