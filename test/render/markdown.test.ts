import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderArticlesMarkdown, renderMarkdown } from '../../src/render/index.ts';
import { expected, loadBrief } from './load-fixture.ts';

const SECTIONS = [
  'What happened',
  'Key facts',
  'Where sources differ',
  "What's behind the headline",
  'What the papers say',
  'How we got here',
  'Who said what',
  'People, organisations and places',
  'Questions to go deeper',
  'Sources',
];

test('markdown has the headline, the outlets line and every section, in order', () => {
  const md = renderMarkdown(loadBrief('full-story'));
  assert.match(md, /^# Kestrel Bay tidal bridge to Orrin opens after six years\n/);
  assert.match(md, /Harbour & Hill Ledger \(2031-04-12\) · Valemont Courier \(2031-04-13\)/);
  const positions = SECTIONS.map((s) => md.indexOf(`\n## ${s}\n`));
  for (const [i, p] of positions.entries()) assert.ok(p > 0, `missing section ${SECTIONS[i]}`);
  assert.deepEqual(
    [...positions].sort((a, b) => a - b),
    positions,
  );
});

test('markdown matches the reviewed golden file', () => {
  const md = renderMarkdown(loadBrief('full-story'));
  assert.equal(md, expected('full-story', 'expected.md', md));
});

test('empty sections are left out', () => {
  const out = loadBrief('full-story');
  const story = out.stories[0];
  story.disputes = [];
  story.quotes = [];
  story.timeline = [];
  story.questions = [];
  story.entities = [];
  story.perSource = story.perSource.map((p) => ({ ...p, distinctive: [] }));
  delete story.themes;
  story.papers = [];
  const md = renderMarkdown(out);
  for (const gone of [
    'Where sources differ',
    'Who said what',
    'How we got here',
    'Questions to go deeper',
    'People, organisations',
    'What each outlet adds',
    "What's behind the headline",
    'What the papers say',
  ]) {
    assert.ok(!md.includes(gone), `section "${gone}" should be left out`);
  }
  assert.ok(md.includes('## Key facts'));
});

test('every [n] marker has an entry in the Sources list and the numbers run from 1 without gaps', () => {
  const md = renderMarkdown(loadBrief('full-story'));
  const [body, sources] = md.split('\n## Sources\n');
  const used = new Set([...body.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
  const listed = [...sources.matchAll(/^- \[(\d+)\] /gm)].map((m) => Number(m[1]));
  assert.deepEqual(
    listed,
    listed.map((_, i) => i + 1),
  );
  assert.deepEqual(
    [...used].sort((a, b) => a - b),
    listed,
  );
});

test('the same passage cited twice gets the same number', () => {
  const md = renderMarkdown(loadBrief('full-story'));
  // the disputed fact cites the same two passages as the second summary line
  assert.match(md, /\*\*Disputed:\*\* The bridge cost 12 million crowns\. \[4\]\[5\] — 2 outlets/);
});

test('facts say how many outlets support them; disputes name outlets and the likely error', () => {
  const md = renderMarkdown(loadBrief('full-story'));
  assert.match(md, /southern pier\. \[10\] — 1 outlet\n/);
  assert.match(md, /- \*\*21 million crowns\*\* — Valemont Courier \[12\]/);
  assert.match(md, /\*Likely error:\* Valemont Courier \(21 million crowns\)\. It reverses/);
  assert.match(md, /- 2025-05 — Construction began\. \[8\]\[9\]/);
  assert.match(md, /- Unattributed: “a day for both shores” \[\d+\]/);
  assert.match(md, /- Ilse Varga \(Varga, Mayor Varga\) — person; Mayor/);
  assert.match(md, /- Tessaly Works — organisation; contractor/);
});

test('long cited passages are cut at a word and ellipsised in the Sources list', () => {
  const md = renderMarkdown(loadBrief('full-story'), { snippetChars: 30 });
  assert.match(md, /- \[11\] Harbour & Hill Ledger, “[^”]+”: “The 840-metre span cost 12…”/);
});

test('a citation to an unknown article says the passage was not found instead of failing', () => {
  const out = loadBrief('full-story');
  out.stories[0].questions = [];
  out.stories[0].summary[0].citations.push({ article: 'a000000000000', start: 0, end: 5 });
  assert.match(renderMarkdown(out), /- \[3\] a000000000000 \(passage not found\)/);
});

test('no stories gives a short explanation, not an empty page', () => {
  const out = loadBrief('full-story');
  out.stories = [];
  assert.match(renderMarkdown(out), /^# No briefing\n\nNo story could be built from 2 articles/);
});

test('articles markdown shows metadata, unknown fields, notes and text', () => {
  const out = loadBrief('full-story');
  const md = renderArticlesMarkdown({ articles: out.articles, diagnostics: out.diagnostics });
  assert.match(md, /^# Kestrel Bay's tidal bridge opens after six-year wait\n/);
  assert.match(md, /- Outlet: Valemont Courier\n- Author: unknown\n/);
  assert.match(md, /- Extracted with: readability/);
  assert.match(md, /## Notes\n\n- warning: no publication date in the page; used the file header \[PX206\]/);
  assert.ok(md.includes('Engineers from Tessaly Works'));
  assert.equal(md.split('\n---\n').length, 2);
});

test('a dispute topic is capitalised as a heading', () => {
  const out = loadBrief('full-story');
  out.stories[0].disputes[0].topic = 'number of crowns';
  assert.match(renderMarkdown(out), /\n\*\*Number of crowns\*\*\n/);
});

test('an article without outlet is named by its URL host, as standard input, or "outlet unknown" with its id, never its file name', () => {
  const out = loadBrief('full-story');
  const [a, b] = out.articles;
  a.outlet = null;
  b.outlet = null;
  b.path = '-';
  const md = renderMarkdown(out);
  assert.match(md, /\*2 articles: ledger\.example \(2031-04-12\) · standard input \(2031-04-13\)\*/);
  delete a.url;
  // The byline counts the articles that name no outlet instead of listing their ids; the id stays
  // where it tells sources apart (the Sources list).
  const byline = renderMarkdown(out).split('\n')[2];
  assert.equal(byline, '*2 articles: standard input (2031-04-13) · 1 with no outlet named*');
  assert.ok(renderMarkdown(out).includes(`outlet unknown (${a.id})`));
  b.path = 'b.txt';
  assert.equal(renderMarkdown(out).split('\n')[2], '*2 articles: no outlet named*');
  b.outlet = 'Reuters';
  assert.equal(
    renderMarkdown(out).split('\n')[2],
    '*2 articles: Reuters (2031-04-13) · 1 with no outlet named · outlet kinds: 1 wire*',
  );
  assert.ok(!renderMarkdown(out).includes('bridge.html ('));
});

test('themes are headed by their label; papers lines set the outlet label in bold and keep the passage', () => {
  const md = renderMarkdown(loadBrief('full-story'));
  assert.match(md, /### Residents · Orrin\n\n- Residents of Orrin can now drive to the mainland\. \[\d+\]/);
  assert.match(
    md,
    /- \*\*Valemont Courier\*\* reports that the council will review the ferry service next month\. \[\d+\]/,
  );
  // With papers present, the older per-outlet list is not repeated.
  assert.ok(!md.includes('## What each outlet adds'));
});

test('dispute values read as people write them: dates in words, large numbers grouped', () => {
  const out = loadBrief('full-story');
  out.stories[0].disputes = [
    {
      topic: 'date of the main event',
      variants: [
        { value: '2031-04-11', citations: out.stories[0].summary[0].citations.slice(0, 1) },
        { value: '18000000', citations: out.stories[0].summary[0].citations.slice(1, 2) },
      ],
    },
  ];
  const md = renderMarkdown(out);
  assert.match(md, /- \*\*11 April 2031\*\* — /);
  assert.match(md, /- \*\*18,000,000\*\* — /);
});
