/**
 * The note under a summary with rewritten lines: it names each model once and mentions the
 * extractive lines only when there are some.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SummaryLine } from '../../src/model/briefing.ts';
import { extractiveText, generatedNote } from '../../src/render/generated-lines.ts';

const cite = [{ article: 'a00000000000a', start: 0, end: 10 }];
const source: SummaryLine = { text: 'The ferry to Holm ran late.', citations: cite };
const rewritten = (model: string): SummaryLine => ({
  text: 'The Holm ferry ran late.',
  citations: cite,
  generated: { model, extractive: 'The ferry to Holm ran late.' },
});

test('no note when no line was rewritten', () => {
  assert.equal(generatedNote([source, source]), null);
});

test('the note names each model once, and the extractive lines only when some remain', () => {
  const mixed = generatedNote([rewritten('m-1'), source, rewritten('m-1')]) ?? '';
  assert.match(mixed, /^† Rewritten by m-1, checked against the sources/);
  assert.match(mixed, /The other lines are the sources' own sentences\.$/);
  const all = generatedNote([rewritten('m-1'), rewritten('m-2')]) ?? '';
  assert.match(all, /Rewritten by m-1, m-2,/);
  assert.doesNotMatch(all, /other lines/);
});

test('a rewritten line stands for its extractive text when sections are compared', () => {
  assert.equal(extractiveText(rewritten('m-1')), 'The ferry to Holm ran late.');
  assert.equal(extractiveText(source), source.text);
});
