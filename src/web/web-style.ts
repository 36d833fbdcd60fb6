/**
 * The web UI's style sheet: the briefing's (`render/html-style.ts`) plus the site chrome, lists and forms.
 *
 * Served as `/assets/parallax.css` (the CSP allows no inline style); its URL carries a hash of the
 * text, so browsers may cache it for a year and still see a new version at once.
 */
import { PAGE_CSS } from '../render/html-style.ts';
import { hashId } from '../util/hash-id.ts';

const SITE_CSS = `
:root { --focus: #1d5bb8; --mark-strong: #fde68a; }
@media (prefers-color-scheme: dark) { :root { --focus: #8ab4f8; --mark-strong: #7c5c0b; } }
.visually-hidden {
  position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  clip-path: inset(50%); white-space: nowrap; margin: -1px; padding: 0; border: 0;
}
.skip { position: absolute; left: .5rem; top: -3rem; z-index: 10; background: var(--card); padding: .4rem .8rem;
  border: 2px solid var(--focus); border-radius: 6px; }
.skip:focus { top: .5rem; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 2px; }
main:focus { outline: none; }
header.site { border-bottom: 1px solid var(--rule); background: var(--card); }
header.site .bar { max-width: 42.5rem; margin: 0 auto; padding: .6rem 1.25rem; display: flex; flex-wrap: wrap;
  align-items: center; gap: .4rem 1.2rem; }
.brand { font-weight: 750; letter-spacing: .02em; color: var(--fg); text-decoration: none; font-size: 1.1rem; }
header.site nav ul { list-style: none; display: flex; gap: 1rem; margin: 0; padding: 0; }
header.site nav li { margin: 0; }
header.site nav a { text-decoration: none; }
header.site nav a:hover, header.site nav a[aria-current="page"] { text-decoration: underline; text-underline-offset: .25em; }
.site-search { display: flex; gap: .3rem; margin-left: auto; flex: 0 1 16rem; min-width: 0; }
.site-search input { width: 100%; }
input, textarea, button, select { font: inherit; color: inherit; }
input[type="search"], input[type="text"], input[type="password"], input[type="url"], textarea {
  background: var(--bg); border: 1px solid var(--muted); border-radius: 6px; padding: .35rem .55rem; min-width: 0;
}
.site-search input { flex: 1; }
button { background: var(--accent); color: var(--bg); border: 0; border-radius: 6px; padding: .4rem .9rem;
  font-weight: 600; cursor: pointer; }
footer.site { font-size: inherit; margin: 0; border-top: 1px solid var(--rule); }
footer.site .bar { max-width: 42.5rem; margin: 0 auto; padding: .5rem 1.25rem 2rem; }
footer.site p { font-size: .85rem; }
.page { padding-top: 1.5rem; max-width: 42.5rem; }
.page.wide { max-width: 82rem; }
.page.wide .story > * { max-width: 40rem; margin-left: auto; margin-right: auto; }
.page.wide .story > .part-outlets { max-width: none; }
.part-outlets > h2 { max-width: 40rem; margin-left: auto; margin-right: auto; }
.lede { color: var(--muted); margin-top: 0; }
.note { background: var(--card); border: 1px solid var(--rule); border-left: 4px solid var(--muted);
  border-radius: 6px; padding: .6rem .9rem; }
.note.warn { border-left-color: var(--dispute-edge); }
ol.stories { list-style: none; padding: 0; margin: 0; }
ol.stories li { padding: .85rem 0; border-bottom: 1px solid var(--rule); margin: 0; }
ol.stories h2 { font-size: 1.12rem; margin: 0 0 .25rem; padding: 0; border: 0; }
ol.stories h2 a { color: var(--fg); text-decoration: none; }
ol.stories h2 a:hover, ol.stories h2 a:focus-visible { text-decoration: underline; }
.meta { color: var(--muted); font-size: .92rem; margin: 0; }
.meta > * + *::before { content: " · "; }
.disagree { color: var(--dispute-fg); background: var(--dispute-bg); border: 1px solid var(--dispute-edge);
  border-radius: 999px; padding: 0 .5rem; font-size: .85rem; font-weight: 600; white-space: nowrap; }
.meta > .disagree::before { content: none; }
.meta > .disagree { margin-left: .35rem; }
h2 > .disagree { margin-left: .5rem; vertical-align: .12em; display: inline-block; }
nav.pages { display: flex; justify-content: space-between; gap: 1rem; margin: 1.5rem 0; }
.outlets { display: grid; grid-template-columns: repeat(auto-fit, minmax(14.5rem, 1fr)); gap: .8rem; padding: 0;
  list-style: none; }
.outlets > li { margin: 0; background: var(--card); border: 1px solid var(--rule); border-radius: 8px;
  padding: .7rem .85rem; min-width: 0; overflow-wrap: anywhere; }
.outlets h3 { margin: 0 0 .2rem; font-size: 1rem; }
.outlets .title { margin: 0 0 .3rem; font-size: .95rem; }
.outlets ul { font-size: .92rem; padding-left: 1.1rem; margin: .4rem 0 0; }
.outlets .dup { color: var(--muted); font-size: .88rem; margin: .3rem 0 0; }
.story-nav { font-size: .92rem; margin: 0 0 1rem; }
ol.versions { list-style: none; padding: 0; }
ol.versions > li { border-left: 3px solid var(--rule); padding: .2rem 0 .2rem .9rem; margin: 1rem 0; }
ol.versions h2 { font-size: 1.05rem; margin: 0 0 .3rem; border: 0; padding: 0; }
ol.versions ul { margin: .2rem 0; }
.article-text p { margin: 0 0 1rem; }
.article-text mark { background: var(--mark-strong); }
.article-text mark:target { box-shadow: 0 0 0 3px var(--target-ring); }
dl.facts-list { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; font-size: .95rem; }
dl.facts-list dt { color: var(--muted); }
dl.facts-list dd { margin: 0; overflow-wrap: anywhere; min-width: 0; }
ol.hits { padding-left: 1.3rem; }
ol.hits .kind { color: var(--muted); font-size: .85rem; text-transform: uppercase; letter-spacing: .05em; }
ol.hits .snippet { margin: .15rem 0 0; }
form.submit { display: grid; gap: 1rem; }
form.submit .field { display: grid; grid-template-columns: minmax(0, 1fr); gap: .3rem; }
form.submit label { font-weight: 600; }
form.submit .hint { color: var(--muted); font-size: .9rem; margin: 0; }
form.submit textarea { min-height: 14rem; width: 100%; }
form.submit fieldset { border: 1px solid var(--rule); border-radius: 8px; display: grid; gap: 1rem; margin: 0; min-width: 0; }
input[type="file"] { max-width: 100%; }
form.submit button { justify-self: start; }
details.more { margin: 1rem 0; }
details.more summary { cursor: pointer; color: var(--accent); }
.diagnostics li { font-size: .92rem; }
details.cite { display: inline-block; vertical-align: baseline; }
details.cite[open] { display: block; white-space: normal; }
details.cite > summary { list-style: none; cursor: pointer; color: var(--accent); border: 1px solid var(--rule); }
details.cite > summary::-webkit-details-marker { display: none; }
details.cite[open] > summary { background: var(--accent); color: var(--bg); border-color: var(--accent); }
details.cite > .pop { display: block; white-space: normal; font-size: 1rem; line-height: 1.5; margin: .3rem 0 .5rem;
  padding: .5rem .75rem; background: var(--card); border: 1px solid var(--rule); border-left: 3px solid var(--accent);
  border-radius: 6px; color: var(--fg); }
.cite-open { display: inline-block; min-height: 24px; line-height: 24px; }
a.badge { text-decoration: none; min-height: 24px; line-height: 22px; }
a.badge:hover, a.badge:focus-visible { text-decoration: underline; }
.toc { margin: 1rem 0 1.5rem; }
.toc-title { font-size: 1rem; margin: 0 0 .3rem; padding: 0; border: 0; }
.toc ol { display: flex; flex-wrap: wrap; gap: .1rem 1.2rem; list-style: none; padding: 0; margin: 0; }
.toc li { margin: 0; }
.toc a { display: inline-block; min-height: 24px; line-height: 24px; padding: .1rem 0; }
.part > h2 { scroll-margin-top: 1rem; }
.summary-line { margin: .1rem 0 .3rem; }
figure.coverage { margin: 1.5rem auto; }
.coverage-chart { display: block; width: 100%; height: auto; margin: .4rem 0; }
.coverage-chart .row { stroke: var(--rule); }
.coverage-chart .axis { stroke: var(--muted); }
.coverage-chart .dot { fill: var(--accent); }
.coverage-chart .dot.first { fill: var(--card); stroke: var(--accent); stroke-width: 3; }
.coverage-chart .change { stroke: var(--dispute-edge); stroke-width: 1.5; stroke-dasharray: 3 3; }
.coverage-chart text { fill: var(--fg); font-size: 12px; }
.coverage-chart .tick, .coverage-chart .change-label { fill: var(--muted); font-size: 11px; }
figure.coverage figcaption { font-size: .95rem; }
.coverage-table { border-collapse: collapse; font-size: .92rem; }
.coverage-table th, .coverage-table td { text-align: left; padding: .2rem .8rem .2rem 0; border-bottom: 1px solid var(--rule); }
details.filters { margin: 0 0 1rem; }
details.filters > summary { cursor: pointer; color: var(--accent); min-height: 24px; }
form.filters { display: flex; flex-wrap: wrap; gap: .6rem 1rem; align-items: end; margin: 0 0 1rem; padding: .6rem .8rem;
  border: 1px solid var(--rule); border-radius: 8px; background: var(--card); }
form.filters .field { display: grid; gap: .2rem; font-size: .92rem; min-width: 0; max-width: 100%; }
form.filters .actions { display: flex; gap: .8rem; align-items: center; }
select, input[type="date"] { background: var(--bg); border: 1px solid var(--muted); border-radius: 6px; padding: .3rem .5rem;
  min-height: 24px; max-width: 100%; }
header.site nav a, ol.stories h2 a, nav.pages a { display: inline-block; min-height: 24px; }
@media (max-width: 520px) {
  header.site .bar { padding: .5rem 1rem; }
  .site-search { max-width: none; flex-basis: 100%; }
  dl.facts-list { grid-template-columns: 1fr; }
  dl.facts-list dd { margin-bottom: .4rem; }
}
`;

/** The site icon: a small SVG (served from `/assets/favicon.svg`, so browsers do not ask for a missing one). */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1d5bb8"/><path d="M9 24V8h8a5 5 0 0 1 0 10h-4v6z" fill="#fbfaf7"/></svg>`;

/** The whole style sheet of the web UI. */
export const WEB_CSS = `${PAGE_CSS}${SITE_CSS}`;

/** The style sheet's URL, versioned by a hash of its text. */
export const CSS_HREF = `/assets/parallax.css?v=${hashId('', WEB_CSS).slice(0, 8)}`;
