import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decimalString, formatQuantity, readQuantities, sameAmount } from '../../src/reconcile/quantity.ts';

const read = (text: string) =>
  readQuantities(text).map((q) => ({
    text: text.slice(q.start, q.end),
    value: decimalString(q.value),
    ...(q.currency ? { currency: q.currency } : {}),
    ...(q.unit ? { unit: q.unit.name } : {}),
    ...(q.qualifier ? { qualifier: q.qualifier } : {}),
    ...(q.ordinal ? { ordinal: true } : {}),
  }));

test('money with scale words is exact: no binary floats, the scale is never dropped', () => {
  assert.deepEqual(read('Harlow Foods agreed to pay €2.05bn, or €1.85 billion before debt.'), [
    { text: '€2.05bn', value: '2050000000', currency: 'EUR' },
    { text: '€1.85 billion', value: '1850000000', currency: 'EUR' },
  ]);
  assert.deepEqual(read('a fine of 3.2 million euros and £640m in damages'), [
    { text: '3.2 million euros', value: '3200000', currency: 'EUR' },
    { text: '£640m', value: '640000000', currency: 'GBP' },
  ]);
  // A scale joined by a hyphen, as some papers write it, is still the scale.
  assert.deepEqual(read('Thieves took $137-million in gems; a 4.5-billion-rand plan followed.'), [
    { text: '$137-million', value: '137000000', currency: 'USD' },
    { text: '4.5-billion', value: '4500000000' },
  ]);
  const [a, b] = readQuantities('It paid €2,050 million, or €2.05bn.');
  assert.ok(sameAmount(a, b));
});

test('a currency code before or after an amount is its currency, from one list of codes', () => {
  assert.deepEqual(read('The fare rose to 1,200 SEK; the fine was AED 40,000.'), [
    { text: '1,200 SEK', value: '1200', currency: 'SEK' },
    { text: 'AED 40,000', value: '40000', currency: 'AED' },
  ]);
});

test('a euro sign lost by a feed ("e80 million") is still euros, only with a scale word', () => {
  assert.deepEqual(read('Smugglers hid e42 million in crates; the port lost E1.5bn and e7m more.'), [
    { text: 'e42 million', value: '42000000', currency: 'EUR' },
    { text: 'E1.5bn', value: '1500000000', currency: 'EUR' },
    { text: 'e7m', value: '7000000', currency: 'EUR' },
  ]);
  // Without a scale word an "e" before digits is a name (a fuel, a road, a model), not money.
  assert.ok(!read('Drivers filled up with E10 on the E40 near Ghent.').some((q) => q.currency));
  assert.ok(!read('The e3 model sold 900 units.').some((q) => q.currency));
});

test('thousands groups split by a tokenizer are one number; a day before a count is not', () => {
  assert.deepEqual(read('The island is home to 120, 000 people and 1, 500 boats.'), [
    { text: '120, 000', value: '120000' },
    { text: '1, 500', value: '1500' },
  ]);
  // A comma before fewer than three digits ends a clause or a list item: both numbers stand.
  assert.deepEqual(read('The blast killed 6, injuring 40, 15 of them children.'), [
    { text: '6', value: '6' },
    { text: '40', value: '40' },
    { text: '15', value: '15' },
  ]);
  assert.ok(read('In 2005, 120 people died.').some((q) => q.value === '120'));
  // A decimal a tokenizer split is no number at all.
  assert.deepEqual(read('It measured 6. 1 on the scale.'), []);
  // Never 3,200: after a month the split reads as a day and a count, and neither is trusted.
  assert.ok(!read('On March 3, 200 people marched.').some((q) => q.value === '3200'));
});

test('qualifiers are kept with the number they hedge', () => {
  assert.deepEqual(read('At least 12 people died; about 300 homes and more than 1,500 cattle were lost.'), [
    { text: 'At least 12', value: '12', qualifier: 'at least' },
    { text: 'about 300', value: '300', qualifier: 'about' },
    { text: 'more than 1,500', value: '1500', qualifier: 'more than' },
  ]);
});

test('names with digits, years, clock times, phone numbers and scores are not quantities', () => {
  assert.deepEqual(read('The Series 4 tram and the Model K7 drill were shown in 2024.'), []);
  assert.deepEqual(read('Call 0161 496 0732 before 8.30pm or at 1400 GMT.'), []);
  assert.deepEqual(read('Dunmore won 3-1 and wear the No. 9 shirt; the Vesta-3 probe flew.'), []);
  assert.deepEqual(read('Flight 207 landed. 14 passengers were hurt.'), [{ text: '14', value: '14' }]);
  assert.deepEqual(read('On March 10 they left.').length, 1);
});

test('units are read, and the same distance in two units is the same amount within rounding', () => {
  const q = readQuantities('a 12-kilometre stretch, about 7.5 miles, and 540 km up (335 miles)');
  assert.deepEqual(
    q.map((x) => x.unit?.name),
    ['kilometre', 'mile', 'kilometre', 'mile'],
  );
  assert.ok(sameAmount(q[0], q[1]));
  assert.ok(sameAmount(q[2], q[3]));
  assert.ok(!sameAmount(q[0], q[3]));
  const [v1, v2] = readQuantities('1.8 billion cubic metres, or 1.8 cubic kilometres');
  assert.ok(sameAmount(v1, v2));
});

test('ordinals and spelled numbers are quantities; a ordinal is never equal to a count', () => {
  assert.deepEqual(read('scored in the 114th minute before two boats arrived'), [
    { text: '114th', value: '114', ordinal: true },
    { text: 'two', value: '2' },
  ]);
  assert.deepEqual(read('Sixty residents and twenty-five staff'), [
    { text: 'Sixty', value: '60' },
    { text: 'twenty-five', value: '25' },
  ]);
});

test('amounts are written as a reader would write them', () => {
  const f = (t: string) => formatQuantity(readQuantities(t)[0]);
  assert.equal(f('€1.25 billion'), '€1.25 billion');
  assert.equal(f('€1,250,000,000'), '€1.25 billion');
  assert.equal(f('2300 workers'), '2,300');
  assert.equal(f('the 112th minute'), '112th');
  assert.equal(f('31% of them'), '31%');
});
