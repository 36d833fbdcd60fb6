/**
 * Citations on web pages: every cited passage numbered once per story, each number a link to the
 * article page with the passage marked (`/articles/<id>?start=S&end=E#passage`).
 */
import type { StoryBriefing } from '../model/briefing.ts';
import type { Citation } from '../model/citation.ts';
import { citationKey, citationsInReadingOrder, passageOf } from '../render/citations.ts';
import { type ArticleIndex, ellipsise, outletOf } from '../render/describe-article.ts';
import { escapeHtml as esc } from '../render/escape-html.ts';
import { citationHref } from './links.ts';

/** Turns a list of citations into the numbered links shown after a line. */
export type CiteLinks = (cs: readonly Citation[]) => string;

/**
 * Every citation of a briefing in reading order, the per-outlet lines included (the web page shows
 * them in the outlets' columns, unlike the standalone renderer).
 */
function allCitations(story: StoryBriefing): Citation[] {
  return [
    ...citationsInReadingOrder(story),
    ...(story.papers?.length
      ? story.perSource.flatMap((p) => p.distinctive.flatMap((l) => l.citations))
      : []),
  ];
}

/**
 * Numbers the story's distinct passages from 1 and returns the function that renders a line's marks.
 *
 * Each mark is a disclosure (`<details>`): its number opens, by keyboard, touch or pointer and with no
 * script, the outlet and the passage (shortened to `passageChars`) with a link to the article page
 * where the passage is marked. A citation whose article is missing or whose range is not inside its
 * text is shown struck through, not linked.
 */
export function citeLinker(story: StoryBriefing, articles: ArticleIndex, passageChars: number): CiteLinks {
  const numbers = new Map<string, number>();
  for (const c of allCitations(story)) {
    const key = citationKey(c);
    if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
  }
  const numberOf = (c: Citation) => {
    const key = citationKey(c);
    if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
    return numbers.get(key)!;
  };
  // A passage cited by several lines is rendered once.
  const rendered = new Map<string, string>();
  const link = (c: Citation): string => {
    const key = citationKey(c);
    const done = rendered.get(key);
    if (done !== undefined) return done;
    const n = numberOf(c);
    const outlet = outletOf(articles.get(c.article), c.article);
    const passage = passageOf(articles, c);
    const html =
      passage === null
        ? `<span class="cite broken" title="passage not found">${n}<span class="visually-hidden"> (passage not found)</span></span>`
        : `<details class="cite"><summary>${n}<span class="visually-hidden">: source ${n}, ${esc(outlet)}</span></summary>` +
          `<span class="pop"><strong>${esc(outlet)}</strong>: “${esc(ellipsise(passage, passageChars))}” ` +
          `<a class="cite-open" href="${esc(citationHref(c))}">Read it in the article</a></span></details>`;
    rendered.set(key, html);
    return html;
  };
  return (cs) => (cs.length === 0 ? '' : `<span class="cites">${cs.map(link).join('')}</span>`);
}
