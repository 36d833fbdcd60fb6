/**
 * The AEB metric, the light DOM and the content scorer's rules, on small invented inputs.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseLight } from '../../src/extract/light-dom.ts';
import { defaultExtractOptions } from '../../src/extract/options.ts';
import { container, findContent, pruneChrome } from '../../src/extract/score-content.ts';
import { corpusScore, scoreExtraction, tokens } from '../../src/extract/score-extraction.ts';

test('AEB metric: tokens are Unicode word runs', () => {
  assert.deepEqual(tokens('Größe: 12,5 — naïve_x!'), ['Größe', '12', '5', 'naïve_x']);
});

test('AEB metric: per-document precision and recall over 4-gram shingle multisets', () => {
  assert.deepEqual(scoreExtraction('a b c d e', 'a b c d e'), { precision: 1, recall: 1 });
  // predicted has 2 shingles (a b c d, b c d e), gold 1 (a b c d): one extra → precision 1/2.
  assert.deepEqual(scoreExtraction('a b c d e', 'a b c d'), { precision: 0.5, recall: 1 });
  // repeated shingles count as a multiset
  assert.deepEqual(scoreExtraction('w x y z', 'w x y z. w x y z'), { precision: 1, recall: 0.2 });
  assert.deepEqual(scoreExtraction('', ''), { precision: 1, recall: 1 });
  assert.deepEqual(scoreExtraction('', 'a b c d'), { precision: 0, recall: 0 });
});

test('AEB metric: corpus F1 is the F1 of the mean precision and mean recall', () => {
  const s = corpusScore([
    { precision: 1, recall: 0.5 },
    { precision: 0.5, recall: 1 },
  ]);
  assert.equal(s.precision, 0.75);
  assert.equal(s.recall, 0.75);
  assert.equal(s.f1, 0.75);
});

test('light DOM: entities decoded, title, attributes and simple selectors', () => {
  const d = parseLight(
    '<html lang="en"><head><title>A &amp; B</title><meta name="author" content="X"></head><body><article><p>One<time datetime="2021-02-03">3 Feb</time></p></article></body></html>',
  );
  assert.equal(d.title, 'A & B');
  assert.equal(d.documentElement.getAttribute('lang'), 'en');
  assert.equal(d.querySelectorAll('meta[name="author"]').length, 1);
  assert.equal(d.querySelector('article time[datetime]')?.getAttribute('datetime'), '2021-02-03');
  assert.equal(d.querySelector('header time[datetime]'), null);
});

const para = (s: string): string =>
  `<p>${s}, said the council, which met on Tuesday evening to discuss the plan in full.</p>`;

test('scorer: the block with the most paragraph text wins over a link list', () => {
  const d = parseLight(
    `<body><div class="x1">${['Home', 'News', 'Sport'].map((w) => `<li><a href="/">${w} section of the paper online</a></li>`).join('')}</div><div class="x2">${para('One')}${para('Two')}${para('Three')}</div></body>`,
  );
  pruneChrome(d.body, defaultExtractOptions.chromeMaxShare);
  const pick = findContent(d.body, defaultExtractOptions);
  assert.ok(pick);
  const text = container(pick.nodes).textContent;
  assert.ok(text.includes('Three'));
  assert.ok(!text.includes('Sport'));
});

test('pruneChrome drops nav, hidden boxes and small class-named boxes', () => {
  const d = parseLight(
    `<body><nav>Menu</nav><div hidden>Secret</div><div class="newsletter-box">Sign up now</div>${para('Kept')}</body>`,
  );
  pruneChrome(d.body, defaultExtractOptions.chromeMaxShare);
  const text = d.body.textContent;
  assert.ok(text.includes('Kept'));
  for (const w of ['Menu', 'Secret', 'Sign up']) assert.ok(!text.includes(w), w);
});
