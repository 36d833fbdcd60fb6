/**
 * Fuzz: date and quantity parsing. Random and mutated inputs → a result or a refusal, never an exception.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { normaliseDateValue, parseDate } from '../../src/extract/parse-date.ts';
import { feedDateToIso } from '../../src/ingest/parse-feed.ts';
import { parseDecimal, readQuantities } from '../../src/reconcile/quantity.ts';
import { anyText, fuzzParams, mutated } from './fuzz-runs.ts';

const dateLike = fc.oneof(
  anyText,
  mutated('Tue, 08 Apr 2031 08:30:00 GMT'),
  mutated('2031-04-08T08:30:00+02:00'),
  mutated('9:26 AM EDT, Fri July 4, 2025'),
  mutated('04.07.2025'),
  fc
    .tuple(
      fc.integer({ min: -9999, max: 300000 }),
      fc.integer({ min: -5, max: 20 }),
      fc.integer({ min: -5, max: 40 }),
    )
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);

const ISO = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})?)?$/;

test('parseDate, normaliseDateValue, feedDateToIso: a valid ISO day in 1900–2100 or a refusal', () => {
  fc.assert(
    fc.property(dateLike, (s) => {
      const p = parseDate(s);
      if (p.ok) assert.match(p.value, ISO);
      const n = normaliseDateValue(s);
      if (n !== null) assert.match(n, ISO);
      const f = feedDateToIso(s);
      if (f !== undefined) {
        const year = Number(f.slice(0, 4));
        assert.ok(year >= 1900 && year <= 2100, f);
        assert.ok(!Number.isNaN(Date.parse(f)), f);
      }
    }),
    fuzzParams(10_000),
  );
});

const quantityText = fc.oneof(
  anyText,
  mutated(
    'The repairs will cost €2.4 million, up from 1,250,000 euros; 40% of 212 homes and 3.5 km of road.',
  ),
  fc
    .array(
      fc.constantFrom('1', '0', ',', '.', ' ', '%', '$', '€', 'million', 'bn', 'km', '-', '½', '1e308'),
      {
        maxLength: 60,
      },
    )
    .map((xs) => xs.join('')),
);

test('readQuantities and parseDecimal: quantities inside the text, never an exception', () => {
  fc.assert(
    fc.property(quantityText, (s) => {
      for (const q of readQuantities(s)) {
        assert.ok(q.start >= 0 && q.end <= s.length && q.start < q.end, 'ranges inside the text');
      }
    }),
    fuzzParams(10_000),
  );
  fc.assert(
    fc.property(fc.stringMatching(/^[0-9.,]{0,40}$/), (digits) => {
      parseDecimal(digits);
    }),
    fuzzParams(10_000),
  );
});
