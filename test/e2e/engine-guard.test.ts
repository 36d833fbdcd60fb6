import assert from 'node:assert/strict';
import { test } from 'node:test';
import { briefDocuments, guarded } from '../../src/engine.ts';
import type { RawDocument } from '../../src/model/source.ts';

const doc: RawDocument = {
  id: 'a00000000bug1',
  path: 'bug.txt',
  kind: 'text',
  content: 'x',
  diagnostics: [],
};

test('a bug while extracting one document yields an unusable article with PX903 naming the input', () => {
  const article = guarded(doc, () => {
    throw new Error('boom');
  });
  assert.equal(article.usable, false);
  assert.equal(article.path, 'bug.txt');
  const d = article.diagnostics.find((x) => x.code === 'PX903');
  assert.ok(d, 'PX903 present');
  assert.equal(d.input, 'bug.txt');
  assert.match(d.message, /boom/);
});

test('the rest of the batch goes on beside an input that cannot be used', () => {
  const good: RawDocument = {
    id: 'a00000000good',
    path: 'good.txt',
    kind: 'text',
    content:
      'Harbour bridge reopens after repairs\n\nThe harbour bridge in Port Velm reopened on Monday after six weeks of repairs to its lifting span, the town council said. Engineers replaced two cables and a gearbox, and the council said traffic would return to normal by the end of the week. Shop owners near the bridge said trade had fallen by a third while it was closed.',
    diagnostics: [],
  };
  const empty: RawDocument = {
    id: 'a0000000empty',
    path: 'empty.txt',
    kind: 'text',
    content: '  ',
    diagnostics: [],
  };
  const out = briefDocuments([good, empty]);
  assert.equal(out.articles.length, 2);
  assert.equal(out.stories.length, 1);
  assert.deepEqual(out.stories[0].articles, ['a00000000good']);
});
