/**
 * HTML articles: the extraction cascade (own content scorer, Readability, whole-body rescue) and the
 * page's metadata.
 */
import { extract as extractConfig } from '../config.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { DiagnosticCode } from '../model/diagnostic-codes.ts';
import { type DiagnosticPlace, diagnose } from '../util/diagnose.ts';
import { type Candidate, chooseCandidate } from './choose-candidate.ts';
import { cleanTitle } from './clean-title.ts';
import { TEXT_NODE } from './dom.ts';
import { countWords, type Draft, type Meta, withMeta } from './draft.ts';
import { type HtmlParagraph, htmlToParagraphs } from './html-to-paragraphs.ts';
import { type LightElement, parseLight, serializeLight } from './light-dom.ts';
import type { ExtractOptions } from './options.ts';
import { applyDateline } from './read-dateline.ts';
import { readHtmlMetadata } from './read-html-metadata.ts';
import { jsonLdTooDeep, readJsonLd } from './read-json-ld.ts';
import { runReadability } from './run-readability.ts';
import { container, findContent, pruneChrome } from './score-content.ts';
import { stripBodyBoilerplate } from './strip-inline-boilerplate.ts';
import { stripLeadingLines } from './strip-leading-lines.ts';

/** The number of words in the paragraphs. */
const wordsOf = (ps: HtmlParagraph[]): number => ps.reduce((n, p) => n + countWords(p.text), 0);

/**
 * A paragraph of at most this many words, not ending like a sentence, directly before a link list is
 * that list's label ("More from UK", "related news"): box titles are 1–4 words.
 */
const BOX_LABEL_MAX_WORDS = 4;

/**
 * Drops link-heavy paragraphs (a related-links or teaser box inside the article) together with the
 * label right before them. Left behind, such a label looks like the "Related:" line of a footer to the
 * trailing clean-up, which would then cut the rest of the article after it.
 */
