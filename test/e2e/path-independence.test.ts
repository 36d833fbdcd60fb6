/**
 * The same files give the same briefing wherever their folder sits: article ids hash the file's base
 * name and content, not its folder (ids break ties all through the engine, so a path in the id made
 * figures move with the folder an evaluation happened to write to).
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { briefDocuments } from '../../src/engine.ts';
import { readInputs } from '../../src/io/read-inputs.ts';

const examples = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples');
const tmp = mkdtempSync(join(tmpdir(), 'parallax-paths-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

test('one corpus in two folders of different depth: same ids, same stories, same briefings', async () => {
  const near = join(tmp, 'a');
  const far = join(tmp, 'some', 'much', 'deeper', 'place');
  mkdirSync(far, { recursive: true });
  cpSync(examples, near, { recursive: true });
  cpSync(examples, far, { recursive: true });
  const [one, two] = await Promise.all([readInputs([near]), readInputs([far])]);
  assert.ok(one.documents.length > 3);
  assert.deepEqual(
    one.documents.map((d) => d.id),
    two.documents.map((d) => d.id),
  );
  const briefA = briefDocuments(one.documents, one.diagnostics);
  const briefB = briefDocuments(two.documents, two.diagnostics);
  assert.ok(briefA.stories.length > 1);
  assert.equal(JSON.stringify(briefA.stories), JSON.stringify(briefB.stories));
});

test('same name and content in two subfolders of one batch: still two unique ids', async () => {
  const root = join(tmp, 'twins');
  const text =
    'Harbour crews in Quillon reopened the north quay on Monday after a week of repairs to the sea wall, the port authority said.\n';
  for (const sub of ['x', 'y']) {
    mkdirSync(join(root, sub), { recursive: true });
    writeFileSync(join(root, sub, 'story.txt'), text);
  }
  const read = await readInputs([root]);
  assert.equal(read.documents.length, 2);
  assert.notEqual(read.documents[0]?.id, read.documents[1]?.id);
});
