import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { citationsInReadingOrder, isValidRange } from '../../src/render/citations.ts';
import { escapeHtml, renderHtml } from '../../src/render/index.ts';
import { loadBrief } from './load-fixture.ts';

function ids(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
}

function internalTargets(html: string): string[] {
  return [...html.matchAll(/href="#([^"]*)"/g)].map((m) => m[1]);
}

test('the fixture is sound: every citation is a valid range of a known article', () => {
  const out = loadBrief('full-story');
  const texts = new Map(out.articles.map((a) => [a.id, a.text]));
  for (const c of out.stories.flatMap(citationsInReadingOrder)) {
    const text = texts.get(c.article);
    assert.ok(text !== undefined && isValidRange(c, text.length), JSON.stringify(c));
  }
  for (const q of out.stories[0].quotes) {
    const c = q.citations[0];
    assert.equal(texts.get(c.article)?.slice(c.start, c.end), q.text);
  }
});

test('html is one standalone page: nothing fetched, no script, a strict CSP', () => {
  const html = renderHtml(loadBrief('full-story'));
  assert.match(html, /^<!doctype html>\n<html lang="en">/);
  assert.ok(!/\ssrc=/i.test(html), 'no src=');
  assert.ok(!/href="?(https?:)?\/\//i.test(html), 'no external href');
  assert.ok(!/<script|<link|@import|url\(/i.test(html), 'no script, link, @import or url()');
  assert.ok(
    html.includes(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    ),
  );
  assert.match(html, /@media \(prefers-color-scheme: dark\)/);
  assert.match(html, /@media print/);
});

test('every internal link lands on an element of the page, and ids are unique', () => {
  const html = renderHtml(loadBrief('full-story'));
  const all = ids(html);
  assert.equal(new Set(all).size, all.length, 'duplicate id');
  const targets = internalTargets(html);
  const citationLinks = targets.filter((t) => t.startsWith('c-'));
  assert.ok(citationLinks.length >= 20);
  for (const t of targets) assert.ok(all.includes(t), `no element with id ${t}`);
});

test('each citation link lands on a mark that holds exactly the cited passage', () => {
  const out = loadBrief('full-story');
  const html = renderHtml(out);
  const c = out.stories[0].disputes[0].variants[1].citations[0];
  const id = `c-${c.article}-${c.start}-${c.end}`;
  const passage = out.articles[1].text.slice(c.start, c.end);
  const { document } = parseHTML(html);
  assert.equal(document.getElementById(id)?.textContent, passage);
  assert.equal(document.getElementById(id)?.tagName, 'MARK');
});

test('an overlapping passage is split, and every piece is highlighted when it is the target', () => {
  const html = renderHtml(loadBrief('full-story'));
  // summary [0..87) and timeline [60..147) cross in the first paragraph of the first article
  const id = 'c-a3f1c0de0a01b-60-147';
  const { document } = parseHTML(html);
  const pieces = [...document.querySelectorAll(`mark[data-c="${id}"]`)].map((m) => m.textContent).join('');
  const text = loadBrief('full-story').articles[0].text;
  assert.equal(pieces, text.slice(60, 147));
  assert.equal(document.querySelectorAll(`mark[data-c="${id}"]`).length, 2);
  assert.ok(html.includes(`:root:has(#${id}:target) mark[data-c="${id}"]`));
});

test('disputes stand out in a callout with the likely error; facts carry their status', () => {
  const html = renderHtml(loadBrief('full-story'));
  assert.match(
    html,
    /<aside class="callout dispute" role="note" id="[^"]+-dispute-1">\n<h3>.*Cost of the bridge<\/h3>/,
  );
  assert.match(html, /<strong>Likely error:<\/strong> Valemont Courier \(21 million crowns\)/);
  assert.match(
    html,
    /<a class="badge disputed" href="#s-[^"]+-dispute-1">disputed: Cost of the bridge<\/a>The bridge cost 12 million crowns\./,
  );
  assert.match(html, /<time datetime="2025-05">May 2025<\/time> Construction began\./);
});

test('empty sections are left out of the page', () => {
  const out = loadBrief('full-story');
  out.stories[0].disputes = [];
  out.stories[0].quotes = [];
  const html = renderHtml(out);
  assert.ok(!html.includes('Where sources differ'));
  assert.ok(!html.includes('Who said what'));
  assert.ok(html.includes('>Timeline</h2>'));
});

