/**
 * The style sheet of the HTML briefing: inlined, so the page needs nothing from the network.
 */

/**
 * CSS for the briefing page: system fonts, a ~70ch measure, light and dark schemes, and print rules.
 *
 * Colours come from custom properties so the dark scheme only redefines them.
 */
export const PAGE_CSS = `
:root {
  color-scheme: light dark;
  --bg: #fbfaf7; --fg: #1d1d22; --muted: #5c5b66; --rule: #e2dfd6; --accent: #1d5bb8;
  --mark: rgba(250, 204, 21, .22); --target: rgba(250, 204, 21, .75); --target-ring: #b45309;
  --dispute-bg: #fff4e0; --dispute-edge: #d97706; --dispute-fg: #7c2d12;
  --ok: #166534; --ok-bg: #dcfce7; --single: #44403c; --single-bg: #eeeae3; --bad: #9a3412; --bad-bg: #ffedd5;
  --card: #ffffff;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #17181c; --fg: #e7e5e0; --muted: #a3a1ab; --rule: #34343c; --accent: #8ab4f8;
    --mark: rgba(250, 204, 21, .16); --target: rgba(250, 204, 21, .45); --target-ring: #fbbf24;
    --dispute-bg: #2d2113; --dispute-edge: #f59e0b; --dispute-fg: #fcd34d;
    --ok: #86efac; --ok-bg: #14311f; --single: #d6d3d1; --single-bg: #2c2b29; --bad: #fdba74; --bad-bg: #3b2210;
    --card: #1e1f24;
  }
}
* { box-sizing: border-box; }
@media (prefers-reduced-motion: no-preference) { html { scroll-behavior: smooth; } }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font: 1.0625rem/1.65 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", Arial, sans-serif;
  -webkit-text-size-adjust: 100%; text-rendering: optimizeLegibility;
}
.page { max-width: 72ch; margin: 0 auto; padding: 2.5rem 1.25rem 4rem; }
a { color: var(--accent); }
h1, h2, h3 { line-height: 1.25; text-wrap: balance; }
h1 { font-size: 2rem; margin: 0 0 .4rem; letter-spacing: -.01em; }
h1.long { font-size: 1.45rem; }
h2 { font-size: 1.2rem; margin: 2.2rem 0 .6rem; padding-bottom: .25rem; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.02rem; margin: 1.2rem 0 .4rem; }
ul, ol { padding-left: 1.3rem; }
li { margin: .35rem 0; }
.masthead { font-size: .85rem; color: var(--muted); text-transform: uppercase; letter-spacing: .08em; margin: 0 0 1.5rem; }
.toc { border: 1px solid var(--rule); border-radius: 8px; padding: .6rem 1rem; margin-bottom: 2rem; background: var(--card); }
.toc ol { margin: .3rem 0; }
.story + .story { margin-top: 4rem; padding-top: 2rem; border-top: 3px double var(--rule); }
.byline { color: var(--muted); margin: 0 0 1rem; }
.byline a { color: inherit; }
.part-summary .line { font-size: 1.12rem; margin: .5rem 0; }
.cites { font-size: .78em; white-space: nowrap; margin-left: .2em; }
.cite { text-decoration: none; font-variant-numeric: tabular-nums; }
a.cite, .cite.broken, details.cite > summary { display: inline-block; min-width: 24px; min-height: 24px; line-height: 24px;
  text-align: center; border-radius: 6px; margin: 0 1px; padding: 0 .2em; }
.cite:hover, .cite:focus { text-decoration: underline; }
.cite.broken { color: var(--muted); text-decoration: line-through; }
.badge {
  display: inline-block; font-size: .72rem; font-weight: 600; letter-spacing: .03em; text-transform: uppercase;
  padding: .05rem .45rem; border-radius: 999px; margin-right: .35rem; vertical-align: .1em;
}
.badge.corroborated { color: var(--ok); background: var(--ok-bg); }
.badge.single-source { color: var(--single); background: var(--single-bg); }
.badge.disputed { color: var(--bad); background: var(--bad-bg); }
.support { color: var(--muted); font-size: .9em; white-space: nowrap; }
.callout {
  background: var(--dispute-bg); border-left: 4px solid var(--dispute-edge); border-radius: 6px;
  padding: .7rem 1rem; margin: .9rem 0;
}
.callout h3 { margin: 0 0 .3rem; color: var(--dispute-fg); }
.callout ul { margin: .3rem 0; }
.likely-error { margin: .5rem 0 0; }
.inserted { color: var(--muted); font-size: .92em; }
.part-themes .theme { border-left: 3px solid var(--accent); padding: .1rem 0 .1rem .9rem; margin: 1rem 0; }
.part-themes .theme h3 { margin: 0 0 .2rem; font-size: 1rem; }
.part-themes ul { margin: .2rem 0; }
ul.papers { list-style: none; padding-left: 0; }
ul.papers li { margin: .55rem 0; }
ul.papers .outlet { font-weight: 650; }
.likely-error strong { color: var(--dispute-fg); }
ol.timeline { list-style: none; padding-left: 0; border-left: 2px solid var(--rule); margin-left: .3rem; }
ol.timeline li { padding-left: 1rem; position: relative; }
ol.timeline li::before {
  content: ""; position: absolute; left: -6px; top: .6em; width: 10px; height: 10px; border-radius: 50%;
  background: var(--bg); border: 2px solid var(--accent);
}
ol.timeline time { display: block; font-weight: 600; font-size: .9rem; color: var(--muted); }
ul.quotes { list-style: none; padding-left: 0; }
ul.quotes li { border-left: 3px solid var(--rule); padding-left: .9rem; }
.quote { font-style: italic; }
.speaker { display: block; color: var(--muted); font-size: .92rem; }
.entities .kind, .entities .aliases { color: var(--muted); }
ol.passages { font-size: .9rem; color: var(--muted); }
ol.passages .passage { color: var(--fg); }
.source { margin-top: 1.5rem; }
.source + .source { border-top: 1px solid var(--rule); padding-top: .5rem; }
.source .meta, .notes { color: var(--muted); font-size: .9rem; }
.source .text { font-size: .97rem; }
.url { overflow-wrap: anywhere; }
mark { background: var(--mark); color: inherit; border-radius: 2px; scroll-margin-top: 35vh; }
mark:target { background: var(--target); box-shadow: 0 0 0 2px var(--target-ring); }
.part-notes ul, .diagnostics ul { font-size: .92rem; }
.diagnostics .error { color: var(--bad); }
footer { margin-top: 3rem; font-size: .85rem; color: var(--muted); }
@media (max-width: 520px) {
  .page { padding: 1.5rem 1rem 3rem; }
  h1 { font-size: 1.55rem; }
  h1.long { font-size: 1.25rem; }
  .part-summary .line { font-size: 1.05rem; }
}
@media print {
  :root { --bg: #fff; --fg: #000; --muted: #444; --card: #fff; --mark: transparent; }
  body { font-size: 10.5pt; }
  .page { max-width: none; padding: 0; }
  .toc { display: none; }
  a { color: inherit; text-decoration: none; }
  .callout, ul.quotes li, ol.timeline li, ul.facts li, .theme, ul.papers li { break-inside: avoid; }
  .cites { font-size: .65em; }
  .inserted { color: #444; }
  .story + .story, .sources { break-before: page; }
  h2, h3 { break-after: avoid; }
  mark { text-decoration: underline dotted; }
  .callout { border: 1px solid #000; border-left-width: 4px; }
}
`;
