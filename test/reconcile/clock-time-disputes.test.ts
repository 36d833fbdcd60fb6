/**
 * Clock times of one event told by two outlets: a dispute when the same event verb and subject (one
 * class of event noun) are given times further apart than a hedge allows; never for times of different
 * events, times within a hedge, times bounded ("until 9pm"), or a local time against a GMT one.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { disputesOfTexts } from './nlp-fixture.ts';

const disputesOf = (texts: string[]) =>
  disputesOfTexts(
    texts.map((t): [string, string] => [t, '2026-03-11']),
    'time:',
  );

test('two outlets give the time a blaze broke out nine minutes apart, one hedged: a dispute', () => {
  const d = disputesOf([
    'Crews from three stations were sent to the Norrow timber yard after the blaze broke out about 7.20pm on Tuesday. Nobody was hurt.',
    'The fire, which gutted two storage sheds, broke out at 7.29pm on Tuesday and spread to the yard office. Nobody was hurt.',
  ]);
  assert.equal(d.length, 1, JSON.stringify(d));
  assert.deepEqual(d[0].variants.map((v) => v.value).sort(), ['7.29pm', 'about 7.20pm']);
});

test('times within a hedge, of different events, bounded or in another zone are no dispute', () => {
  // within the hedge: about 7.25pm holds 7.20 to 7.30
  assert.equal(
    disputesOf([
      'Crews were sent to the Norrow timber yard after the blaze broke out about 7.25pm on Tuesday.',
      'The fire, which gutted two storage sheds, broke out at 7.29pm on Tuesday.',
    ]).length,
    0,
  );
  // arrival against outbreak
  assert.equal(
    disputesOf([
      'The blaze broke out at 7.20pm on Tuesday at the Norrow timber yard.',
      'Firefighters arrived at 7.29pm on Tuesday at the Norrow timber yard.',
    ]).length,
    0,
  );
  // a bound, not a moment
  assert.equal(
    disputesOf([
      'The blaze broke out at 7.20pm on Tuesday at the Norrow timber yard.',
      'The blaze burned until 7.35pm on Tuesday at the Norrow timber yard.',
    ]).length,
    0,
  );
  // a second fire is another event
  assert.equal(
    disputesOf([
      'The blaze broke out at 7.20pm on Tuesday at the Norrow timber yard.',
      'A second fire broke out at 7.41pm on Tuesday at a garage near the Norrow timber yard.',
    ]).length,
    0,
  );
  // a local time against GMT
  assert.equal(
    disputesOf([
      'The blaze broke out at 7.20pm on Tuesday at the Norrow timber yard.',
      'The blaze broke out at about 1935 GMT on Tuesday at the Norrow timber yard.',
    ]).length,
    0,
  );
});