test('article text and metadata are escaped everywhere', () => {
  const out = loadBrief('full-story');
  const evil = '<script>alert(1)</script>';
  const a = out.articles[0];
  a.title = `Bridge ${evil}`;
  a.outlet = `Ledger"><img src=x onerror=alert(2)>`;
  a.author = evil;
  a.url = 'javascript:alert(3)';
  a.text = `${evil} ${a.text}`; // shifts nothing the test relies on: citations now point mid-text
  out.stories[0].headline = `Headline ${evil}`;
  out.stories[0].questions.push(`Why ${evil}?`);
  out.stories[0].entities[0].aliases.push('<b>bold</b>');
  const html = renderHtml(out);
  assert.ok(!html.includes('<script'), 'a raw <script> tag came through');
  assert.ok(!html.includes('<img'), 'a raw <img> tag came through');
  assert.ok(!html.includes('<b>bold'), 'a raw <b> tag came through');
  assert.ok(!/href="javascript/i.test(html));
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(html.includes('Ledger&quot;&gt;&lt;img src=x onerror=alert(2)&gt;'));
});

test('escapeHtml escapes the five special characters and nothing else', () => {
  assert.equal(
    escapeHtml(`<a href="x" title='y'>&amp;</a> ok`),
    '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt; ok',
  );
});

test('a citation that points nowhere is shown struck out, not as a dangling link', () => {
  const out = loadBrief('full-story');
  out.stories[0].summary[0].citations.push({ article: 'a3f1c0de0a01b', start: 5, end: 999999 });
  const html = renderHtml(out);
  assert.match(html, /<span class="cite broken" title="passage not found">3<\/span>/);
  for (const t of internalTargets(html)) assert.ok(ids(html).includes(t), `no element with id ${t}`);
});

test('several stories get a table of contents; an article in no story is listed, not printed', () => {
  const out = loadBrief('full-story');
  const second = structuredClone(out.stories[0]);
  second.id = 's000000000002';
  second.headline = 'A second story';
  out.stories.push(second);
  out.articles.push({ ...out.articles[1], id: 'a0000000000ff', title: 'A login page', text: 'Sign in' });
  const html = renderHtml(out);
  assert.match(html, /<nav class="toc"[^>]*>[\s\S]*href="#s-s5d0c4e1b2a93"[\s\S]*href="#s-s000000000002"/);
  assert.match(html, /Not used in any story[\s\S]*A login page/);
  assert.ok(!html.includes('<p>Sign in</p>'));
  const all = ids(html);
  assert.equal(new Set(all).size, all.length, 'duplicate id');
});

test('html shows themes and papers, and sets a bracketed date insertion apart from the source words', () => {
  const out = loadBrief('full-story');
  const story = out.stories[0];
  const cited = story.summary[0];
  story.summary[0] = {
    ...cited,
    text: `${cited.text.replace(/ on Friday\.?$/, ' on Friday [11 April 2031].')}`,
  };
  const html = renderHtml(out);
  assert.match(html, /<h2 id="[^"]+">What(&#39;|')s behind the headline<\/h2>/);
  assert.match(html, /<h3>Residents · Orrin<\/h3>/);
  assert.match(
    html,
    /<strong class="outlet">Valemont Courier<\/strong> reports that the council will review/,
  );
  assert.match(html, /on Friday <span class="inserted" title="[^"]+">\[11 April 2031\]<\/span>/);
});

test('the byline links each named outlet and counts the articles that name none', () => {
  const out = loadBrief('full-story');
  out.articles[0].outlet = null;
  delete out.articles[0].url;
  const { document } = parseHTML(renderHtml(out));
  const byline = document.querySelector('.byline');
  assert.ok(byline);
  assert.equal(byline.querySelectorAll('a').length, 1);
  assert.match(byline.textContent ?? '', /Valemont Courier.* · 1 with no outlet named$/);
  assert.doesNotMatch(byline.textContent ?? '', /outlet unknown/);
});

test('the byline counts the kinds of outlet the registry lists, and nothing when it lists none', () => {
  const out = loadBrief('full-story');
  assert.doesNotMatch(renderHtml(out), /class="kinds"/);
  out.articles[0].outlet = 'Reuters';
  const { document } = parseHTML(renderHtml(out));
  assert.equal(document.querySelector('.byline .kinds')?.textContent, 'outlet kinds: 1 wire, 1 unlisted');
});
