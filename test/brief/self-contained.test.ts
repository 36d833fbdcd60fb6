import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startsDangling } from '../../src/reconcile/self-contained.ts';

test('sentences that lean on the one before are recognised', () => {
  for (const s of [
    'However, the port reopened.',
    'Consequently, ships waited.',
    'This step was taken.',
    'He said so.',
    '“They left,” she said.',
  ])
    assert.ok(startsDangling(s), s);
  for (const s of ['The port reopened.', 'Thistle farmers protested.', 'Heavy rain fell.'])
    assert.ok(!startsDangling(s), s);
});
