import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleFeatures } from '../../src/cluster/article-features.ts';
import { cluster } from '../../src/config.ts';
import { makeArticle, quickAnnotate } from './quick-annotate.ts';

function featuresOf(paragraphs: string[], title: string | null) {
  const article = makeArticle('a1', paragraphs, { title });
  return articleFeatures({ article, annotations: quickAnnotate(article) }, cluster);
}

test('the headline is outside the text: its words become features', () => {
  const without = featuresOf(['Crews pumped water from cellars overnight.'], null);
  const withTitle = featuresOf(['Crews pumped water from cellars overnight.'], 'River Tamsin floods Kelby');
  assert.equal(without.has('w:tamsin'), false);
  assert.equal(withTitle.get('w:tamsin'), 1);
  assert.equal(withTitle.get('w:kelby'), 1);
  // Stopwords stay out, and the text's own counts are unchanged.
  assert.equal(featuresOf(['Crews pumped water.'], 'The flood of the year').has('w:the'), false);
  assert.equal(
    withTitle.get('w:cellar') ?? withTitle.get('w:cellars'),
    without.get('w:cellar') ?? without.get('w:cellars'),
  );
});

test('a headline the text starts with is not counted twice', () => {
  const repeated = featuresOf(
    ['River Tamsin floods Kelby', 'Crews pumped water from cellars.'],
    'River Tamsin floods Kelby',
  );
  const plain = featuresOf(['River Tamsin floods Kelby', 'Crews pumped water from cellars.'], null);
  assert.deepEqual(repeated, plain);
});
