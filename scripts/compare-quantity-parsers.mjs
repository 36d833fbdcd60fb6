#!/usr/bin/env node
/**
 * Compares number readers on the quantity shapes of news copy: Parallax's own parser
 * (`src/reconcile/quantity.ts`) against `@microsoft/recognizers-text-number-with-unit` and `compromise`,
 * which are not dependencies. Install them in a scratch folder and point NODE_PATH at it:
 *
 *   mkdir /tmp/q && (cd /tmp/q && npm i @microsoft/recognizers-text-number-with-unit@1 @microsoft/recognizers-text-number@1 compromise@14)
 *   NODE_PATH=/tmp/q/node_modules node --import tsx scripts/compare-quantity-parsers.mjs
 *
 * Prints, per sentence, what each reader finds (value, currency or unit) and its time.
 */
import { createRequire } from 'node:module';
import { decimalString, readQuantities } from '../src/reconcile/quantity.ts';

const require = createRequire(`${process.env.NODE_PATH ?? '.'}/`);
const load = (name) => {
  try {
    return require(name);
  } catch {
    return null;
  }
};
const NU = load('@microsoft/recognizers-text-number-with-unit');
const nlp = load('compromise');
const SENTENCES = [
  'The deal values the ferry line at €2.05bn, or €1.85 billion before debt.',
  'At least 12 people died, a toll later raised to 17.',
  'The Vexo K7 meter and Series 4 strips were recalled: 240,000 units.',
  'The road was closed for 12 kilometres (7.5 miles).',
  'The treaty guarantees 1.8 cubic kilometres of water a year.',
  'The line carries 3.5 million passengers a year.',
  'He scored in the 112th minute.',
];
for (const s of SENTENCES) {
  console.log(s);
  let t = performance.now();
  const own = readQuantities(s).map(
    (q) => `${decimalString(q.value)}${q.currency ? ` ${q.currency}` : ''}${q.unit ? ` ${q.unit.name}` : ''}`,
  );
  console.log(`  parallax   ${(performance.now() - t).toFixed(2)} ms  ${own.join('; ')}`);
  if (NU) {
    t = performance.now();
    const found = [...NU.recognizeCurrency(s, 'en-us'), ...NU.recognizeDimension(s, 'en-us')].map(
      (r) => `${r.resolution?.value} ${r.resolution?.unit}`,
    );
    console.log(`  recognizers ${(performance.now() - t).toFixed(2)} ms  ${found.join('; ')}`);
  } else console.log('  recognizers: not installed (see the header)');
  if (nlp) {
    t = performance.now();
    const found = nlp(s)
      .numbers()
      .json()
      .map((x) => `${x.number?.num}${x.number?.unit ? ` ${x.number.unit}` : ''}`);
    console.log(`  compromise  ${(performance.now() - t).toFixed(2)} ms  ${found.join('; ')}`);
  } else console.log('  compromise: not installed (see the header)');
}
