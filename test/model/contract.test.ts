/**
 * The JSON output conforms to the one contract (the zod schemas of `src/model/schema/`): briefings
 * of the brief and reconcile fixtures written as JSON, and `brief --format json` / `articles --format json`
 * of every fixture folder of files (ingest, extract, brief, reconcile), parsed back from the rendered JSON.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { briefStory } from '../../src/brief/index.ts';
import { articlesOf, briefDocuments } from '../../src/engine.ts';
import { readInputs } from '../../src/io/read-inputs.ts';
import type { AnalyzedArticle } from '../../src/model/annotations.ts';
import {
  ArticlesOutputSchema,
  BriefOutputSchema,
  StoryBriefingSchema,
} from '../../src/model/schema/briefing.ts';
import type { Story } from '../../src/model/story.ts';
import { annotate } from '../../src/nlp/index.ts';
import { reconcileStory } from '../../src/reconcile/index.ts';
import { renderArticles, renderBrief } from '../../src/render/index.ts';
import { articleFrom } from '../nlp/fixture-article.ts';
import { loadHandFixture, readFixture } from '../reconcile/hand-annotate.ts';
import type { PlainArticle } from '../reconcile/nlp-fixture.ts';
import { contractProblems } from './contract-problems.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const folders = (stage: string) =>
  readdirSync(join(fixtures, stage), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);

/** A fixture of articles written as JSON (`input.json`), hand-annotated or plain, in one story. */
function loadJsonFixture(stage: string, name: string): { story: Story; items: AnalyzedArticle[] } {
  const input = readFixture<{ articles: Array<{ mentions?: unknown } & PlainArticle> }>(
    stage,
    name,
    'input.json',
  );
  if (input.articles.every((a) => Array.isArray(a.mentions))) return loadHandFixture(stage, name);
  const items = input.articles.map((a) => {
    const article = { ...articleFrom(a.id, a.paragraphs.join('\n\n'), a.published), outlet: a.outlet };
    return { article, annotations: annotate(article) };
  });
  return { story: { id: `s-${name}`, articles: input.articles.map((a) => a.id) }, items };
}

const withInput = (stage: string) =>
  folders(stage).filter((n) => existsSync(join(fixtures, stage, n, 'input.json')));
const withFiles = (stage: string) =>
  folders(stage).filter((n) => !existsSync(join(fixtures, stage, n, 'input.json')));

describe('briefings of the brief and reconcile fixtures conform to the contract', () => {
  for (const stage of ['brief', 'reconcile']) {
    for (const name of withInput(stage)) {
      test(`${stage}/${name}`, () => {
        const { story, items } = loadJsonFixture(stage, name);
        const briefing = briefStory(story, items, reconcileStory(story, items));
        assert.deepEqual(contractProblems(StoryBriefingSchema, JSON.parse(JSON.stringify(briefing))), []);
      });
    }
  }
});

describe('JSON output of the fixture folders of files conforms to the contract', () => {
  for (const stage of ['ingest', 'extract', 'brief', 'reconcile']) {
    test(`brief and articles of every ${stage} fixture of files`, async () => {
      assert.ok(withFiles(stage).length > 0, `no fixture folder of files in ${stage}`);
      for (const name of withFiles(stage)) {
        const input = await readInputs([join(fixtures, stage, name)]);
        const brief = JSON.parse(renderBrief(briefDocuments(input.documents, input.diagnostics), 'json'));
        assert.deepEqual(contractProblems(BriefOutputSchema, brief), [], `brief ${stage}/${name}`);
        const articles = JSON.parse(renderArticles(articlesOf(input.documents, input.diagnostics), 'json'));
        assert.deepEqual(contractProblems(ArticlesOutputSchema, articles), [], `articles ${stage}/${name}`);
      }
    });
  }
});

test('the contract check can fail: an unknown key, a missing field, a bad code, a bad date', () => {
  const line = { text: 't', citations: [{ article: 'a1', start: 0, end: 1 }] };
  const briefing = {
    id: 's1',
    headline: 'h',
    articles: ['a1'],
    summary: [line],
    facts: [],
    disputes: [],
    timeline: [{ ...line, date: '2031-03-12' }],
    quotes: [],
    entities: [],
    perSource: [],
    questions: [],
  };
  assert.deepEqual(contractProblems(StoryBriefingSchema, briefing), []);
  assert.notDeepEqual(contractProblems(StoryBriefingSchema, { ...briefing, extra: 1 }), []);
  const { questions: _q, ...missing } = briefing;
  assert.notDeepEqual(contractProblems(StoryBriefingSchema, missing), []);
  const badDate = { ...briefing, timeline: [{ ...line, date: 'March' }] };
  assert.notDeepEqual(contractProblems(StoryBriefingSchema, badDate), []);
  const diagnostic = { severity: 'warning', code: 'PX999', message: 'm', stage: 'brief' };
  assert.notDeepEqual(
    contractProblems(BriefOutputSchema, { articles: [], stories: [], diagnostics: [diagnostic] }),
    [],
  );
});
