/**
 * The page shell of the web UI: head, skip link, site header with search, main landmark, footer.
 *
 * Pages pass their body as HTML they built with every untrusted string escaped; the shell escapes
 * what it is given as text (title, query). No script and no inline style: the CSP forbids both.
 */
import { escapeHtml as esc } from '../render/escape-html.ts';
import { CSS_HREF } from './web-style.ts';

/** Which navigation item a page is (marked `aria-current="page"`); pages inside a section, such as a story, are none. */
export type Section = 'stories' | 'search' | 'submit' | null;

/** What a page gives the shell. */
export interface PageParts {
  /** The document title (text, escaped here); " · Parallax" is appended. */
  title: string;
  /** The HTML inside `<main>`; it holds the page's one `<h1>`. */
  body: string;
  section?: Section;
  /** The search box's current value (text). */
  query?: string;
  /** A wider page (the story page, for the outlets side by side); text keeps its measure. */
  wide?: boolean;
  /** Atom feeds that follow what the page shows, linked with `rel="alternate"`. */
  feeds?: Array<{ href: string; title: string }>;
}

const NAV: Array<[Exclude<Section, null>, string, string]> = [
  ['stories', '/', 'Stories'],
  ['search', '/search', 'Search'],
  ['submit', '/submit', 'Submit'],
];

/** Renders a whole HTML document around a page body. */
export function renderPage(parts: PageParts): string {
  const nav = NAV.map(
    ([key, href, label]) =>
      `<li><a href="${href}"${parts.section === key ? ' aria-current="page"' : ''}>${label}</a></li>`,
  ).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(parts.title)} · Parallax</title>
<link rel="stylesheet" href="${CSS_HREF}">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
${(parts.feeds ?? []).map((f) => `<link rel="alternate" type="application/atom+xml" title="${esc(f.title)}" href="${esc(f.href)}">\n`).join('')}</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site">
<div class="bar">
<a class="brand" href="/">Parallax</a>
<nav aria-label="Main"><ul>${nav}</ul></nav>
<form class="site-search" role="search" action="/search" method="get">
<label for="site-q" class="visually-hidden">Search stories and articles</label>
<input id="site-q" name="q" type="search" value="${esc(parts.query ?? '')}" placeholder="Search">
<button type="submit">Search</button>
</form>
</div>
</header>
<main id="main" class="page${parts.wide ? ' wide' : ''}" tabindex="-1">
${parts.body}
</main>
<footer class="site"><div class="bar"><p>Parallax: every line of a briefing links to the passages it rests on.</p></div></footer>
</body>
</html>
`;
}

/** The body of the "not found" page. */
export function notFoundBody(what: string): string {
  return `<h1>Not found</h1>\n<p>${esc(what)}</p>\n<p><a href="/">Back to the stories</a></p>`;
}

/** The whole "not found" page (served with status 404). */
export function notFoundPage(what = 'There is no page at this address.'): string {
  return renderPage({ title: 'Not found', body: notFoundBody(what) });
}

/** A page for an error a client can act on (bad token, body too large): its status and message. */
export function errorPage(
  status: number,
  message: string,
  back = { href: '/', label: 'Back to the stories' },
): string {
  const title =
    status === 401 || status === 403 ? 'Not allowed' : status === 413 ? 'Too large' : 'Something went wrong';
  return renderPage({
    title,
    body: `<h1>${title}</h1>\n<p>${esc(message)}</p>\n<p><a href="${esc(back.href)}">${esc(back.label)}</a></p>`,
  });
}
