import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reconcile } from '../../src/config.ts';
import { normaliseName } from '../../src/reconcile/name-key.ts';
import { consistentNames, coversName, isSurnameOf } from '../../src/reconcile/person-names.ts';

const honorifics = new Set(reconcile.honorifics);
const p = (name: string) => normaliseName(name, true, honorifics);

test('a fuller name covers its initials, left-out middle names and nicknames, not the reverse', () => {
  assert.ok(coversName(p('Tomas Julio Arvek'), p('T. J. Arvek')));
  assert.ok(coversName(p('Tomas Julio Arvek'), p('Tomas Arvek')));
  assert.ok(coversName(p('Benedikt Arvek'), p('Ben Arvek')), 'a short form opening the given name');
  assert.ok(coversName(p('Kathryn Arvek'), p('Katie Arvek')), 'after the diminutive ending');
  assert.ok(coversName(p('Robert Arvek'), p('Bob Arvek')), 'a common English short form');
  assert.ok(!coversName(p('Ben Arvek'), p('Benedikt Arvek')));
  assert.ok(!coversName(p('T. J. Arvek'), p('Tomas Arvek')));
});

test('a short form of two letters, or one letter shorter than the name, is no nickname', () => {
  assert.ok(!coversName(p('Albert Arvek'), p('Al Arvek')));
  assert.ok(!coversName(p('Marek Arvek'), p('Mare Arvek')));
});

test('names that contradict are never consistent: given name, middle name, surname', () => {
  assert.ok(!consistentNames(p('Anna Arvek'), p('Pavel Arvek')));
  assert.ok(!consistentNames(p('Tomas Pedro Arvek'), p('T. J. Arvek')));
  assert.ok(!consistentNames(p('Anna Arvek'), p('Anna Orvel')));
  assert.ok(consistentNames(p('T. J. Arvek'), p('Tomas Arvek')), 'each leaves out what the other says');
});

test('a surname written in two parts is the same surname', () => {
  assert.ok(
    coversName(p('Lev Mora-Sandi'), p('Lev Morasandi')) ||
      coversName(p('Lev Morasandi'), p('Lev Mora-Sandi')),
  );
  assert.ok(isSurnameOf(p('Morasandi'), p('Lev Mora Sandi')));
  assert.ok(isSurnameOf(p('Sandi'), p('Lev Mora-Sandi')));
  assert.ok(!isSurnameOf(p('Lev'), p('Lev Mora-Sandi')));
  assert.ok(isSurnameOf(p('Mora-Sandi'), p('Lev Mora-Sandi')), 'a hyphenated surname alone');
});
