/**
 * A bad outlet file (`PARALLAX_OUTLETS`) stops a command before any work, as a usage error naming the
 * file and the entry at fault.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, test } from 'node:test';
import { CliError, EXIT } from '../../src/cli/exit-codes.ts';
import { runCommand } from '../../src/cli/run-command.ts';

const tmp = mkdtempSync(join(tmpdir(), 'parallax-outlet-file-'));
const saved = process.env.PARALLAX_OUTLETS;
after(() => {
  if (saved === undefined) delete process.env.PARALLAX_OUTLETS;
  else process.env.PARALLAX_OUTLETS = saved;
  rmSync(tmp, { recursive: true, force: true });
});

test('brief with a bad PARALLAX_OUTLETS file exits 2 naming the file and the entry; nothing is read', async () => {
  const file = join(tmp, 'outlets.json');
  writeFileSync(
    file,
    JSON.stringify([{ name: 'Harbour Ledger', domains: ['ledger.example'], kind: 'gazette' }]),
  );
  process.env.PARALLAX_OUTLETS = file;
  let read = false;
  const io = {
    stdin: Readable.from([]),
    stdout: { write: () => true },
    stderr: { write: () => true },
    readInputs: async () => {
      read = true;
      return { documents: [], diagnostics: [] };
    },
  };
  await assert.rejects(
    runCommand({ command: 'brief', format: 'json' }, ['x.txt'], { quiet: false }, io),
    (error: unknown) =>
      error instanceof CliError &&
      error.exitCode === EXIT.usage &&
      error.message.includes(`${file}, entry 1: "kind"`),
  );
  assert.equal(read, false);
});
