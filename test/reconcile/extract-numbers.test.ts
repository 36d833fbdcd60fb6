import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reconcile } from '../../src/config.ts';
import { collectStatements } from '../../src/reconcile/collect-statements.ts';
import { extractNumbers } from '../../src/reconcile/extract-numbers.ts';
import { handAnnotate } from './hand-annotate.ts';

function claimsOf(paragraph: string, dates: Array<[string, string]> = []) {
  const item = handAnnotate({
    id: 'a1',
    outlet: 'Test Outlet',
    published: '2031-03-12',
    title: null,
    paragraphs: [paragraph],
    mentions: [],
    dates: dates.map(([t, v]) => [t, v, 'year', 'absolute']),
    quotes: [],
  });
  const statements = collectStatements([item], new Map(), 1);
  return extractNumbers(statements, [item], reconcile);
}

function numbersOf(paragraph: string, dates: Array<[string, string]> = []) {
  return claimsOf(paragraph, dates).map((n) => ({
    key: n.claim.key,
    value: n.claim.amount,
    approx: n.claim.approximate,
    mods: n.modifiers,
  }));
}

test('a number is claimed with the noun it counts, synonyms folded', () => {
  assert.deepEqual(numbersOf('The storm left 31 dead across the valley.'), [
    { key: 'count:dead', value: '31', approx: false, mods: [] },
  ]);
  assert.deepEqual(numbersOf('The war cost 2,500 Veloran lives in the valley.'), [
    { key: 'count:dead', value: '2,500', approx: false, mods: ['veloran'] },
  ]);
});

test('hedged numbers are approximate; money is keyed by currency', () => {
  assert.deepEqual(numbersOf('About 17 countries sent ships.')[0], {
    key: 'count:country',
    value: '17',
    approx: true,
    mods: [],
  });
  assert.equal(numbersOf('The port paid $2 million in fines.')[0].value, '$2 million');
});

test('money is a sum in its currency, whatever word follows it', () => {
  assert.deepEqual(
    claimsOf('Raiders took $48 million worth of watches and €9 million in cash.').map((n) => n.claim.topic),
    ['amount in US dollars', 'amount in euros'],
  );
});

test('years and numbers inside date expressions are not counts', () => {
  assert.deepEqual(numbersOf('The 2019 flood closed 4 ports in 2020.', [['2020', '2020']]), [
    { key: 'count:port', value: '4', approx: false, mods: [] },
  ]);
  assert.deepEqual(numbersOf('Talks ran from 3-4 May at 09:26 in the hall.'), []);
});

test('a count told of another year, a breakdown, a duration and a range are no rival counts', () => {
  assert.deepEqual(
    numbersOf('In 2019, the gang drove two cars into a shop.', [['2019', '2019']])[0]?.key,
    'count:car',
  );
  assert.deepEqual(numbersOf('The crew held 12 Velsian and 11 Doran sailors.'), []);
  assert.deepEqual(numbersOf('She had lived in Orvell for three years.'), []);
  assert.deepEqual(numbersOf('Between 40 percent to 70 percent of homes were damaged.'), []);
});

test('the counted noun may come before the number ("the crowd was 41,200")', () => {
  // Crowd and attendance are one measure (`countSynonyms`).
  assert.equal(numbersOf('At the final the crowd was 41,200.')[0]?.key, 'count:attendanc');
});

test('a percentage is keyed by what it is a percentage of; one without a basis is no claim', () => {
  assert.equal(
    numbersOf('Holders get a premium of 31% over the last close.')[0]?.key,
    'count:measure:percent:premium',
  );
  assert.equal(numbersOf('Shares of the firm rose 24% in early trading.').length, 0);
});

test('a count named before its number: "a crowd of N" before a verb, a copula subject with a place after it', () => {
  assert.deepEqual(
    numbersOf('A crowd of 18,300 watched the Harbour Club win the final.').map((n) => n.key),
    ['count:attendanc'],
  );
  assert.deepEqual(
    numbersOf('The official attendance at Velm Park was 18,900, the league said.').map((n) => n.key),
    ['count:attendanc'],
  );
  // A plural noun after the number is still what is counted, with or without an s.
  assert.deepEqual(
    numbersOf('The line runs a fleet of 14 vessels across the sound.').map((n) => n.key),
    ['count:vessel'],
  );
  assert.deepEqual(
    numbersOf('A total of 300 people were moved to the Velm school.').map((n) => n.key),
    ['count:peopl'],
  );
});

test('a date after the count in its clause tells the count’s year; past a comma it does not', () => {
  const era = (text: string, date: string) =>
    claimsOf(text, [[date, date.slice(-4)]]).find((n) => n.claim.key === 'count:peopl')?.era;
  assert.deepEqual(
    era(
      'The cyclone killed more than 9, 000 people in the old harbour town of Varna in March 1998.',
      'March 1998',
    ),
    ['1998'],
  );
  assert.deepEqual(
    era(
      'The flood killed 40 people in the delta, which the cyclone had flattened in March 1998.',
      'March 1998',
    ),
    ['2031'],
  );
});
