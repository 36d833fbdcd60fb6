import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reconcile } from '../../src/config.ts';
import {
  acronymLetters,
  acronymOf,
  isTokenSubset,
  normaliseName,
  phoneticKey,
} from '../../src/reconcile/name-key.ts';

const honorifics = new Set(reconcile.honorifics);

test('phonetic key folds transliteration variants to one key', () => {
  for (const [a, b] of [
    ['khaleelov', 'halilov'],
    ['yusuf', 'yousef'],
    ['ghazni', 'gazni'],
    ['andrei', 'andrey'],
    ['hassan', 'hasan'],
    ['zhemal', 'jemal'],
    ['djemal', 'jemal'],
    ['wladek', 'vladek'],
    ['umran', 'omran'],
  ])
    assert.equal(phoneticKey(a), phoneticKey(b), `${a} / ${b}`);
  assert.notEqual(phoneticKey('marta'), phoneticKey('yusuf'));
  assert.notEqual(phoneticKey('zemal'), phoneticKey('jemal'));
});

test('names are normalised: case, diacritics, possessive, leading titles of persons', () => {
  assert.deepEqual(normaliseName('Inspector-General Zoë Ardent’s', true, honorifics).tokens, [
    'inspector',
    'general',
    'zoe',
    'ardent',
  ]);
  assert.deepEqual(normaliseName('President Ilse Varnaka', true, honorifics).tokens, ['ilse', 'varnaka']);
  assert.deepEqual(normaliseName('The Minister Council', false, honorifics).tokens, ['minister', 'council']);
  // Letters NFD leaves whole (dotless ı, ł, ø) are spelled in ASCII too.
  assert.deepEqual(normaliseName('Dr Ayşegül Kılıçoğlu', true, honorifics).tokens, ['aysegul', 'kilicoglu']);
  assert.deepEqual(normaliseName('Paweł Sørby', true, honorifics).tokens, ['pawel', 'sorby']);
});

test('token subset allows dropped middle names and initials, in order', () => {
  const n = (s: string) => normaliseName(s, true, honorifics);
  assert.ok(isTokenSubset(n('Ilse Varnaka'), n('Ilse Maren Varnaka')));
  assert.ok(isTokenSubset(n('I. Varnaka'), n('Ilse Varnaka')));
  assert.ok(!isTokenSubset(n('Varnaka Ilse'), n('Ilse Maren Varnaka')));
});

test('acronyms are recognised and compared with initials without link words', () => {
  assert.equal(acronymLetters('HSA'), 'HSA');
  assert.equal(acronymLetters('U.S.'), 'US');
  assert.equal(acronymLetters('Harbour'), null);
  assert.equal(acronymOf('Bank of Veloria', new Set(reconcile.nameLinkWords)), 'BV');
});

test('the acronym of a long name: function words skipped, acronym parts whole, codes spell nothing', () => {
  const links = new Set(reconcile.nameLinkWords);
  assert.equal(acronymOf('Velmorian Trade and Consumer Authority', links), 'VTCA');
  assert.equal(acronymOf('Office for the Velm Coast', links), 'OVC');
  assert.equal(acronymOf('U.S. Velm Survey', links), 'USVS');
  assert.equal(acronymOf('US Velm Survey', links), 'USVS');
  assert.equal(acronymOf('KX-9', links), null);
});
