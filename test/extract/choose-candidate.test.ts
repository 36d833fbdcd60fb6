/**
 * The comparison step of the HTML cascade (`chooseCandidate`) and the pruned-page serialiser, on
 * small invented candidates.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Candidate, chooseCandidate } from '../../src/extract/choose-candidate.ts';
import { parseLight, serializeLight } from '../../src/extract/light-dom.ts';

const p = (text: string, linkDensity = 0) => ({ text, linkDensity, heading: false, timeOnly: false });
const body = ['Alpha', 'Bravo', 'Charlie', 'Delta'].map((w) =>
  p(
    `${w} quarter of Velmora saw the new ferry timetable arrive on Monday, and commuters said the boats ran late twice before noon.`,
  ),
);
const comments = Array.from({ length: 3 }, (_, i) =>
  p(
    `Reader ${i} wrote that the ferries of the lake were never on time in any year they remember living by the water.`,
  ),
);
const cand = (method: string, ps: ReturnType<typeof p>[]): Candidate => ({ method, paragraphs: ps });

test('choose: the scorer text is Readability text plus a comment block → readability', () => {
  const out = chooseCandidate(cand('scorer', [...body, ...comments]), cand('readability', body), undefined);
  assert.equal(out.method, 'readability');
});

test('choose: the scorer only adds a headline-sized line → scorer kept', () => {
  const out = chooseCandidate(
    cand('scorer', [p('Ferries run late in Velmora'), ...body]),
    cand('readability', body),
    undefined,
  );
  assert.equal(out.method, 'scorer');
});

test('choose: the scorer picked a fragment of what Readability found → readability', () => {
  const out = chooseCandidate(
    cand('scorer', body.slice(0, 1)),
    cand('readability', [...body, ...comments.map((c) => p(`${c.text} Again.`))]),
    undefined,
  );
  assert.equal(out.method, 'readability');
});

test('choose: a prose paragraph only Readability has, between shared ones, is merged in', () => {
  const middle = p(
    'Echo harbour, the oldest of the piers, will close for repairs in the spring, the council confirmed.',
  );
  const out = chooseCandidate(
    cand('scorer', body),
    cand('readability', [body[0], body[1], middle, body[2], body[3]]),
    undefined,
  );
  assert.equal(out.method, 'scorer+readability');
  assert.deepEqual(
    out.paragraphs.map((x) => x.text),
    [body[0].text, body[1].text, middle.text, body[2].text, body[3].text],
  );
});

test('choose: a trailing paragraph only Readability has (a bio) is not merged', () => {
  const bio = p(
    'Mara Test is a reporter who has covered the lake towns for the Velmora Ledger since the spring.',
  );
  const out = chooseCandidate(cand('scorer', body), cand('readability', [...body, bio]), undefined);
  assert.equal(out.method, 'scorer');
});

test('choose: JSON-LD articleBody that both DOM candidates miss is used', () => {
  const ld = Array.from(
    { length: 12 },
    (_, i) => `Sentence ${i} of the hidden report about the Velmora ferry fleet and its engines.`,
  ).join(' ');
  const out = chooseCandidate(cand('scorer', body), cand('readability', body), ld);
  assert.equal(out.method, 'json-ld');
  const agrees = chooseCandidate(
    cand('scorer', body),
    cand('readability', body),
    body
      .map((x) => x.text)
      .join('\n')
      .repeat(2),
  );
  assert.equal(agrees.method, 'scorer');
});

test('serializeLight: textless elements and inline tags dropped, class/id kept, text escaped', () => {
  const d = parseLight(
    '<body><div class="a" data-x="1"><span></span><img src="x.png"><p id="q">1 &lt; 2 &amp; 3</p></div></body>',
  );
  assert.equal(
    serializeLight(d.body),
    '<body><div class="a"><img><p id="q">1 &lt; 2 &amp; 3</p></div></body>',
  );
});
