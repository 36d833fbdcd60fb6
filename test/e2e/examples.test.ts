/**
 * End to end on the example corpus: every stage real, from the folder to the briefings.
 * The answer key is examples/README.md: the folder of each file is its true story.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkBriefing } from '../../src/brief/check-briefing.ts';
import type { BriefOutput } from '../../src/model/briefing.ts';
import { BriefOutputSchema } from '../../src/model/schema/briefing.ts';
import { renderJson } from '../../src/render/index.ts';
import { contractProblems } from '../model/contract-problems.ts';
import { briefExamples } from './brief-examples.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const goldenPath = join(root, 'test', 'fixtures', 'e2e', 'examples-brief.json');

describe('parallax brief examples', () => {
  let out: BriefOutput;
  before(async () => {
    out = await briefExamples();
  });

  test('reads every example article and rejects none', () => {
    assert.equal(out.articles.length, 14);
    assert.deepEqual(
      out.diagnostics.filter((d) => d.severity === 'error'),
      [],
    );
  });

  test('groups the articles into the stories of the answer key, the unrelated article alone', () => {
    const pathOf = new Map(out.articles.map((a) => [a.id, a.path ?? '']));
    const groups = out.stories.map((s) => [...new Set(s.articles.map((id) => dirname(pathOf.get(id)!)))]);
    for (const g of groups) assert.equal(g.length, 1, `a story mixes folders: ${g.join(', ')}`);
    assert.deepEqual(groups.map((g) => g[0]).sort(), [
      'examples/brennick-flood',
      'examples/brennick-port-strike',
      'examples/halcyon-star-wreck',
      'examples/unrelated',
    ]);
  });

  test('every briefing holds its invariants: cited lines, ranges inside texts, verbatim quotes', () => {
    for (const story of out.stories) assert.deepEqual(checkBriefing(story, out.articles), [], story.headline);
  });

  test('every story has a headline and a cited summary', () => {
    for (const story of out.stories) {
      assert.ok(story.headline.length > 10);
      assert.ok(story.summary.length >= 1, story.headline);
    }
  });

  test('no promotional footer text reaches any article text or briefing line', () => {
    const json = renderJson(out);
    for (const footer of [
      'Follow for more updates',
      'All rights reserved',
      'Foundry Row',
      'Written By Colm',
    ]) {
      assert.ok(!json.includes(footer), `footer text found in output: ${footer}`);
    }
  });

  test('the JSON output and the golden file conform to the contract schema', () => {
    assert.deepEqual(contractProblems(BriefOutputSchema, JSON.parse(renderJson(out))), []);
    assert.deepEqual(contractProblems(BriefOutputSchema, JSON.parse(readFileSync(goldenPath, 'utf8'))), []);
  });

  test('the output equals the reviewed golden file (run `npm run update-golden` and review the diff)', () => {
    const golden = readFileSync(goldenPath, 'utf8');
    assert.equal(renderJson(out), golden);
  });
});