export function dropLinkBoxes(ps: HtmlParagraph[], maxLinkDensity: number): HtmlParagraph[] {
  const linky = ps.map((p) => p.linkDensity > maxLinkDensity);
  return ps.filter((p, i) => {
    if (linky[i]) return false;
    const label = countWords(p.text) <= BOX_LABEL_MAX_WORDS && !/[.!?:;"”]$/.test(p.text);
    return !(label && linky[i + 1]);
  });
}

/** The number of elements under a light-DOM element (the guard against pathological pages). */
function countElements(el: LightElement): number {
  let n = 0;
  for (const c of el.childNodes) if (c.nodeType !== TEXT_NODE) n += 1 + countElements(c as LightElement);
  return n;
}

/**
 * Extracts an HTML article with a cascade, recording the method that won.
 *
 * (1) The page is parsed once into a light DOM (htmlparser2); its metadata and JSON-LD
 * `articleBody` are read and its chrome pruned (`pruneChrome`). (2) Own scorer (`findContent`): the
 * best-scoring container with its sibling and chunk containers → paragraphs, link-heavy ones dropped.
 * (3) Readability runs on every page as a second opinion, over the pruned page serialised again
 * (a fraction of the original, so a fraction of the cost). (4) `chooseCandidate` compares the two
 * (and the articleBody) by words and shingle overlap and picks `scorer`, `readability`,
 * `scorer+readability` (the scorer's text with prose only Readability found) or `json-ld`.
 * (5) Rescue when the winner is short: the whole pruned body, link-heavy paragraphs dropped
 * (`body-text`, PX209), if it has more words. Then `finish` cleans title, header and footer.
 */
export function extractHtml(content: string, opts: ExtractOptions, place: DiagnosticPlace): Draft {
  const light = parseLight(content);
  const pageMeta = readHtmlMetadata(light);
  const articleBody = readJsonLd(light)?.articleBody;
  const loginForm = light.querySelectorAll('input[type="password"]').length > 0;
  pruneChrome(light.body, opts.chromeMaxShare);
  const pick = findContent(light.body, opts);
  const dense = (p: HtmlParagraph): boolean => p.linkDensity <= opts.maxLinkDensity;
  const scorer: Candidate = {
    method: 'scorer',
    paragraphs: pick ? dropLinkBoxes(htmlToParagraphs(container(pick.nodes)), opts.maxLinkDensity) : [],
  };
  const diagnostics: Diagnostic[] = [];
  if (light.textCut > 0) {
    const message = `page text is longer than ${extractConfig.maxPageTextChars} characters; the last ${light.textCut} were left out`;
    diagnostics.push(diagnose('warning', 'PX218', 'extract', message, place));
  }
  if (jsonLdTooDeep(light)) {
    const message = `JSON-LD nested more than ${extractConfig.maxJsonLdDepth} levels deep; the deeper levels were ignored`;
    diagnostics.push(diagnose('warning', 'PX215', 'extract', message, place));
  }
  const elements = countElements(light.body);
  const second =
    opts.readabilityMaxElems > 0 && elements > opts.readabilityMaxElems
      ? {
          paragraphs: [],
          meta: {},
          diagnostics: [
            diagnose(
              'warning',
              'PX209',
              'extract',
              `page has ${elements} elements, more than ${opts.readabilityMaxElems}; readability skipped`,
              place,
            ),
          ],
        }
      : runReadability(`<html><body>${serializeLight(light.body)}</body></html>`, opts, place, true);
  diagnostics.push(...second.diagnostics);
  const chosen = chooseCandidate(
    scorer,
    { method: 'readability', paragraphs: second.paragraphs },
    articleBody,
  );
  let method = chosen.method;
  let paragraphs = chosen.paragraphs;
  if (wordsOf(paragraphs) < opts.minWords && wordsOf(second.paragraphs) > wordsOf(paragraphs)) {
    method = 'readability'; // a short page: the candidate with more words, as the check for usability needs
    paragraphs = second.paragraphs;
  }
  if (wordsOf(paragraphs) < opts.minWords) {
    const rescue = htmlToParagraphs(light.body).filter(dense);
    if (wordsOf(rescue) > wordsOf(paragraphs) || second.diagnostics.length > 0) {
      method = 'body-text';
      paragraphs = rescue;
    }
  }
  const extraMeta: Meta = method === 'readability' ? second.meta : {};
  const said: Record<string, [DiagnosticCode, string]> = {
    scorer: ['PX230', 'HTML extracted with the content scorer'],
    readability: ['PX208', 'HTML extracted with readability'],
    'scorer+readability': [
      'PX231',
      "HTML extracted with the content scorer, completed with readability's paragraphs",
    ],
    'json-ld': [
      'PX232',
      "HTML extracted from the page's JSON-LD articleBody: the page's blocks disagree with it",
    ],
  };
  const info = said[method];
  if (info) diagnostics.push(diagnose('info', info[0], 'extract', info[1], place));
  if (method === 'body-text' && !diagnostics.some((d) => d.code === 'PX209')) {
    const msg = 'neither the scorer nor readability found article content; using the whole-body fallback';
    diagnostics.push(diagnose('warning', 'PX209', 'extract', msg, place));
  }
  return finish(method, paragraphs, pageMeta, extraMeta, diagnostics, loginForm, opts, place);
}

/**
 * The common end of every method: the title loses its site-name suffix (or, when the page names none,
 * is the leading heading), leading date-only (`<time>`), headline and byline lines and trailing
 * boilerplate are removed, and a dateline may name the outlet.
 */
function finish(
  method: string,
  paragraphs: HtmlParagraph[],
  pageMeta: Meta,
  extraMeta: Meta,
  diagnostics: Diagnostic[],
  loginForm: boolean,
  opts: ExtractOptions,
  place: DiagnosticPlace,
): Draft {
  let meta = pageMeta;
  for (const field of ['title', 'outlet', 'author', 'language'] as const) {
    const found = extraMeta[field];
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
  const footer = stripBodyBoilerplate(leading.paragraphs, opts, place);
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
