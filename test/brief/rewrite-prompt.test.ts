/**
 * The LLM rewrite's request and the reading of its answer: one sentence per line, in order.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readRewrite, rewriteMessages } from '../../src/brief/rewrite-prompt.ts';
import { llm } from '../../src/config.ts';

test('the request sends each line with its passages, cut to the configured size', () => {
  const long = `The pier at Saltmere closed on Sunday. ${'The council gave no date for repairs. '.repeat(40)}`;
  const messages = rewriteMessages('Saltmere pier closed', [
    { text: 'The pier at Saltmere closed on Sunday.', passages: [long, 'b', 'c', 'd'] },
  ]);
  assert.deepEqual(
    messages.map((m) => m.role),
    ['system', 'user'],
  );
  assert.match(messages[0].content, /exactly one sentence/);
  const payload = JSON.parse(messages[1].content) as {
    story: string;
    lines: Array<{ line: number; passages: string[] }>;
  };
  assert.equal(payload.story, 'Saltmere pier closed');
  assert.equal(payload.lines[0].line, 1);
  assert.equal(payload.lines[0].passages.length, llm.maxPassagesPerLine);
  assert.equal(payload.lines[0].passages[0].length, llm.maxPassageChars + 1, 'cut, with an ellipsis');
});

test('an answer is read as the object asked for, a bare list, or either inside a code fence', () => {
  for (const content of [
    '{"sentences": ["One.", "Two."]}',
    '["One.", "Two."]',
    '```json\n{"sentences": ["One.",\n "Two."]}\n```',
  ])
    assert.deepEqual(readRewrite(content, 2), { sentences: ['One.', 'Two.'] });
  assert.deepEqual(readRewrite('{"sentences": ["  One\\n more. "]}', 1), { sentences: ['One more.'] });
});

test('an answer that is not JSON, not a list of strings, or not one sentence a line is a problem', () => {
  assert.deepEqual(readRewrite('Here you go: One. Two.', 2), { problem: 'the message is not JSON' });
  assert.deepEqual(readRewrite('{"text": "One. Two."}', 2), {
    problem: 'the message holds no "sentences" list of strings',
  });
  assert.deepEqual(readRewrite('{"sentences": ["One.", 2]}', 2), {
    problem: 'the message holds no "sentences" list of strings',
  });
  assert.deepEqual(readRewrite('{"sentences": ["One."]}', 2), { problem: '1 sentence for 2 lines' });
});
