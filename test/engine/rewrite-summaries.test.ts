/**
 * The optional LLM rewrite of "what happened", end to end against a fake OpenAI-compatible server on
 * 127.0.0.1: accepted and rejected rewrites, malformed answers, a timeout, a server that is down, an
 * HTTP error, and the default (no `PARALLAX_LLM_URL`) leaving the output as it was. No real network.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { checkBriefing } from '../../src/brief/check-briefing.ts';
import { briefDocuments, briefDocumentsRewritten, llmSettingsFrom, runStages } from '../../src/engine.ts';
import type { BriefOutput } from '../../src/model/briefing.ts';
import { BriefOutputSchema } from '../../src/model/schema/briefing.ts';
import { renderBrief } from '../../src/render/index.ts';
import { type FakeAnswer, requestedLines, sentencesAnswer, startFakeLlm } from './fake-llm-server.ts';
import { LLM_DOCS } from './llm-stories.ts';

let plain: BriefOutput;
before(() => {
  plain = briefDocuments(LLM_DOCS);
  assert.equal(plain.stories.length, 2, 'two stories to rewrite');
  assert.ok(plain.stories.every((s) => s.summary.length >= 2));
});

/** A grounded rewrite of a line: "Overall, the …" (every invented sentence opens with "The"). */
const fluent = (text: string) => `Overall, ${text.charAt(0).toLowerCase()}${text.slice(1)}`;

/** The first line with `insert` put before its final full stop; the other lines rewritten as `fluent`. */
function spoilFirst(insert: string) {
  return (body: Record<string, unknown>): FakeAnswer =>
    sentencesAnswer(
      requestedLines(body).map((l, i) =>
        i === 0 ? fluent(l.text).replace(/\.$/, `${insert}.`) : fluent(l.text),
      ),
    );
}

async function rewriteWith(
  answer: (body: Record<string, unknown>) => FakeAnswer,
  env: Record<string, string> = {},
) {
  const fake = await startFakeLlm(answer);
  try {
    const settings = llmSettingsFrom({
      PARALLAX_LLM_URL: fake.url,
      PARALLAX_LLM_TIMEOUT_SECONDS: '2',
      ...env,
    });
    const out = await briefDocumentsRewritten(LLM_DOCS, [], {}, settings);
    return { out, requests: fake.requests };
  } finally {
    await fake.close();
  }
}

const codes = (out: BriefOutput, code: string) => out.diagnostics.filter((d) => d.code === code);

test('an accepted rewrite replaces every line, keeps its citations and records the model and the source sentence', async () => {
  const { out, requests } = await rewriteWith(
    (body) => sentencesAnswer(requestedLines(body).map((l) => fluent(l.text))),
    { PARALLAX_LLM_MODEL: 'local-model', PARALLAX_LLM_KEY: 'secret-key' },
  );
  BriefOutputSchema.parse(out);
  assert.equal(requests.length, 2, 'one request a story');
  assert.equal(requests[0].path, '/v1/chat/completions');
  assert.equal(requests[0].body.model, 'local-model');
  assert.equal(requests[0].body.temperature, 0);
  assert.equal(requests[0].authorization, 'Bearer secret-key');
  const line = requestedLines(requests[0].body)[0];
  assert.ok(line.passages.length >= 1 && line.passages.every((p) => p.length > 0), 'cited passages are sent');
  out.stories.forEach((story, s) => {
    story.summary.forEach((l, i) => {
      const before = plain.stories[s].summary[i];
      assert.equal(l.text, fluent(before.text));
      assert.deepEqual(l.citations, before.citations);
      assert.deepEqual(l.generated, { model: 'fake-model-7b', extractive: before.text });
    });
    assert.deepEqual(
      checkBriefing(story, out.articles),
      [],
      'a rewritten line is checked as its source sentence',
    );
  });
  const lines = plain.stories.reduce((n, s) => n + s.summary.length, 0);
  assert.equal(codes(out, 'PX508').length, 1);
  assert.match(
    codes(out, 'PX508')[0].message,
    new RegExp(`by fake-model-7b: ${lines} of ${lines} .* none rejected`),
  );
  assert.equal(codes(out, 'PX508')[0].severity, 'info');
  const markdown = renderBrief(out, 'markdown');
  assert.match(markdown, /^Overall, the .* † \[1\]/m);
  assert.match(markdown, /Rewritten by fake-model-7b, checked against the sources/);
  const html = renderBrief(out, 'html');
  assert.match(
    html,
    /<div class="line generated">Overall, the [^<]*<span class="inserted generated-mark" title="rewritten by fake-model-7b; the source&#39;s sentence: The /,
  );
  assert.match(html, /<p class="inserted generated-note">† Rewritten by fake-model-7b/);
});

