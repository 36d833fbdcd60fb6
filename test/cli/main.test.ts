import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { main } from '../../src/cli/main.ts';
import { formatDiagnostic } from '../../src/cli/print-diagnostics.ts';
import type { IngestResult } from '../../src/model/source.ts';

/** Runs `main` in-process with buffers for stdout and stderr and a stand-in for reading inputs. */
async function run(argv: string[], readInputs: () => Promise<IngestResult>) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdin: Readable.from([]),
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    readInputs,
    env: {},
  });
  return { code, stdout, stderr };
}

test('a bug inside the engine exits 70 with one "internal error" line and no stack', async () => {
  const r = await run(['brief', 'x.txt'], async () => {
    throw new TypeError('boom');
  });
  assert.equal(r.code, 70);
  assert.match(r.stderr, /^parallax: internal error: boom\n/);
  assert.ok(!/\bat .+:\d+/.test(r.stderr));
});

test('no documents at all exits 1, with the reason on stderr', async () => {
  const r = await run(['articles', 'x.txt'], async () => ({ documents: [], diagnostics: [] }));
  assert.equal(r.code, 1);
  assert.match(r.stderr, /no document found in the inputs \[PX902\]/);
  assert.match(r.stdout, /^# No articles/);
});

test('a diagnostic line names the input once and marks warnings', () => {
  const base = { stage: 'ingest' as const, input: 'a.txt' };
  assert.equal(
    formatDiagnostic(
      { ...base, severity: 'error', code: 'PX101', message: 'a.txt: no such file or folder' },
      'a.txt',
    ),
    'parallax: a.txt: no such file or folder [PX101]',
  );
  assert.equal(
    formatDiagnostic(
      { ...base, severity: 'warning', code: 'PX206', message: 'no publication\ndate found' },
      'a.txt',
    ),
    'parallax: a.txt: warning: no publication date found [PX206]',
  );
  assert.equal(
    formatDiagnostic({ severity: 'error', code: 'PX901', message: 'no inputs given', stage: 'cli' }, null),
    'parallax: no inputs given [PX901]',
  );
});
