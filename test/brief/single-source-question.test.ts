/**
 * End to end: "Only X gives a figure" must be true. One outlet writes "61 receptions", another the same
 * figure as "61 catches": no outlet alone gives it. A figure only one outlet states keeps its question.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { briefDocuments } from '../../src/engine.ts';
import { textDocument } from '../engine/text-document.ts';

const doc = (id: string, outlet: string, content: string) => textDocument(id, outlet, content, '2031-09-10');

const A = `Orrin Falcons receiver Tomas Vell arrested after traffic stop

Orrin Falcons wide receiver Tomas Vell was arrested early Tuesday on suspicion of drunken driving, the state highway patrol said.

Vell failed a roadside sobriety test shortly after 2 a.m. on Route 9 near Orrin, patrol officer Dana Krell said.

Vell had the best season of his career last year with 61 receptions for 1,020 yards.

The team said it was aware of the arrest and was gathering information.`;

const B = `Falcons' Vell held on drunken-driving suspicion

Orrin Falcons wide receiver Tomas Vell was arrested on Tuesday on suspicion of drunken driving, according to the state highway patrol.

Vell failed a sobriety test on Route 9 near Orrin shortly after 2 a.m., patrol officer Dana Krell said.

Vell had 61 catches for 1,020 yards last season, both career highs.

Krell said 14 drivers were arrested on suspicion of drunken driving on Route 9 near Orrin overnight.

The Falcons play the Harbour Kings on Sunday.`;

test('a figure another outlet gives under another noun gets no "only X gives a figure" question', () => {
  const out = briefDocuments([doc('a1', 'Orrin Ledger', A), doc('a2', 'Valley Sports Wire', B)]);
  assert.equal(out.stories.length, 1);
  const questions = out.stories[0].questions;
  assert.ok(
    !questions.some((q) => /Only .* gives a figure: “61/.test(q)),
    `a shared figure asked as one outlet's: ${questions.join(' | ')}`,
  );
  // The contrast: a figure only one outlet states keeps its question.
  assert.ok(
    questions.some((q) => /How many drivers\? Only Valley Sports Wire gives a figure/.test(q)),
    `no question for a figure one outlet gives: ${questions.join(' | ')}`,
  );
});
