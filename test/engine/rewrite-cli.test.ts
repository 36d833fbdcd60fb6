/**
 * `parallax brief` with `PARALLAX_LLM_URL`: a rewritten briefing on stdout, and an endpoint that
 * fails is one line on stderr for the whole run, however many stories; without the variable, stdout
 * is what it was. In process, with buffers and a fake server.
 */
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { type CliIo, runCommand } from '../../src/cli/run-command.ts';
import { requestedLines, sentencesAnswer, startFakeLlm } from './fake-llm-server.ts';
import { LLM_DOCS } from './llm-stories.ts';

async function brief(env: Record<string, string>, format: 'json' | 'markdown' = 'markdown') {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdin: Readable.from([]),
    stdout: { write: (s: string) => (out.stdout += s) },
    stderr: { write: (s: string) => (out.stderr += s) },
    readInputs: async () => ({ documents: LLM_DOCS, diagnostics: [] }),
    env,
  };
  const code = await runCommand({ command: 'brief', format }, ['stories/'], { quiet: false }, io);
  return { code, ...out };
}

test('brief with a working endpoint prints the rewritten lines, marked, and no warning', async () => {
  const fake = await startFakeLlm((body) =>
    sentencesAnswer(
      requestedLines(body).map((l) => `Overall, ${l.text.charAt(0).toLowerCase()}${l.text.slice(1)}`),
    ),
  );
  try {
    const r = await brief({ PARALLAX_LLM_URL: fake.url });
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^Overall, the .* †/m);
    assert.match(r.stdout, /Rewritten by fake-model-7b/);
    assert.equal(r.stderr, '', 'the PX508 note is for --verbose');
  } finally {
    await fake.close();
  }
});

test('brief with an endpoint that is down prints the extractive briefing and PX506 once', async () => {
  const fake = await startFakeLlm(() => ({ content: '{}' }));
  await fake.close();
  const plain = await brief({});
  const r = await brief({ PARALLAX_LLM_URL: fake.url });
  assert.equal(r.code, 0, 'a failed rewrite is not a rejected input');
  assert.equal(r.stdout, plain.stdout);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1, r.stderr);
  assert.match(
    lines[0],
    /^parallax: http:\/\/127\.0\.0\.1:\d+\/v1: warning: LLM rewrite stopped: cannot connect .*2 of 2 stories .*\[PX506\]$/,
  );
});

test('brief without PARALLAX_LLM_URL writes the same JSON as before the rewrite existed', async () => {
  const r = await brief({}, 'json');
  const json = JSON.parse(r.stdout) as { stories: Array<{ summary: Array<Record<string, unknown>> }> };
  assert.ok(json.stories.every((s) => s.summary.every((l) => !('generated' in l))));
  assert.doesNotMatch(r.stdout, /generated|PX50[678]/);
});
