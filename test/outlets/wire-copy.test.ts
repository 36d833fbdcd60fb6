/**
 * End to end: a wire story, a republication of it by another outlet (credited in its dateline, reworded
 * enough that dedup does not link it) and an independent report. The facts the wire and its
 * republication share count one source; without the credit in the dateline they would count two.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { briefDocuments } from '../../src/engine.ts';
import { textDocument } from '../engine/text-document.ts';

const doc = (id: string, outlet: string, content: string) => textDocument(id, outlet, content, '2031-05-06');
const WIRE = `Ferry runs aground off Skarvik, 40 passengers taken ashore

SKARVIK, Norway (AP) — The passenger ferry Nordlys ran aground on rocks off Skarvik on Tuesday morning, and rescue boats took all 40 passengers ashore, the coast guard said.

The ferry was sailing from Tromvik to Skarvik in heavy fog when it struck the rocks about 300 metres from the harbour, coast guard spokesman Arne Dahl said.

"Everyone is safe and nobody needed hospital care," Dahl said. Divers were inspecting the hull for damage on Tuesday afternoon.

The ferry operator said the route would be served by a replacement vessel from Thursday.`;
const COPY = (credit: string) => `Forty rescued as Nordlys ferry strikes rocks in fog

SKARVIK, Norway${credit} — The passenger ferry Nordlys ran aground on rocks off Skarvik on Tuesday morning, and rescue boats took all 40 passengers ashore, the coast guard said.

Local fishermen joined the rescue boats within minutes, according to the harbour office, and a cafe on the quay handed out blankets to the passengers.

The ferry was sailing from Tromvik to Skarvik in heavy fog when it struck the rocks about 300 metres from the harbour, coast guard spokesman Arne Dahl said.

The town council will meet on Friday to discuss the safety of the harbour approach, its chairman told the Ledger.`;
const OWN = `Skarvik ferry grounding: divers check the Nordlys hull

Divers spent Tuesday afternoon checking the hull of the ferry Nordlys, which grounded near Skarvik harbour in thick fog with 40 passengers on board.

All passengers were brought ashore by rescue boats and none were hurt, the coast guard said. The operator plans a replacement vessel from Thursday.`;

/** The support of the facts cited to the wire story and the republication only. */
function sharedFacts(credit: string) {
  const out = briefDocuments([
    doc('a1', 'The Associated Press', WIRE),
    doc('a2', 'Harbour Ledger', COPY(credit)),
    doc('a3', 'Coast Radio', OWN),
  ]);
  assert.equal(out.stories.length, 1);
  assert.ok(
    out.articles.every((a) => a.duplicateOf === undefined),
    'dedup does not link them',
  );
  return out.stories[0].facts.filter((f) => {
    const cited = new Set(f.citations.map((c) => c.article));
    return cited.has('a1') && cited.has('a2') && !cited.has('a3');
  });
}

test('a republication crediting the wire in its dateline counts as the wire: shared facts are single-source', () => {
  const credited = sharedFacts(' (AP)');
  assert.ok(credited.length > 0);
  for (const f of credited) assert.deepEqual([f.sources, f.status], [1, 'single-source'], f.text);
});

test('the same republication without the credit counts as a second source (the contrast)', () => {
  const uncredited = sharedFacts('');
  assert.ok(uncredited.length > 0);
  for (const f of uncredited) assert.equal(f.sources, 2, f.text);
});
