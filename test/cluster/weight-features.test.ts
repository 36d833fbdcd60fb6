import assert from 'node:assert/strict';
import { test } from 'node:test';
import { weightFeatures } from '../../src/cluster/weight-features.ts';
import { norm, smoothedIdf } from '../../src/text/index.ts';

const counts = (entries: Record<string, number>) => new Map(Object.entries(entries));

test('smoothed IDF keeps a feature shared by every article (tiny batches still cluster)', () => {
  assert.equal(smoothedIdf(5, 5), 1);
  assert.ok(smoothedIdf(1, 5) > smoothedIdf(2, 5));
});

test('vectors are unit length; names are weighted apart; rarer features weigh more', () => {
  const batch = [counts({ 'w:flood': 1, 'n:varga': 1, 'w:rain': 1 }), counts({ 'w:flood': 1 })];
  const [v] = weightFeatures(batch, { nameWeight: 2, dateWeight: 1, sublinearTf: false });
  assert.ok(Math.abs(norm(v) - 1) < 1e-12);
  assert.ok(Math.abs(v.get('n:varga')! / v.get('w:rain')! - 2) < 1e-12);
  assert.ok(v.get('w:rain')! > v.get('w:flood')!);
});

test('dates are weighted apart', () => {
  const batch = [counts({ 'd:2031': 1, 'w:rain': 1 })];
  const [v] = weightFeatures(batch, { nameWeight: 1, dateWeight: 3, sublinearTf: false });
  assert.ok(Math.abs(v.get('d:2031')! / v.get('w:rain')! - 3) < 1e-12);
});

test('sublinear TF damps repetition', () => {
  const batch = [counts({ 'w:flood': 4, 'w:rain': 1 })];
  const [raw] = weightFeatures(batch, { nameWeight: 1, dateWeight: 1, sublinearTf: false });
  const [damped] = weightFeatures(batch, { nameWeight: 1, dateWeight: 1, sublinearTf: true });
  assert.ok(Math.abs(raw.get('w:flood')! / raw.get('w:rain')! - 4) < 1e-12);
  assert.ok(Math.abs(damped.get('w:flood')! / damped.get('w:rain')! - (1 + Math.log(4))) < 1e-12);
});

test('an article without features gets the empty vector', () => {
  assert.deepEqual(weightFeatures([new Map()], { nameWeight: 1, dateWeight: 1, sublinearTf: true }), [
    new Map(),
  ]);
});
