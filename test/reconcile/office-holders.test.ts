/**
 * Office holders: roles read as offices, aligned across outlets, a dispute when outlets name different
 * holders of one office; deputies and other towns' offices stay apart.
 */
import assert from 'node:assert/strict';
import test from 'node:test';
import { reconcile } from '../../src/config.ts';
import { officeOf } from '../../src/reconcile/find-office-holders.ts';
import { reconcileStory } from '../../src/reconcile/index.ts';
import { loadPlainFixture } from './nlp-fixture.ts';

test('a role is read as an office: head, qualifier (a demonym as its country), not a deputy', () => {
  const t = reconcile.officeTitles;
  assert.deepEqual(officeOf('Velm Mayor', t), { head: 'mayor', qualifier: 'velm' });
  assert.deepEqual(officeOf("Velm's mayor", t), { head: 'mayor', qualifier: 'velm' });
  assert.deepEqual(officeOf('the mayor of Velm', t), { head: 'mayor', qualifier: 'velm' });
  assert.deepEqual(officeOf('chief executive of Orrin Coal', t), {
    head: 'chief executive',
    qualifier: 'orrin coal',
  });
  assert.deepEqual(officeOf('Russian President', t), { head: 'president', qualifier: 'russia' });
  assert.equal(officeOf('Deputy Foreign Minister', t), null);
  assert.equal(officeOf('former mayor of Velm', t), null);
  assert.equal(officeOf('spokesperson', t), null);
});

test('outlets naming different holders of one office are a dispute; the lone one is the likely error', () => {
  const { story, items } = loadPlainFixture('office-holders');
  const f = reconcileStory(story, items);
  const mayor = f.disputes.find((d) => d.key === 'office:mayor:velm');
  assert.ok(mayor, `the Velm mayor dispute is found: ${JSON.stringify(f.disputes.map((d) => d.key))}`);
  assert.deepEqual(mayor.variants.map((v) => v.value).sort(), ['Ida Rusk', 'Oskar Brant']);
  assert.equal(mayor.likelyError?.value, 'Oskar Brant');
  assert.equal(mayor.likelyError?.article, 'o3');
  assert.ok(
    !f.disputes.some((d) => d.variants.some((v) => /Holm|Lomax/.test(v.value))),
    'other offices stay apart',
  );
});
