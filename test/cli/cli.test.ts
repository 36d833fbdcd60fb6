import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { distState } from '../../bin/dist-state.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'parallax.js');

/**
 * Runs the real `bin/parallax.js` (or `bin`) with the given arguments (and stdin), in a temp folder: the
 * compiled CLI in dist/ as users run it (`npm test` builds it first), or src/ when dist/ is out of date.
 */
function parallax(
  args: string[],
  options: { cwd?: string; input?: string; bin?: string; debug?: boolean } = {},
) {
  const r = spawnSync(process.execPath, [options.bin ?? BIN, ...args], {
    cwd: options.cwd ?? dir,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, PARALLAX_DEBUG: options.debug ? '1' : '' },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A stack trace line (`    at fn (file:1:2)`) must never reach a user. */
function assertNoStack(stderr: string) {
  assert.ok(!/^\s+at .+:\d+/m.test(stderr), `stack trace on stderr:\n${stderr}`);
}

const ARTICLE = `Quarry town votes to reopen its old lido

The Brannock Gazette

Residents of Millhollow voted on Tuesday to reopen the town's lido, closed since a flood in 2019.
The council said repairs to the pool and its changing rooms would cost about 400,000 pounds and take
eight months. "Children here have had nowhere to swim for five summers," said councillor Petra Lusk,
who led the campaign. The vote passed by 612 votes to 388, with turnout of just over half of the
town's registered voters. Work is due to begin in March, and the lido should open next summer.
`;

const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-'));
writeFileSync(join(dir, 'lido.txt'), ARTICLE);
writeFileSync(join(dir, 'empty.txt'), '');

test('--help exits 0 and teaches: commands, examples, exit codes', () => {
  const r = parallax(['--help']);
  assert.equal(r.code, 0);
  for (const s of [
    'brief',
    'articles',
    'Examples:',
    'parallax brief examples',
    'cat x.txt | parallax articles -',
  ]) {
    assert.ok(r.stdout.includes(s), `help lacks ${s}`);
  }
  assert.match(r.stdout, /Exit codes:\n {2}0 .*\n {2}1 .*rejected.*\n {2}2 .*usage/);
  const sub = parallax(['brief', '--help']);
  assert.equal(sub.code, 0);
  assert.match(sub.stdout, /--format <format>[\s\S]*--output <file>[\s\S]*--quiet/);
});

test('an unknown option exits 2 with one clear line and no stack trace', () => {
  const r = parallax(['brief', '--bogus', 'lido.txt']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^parallax: unknown option '--bogus'/);
  assertNoStack(r.stderr);
  assert.equal(r.stdout, '');
});

test('a bad --format value, no paths, or no command exit 2', () => {
  const bad = parallax(['brief', '--format', 'pdf', 'lido.txt']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /'pdf' is invalid/);
  const html = parallax(['articles', '-f', 'html', 'lido.txt']);
  assert.equal(html.code, 2);
  const none = parallax(['brief']);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /no inputs given.*\[PX901\]/);
  const bare = parallax([]);
  assert.equal(bare.code, 2);
  for (const r of [bad, html, none, bare]) assertNoStack(r.stderr);
});

test('a missing file exits 1, is named on stderr, and the other inputs are still processed', () => {
  const r = parallax(['brief', 'nothere.txt', 'lido.txt']);
  assertNoStack(r.stderr);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^parallax: nothere\.txt: .*\[PX101\]$/m);
  assert.match(r.stderr, /1 of 2 inputs rejected.*\[PX902\]/);
  assert.match(r.stdout, /^# .+/);
  assert.ok(r.stdout.includes('lido'), 'the briefing of the good file is printed');
});

test('an input that is not an article counts as rejected', () => {
  const r = parallax(['articles', 'empty.txt', 'lido.txt']);
  assertNoStack(r.stderr);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /empty\.txt/);
});

test('all inputs used exits 0; --quiet prints nothing on stderr', () => {
  const r = parallax(['brief', '-q', 'lido.txt']);
  assertNoStack(r.stderr);
  assert.equal(r.code, 0);
  assert.equal(r.stderr, '');
  const q = parallax(['brief', '--quiet', 'nothere.txt', 'lido.txt']);
  assert.equal(q.code, 1);
  assert.equal(q.stderr, '');
});

test('- reads stdin; json output parses and has the contract keys', () => {
  const r = parallax(['articles', '-', '--format', 'json'], { input: ARTICLE });
  assertNoStack(r.stderr);
  assert.equal(r.code, 0);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(out), ['articles', 'diagnostics']);
  assert.equal(out.articles.length, 1);
  assert.match(out.articles[0].text, /Petra Lusk/);
});

test('-o writes the file (format from its extension) and nothing to stdout', () => {
  const r = parallax(['brief', 'lido.txt', '-o', 'out.html']);
  assertNoStack(r.stderr);
  assert.equal(r.code, 0);
  assert.equal(r.stdout, '');
  const html = readFileSync(join(dir, 'out.html'), 'utf8');
  assert.match(html, /^<!doctype html>/);
  const md = parallax(['brief', 'lido.txt', '-o', 'out.html', '--format', 'markdown']);
  assert.equal(md.code, 0);
  assert.match(readFileSync(join(dir, 'out.html'), 'utf8'), /^# /);
});

test('an output file that cannot be written exits 73 with one line', () => {
  mkdirSync(join(dir, 'a-folder'), { recursive: true });
  const r = parallax(['brief', 'lido.txt', '-o', join(dir, 'no', 'such', 'dir', 'x.md')]);
  assert.equal(r.code, 73);
  assert.match(r.stderr, /^parallax: cannot write .*x\.md: its folder does not exist\n$/);
  const folder = parallax(['brief', 'lido.txt', '-o', 'a-folder']);
  assert.equal(folder.code, 73);
  assertNoStack(folder.stderr);
});

const built = distState(ROOT);

test('the bin runs the compiled CLI in dist/ when it is current', {
  skip: built ? `dist/ is ${built} (npm run build)` : false,
}, () => {
  const r = parallax(['--version'], { debug: true });
  assert.equal(r.code, 0);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout.trim(), JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
});

test('without a current dist/ the bin runs src/ through tsx, and says so under PARALLAX_DEBUG', () => {
  const copy = mkdtempSync(join(tmpdir(), 'parallax-nodist-'));
  try {
    for (const part of ['bin', 'src', 'package.json'])
      cpSync(join(ROOT, part), join(copy, part), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    const bin = join(copy, 'bin', 'parallax.js');
    const missing = parallax(['--version'], { bin, debug: true });
    assert.equal(missing.code, 0);
    assert.match(missing.stderr, /^parallax: dist\/ is missing: running src\/ through tsx/);
    assert.match(missing.stdout, /^\d+\.\d+\.\d+/);
    mkdirSync(join(copy, 'dist'));
    writeFileSync(join(copy, 'dist', '.built'), ''); // a build that started before src/ was last changed
    utimesSync(join(copy, 'dist', '.built'), new Date(0), new Date(0));
    const stale = parallax(['--version'], { bin, debug: true });
    assert.match(stale.stderr, /^parallax: dist\/ is stale: running src\/ through tsx/);
    assert.equal(stale.stdout, missing.stdout);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
