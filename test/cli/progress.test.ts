/**
 * The progress display: a bar on a terminal once the run has lasted a while; off a terminal nothing,
 * or plain throttled lines with --verbose; nothing when quiet.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createProgress } from '../../src/cli/progress.ts';

/** A stream that collects what is written, and a clock the test moves. */
function setup(isTTY: boolean) {
  const out: string[] = [];
  let t = 0;
  const stream = { isTTY, write: (s: string) => out.push(s) };
  return {
    out,
    stream,
    now: () => t,
    advance: (ms: number) => {
      t += ms;
    },
  };
}

test('not on a terminal, verbose: the first line of a phase, one per 10%, the last, and a new phase starts anew', () => {
  const { out, stream, now } = setup(false);
  const p = createProgress(stream, { now, verbose: true });
  for (let i = 0; i <= 200; i++) p.onProgress('extract', i, 200);
  p.onProgress('cluster', 0, 200);
  p.onProgress('cluster', 200, 200);
  p.done();
  const lines = out.join('').trimEnd().split('\n');
  assert.equal(lines[0], 'parallax: extracting 0/200 (0%)');
  assert.equal(lines[1], 'parallax: extracting 20/200 (10%)');
  assert.equal(lines[10], 'parallax: extracting 200/200 (100%)');
  assert.equal(lines.filter((l) => l.includes('extracting')).length, 11);
  assert.deepEqual(lines.slice(11), [
    'parallax: clustering 0/200 (0%)',
    'parallax: clustering 200/200 (100%)',
  ]);
  assert.ok(
    out.every((s) => !s.includes('\u001b')),
    'no terminal escapes in plain mode',
  );
});

test('not on a terminal, verbose: slow progress still gets a line every 2 seconds, but no repeats without progress', () => {
  const { out, stream, now, advance } = setup(false);
  const p = createProgress(stream, { now, verbose: true });
  p.onProgress('brief', 0, 1000);
  advance(1000);
  p.onProgress('brief', 1, 1000); // 1 s, 0.1%: nothing
  advance(1500);
  p.onProgress('brief', 2, 1000); // 2.5 s since the last line: a line
  advance(5000);
  p.onProgress('brief', 2, 1000); // no progress: nothing
  assert.deepEqual(out, ['parallax: briefing 0/1000 (0%)\n', 'parallax: briefing 2/1000 (0%)\n']);
});

test('quiet writes nothing, and off a terminal nothing is written without verbose', () => {
  for (const [isTTY, options] of [
    [false, { quiet: true, verbose: true }],
    [true, { quiet: true, delayMs: 0 }],
    [false, {}],
  ] as const) {
    const { out, stream } = setup(isTTY);
    const p = createProgress(stream, options);
    p.onProgress('write', 0, 2);
    p.onProgress('write', 2, 2);
    p.done();
    assert.deepEqual(out, [], JSON.stringify({ isTTY, options }));
  }
});

test('on a terminal: no bar before the delay (a short run stays clean), a bar once the run has lasted it', () => {
  const { out, stream, now, advance } = setup(true);
  const p = createProgress(stream, { now, delayMs: 2000 });
  p.onProgress('extract', 1, 10);
  advance(1500);
  p.onProgress('extract', 2, 10);
  assert.deepEqual(out, []);
  advance(600);
  p.onProgress('extract', 3, 10);
  p.done();
  assert.match(out.join(''), /extracting \[[^\]]*\] 3\/10 30%/);
});

test('on a terminal: a bar per phase, drawn in place and closed by done()', () => {
  const { out, stream } = setup(true);
  const p = createProgress(stream, { delayMs: 0 });
  p.onProgress('extract', 0, 4);
  p.onProgress('extract', 4, 4);
  p.onProgress('write', 1, 1);
  p.done();
  p.done();
  const text = out.join('');
  assert.match(text, /extracting \[[^\]]*\] 0\/4 0%/);
  assert.match(text, /stored +\[[^\]]*\] 1\/1 100%/);
  assert.ok(text.endsWith('\n'), 'the cursor is left on a new line');
});
