/**
 * The chat endpoint's URL and body handling: where the request goes, how an endpoint is named in
 * messages, and what counts as a chat completion.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { completionsUrl, describeEndpoint, parseCompletion } from '../../src/io/chat-completions.ts';

test('the request goes to {base}/chat/completions, or to the URL given when it already ends so', () => {
  assert.equal(completionsUrl('http://127.0.0.1:11434/v1'), 'http://127.0.0.1:11434/v1/chat/completions');
  assert.equal(completionsUrl('http://127.0.0.1:8080/v1/'), 'http://127.0.0.1:8080/v1/chat/completions');
  assert.equal(
    completionsUrl('https://llm.example/v1/chat/completions'),
    'https://llm.example/v1/chat/completions',
  );
});

test('an endpoint is named without its user name and password', () => {
  assert.equal(describeEndpoint('http://ann:hunter2@10.0.0.5:8080/v1'), 'http://10.0.0.5:8080/v1');
  assert.equal(describeEndpoint('http://127.0.0.1:8080/v1/'), 'http://127.0.0.1:8080/v1');
});

test("a chat completion's first message is the answer; anything else is malformed", () => {
  assert.deepEqual(
    parseCompletion('{"model":"m-7b","choices":[{"message":{"role":"assistant","content":"{}"}}]}'),
    { ok: true, content: '{}', model: 'm-7b' },
  );
  assert.deepEqual(parseCompletion('{"choices":[{"message":{"content":"x"}}]}'), { ok: true, content: 'x' });
  for (const body of ['not json', '{"choices":[]}', '{"choices":[{"message":{"content":null}}]}', '[]'])
    assert.equal((parseCompletion(body) as { kind?: string }).kind, 'malformed', body);
});
