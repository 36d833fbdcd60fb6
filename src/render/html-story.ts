/**
 * The HTML of one story's briefing: its sections, every line followed by links to its cited passages.
 */
import type { Dispute, Entity, Fact, Line, StoryBriefing } from '../model/briefing.ts';
import type { Citation } from '../model/citation.ts';
import { type CitationNumbers, citationId, numberCitations, passageOf } from './citations.ts';
import {
  type ArticleIndex,
  capitalise,
  dayOf,
  ellipsise,
  humanDate,
  oneLine,
  outletOf,
  shownValue,
} from './describe-article.ts';
import { escapeHtml as esc } from './escape-html.ts';
import { kindLabel, statusLabel } from './labels.ts';

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

/** Renders one story as an `<article>` element. */
export function renderStoryHtml(story: StoryBriefing, ctx: StoryContext): string {
  const nums = numberCitations(story);
  const cites = (cs: Citation[]) => citeLinks(cs, nums, ctx);
  const line = (text: string, cs: Citation[]) => `${withInsertions(oneLine(text))}${cites(cs)}`;
  const outlet = (id: string) => esc(outletOf(ctx.articles.get(id), id));
  const list = (cls: string, items: string[], tag = 'ul') =>
    `<${tag} class="${cls}">\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</${tag}>`;
  const sections: string[] = [];
  const section = (cls: string, title: string, body: string, count: number) => {
    if (count > 0)
      sections.push(`<section class="part part-${cls}">\n<h2>${esc(title)}</h2>\n${body}\n</section>`);
  };
  section(
    'summary',
    'What happened',
    story.summary.map((l) => `<p>${line(l.text, l.citations)}</p>`).join('\n'),
    story.summary.length,
  );
  section(
    'facts',
    'Key facts',
    list(
      'facts',
      story.facts.map((f) => factItem(f, line)),
    ),
    story.facts.length,
  );
  section(
    'disputes',
    'Where sources differ',
    story.disputes.map((d) => disputeCallout(d, cites, outlet)).join('\n'),
    story.disputes.length,
  );
  const themes = story.themes ?? [];
  section(
    'themes',
    "What's behind the headline",
    themes
      .map(
        (t) =>
          `<section class="theme">\n<h3>${esc(oneLine(t.label))}</h3>\n${list(
            'theme-lines',
            t.lines.map((l) => line(l.text, l.citations)),
          )}\n</section>`,
      )
      .join('\n'),
    themes.length,
  );
  const papers = story.papers ?? [];
  section(
    'papers',
    'What the papers say',
    list(
      'papers',
      papers.map((l) => paperItem(l, ctx, line)),
    ),
    papers.length,
  );
  section(
    'timeline',
    'How we got here',
    list(
      'timeline',
      story.timeline.map(
        (e) =>
          `<time datetime="${esc(e.date)}">${esc(humanDate(e.date))}</time> ${line(e.text, e.citations)}`,
      ),
      'ol',
    ),
    story.timeline.length,
  );
  section(
    'quotes',
    'Who said what',
    list(
      'quotes',
      story.quotes.map(
        (q) =>
          `<span class="quote">“${esc(oneLine(q.text))}”</span>${cites(q.citations)}` +
          `<span class="speaker">— ${q.speaker ? esc(oneLine(q.speaker)) : 'unattributed'}</span>`,
      ),
    ),
    story.quotes.length,
  );
  // The papers section gives each outlet's angle; the older per-source list shows only without it.
  const adds = papers.length ? [] : story.perSource.filter((p) => p.distinctive.length > 0);
  section(
    'per-source',
    'What each outlet adds',
    adds
      .map(
        (p) =>
          `<h3>${outlet(p.article)}</h3>\n${list(
            'adds',
            p.distinctive.map((l) => line(l.text, l.citations)),
          )}`,
      )
      .join('\n'),
    adds.length,
  );
  section(
    'entities',
    'People, organisations and places',
    list('entities', story.entities.map(entityItem)),
    story.entities.length,
  );
  section(
    'questions',
    'Questions to go deeper',
    list(
      'questions',
      story.questions.map((q) => esc(oneLine(q))),
    ),
    story.questions.length,
  );
  section('passages', 'Sources', passageList(nums, ctx), nums.list.length);
  return [
    `<article class="story" id="${storyAnchor(story.id)}">`,
    `<h1${story.headline.length > ctx.longHeadlineChars ? ' class="long"' : ''}>${esc(oneLine(story.headline))}</h1>`,
    `<p class="byline">${bylineHtml(story, ctx)}</p>`,
    ...sections,
    '</article>',
  ].join('\n');
}

