import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figureShown } from '../../src/brief/build-questions.ts';

test('a disputed sum is shown as written, never as NaN', () => {
  assert.equal(figureShown('$108 million worth', '$108 million'), '$108 million');
  assert.equal(figureShown('$137-million of gems', '$137-million'), '$137-million');
  assert.equal(figureShown('£2.4bn deal', '£2.4bn'), '£2.4bn');
  // A passage that does not open with the figure: the claim's value as it is.
  assert.equal(figureShown('worth an estimated $102 million', '$102 million'), '$102 million');
  assert.equal(figureShown('the crowd of 41200', '41200'), '41,200');
  assert.equal(figureShown('212 residents', '212'), '212');
  assert.equal(figureShown('212 more homes', '212'), '212');
});

test('a figure a tokenised text wrote with spaced digit groups is shown whole', () => {
  assert.equal(figureShown('home to 150, 000 people', '150000'), '150,000');
  assert.equal(figureShown('150, 000 people live there', '150000'), '150,000');
  assert.equal(figureShown('more than 42, 500 fans', '42500'), 'more than 42,500');
  assert.equal(figureShown('212, the police said', '212'), '212');
});
