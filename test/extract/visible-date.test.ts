/**
 * The visible date line and the local-day preference over a UTC stamp (`read-visible-date.ts`,
 * `preferShownDay` in `read-html-metadata.ts`).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseLight } from '../../src/extract/light-dom.ts';
import { preferShownDay } from '../../src/extract/read-html-metadata.ts';
import { readVisibleDate } from '../../src/extract/read-visible-date.ts';

test('preferShownDay: a shown day one off the UTC day wins, plain when no time is shown', () => {
  assert.equal(preferShownDay('2024-05-02T03:15:40Z', '2024-05-01'), '2024-05-01');
});

test('preferShownDay: a shown time with its own zone is taken as written', () => {
  assert.equal(
    preferShownDay('2024-05-02T03:15:40-06:00', '2024-05-01T21:15:00-06:00'),
    '2024-05-01T21:15:00-06:00',
  );
});

test('preferShownDay: same day, two days apart, or a stamp without zone: unchanged', () => {
  assert.equal(preferShownDay('2024-05-02T03:15:40Z', '2024-05-02'), '2024-05-02T03:15:40Z');
  assert.equal(preferShownDay('2024-05-03T03:15:40Z', '2024-05-01'), '2024-05-03T03:15:40Z');
  assert.equal(preferShownDay('2024-05-02T03:15:40', '2024-05-01'), '2024-05-02T03:15:40');
  assert.equal(preferShownDay('2024-05-02', '2024-05-01'), '2024-05-02');
});

test('readVisibleDate: no date read from the prose after the first paragraph', () => {
  const prose =
    'The harbour board of Lunmouth met on a wet morning and voted by a wide margin to close the old pier for the whole of the winter season that follows.';
  const doc = parseLight(`<html><body><h1>Pier closes</h1><p>${prose}</p><p>March 8, 2024</p></body></html>`);
  assert.equal(readVisibleDate(doc), null);
});

test('readVisibleDate: an "Updated" label before its date is taken only when nothing else is shown', () => {
  const doc = parseLight(
    '<html><body><h1>Pier closes</h1><span>Updated:</span> <span>March 9, 2024</span></body></html>',
  );
  assert.deepEqual(readVisibleDate(doc), { value: '2024-03-09', updated: true });
});