for (const [what, insert, reason] of [
  ['an invented number', ', with 9,400 homes affected', /number "9,400"/],
  ['an invented name', ' near Quillon Harbour', /name "Quillon Harbour"/],
  ['a wrong date', ' on 19 February 2029', /date "19 February 2029"/],
] as const) {
  test(`a rewrite with ${what} is rejected and its extractive line stays`, async () => {
    const { out } = await rewriteWith(spoilFirst(insert));
    out.stories.forEach((story, s) => {
      assert.deepEqual(
        story.summary[0],
        plain.stories[s].summary[0],
        'the spoiled line is the extractive one',
      );
      assert.ok(
        story.summary.slice(1).every((l) => l.generated !== undefined),
        'the others are rewritten',
      );
    });
    const notes = codes(out, 'PX508');
    assert.equal(notes.length, 1, 'one note a run');
    assert.match(notes[0].message, /; 2 rejected by the grounding check \(first: line 1 of /);
    assert.match(notes[0].message, reason);
  });
}

test('an answer that is not the JSON asked for keeps the extractive lines, with one PX507 for the run', async () => {
  for (const answer of [
    { content: 'Sure! Here are the rewritten sentences: ...' },
    sentencesAnswer(['Overall, one sentence for several lines.']),
    { body: '{"error": "model not loaded"}' },
    { body: '<html>gateway</html>' },
  ] satisfies FakeAnswer[]) {
    const { out } = await rewriteWith(() => answer);
    assert.deepEqual(out.stories, plain.stories);
    const unusable = codes(out, 'PX507');
    assert.equal(unusable.length, 1);
    assert.match(unusable[0].message, /^LLM answer unusable for 2 of 2 stories/);
    assert.match(unusable[0].input ?? '', /^http:\/\/127\.0\.0\.1:\d+\/v1$/, 'names the endpoint');
  }
});

test('a timeout stops the rewrite for the run: one request, one PX506, extractive lines everywhere', async () => {
  const { out, requests } = await rewriteWith(() => ({ hang: true }), {
    PARALLAX_LLM_TIMEOUT_SECONDS: '0.3',
  });
  assert.equal(requests.length, 1, 'the endpoint is not asked again after it failed');
  assert.deepEqual(out.stories, plain.stories);
  const failed = codes(out, 'PX506');
  assert.equal(failed.length, 1);
  assert.match(failed[0].message, /no answer within 0\.3 s; 2 of 2 stories keep their extractive/);
  assert.match(failed[0].input ?? '', /^http:\/\/127\.0\.0\.1:\d+\/v1$/);
});

test('an HTTP error stops the rewrite for the run with one PX506', async () => {
  const { out, requests } = await rewriteWith(() => ({ status: 500 }));
  assert.equal(requests.length, 1);
  assert.deepEqual(out.stories, plain.stories);
  assert.equal(codes(out, 'PX506').length, 1);
  assert.match(codes(out, 'PX506')[0].message, /HTTP 500/);
});

test('a server that is down gives one PX506 naming the endpoint, and the extractive briefing', async () => {
  const fake = await startFakeLlm(() => ({ content: '{}' }));
  await fake.close();
  const out = await briefDocumentsRewritten(
    LLM_DOCS,
    [],
    {},
    llmSettingsFrom({ PARALLAX_LLM_URL: fake.url }),
  );
  assert.deepEqual(out.stories, plain.stories);
  const failed = codes(out, 'PX506');
  assert.equal(failed.length, 1);
  assert.match(failed[0].message, /cannot connect \(ECONNREFUSED\)/);
  assert.equal(failed[0].input, fake.url);
});

test('without PARALLAX_LLM_URL the output is the extractive one, byte for byte', async () => {
  assert.equal(llmSettingsFrom({}), null);
  assert.equal(llmSettingsFrom({ PARALLAX_LLM_URL: '  ' }), null);
  const out = await briefDocumentsRewritten(LLM_DOCS, [], {}, llmSettingsFrom({ PARALLAX_LLM_MODEL: 'x' }));
  for (const format of ['json', 'markdown', 'html'] as const)
    assert.equal(renderBrief(out, format), renderBrief(plain, format));
});

test('a PARALLAX_LLM_URL that cannot be used is one PX506 naming it, without its password', async () => {
  for (const [env, message] of [
    [{ PARALLAX_LLM_URL: 'localhost:8080' }, /not an http\(s\) URL/],
    [{ PARALLAX_LLM_URL: 'not a url' }, /not a URL/],
    [
      { PARALLAX_LLM_URL: 'http://user:pw@127.0.0.1:9/v1', PARALLAX_LLM_TIMEOUT_SECONDS: 'soon' },
      /"soon" is not a positive number/,
    ],
  ] as const) {
    const out = await briefDocumentsRewritten(LLM_DOCS, [], {}, llmSettingsFrom(env));
    assert.deepEqual(out.stories, plain.stories);
    const failed = codes(out, 'PX506');
    assert.equal(failed.length, 1);
    assert.match(failed[0].message, message);
    assert.doesNotMatch(JSON.stringify(failed[0]), /pw/);
  }
});

test("the service's driver (runStages) rewrites after briefing too, and not at all when told so", async () => {
  const fake = await startFakeLlm((body) => sentencesAnswer(requestedLines(body).map((l) => fluent(l.text))));
  try {
    const driver = {
      groupState: () => ({}),
      toBrief: (g: { stories: Array<{ id: string; articles: string[] }> }) => g.stories,
    };
    const on = await runStages(LLM_DOCS, { ...driver, llm: llmSettingsFrom({ PARALLAX_LLM_URL: fake.url }) });
    assert.ok(
      on.stories.every((s) => s.briefing.summary.every((l) => l.generated?.model === 'fake-model-7b')),
    );
    assert.equal(on.diagnostics.filter((d) => d.code === 'PX508').length, 1);
    const off = await runStages(LLM_DOCS, { ...driver, llm: null });
    assert.deepEqual(
      off.stories.map((s) => s.briefing),
      plain.stories,
    );
    assert.equal(fake.requests.length, 2, 'one request a story, none when off');
  } finally {
    await fake.close();
  }
});
