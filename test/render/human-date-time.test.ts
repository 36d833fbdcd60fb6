import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { humanDateTime } from '../../src/render/describe-article.ts';

describe('humanDateTime', () => {
  it('shows the clock time and zone of a timestamp, and a bare date as a date', () => {
    assert.equal(humanDateTime('2031-04-12T09:30:00Z'), '12 April 2031, 09:30 UTC');
    assert.equal(humanDateTime('2031-04-12T11:30:15.250+02:00'), '12 April 2031, 11:30 +02:00');
    assert.equal(humanDateTime('2031-04-12T11:30'), '12 April 2031, 11:30');
    assert.equal(humanDateTime('2031-04-12'), '12 April 2031');
    assert.equal(humanDateTime('2031-04'), 'April 2031');
  });
});
