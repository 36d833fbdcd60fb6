/**
 * Scheduled events: a timeline entry flagged `upcoming` is listed under "What's next", not among the
 * events that happened, in Markdown and in HTML.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderHtml, renderMarkdown } from '../../src/render/index.ts';
import { loadBrief } from './load-fixture.ts';

function withPlan() {
  const out = loadBrief('full-story');
  const story = out.stories[0];
  const opened = story.timeline.at(-1)!;
  story.timeline.push({ ...opened, date: '2031-05-02', text: 'Tolls will start on 2 May.', upcoming: true });
  return out;
}

test('markdown lists an upcoming entry under "What\'s next", after "How we got here"', () => {
  const md = renderMarkdown(withPlan());
  const past = md.indexOf('\n## How we got here\n');
  const next = md.indexOf("\n## What's next\n");
  assert.ok(past > 0 && next > past, 'both sections, the past first');
  assert.match(md.slice(next), /^\n## What's next\n\n- 2031-05-02 — Tolls will start on 2 May\./);
  assert.ok(!md.slice(past, next).includes('Tolls will start'), 'the plan is not told as history');
});

test('html gives upcoming entries their own section, and none without them', () => {
  const html = renderHtml(withPlan());
  assert.match(
    html,
    /<h2 id="[^"]*upcoming-h">What&#39;s next<\/h2>|<h2 id="[^"]*upcoming-h">What's next<\/h2>/,
  );
  const timeline = html.slice(html.indexOf('part-timeline'), html.indexOf('part-upcoming'));
  assert.ok(!timeline.includes('Tolls will start'));
  assert.ok(!renderHtml(loadBrief('full-story')).includes('part-upcoming'));
});
