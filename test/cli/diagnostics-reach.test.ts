/**
 * Every command's diagnostics reach people: a known bad input's code appears on stderr (labelled
 * with the input's name), notes only with --verbose, nothing with --quiet. In process, with buffers.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runIngest } from '../../src/cli/ingest-command.ts';
import { type CliIo, type CommandSpec, runCommand } from '../../src/cli/run-command.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Four reports of one flood; one dates it a year off (PX503) and has no publication date (PX302 notes). */
const FLOOD = join(ROOT, 'examples', 'brennick-flood');
const tmp = mkdtempSync(join(tmpdir(), 'parallax-diagnostics-'));
const BINARY = join(tmp, 'photo.txt');
writeFileSync(BINARY, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0, 4, 5]));
after(() => rmSync(tmp, { recursive: true, force: true }));

function buffers() {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdin: Readable.from([]),
    stdout: { write: (s: string) => (out.stdout += s) },
    stderr: { write: (s: string) => (out.stderr += s) },
  };
  return { io, out };
}

async function run(spec: CommandSpec, inputs: string[], flags: { quiet?: boolean; verbose?: boolean } = {}) {
  const { io, out } = buffers();
  const code = await runCommand(spec, inputs, { quiet: flags.quiet === true, verbose: flags.verbose }, io);
  return { code, ...out };
}

test('brief: a likely error (PX503, reconcile) and the NLP notes (PX302) reach stderr and the JSON', async () => {
  const r = await run({ command: 'brief', format: 'json' }, [FLOOD]);
  assert.match(
    r.stderr,
    /04-infrapulse-blog\.txt: warning: date of the main event: .* is likely an error .*\[PX503\]/,
  );
  assert.doesNotMatch(r.stderr, /PX302/, 'notes are for --verbose');
  const json = JSON.parse(r.stdout) as { diagnostics: Array<{ code: string; stage: string }> };
  assert.ok(json.diagnostics.some((d) => d.code === 'PX503'));
  assert.ok(
    json.diagnostics.some((d) => d.code === 'PX302' && d.stage === 'nlp'),
    'NLP diagnostics are kept',
  );
  const verbose = await run({ command: 'brief', format: 'markdown' }, [FLOOD], { verbose: true });
  assert.match(verbose.stderr, /04-infrapulse-blog\.txt: note: relative date .* not resolved.*\[PX302\]/);
  const quiet = await run({ command: 'brief', format: 'markdown' }, [FLOOD], { quiet: true, verbose: true });
  assert.equal(quiet.stderr, '');
});

test('brief and articles: a binary input is named with its code (PX104)', async () => {
  for (const command of ['brief', 'articles'] as const) {
    const r = await run({ command, format: 'json' } as CommandSpec, [
      BINARY,
      join(FLOOD, '01-tidewater-wire.txt'),
    ]);
    assert.equal(r.code, 1, command);
    assert.match(r.stderr, /photo\.txt: .*\[PX104\]/, command);
  }
});

test('ingest: the likely error (PX503) on stderr, the NLP notes (PX302) with --verbose and in --json', async () => {
  const { io, out } = buffers();
  const code = await runIngest([FLOOD], { db: ':memory:', quiet: false, verbose: true, json: false }, io);
  assert.equal(code, 0, out.stderr);
  assert.match(out.stderr, /04-infrapulse-blog\.txt: warning: .*\[PX503\]/);
  assert.match(out.stderr, /04-infrapulse-blog\.txt: note: relative date .*\[PX302\]/);
  const json = buffers();
  await runIngest([FLOOD], { db: ':memory:', quiet: false, json: true }, json.io);
  const report = JSON.parse(json.out.stdout) as { diagnostics: Array<{ code: string }> };
  assert.ok(
    report.diagnostics.some((d) => d.code === 'PX302'),
    'the NLP stage is not dropped by ingest',
  );
  assert.doesNotMatch(json.out.stderr, /PX302/);
});
