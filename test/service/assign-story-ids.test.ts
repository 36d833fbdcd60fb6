import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StoryBriefing } from '../../src/model/briefing.ts';
import { assignStoryIds } from '../../src/service/assign-story-ids.ts';
import { diffBriefings, isEmptyChange } from '../../src/service/diff-briefings.ts';
import { hashId } from '../../src/util/hash-id.ts';

test('a group keeps the id of the stored story it overlaps most; a new group gets a new id', () => {
  const previous = new Map([
    ['a1', 'sA'],
    ['a2', 'sA'],
    ['b1', 'sB'],
  ]);
  const r = assignStoryIds([['a1', 'a2', 'n1'], ['b1'], ['n2']], previous);
  assert.equal(r.ids[0], 'sA');
  assert.equal(r.ids[1], 'sB');
  assert.match(r.ids[2], /^s[0-9a-f]{12}$/);
  assert.deepEqual(r.merged, []);
});

test('two stored stories that merged: the larger keeps its id, the other points to it', () => {
  const previous = new Map([
    ['a1', 'sA'],
    ['a2', 'sA'],
    ['b1', 'sB'],
  ]);
  const r = assignStoryIds([['a1', 'a2', 'b1']], previous);
  assert.deepEqual(r.ids, ['sA']);
  assert.deepEqual(r.merged, [{ id: 'sB', into: 'sA' }]);
});

test('a part split off with the very members a stored story was named after gets an id of its own', () => {
  // Story X was opened with r1 and r2 (its id their hash), then grew; now r3, r4 and a new r5 keep X.
  const x = hashId('s', 'r1', 'r2');
  const previous = new Map(['r1', 'r2', 'r3', 'r4'].map((a) => [a, x]));
  const out = assignStoryIds(
    [
      ['r3', 'r4', 'r5'],
      ['r1', 'r2'],
    ],
    previous,
  );
  assert.equal(out.ids[0], x);
  assert.notEqual(out.ids[1], x);
  assert.deepEqual(out.merged, []);
});

test('a stored story split in two keeps its id on the larger part', () => {
  const previous = new Map([
    ['a1', 'sA'],
    ['a2', 'sA'],
    ['a3', 'sA'],
  ]);
  const r = assignStoryIds([['a3'], ['a1', 'a2']], previous);
  assert.equal(r.ids[1], 'sA');
  assert.notEqual(r.ids[0], 'sA');
});

const briefing = (over: Partial<StoryBriefing>): StoryBriefing => ({
  id: 's1',
  headline: 'Dam gate opened',
  articles: ['a1'],
  summary: [],
  facts: [{ text: 'The gate opened at noon.', citations: [], status: 'single-source', sources: 1 }],
  disputes: [],
  timeline: [],
  quotes: [],
  entities: [],
  perSource: [],
  questions: [],
  ...over,
});

test('diffBriefings names new sources and outlets, new and strengthened facts, opened and settled disputes', () => {
  const before = briefing({ disputes: [{ topic: 'date', variants: [] }] });
  const after = briefing({
    headline: 'Dam gate opened early',
    articles: ['a1', 'a2'],
    facts: [
      { text: 'The gate opened at noon.', citations: [], status: 'corroborated', sources: 2 },
      { text: 'Water reached the square.', citations: [], status: 'single-source', sources: 1 },
    ],
    disputes: [{ topic: 'toll', variants: [] }],
  });
  const labels = new Map([['a2', { id: 'a2', outlet: 'Valley Post', title: 'Gate' }]]);
  const c = diffBriefings(before, after, labels, new Set(['River Times']));
  assert.deepEqual(c.addedArticles, [{ id: 'a2', outlet: 'Valley Post', title: 'Gate' }]);
  assert.deepEqual(c.newOutlets, ['Valley Post']);
  assert.deepEqual(c.newFacts, ['Water reached the square.']);
  assert.deepEqual(c.strengthenedFacts, [{ text: 'The gate opened at noon.', before: 1, after: 2 }]);
  assert.deepEqual(c.disputesOpened, ['toll']);
  assert.deepEqual(c.disputesSettled, ['date']);
  assert.equal(c.previousHeadline, 'Dam gate opened');
  assert.equal(isEmptyChange(c), false);
  assert.equal(isEmptyChange(diffBriefings(before, before, new Map(), new Set())), true);
});