/** The numbered links after a line; a citation that points nowhere is shown struck through, not linked. */
function citeLinks(cs: Citation[], nums: CitationNumbers, ctx: StoryContext): string {
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
  return story.articles
    .map((id) => {
      const article = ctx.articles.get(id);
      const day = dayOf(article);
      const date = day ? ` <time datetime="${esc(day)}">${esc(humanDate(day))}</time>` : '';
      return `<a href="#${articleAnchor(id)}">${esc(outletOf(article, id))}</a>${date}`;
    })
    .join(' · ');
}

/** Escapes a line, setting the brief's bracketed date insertions apart from the source's words. */
function withInsertions(text: string): string {
  return esc(text).replace(
    / \[(\d{1,2} [A-Z][a-z]+ \d{4})\]/g,
    ' <span class="inserted" title="date resolved by Parallax, not in the source">[$1]</span>',
  );
}

/** A papers line: the outlet label in bold, then the cited passage. */
function paperItem(l: Line, ctx: StoryContext, line: (text: string, cs: Citation[]) => string): string {
  const outlet = outletOf(ctx.articles.get(l.citations[0]?.article ?? ''), l.citations[0]?.article);
  const label = `${outlet} reports that `;
  if (!l.text.startsWith(label)) return line(l.text, l.citations);
  return `<strong class="outlet">${esc(outlet)}</strong> reports that ${line(l.text.slice(label.length), l.citations)}`;
}

function factItem(f: Fact, line: (text: string, cs: Citation[]) => string): string {
  const support = `${f.sources} ${f.sources === 1 ? 'outlet' : 'outlets'}`;
  const badge = `<span class="badge ${esc(f.status)}">${esc(statusLabel(f.status))}</span>`;
  return `${badge}${line(f.text, f.citations)} <span class="support">— ${support}</span>`;
}

/** One dispute as a callout: its variants with the outlets and citations of each, and the likely error. */
export function disputeCallout(
  d: Dispute,
  cites: (cs: Citation[]) => string,
  outlet: (id: string) => string,
): string {
  const variants = d.variants.map((v) => {
    const outlets = [...new Set(v.citations.map((c) => outlet(c.article)))].join(', ');
    return `<li><strong>${esc(shownValue(v.value))}</strong>${outlets ? ` — ${outlets}` : ''}${cites(v.citations)}</li>`;
  });
  const parts = [
    '<aside class="callout dispute" role="note">',
    `<h3><span aria-hidden="true">⚠</span> ${esc(capitalise(oneLine(d.topic)))}</h3>`,
    `<ul>\n${variants.join('\n')}\n</ul>`,
  ];
  if (d.why) parts.push(`<p class="dispute-why">Why this is a disagreement: ${esc(oneLine(d.why))}.</p>`);
  if (d.likelyError) {
    const e = d.likelyError;
    const value = e.value ? ` (${esc(shownValue(e.value))})` : '';
    parts.push(
      `<p class="likely-error"><strong>Likely error:</strong> ${outlet(e.article)}${value}. ${esc(oneLine(e.reason))}</p>`,
    );
  }
  parts.push('</aside>');
  return parts.join('\n');
}

function entityItem(e: Entity): string {
  const aliases = e.aliases.length
    ? ` <span class="aliases">(${esc(e.aliases.map(oneLine).join(', '))})</span>`
    : '';
  const roles = e.roles?.length ? `; ${esc(e.roles.map(oneLine).join(', '))}` : '';
  const n = e.articles.length;
  const seen = n ? ` <span class="support">· in ${n} ${n === 1 ? 'article' : 'articles'}</span>` : '';
  return `<strong>${esc(oneLine(e.name))}</strong>${aliases} <span class="kind">— ${esc(kindLabel(e.kind))}${roles}</span>${seen}`;
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
