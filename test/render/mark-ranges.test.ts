import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markRanges, paragraphSpans } from '../../src/render/mark-ranges.ts';

const TEXT = 'Alpha beta gamma.\n\nDelta epsilon\nzeta & eta.';

/** The visible text of marked-up paragraphs: tags dropped, entities and breaks restored. */
function visible(html: string): string {
  return html
    .replace(/<br>/g, '\n')
    .replace(/<\/p>\n<p>/g, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&');
}

/** Whether the tags of a fragment are balanced (every close matches the last open). */
function balanced(html: string): boolean {
  const stack: string[] = [];
  for (const m of html.matchAll(/<(\/?)(p|mark)\b[^>]*>/g)) {
    if (!m[1]) stack.push(m[2]);
    else if (stack.pop() !== m[2]) return false;
  }
  return stack.length === 0;
}

test('paragraphs are split at blank lines and trimmed', () => {
  assert.deepEqual(paragraphSpans('  One\ntwo\n\n \n Three  \n'), [
    { start: 2, end: 9 },
    { start: 14, end: 19 },
  ]);
});

test('nested ranges become nested marks', () => {
  const { html, split } = markRanges(TEXT, [
    { id: 'outer', start: 0, end: 16 },
    { id: 'inner', start: 6, end: 10 },
  ]);
  assert.equal(
    html.split('\n')[0],
    '<p><mark id="outer" data-c="outer">Alpha <mark id="inner" data-c="inner">beta</mark> gamma</mark>.</p>',
  );
  assert.deepEqual(split, []);
});

test('crossing ranges are split into pieces, the first carrying the id', () => {
  const { html, split } = markRanges(TEXT, [
    { id: 'x', start: 0, end: 10 },
    { id: 'y', start: 6, end: 16 },
  ]);
  assert.equal(
    html.split('\n')[0],
    '<p><mark id="x" data-c="x">Alpha <mark id="y" data-c="y">beta</mark></mark><mark data-c="y"> gamma</mark>.</p>',
  );
  assert.deepEqual(split, ['y']);
  assert.ok(balanced(html));
});

test('a range over a paragraph break is split at the break', () => {
  const { html, split } = markRanges(TEXT, [{ id: 'p', start: 11, end: 24 }]);
  assert.equal(
    html,
    '<p>Alpha beta <mark id="p" data-c="p">gamma.</mark></p>\n<p><mark data-c="p">Delta</mark> epsilon<br>zeta &amp; eta.</p>',
  );
  assert.deepEqual(split, ['p']);
});

test('an empty range and a range over only whitespace still leave an anchor', () => {
  const { html } = markRanges(TEXT, [
    { id: 'empty', start: 6, end: 6 },
    { id: 'gap', start: 17, end: 19 },
  ]);
  assert.ok(html.includes('Alpha <mark id="empty" data-c="empty"></mark>beta'));
  assert.ok(html.includes('<p><mark id="gap" data-c="gap"></mark>Delta'));
});

test('many overlapping ranges keep the text intact and the tags balanced', () => {
  const ranges = [];
  for (let s = 0; s < TEXT.length; s += 3) {
    for (const len of [1, 4, 9, 20]) {
      ranges.push({ id: `r${s}-${len}`, start: s, end: Math.min(TEXT.length, s + len) });
    }
  }
  const { html } = markRanges(TEXT, ranges);
  assert.equal(visible(html), TEXT);
  assert.ok(balanced(html));
  for (const r of ranges) assert.equal([...html.matchAll(new RegExp(`id="${r.id}"`, 'g'))].length, 1, r.id);
});

test('ranges outside the text are ignored, not thrown on', () => {
  const { html } = markRanges(TEXT, [{ id: 'bad', start: 5, end: 500 }]);
  assert.ok(!html.includes('bad'));
});
