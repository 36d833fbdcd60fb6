/**
 * Ages in apposition to one person's full name ("Helga Marrow, 54," / "45-year-old Helga Marrow") that
 * two outlets give differently are a dispute; never ages of two people of one family, an age in a
 * sentence about another year, or ages a year apart in reports weeks apart (a birthday).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { disputesOfTexts } from './nlp-fixture.ts';

const ageDisputes = (texts: Array<[string, string]>) => disputesOfTexts(texts, 'age:');

test('two outlets give one rescued woman different ages: a dispute', () => {
  const d = ageDisputes([
    [
      'Firefighters rescued Helga Marrow, 54, from the flooded basement of her bakery in Tessby on Monday.',
      '2026-04-07',
    ],
    [
      'Helga Marrow, 45, was rescued from the flooded basement of her bakery in Tessby on Monday.',
      '2026-04-07',
    ],
    [
      'Crews pulled 45-year-old Helga Marrow from the flooded basement of her bakery in Tessby.',
      '2026-04-08',
    ],
  ]);
  assert.equal(d.length, 1, JSON.stringify(d));
  assert.deepEqual(d[0].variants.map((v) => v.value).sort(), ['45', '54']);
  assert.equal(d[0].variants.find((v) => v.value === '45')?.citations.length, 2);
});

test('ages of two relatives, of another year, or a year apart weeks apart are no dispute', () => {
  assert.equal(
    ageDisputes([
      [
        'Firefighters rescued Helga Marrow, 54, from the flooded basement of her bakery in Tessby on Monday.',
        '2026-04-07',
      ],
      [
        'Her son Tomas Marrow, 23, was rescued from the flooded basement of the bakery in Tessby on Monday.',
        '2026-04-07',
      ],
    ]).length,
    0,
  );
  assert.equal(
    ageDisputes([
      [
        'Firefighters rescued Helga Marrow, 54, from the flooded basement of her bakery in Tessby on Monday.',
        '2026-04-07',
      ],
      ['In 2011, Helga Marrow, 39, opened her bakery in Tessby.', '2026-04-07'],
    ]).length,
    0,
  );
  assert.equal(
    ageDisputes([
      [
        'Firefighters rescued Helga Marrow, 54, from the flooded basement of her bakery in Tessby on Monday.',
        '2026-04-07',
      ],
      ['Helga Marrow, 55, reopened the bakery in Tessby that was flooded in April.', '2026-05-20'],
    ]).length,
    0,
  );
});
