import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reconcileStory } from '../../src/reconcile/index.ts';
import { handAnnotate, loadHandFixture, readFixture } from './hand-annotate.ts';
import { projectFindings } from './project-findings.ts';

const { story, items } = loadHandFixture('reconcile', 'harbour-fire');
const findings = reconcileStory(story, items);
const entity = (name: string) => findings.entities.find((e) => e.name === name || e.aliases.includes(name));

test('harbour-fire: findings match the reviewed golden projection', () => {
  assert.deepEqual(projectFindings(findings), readFixture('reconcile', 'harbour-fire', 'expected.json'));
});

test('a name spelled three ways is one entity, each merge with its reason', () => {
  const e = entity('Yousef Halilov')!;
  assert.equal(e.name, 'Yusuf Khaleelov');
  assert.deepEqual([...e.aliases].sort(), ['Yousef Halilov', 'Yusuf Khalilov']);
  assert.ok(e.merges.length >= 2);
  for (const m of e.merges) assert.match(m.reason, /phonetic key/);
});

test('a person sharing the surname with another first name stays apart; a bare surname that fits both is left unbound', () => {
  assert.notEqual(entity('Marta Halilov'), entity('Yusuf Khaleelov'));
  assert.equal(entity('Khaleelov')!.name, 'Khaleelov');
  assert.ok(findings.diagnostics.some((d) => d.code === 'PX504' && d.message.includes('Khaleelov')));
});

test('a surname fitting one full name is bound to it; an acronym to its expansion', () => {
  assert.deepEqual(entity('Dovrin')!.aliases, ['Dovrin']);
  assert.equal(entity('Dovrin')!.name, 'Lena Dovrin');
  assert.match(entity('HSA')!.merges[0].reason, /acronym defined in parentheses/);
});

test('the wrong year is a dispute whose likely error cites the weekday and the publication date', () => {
  const d = findings.disputes.find((x) => x.kind === 'event-date')!;
  assert.equal(d.likelyError?.article, 'a00000000002');
  assert.match(
    d.likelyError!.reason,
    /"Tuesday" does not fit 2029-03-11, which was a Sunday \(2031-03-11 was a Tuesday\)/,
  );
  assert.match(d.likelyError!.reason, /published on 2031-03-12, 2 years after/);
  assert.ok(findings.diagnostics.some((x) => x.code === 'PX503' && x.article === 'a00000000002'));
});

test('numbers that disagree are a dispute; the lone value against three outlets is the likely error', () => {
  const d = findings.disputes.find((x) => x.kind === 'number')!;
  assert.deepEqual(
    d.variants.map((v) => v.value),
    ['12 dock workers', '14 dock workers'],
  );
  assert.equal(d.likelyError?.value, '14 dock workers');
  assert.match(d.why ?? '', /same figure/);
});

test('the timeline merges outlets, drops the publication date and the likely error', () => {
  const dates = findings.timeline.map((e) => e.date);
  assert.deepEqual(dates, ['1998', '2030-06', '2031-03-11']);
  const main = findings.timeline.find((e) => e.main)!;
  assert.ok(
    !main.citations.some((c) => c.article === 'a00000000002'),
    'the 2029 article does not support the 2031 date',
  );
  assert.deepEqual([...new Set(main.citations.map((c) => c.article))].sort(), [
    'a00000000001',
    'a00000000003',
    'a00000000004',
  ]);
});

test('a quote worded differently by two outlets is one group under the canonical speaker', () => {
  assert.equal(findings.quotes.length, 1);
  assert.equal(findings.quotes[0].speaker, 'Yusuf Khaleelov');
  assert.equal(findings.quotes[0].items.length, 2);
});

test('the input is not mutated', () => {
  const before = JSON.stringify(items);
  reconcileStory(story, items);
  assert.equal(JSON.stringify(items), before);
});

test('a fact whose shown value is contested, with no likely error to tell, is disputed', () => {
  const item = (id: string, outlet: string, n: number) =>
    handAnnotate({
      id,
      outlet,
      published: '2031-05-06',
      title: null,
      paragraphs: [
        `The quake killed ${n} people in the town of Sarvo on Monday, officials in the region said.`,
      ],
      mentions: [['Sarvo', 'place']],
      dates: [],
      quotes: [],
    });
  const two = [item('b1', 'North Post', 40), item('b2', 'South Post', 45)];
  const f = reconcileStory({ id: 's2', articles: ['b1', 'b2'] }, two);
  assert.equal(f.disputes.length, 1);
  assert.equal(f.disputes[0].likelyError, undefined);
  assert.equal(f.facts[0].status, 'disputed');
});
