import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Findings } from '../../src/model/findings.ts';
import { reconcileStory } from '../../src/reconcile/index.ts';
import { loadPlainFixture } from './nlp-fixture.ts';

function run(name: string): {
  findings: Findings;
  text: (c: { article: string; start: number; end: number }) => string;
} {
  const { story, items } = loadPlainFixture(name);
  const byId = new Map(items.map((a) => [a.article.id, a.article.text]));
  return {
    findings: reconcileStory(story, items),
    text: (c) => byId.get(c.article)!.slice(c.start, c.end),
  };
}

test('an undated article borrows the story time frame: its "on Thursday" dates the main event', () => {
  const { findings } = run('timeline-borrowed-frame');
  const main = findings.timeline.find((e) => e.main)!;
  assert.equal(main.date, '2031-05-08');
  assert.ok(main.outlets.includes('Saske Radio'), JSON.stringify(main));
  const diag = findings.diagnostics.find((d) => d.code === 'PX505');
  assert.equal(diag?.article, 'b2');
  assert.match(diag!.message, /2031-05-09/);
});

test('a sentence with two dates gives one passage per date, never the same text twice', () => {
  const { findings, text } = run('timeline-two-dates');
  const cited = findings.timeline.flatMap((e) => e.citations.map((c) => `${c.article}:${c.start}:${c.end}`));
  assert.equal(new Set(cited).size, cited.length);
  const fire = findings.timeline.find((e) => e.date === '2029')!;
  assert.deepEqual(fire.outlets.sort(), ['Saske Radio', 'Velm Courier']);
  const own = fire.citations.find((c) => c.article === 't1')!;
  assert.ok(!text(own).includes('May 2'), text(own));
  const main = findings.timeline.find((e) => e.main)!;
  assert.ok(main.citations.every((c) => !text(c).includes('2029')));
});

test('the only two entries of one month join though worded apart; a "last year" does not join', () => {
  const { findings, text } = run('timeline-sole-period');
  const april = findings.timeline.filter((e) => e.date.startsWith('2030-04'));
  assert.equal(april.length, 1);
  assert.deepEqual(april[0].outlets.sort(), ['Saske Radio', 'Velm Courier']);
  assert.ok(
    !findings.timeline.some((e) => e.citations.some((c) => /last year/.test(text(c))) && e.date !== '2030'),
  );
});

test('entity cards: appositives and titles with the outlets that give them; namesakes stay apart', () => {
  const { findings } = run('entity-cards');
  const varn = findings.entities.find((e) => e.name === 'Ilse Varn')!;
  const said = (t: string) => varn.descriptions?.find((d) => d.text === t)?.outlets;
  assert.deepEqual(said("Ruritania's special envoy for trade"), ['Velm Courier']);
  assert.deepEqual(said('Deputy Trade Minister'), ['Saske Radio']);
  const tomas = findings.entities.find((e) => e.name === 'Tomas Brell')!;
  assert.deepEqual(
    tomas.descriptions?.map((d) => d.text),
    ["Velmora's trade minister"],
  );
  const anna = findings.entities.find((e) => e.name === 'Anna Brell')!;
  assert.notEqual(anna.id, tomas.id);
  assert.ok(anna.descriptions?.some((d) => d.text === 'the head of the Velmora grain board'));
  // The bare surname is bound within its own story: it fits two people, so it is left unmerged.
  assert.ok(findings.diagnostics.some((d) => d.code === 'PX504' && d.message.includes('Brell')));
});

test('a shorter organisation name in another article is not merged into the longer one', () => {
  const { findings } = run('entity-parent-org');
  const wing = findings.entities.find((e) => e.name === 'Northern Front Youth Wing')!;
  assert.ok(!wing.aliases.includes('Northern Front'), JSON.stringify(wing));
});
