/**
 * A worker's warm-up (`src/queue/warm-up.ts`): its invented report goes through both stages it warms
 * (an analyzed article, a briefing), so a worker's first jobs find them set up.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { warmUp } from '../../src/queue/warm-up.ts';

test('the warm-up report is analyzed and briefed', () => {
  const headline = warmUp();
  assert.ok(headline !== undefined, 'the invented report is usable and analyzed');
  assert.match(headline, /crane|ferr/i);
});
