import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as nlp from '../../src/nlp/index.ts';
import { articleFrom } from './fixture-article.ts';

const TEXT = 'On Monday, Mayor Ilona Fetz opened the Lakeside Water Authority.\n\n“It works,” she said.';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

test('the public API exports annotate and its pieces', () => {
  for (const name of ['annotate', 'splitSentences', 'findMentions', 'resolveDates', 'findQuotes']) {
    assert.equal(typeof (nlp as Record<string, unknown>)[name], 'function', name);
  }
});

test('annotate does not mutate the article and gives the same result twice', () => {
  const article = deepFreeze(articleFrom('a000000000001', TEXT, '2025-07-04'));
  const first = nlp.annotate(article);
  const second = nlp.annotate(article);
  assert.deepEqual(first, second);
  assert.equal(first.article, 'a000000000001');
  assert.equal(first.sentences.length, 2);
  assert.deepEqual(
    first.quotes.map((q) => [q.text, q.speaker]),
    [['It works', 'Ilona Fetz']],
  );
});

test('relative dates are resolved against published, and skipped when it is null', () => {
  const dated = nlp.annotate(articleFrom('a000000000002', TEXT, '2025-07-04'));
  assert.deepEqual(
    dated.dates.map((d) => [d.text, d.value]),
    [['Monday', '2025-06-30']],
  );
  const undated = nlp.annotate(articleFrom('a000000000003', TEXT, null));
  assert.deepEqual(undated.dates, []);
  const [diagnostic] = undated.diagnostics ?? [];
  assert.equal(diagnostic?.code, 'PX302');
  assert.equal(TEXT.slice(diagnostic.start, diagnostic.end), 'Monday');
});

test('an article without text gets empty annotations and a PX301 warning', () => {
  const ann = nlp.annotate(articleFrom('a000000000004', '', '2025-07-04'));
  assert.deepEqual([ann.sentences, ann.tokens, ann.mentions, ann.dates, ann.quotes], [[], [], [], [], []]);
  assert.equal(ann.diagnostics?.[0]?.code, 'PX301');
});

test('options override the config: a shorter pronoun lookback leaves the speaker unknown', () => {
  const text = 'Jonas Pell arrived.\n\nThe rain stopped. The roads dried.\n\n“We are ready,” he said.';
  const near = nlp.annotate(articleFrom('a000000000005', text, null));
  assert.equal(near.quotes[0].speaker, 'Jonas Pell');
  const far = nlp.annotate(articleFrom('a000000000005', text, null), { pronounLookbackSentences: 1 });
  assert.equal(far.quotes[0].speaker, null);
});
