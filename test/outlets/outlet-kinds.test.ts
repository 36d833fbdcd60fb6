/** The kinds of outlet that covered a story, counted once per outlet; unlisted outlets are not guessed. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { outletKinds } from '../../src/outlets/outlet-kinds.ts';
import { OutletRegistry } from '../../src/outlets/outlet-registry.ts';

const registry = new OutletRegistry([
  { name: 'Harbour Wire', aliases: ['HW'], domains: ['harbourwire.example'], kind: 'wire' },
  { name: 'The Daily Tern', domains: ['dailytern.example'], kind: 'national' },
  { name: 'Ferry Trade Weekly', domains: ['ferrytrade.example'], kind: 'trade' },
]);

test('outlets counted once each, by kind in the registry order, unlisted ones last', () => {
  assert.equal(
    outletKinds(
      [
        { outlet: 'Harbour Wire' },
        { outlet: 'HW' },
        { url: 'https://www.dailytern.example/news/1' },
        { outlet: 'Ferry Trade Weekly' },
        { outlet: 'Kestrel Gazette' },
        undefined,
      ],
      registry,
    ),
    '1 wire, 1 national, 1 trade, 1 unlisted',
  );
});

test('no listed outlet: nothing to say beyond the outlet count', () => {
  assert.equal(outletKinds([{ outlet: 'Kestrel Gazette' }, { outlet: null }], registry), null);
});
