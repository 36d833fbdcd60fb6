/**
 * The grounding check of an LLM-rewritten line: every name, number and date must be in the cited
 * passages, compared as values; spelling variants of a name and other writings of an amount pass.
 * Invented passages.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type CitedPassage, groundingProblem } from '../../src/brief/check-grounding.ts';

/** Published on a Wednesday. */
const WIRE: CitedPassage = {
  text: 'Calder Mutual said on Monday it had set aside €2.05bn for flood claims after nearly 40% of its policies in the Vasse delta were hit, and chief executive Tomasz Wierzbicki would retire in June.',
  published: '2032-03-10',
};
/** The same news from another outlet, published the next day. */
const PAPER: CitedPassage = {
  text: 'Calder Mutual, the insurer of two of every five homes in the delta, expects claims to rise through April.',
  published: '2032-03-11',
};

const grounded = (sentence: string, passages = [WIRE]) => groundingProblem(sentence, passages);

test('a faithful rewrite is grounded: the same facts in other words', () => {
  assert.equal(
    grounded(
      'Calder Mutual set aside €2.05bn for flood claims on Monday, and its chief executive Tomasz Wierzbicki will retire in June.',
    ),
    null,
  );
});

test('an amount written another way is the same number; a different one is not', () => {
  assert.equal(grounded('Calder Mutual set aside €2,050 million for flood claims.'), null);
  assert.match(grounded('Calder Mutual set aside €2.5bn for flood claims.') ?? '', /number "€2\.5bn"/);
  assert.match(
    grounded('Calder Mutual set aside $2.05bn for flood claims.') ?? '',
    /number "\$2\.05bn"/,
    'currency counts',
  );
});

test("a number's qualifier must make the same claim: 'almost' for 'nearly' passes, 'more than' does not", () => {
  assert.equal(grounded('Almost 40% of its policies in the Vasse delta were hit.'), null);
  assert.match(
    grounded('More than 40% of its policies in the Vasse delta were hit.') ?? '',
    /number "More than 40%"/,
  );
  assert.match(
    grounded('40% of its policies in the Vasse delta were hit.') ?? '',
    /number "40%"/,
    'a dropped hedge',
  );
});

test('each number stands for its own number of a passage', () => {
  const haul = {
    text: 'Customs seized two trucks and three vans at the Orvik crossing.',
    published: '2032-03-10',
  };
  assert.equal(grounded('At the Orvik crossing, customs seized 3 vans and 2 trucks.', [haul]), null);
  assert.match(
    grounded('Customs seized three trucks and three vans at the Orvik crossing.', [haul]) ?? '',
    /number "three"/,
  );
});

test('a number in words is its value', () => {
  assert.equal(grounded('Calder Mutual insures 2 of every 5 homes in the delta.', [PAPER]), null);
  assert.match(
    grounded('Calder Mutual insures three of every five homes in the delta.', [PAPER]) ?? '',
    /number "three"/,
  );
});

test('a date is compared as the date it resolves to, against the cited article', () => {
  assert.equal(
    grounded('Calder Mutual said on March 8 it had set aside €2.05bn.'),
    null,
    'Monday before 10 March 2032',
  );
  assert.match(
    grounded('Calder Mutual said on Tuesday it had set aside €2.05bn.') ?? '',
    /date "Tuesday" \(2032-03-09\)/,
  );
  assert.match(
    grounded('Calder Mutual said on 8 March 2031 it had set aside €2.05bn.') ?? '',
    /date "8 March 2031"/,
  );
  assert.equal(
    grounded('Calder Mutual said in March 2032 it had set aside €2.05bn.'),
    null,
    'coarser is grounded',
  );
  assert.match(grounded('Tomasz Wierzbicki will retire on 30 June.') ?? '', /date "30 June"/, 'finer is not');
});

test('a relative date left unresolved (no publication date) must be written as in its passage, number words aside', () => {
  const undated = {
    text: 'The Ardel bridge, opened five years ago, was closed to lorries.',
    published: null,
  };
  assert.equal(grounded('The Ardel bridge, opened 5 years ago, was closed to lorries.', [undated]), null);
  assert.match(
    grounded('The Ardel bridge, opened 6 years ago, was closed to lorries.', [undated]) ?? '',
    /date "6 years ago"/,
  );
});

test('a name must be in the passages, a spelling variant of it passes, an invented one does not', () => {
  assert.equal(grounded('Its chief executive, Tomasz Wierzbicky, will retire in June.'), null);
  assert.equal(grounded('Wierzbicki will retire in June.'), null, 'part of a written name');
  assert.match(
    grounded('Its chief executive, Adam Wierzbicki, will retire in June.') ?? '',
    /name "Adam Wierzbicki"/,
  );
  assert.match(grounded('Calder Mutual told Reuters it had set aside €2.05bn.') ?? '', /name "Reuters"/);
  assert.match(grounded('Homes in the Vasse delta and on Tarn Island were hit.') ?? '', /name "Tarn Island"/);
});

test("names may come from any cited passage, numbers and dates only from the line's own (the first)", () => {
  assert.equal(grounded('Calder Mutual, the insurer in the delta, set aside €2.05bn.', [WIRE, PAPER]), null);
  assert.equal(grounded('Tomasz Wierzbicki of Calder Mutual expects claims to rise.', [PAPER, WIRE]), null);
  assert.match(
    grounded('Calder Mutual, which insures two of every five homes, set aside €2.05bn.', [WIRE, PAPER]) ?? '',
    /number "two"/,
  );
  assert.match(
    grounded('Calder Mutual expects claims to rise, it said on March 8.', [PAPER, WIRE]) ?? '',
    /date "March 8"/,
  );
});

test('digits that are not an amount or a date must be written as in the passages', () => {
  const passage = { text: 'Route 9A buses will stop at Gate 14 from Monday.', published: '2032-03-10' };
  assert.equal(grounded('Route 9A buses will stop at Gate 14 from Monday.', [passage]), null);
  assert.match(grounded('Route 9B buses will stop at Gate 14 from Monday.', [passage]) ?? '', /9B/);
});

test('a negation added or dropped changes the claim', () => {
  assert.match(
    grounded('Calder Mutual did not set aside €2.05bn for flood claims.') ?? '',
    /adds a negation its passage does not have/,
  );
  const denial = { text: 'Calder Mutual has not said how many claims it expects.', published: '2032-03-11' };
  assert.match(
    grounded('Calder Mutual has said how many claims it expects.', [denial]) ?? '',
    /drops its passage's negation/,
  );
  assert.equal(grounded("Calder Mutual hasn't said how many claims it expects.", [denial]), null);
  const tired = { text: 'Crews had worked without a break since dawn.', published: '2032-03-10' };
  assert.match(
    grounded('Crews had not worked without a break since dawn.', [tired]) ?? '',
    /adds a negation/,
  );
});

test("a quote must be the passage's words, in order; punctuation and curly marks aside", () => {
  const said = {
    text: '“We will rebuild the sea wall before winter,” the mayor, Odile Fenn, told residents.',
    published: '2032-03-10',
  };
  assert.equal(
    grounded('Odile Fenn told residents: "We will rebuild the sea wall before winter."', [said]),
    null,
  );
  assert.match(
    grounded('Odile Fenn told residents: "We will rebuild the whole sea wall before winter."', [said]) ?? '',
    /quote "We will rebuild the whole sea wall before winter\." is not verbatim/,
  );
});

test('without a cited passage nothing is grounded', () => {
  assert.equal(groundingProblem('Calder Mutual set aside money.', []), 'no cited passage');
});
