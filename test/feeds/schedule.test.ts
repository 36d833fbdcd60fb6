/**
 * The feed schedule: interval, backoff and its cap, per-feed jitter, Retry-After.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  backoffMs,
  delayAfter,
  jitterFraction,
  nextCheckAt,
  parseRetryAfter,
} from '../../src/feeds/schedule.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const NOW = '2031-04-02T10:00:00.000Z';
const nowMs = Date.parse(NOW);
const noJitter = { pollIntervalMs: 15 * MIN, maxBackoffMs: 24 * HOUR, jitterRatio: 0 };

test('after a success or a 304 the next check is one poll interval later', () => {
  assert.equal(
    nextCheckAt('https://a.example/feed', { kind: 'ok' }, NOW, noJitter),
    '2031-04-02T10:15:00.000Z',
  );
  assert.equal(
    nextCheckAt('https://a.example/feed', { kind: 'not-modified' }, NOW, noJitter),
    '2031-04-02T10:15:00.000Z',
  );
});

test('errors back off exponentially: interval × 2^errors', () => {
  assert.equal(backoffMs(1, noJitter), 30 * MIN);
  assert.equal(backoffMs(2, noJitter), 60 * MIN);
  assert.equal(backoffMs(5, noJitter), 8 * HOUR);
  assert.equal(
    nextCheckAt('https://a.example/feed', { kind: 'error', errorCount: 3 }, NOW, noJitter),
    '2031-04-02T12:00:00.000Z',
  );
});

test('the backoff is capped at 24 hours, even after very many errors', () => {
  assert.equal(backoffMs(7, noJitter), 24 * HOUR); // 15 min × 128 = 32 h
  assert.equal(backoffMs(5000, noJitter), 24 * HOUR);
  const jittered = { ...noJitter, jitterRatio: 0.1 };
  for (const url of ['https://a.example/feed', 'https://b.example/rss', 'https://c.example/atom.xml']) {
    const d = delayAfter(url, { kind: 'error', errorCount: 40 }, nowMs, jittered);
    assert.ok(d <= 24 * HOUR && d > 24 * HOUR * 0.9, `${url}: ${d}`);
  }
});

test('jitter is fixed by the URL: the same feed always gets the same delay, different feeds spread out', () => {
  const opts = { ...noJitter, jitterRatio: 0.1 };
  const urls = Array.from({ length: 20 }, (_, i) => `https://outlet${i}.example/feed.xml`);
  const delays = urls.map((u) => delayAfter(u, { kind: 'ok' }, nowMs, opts));
  assert.deepEqual(
    urls.map((u) => delayAfter(u, { kind: 'ok' }, nowMs, opts)),
    delays,
  );
  for (const d of delays) assert.ok(d > 15 * MIN * 0.9 && d <= 15 * MIN, String(d));
  assert.ok(new Set(delays).size >= 18, 'feeds added together are spread over the window');
  for (const u of urls) {
    const f = jitterFraction(u);
    assert.ok(f >= 0 && f < 1);
  }
});

test('Retry-After on 429 and 503 pushes the next check to at least what the server asked', () => {
  const url = 'https://busy.example/feed';
  const seconds = nextCheckAt(
    url,
    { kind: 'error', errorCount: 1, httpStatus: 503, retryAfter: '7200' },
    NOW,
    noJitter,
  );
  assert.equal(seconds, '2031-04-02T12:00:00.000Z'); // 2 h > 30 min backoff
  const date = nextCheckAt(
    url,
    { kind: 'error', errorCount: 1, httpStatus: 429, retryAfter: 'Wed, 02 Apr 2031 13:00:00 GMT' },
    NOW,
    noJitter,
  );
  assert.equal(date, '2031-04-02T13:00:00.000Z');
  // Shorter than the backoff: the backoff stands.
  const short = nextCheckAt(
    url,
    { kind: 'error', errorCount: 1, httpStatus: 429, retryAfter: '60' },
    NOW,
    noJitter,
  );
  assert.equal(short, '2031-04-02T10:30:00.000Z');
  // Not 429/503: ignored.
  const other = nextCheckAt(
    url,
    { kind: 'error', errorCount: 1, httpStatus: 500, retryAfter: '7200' },
    NOW,
    noJitter,
  );
  assert.equal(other, '2031-04-02T10:30:00.000Z');
  // A year: capped at 24 h.
  const year = nextCheckAt(
    url,
    { kind: 'error', errorCount: 1, httpStatus: 503, retryAfter: '31536000' },
    NOW,
    noJitter,
  );
  assert.equal(year, '2031-04-03T10:00:00.000Z');
});

test('parseRetryAfter reads delta-seconds and HTTP dates, and nothing else', () => {
  assert.equal(parseRetryAfter('120', nowMs), 120_000);
  assert.equal(parseRetryAfter('Wed, 02 Apr 2031 10:01:00 GMT', nowMs), 60_000);
  assert.equal(parseRetryAfter('Wed, 02 Apr 2031 09:00:00 GMT', nowMs), 0);
  assert.equal(parseRetryAfter('-5', nowMs), null);
  assert.equal(parseRetryAfter('soon', nowMs), null);
});
