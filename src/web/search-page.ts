/**
 * The search page (`/search?q=`): stories and articles whose text matches, each with a plain-text snippet.
 */
import { oneLine } from '../render/describe-article.ts';
import { escapeHtml as esc } from '../render/escape-html.ts';
import type { SearchHit } from '../store/records.ts';
import { renderPage } from './layout.ts';
import { articleHref, searchFeedHref, storyHref } from './links.ts';

/** What the search page shows: the query, and its hits or why there are none. */
export interface SearchView {
  query: string;
  hits: SearchHit[];
  /** Set when the search could not run (shown instead of the hits). */
  error?: string;
}

function hitItem(h: SearchHit): string {
  const href = h.kind === 'story' ? storyHref(h.id) : articleHref(h.id);
  const title = oneLine(h.title) || (h.kind === 'story' ? 'Untitled story' : 'Untitled article');
  const story = h.kind === 'article' && h.storyId ? ` · <a href="${storyHref(h.storyId)}">its story</a>` : '';
  return `<li><span class="kind">${h.kind}</span><br><a href="${href}">${esc(title)}</a>${story}<p class="snippet meta">${esc(
    oneLine(h.snippet),
  )}</p></li>`;
}

/** Renders the search page (a form, then the results when there is a query). */
export function renderSearchPage(view: SearchView): string {
  const q = view.query.trim();
  const form = `<form class="submit" role="search" action="/search" method="get">
<div class="field"><label for="q">Words to look for</label>
<input id="q" name="q" type="search" value="${esc(q)}"></div>
<button type="submit">Search</button>
</form>`;
  let results = '';
  if (view.error) results = `<p class="note warn" role="status">${esc(view.error)}</p>`;
  else if (q && view.hits.length === 0)
    results = `<p class="note" role="status">Nothing matches “${esc(q)}”.</p>`;
  else if (q)
    results = `<h2>${view.hits.length} ${view.hits.length === 1 ? 'result' : 'results'} for “${esc(q)}”</h2>
<p class="meta"><a href="${esc(searchFeedHref(q))}" type="application/atom+xml">Follow this search (Atom feed)</a></p>
<ol class="hits">
${view.hits.map(hitItem).join('\n')}
</ol>`;
  return renderPage({
    title: q ? `Search: ${q}` : 'Search',
    section: 'search',
    query: q,
    feeds: q ? [{ href: searchFeedHref(q), title: `Follow the search “${q}” (Atom)` }] : [],
    body: `<h1>Search</h1>\n${form}\n${results}`,
  });
}
