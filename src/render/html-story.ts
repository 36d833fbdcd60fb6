/**
 * The HTML of one story's briefing: its sections, every line followed by links to its cited passages.
 */
import type { StoryBriefing } from '../model/briefing.ts';
import type { Citation } from '../model/citation.ts';
import {
  briefingSections,
  closingSections,
  lineHtml,
  list,
  type SectionContext,
  section,
} from './briefing-sections.ts';
import { type CitationNumbers, citationId, numberCitations, passageOf } from './citations.ts';
import {
  type ArticleIndex,
  bylineParts,
  ellipsise,
  humanDate,
  oneLine,
  outletOf,
  unnamedPhrase,
} from './describe-article.ts';
import { escapeHtml as esc } from './escape-html.ts';

/** What rendering a story needs besides the story. */
export interface StoryContext {
  articles: ArticleIndex;
  /** Longest passage shown in a citation's tooltip. */
  tooltipChars: number;
  /** Longest passage quoted in the story's list of sources. */
  snippetChars: number;
  /** Headlines longer than this are set smaller. */
  longHeadlineChars: number;
}

/** The HTML id of a story (`s-<id>`). */
export function storyAnchor(id: string): string {
  return `s-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** The HTML id of an article's full text in the "Articles" section (`a-<id>`). */
export function articleAnchor(id: string): string {
  return `a-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** Renders one story as an `<article>` element: the shared sections, then what each outlet adds and the sources. */
export function renderStoryHtml(story: StoryBriefing, ctx: StoryContext): string {
  const nums = numberCitations(story);
  const sections: SectionContext = {
    articles: ctx.articles,
    cite: (cs) => citeLinks(cs, nums, ctx),
    idPrefix: `${storyAnchor(story.id)}-`,
  };
  // The papers section gives each outlet's angle; the older per-source list shows only without it.
  const adds = story.papers?.length ? [] : story.perSource.filter((p) => p.distinctive.length > 0);
  const parts = [
    ...briefingSections(story, sections),
    section(
      sections,
      'per-source',
      'What each outlet adds',
      adds
        .map(
          (p) =>
            `<h3>${esc(outletOf(ctx.articles.get(p.article), p.article))}</h3>\n${list(
              'adds',
              p.distinctive.map((l) => lineHtml(l, sections)),
            )}`,
        )
        .join('\n'),
      adds.length,
    ),
    ...closingSections(story, sections),
    section(sections, 'passages', 'Sources', passageList(nums, ctx), nums.list.length),
  ];
  return [
    `<article class="story" id="${storyAnchor(story.id)}">`,
    `<h1${story.headline.length > ctx.longHeadlineChars ? ' class="long"' : ''}>${esc(oneLine(story.headline))}</h1>`,
    `<p class="byline">${bylineHtml(story, ctx)}</p>`,
    ...parts.flatMap((p) => (p ? [p.html] : [])),
    '</article>',
  ].join('\n');
}

/** The numbered links after a line; a citation that points nowhere is shown struck through, not linked. */
function citeLinks(cs: readonly Citation[], nums: CitationNumbers, ctx: StoryContext): string {
  if (cs.length === 0) return '';
  const links = cs.map((c) => {
    const n = nums.number(c);
    const passage = passageOf(ctx.articles, c);
    const outlet = outletOf(ctx.articles.get(c.article), c.article);
    if (passage === null) return `<span class="cite broken" title="passage not found">${n}</span>`;
    const tip = `${outlet}: “${ellipsise(passage, ctx.tooltipChars)}”`;
    return `<a class="cite" href="#${citationId(c)}" title="${esc(tip)}" aria-label="source ${n}, ${esc(outlet)}">${n}</a>`;
  });
  return `<span class="cites">${links.join('')}</span>`;
}

function bylineHtml(story: StoryBriefing, ctx: StoryContext): string {
  const { named, unnamed, kinds } = bylineParts(story.articles, ctx.articles);
  const parts = named.map(({ id, name, day }) => {
    const date = day ? ` <time datetime="${esc(day)}">${esc(humanDate(day))}</time>` : '';
    return `<a href="#${articleAnchor(id)}">${esc(name)}</a>${date}`;
  });
  if (unnamed) parts.push(esc(unnamedPhrase(unnamed, named.length)));
  // The kinds of outlet the registry lists ("1 wire, 1 unlisted"), as the story page counts them.
  return `${parts.join(' · ')}${kinds ? ` · <span class="kinds">outlet kinds: ${esc(kinds)}</span>` : ''}`;
}

/** The story's numbered passages: outlet, title and the passage, each linked to its place in the full text. */
function passageList(nums: CitationNumbers, ctx: StoryContext): string {
  const items = nums.list.map((c) => {
    const article = ctx.articles.get(c.article);
    const passage = passageOf(ctx.articles, c);
    const title = article?.title ? `, “${esc(oneLine(article.title))}”` : '';
    const quoted =
      passage === null
        ? ' <em>(passage not found)</em>'
        : `: <a class="passage" href="#${citationId(c)}">“${esc(ellipsise(passage, ctx.snippetChars))}”</a>`;
    return `<li>${esc(outletOf(article, c.article))}${title}${quoted}</li>`;
  });
  return `<ol class="passages">\n${items.map((i) => i).join('\n')}\n</ol>`;
}
