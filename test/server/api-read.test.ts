import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type {
  SearchHit,
  StoredArticle,
  StoredStory,
  StorySummary,
  StoryVersion,
} from '../../src/store/records.ts';
import { entityKey } from '../../src/store/records.ts';
import { checkSchema, responseSchema } from './check-schema.ts';
import { type Fixture, getJson, makeFixture } from './setup.ts';

type StoryList = { stories: StorySummary[]; total: number; limit: number; offset: number };
type VersionList = { storyId: string; versions: Array<Omit<StoryVersion, 'briefing' | 'storyId'>> };

let fx: Fixture;
let stories: StorySummary[];

before(async () => {
  fx = await makeFixture();
  stories = (await getJson<StoryList>(fx.app, '/api/stories?limit=200')).body.stories;
});

after(async () => {
  assert.deepEqual(fx.logged, [], 'no unexpected error was logged');
  await fx.deps.store.close();
});

/** Asserts that a body conforms to the OpenAPI schema of its route. */
function conforms(body: unknown, path: string, method = 'get', status = 200) {
  assert.deepEqual(checkSchema(body, responseSchema(path, method, status)), []);
}

describe('GET /api/stories', () => {
  test('lists the stories of the examples with their total, matching the schema', async () => {
    const { status, body } = await getJson<StoryList>(fx.app, '/api/stories');
    assert.equal(status, 200);
    assert.ok(body.total >= 3, `three example events at least, got ${body.total}`);
    assert.equal(body.stories.length, Math.min(body.total, 50));
    assert.equal(body.limit, 50);
    assert.equal(body.offset, 0);
    conforms(body, '/stories');
  });

  test('pages with limit and offset', async () => {
    const first = await getJson<StoryList>(fx.app, '/api/stories?limit=1&offset=0');
    const second = await getJson<StoryList>(fx.app, '/api/stories?limit=1&offset=1');
    assert.equal(first.body.stories.length, 1);
    assert.equal(second.body.stories.length, 1);
    assert.notEqual(first.body.stories[0].id, second.body.stories[0].id);
    assert.equal(first.body.stories[0].id, stories[0].id);
  });

  for (const query of [
    'limit=0',
    'limit=201',
    'limit=abc',
    'limit=-1',
    'offset=-1',
    'offset=1.5',
    'limit=1e2',
  ]) {
    test(`rejects ${query} with a 400 naming the parameter`, async () => {
      const { status, body } = await getJson(fx.app, `/api/stories?${query}`);
      assert.equal(status, 400);
      assert.equal(body.error.code, 'bad-request');
      assert.match(body.error.message, new RegExp(query.split('=')[0]));
      conforms(body, '/stories', 'get', 400);
    });
  }
});

describe('GET /api/stories/:id and versions', () => {
  test('returns a story with its briefing as stored', async () => {
    const { status, body, res } = await getJson<StoredStory>(fx.app, `/api/stories/${stories[0].id}`);
    assert.equal(status, 200);
    assert.equal(body.id, stories[0].id);
    assert.equal(body.briefing.id, stories[0].id);
    assert.equal(body.mergedInto, null);
    assert.equal(res.headers.get('link'), null);
    conforms(body, '/stories/{id}');
  });

  test('every story of the list conforms to the schema and its citations point into its articles', async () => {
    for (const s of stories) {
      const { body } = await getJson<StoredStory>(fx.app, `/api/stories/${s.id}`);
      conforms(body, '/stories/{id}');
      const line = body.briefing.summary[0] ?? body.briefing.facts[0];
      if (!line) continue;
      const cite = line.citations[0];
      const article = (await getJson<StoredArticle>(fx.app, `/api/articles/${cite.article}`)).body;
      assert.ok(article.text.slice(cite.start, cite.end).length > 0);
    }
  });

  test('an unknown story is a JSON 404', async () => {
    const { status, body } = await getJson(fx.app, '/api/stories/s000000000000');
    assert.equal(status, 404);
    assert.equal(body.error.code, 'not-found');
    assert.match(body.error.message, /s000000000000/);
  });

  test('lists versions without briefings', async () => {
    const { status, body } = await getJson<VersionList>(fx.app, `/api/stories/${stories[0].id}/versions`);
    assert.equal(status, 200);
    assert.equal(body.storyId, stories[0].id);
    assert.equal(body.versions[0].version, stories[0].version);
    assert.ok(!('briefing' in body.versions[0]));
    conforms(body, '/stories/{id}/versions');
  });

  test('returns one version with its briefing; a missing or malformed version is a 404', async () => {
    const id = stories[0].id;
    const one = await getJson<StoryVersion>(fx.app, `/api/stories/${id}/versions/1`);
    assert.equal(one.status, 200);
    assert.equal(one.body.version, 1);
    assert.equal(one.body.storyId, id);
    conforms(one.body, '/stories/{id}/versions/{version}');
    for (const v of ['999', '0', 'abc', '1.0', '-1']) {
      const { status, body } = await getJson(fx.app, `/api/stories/${id}/versions/${v}`);
      assert.equal(status, 404, v);
      assert.equal(body.error.code, 'not-found');
    }
    const unknown = await getJson(fx.app, '/api/stories/s000000000000/versions');
    assert.equal(unknown.status, 404);
    const unknownVersion = await getJson(fx.app, '/api/stories/s000000000000/versions/1');
    assert.equal(unknownVersion.status, 404);
    assert.match(unknownVersion.body.error.message, /no story/);
  });
});

describe('articles, entities, search', () => {
  test('GET /api/articles/:id returns the stored article with its story', async () => {
    const story = (await getJson<StoredStory>(fx.app, `/api/stories/${stories[0].id}`)).body;
    const { status, body } = await getJson<StoredArticle>(
      fx.app,
      `/api/articles/${story.briefing.articles[0]}`,
    );
    assert.equal(status, 200);
    assert.equal(body.storyId, story.id);
    assert.equal(typeof body.text, 'string');
    conforms(body, '/articles/{id}');
    assert.equal((await getJson(fx.app, '/api/articles/a000000000000')).status, 404);
  });

  test('GET /api/articles lists articles with their total', async () => {
    const { status, body } = await getJson<{ articles: unknown[]; total: number }>(
      fx.app,
      '/api/articles?limit=3',
    );
    assert.equal(status, 200);
    assert.equal(body.articles.length, 3);
    assert.ok(body.total >= fx.documents.length - 1, 'every example stored (an exact copy at most left out)');
    conforms(body, '/articles');
  });

  test('GET /api/entities/:key finds an entity of a briefing by key and by name', async () => {
    const story = (await getJson<StoredStory>(fx.app, `/api/stories/${stories[0].id}`)).body;
    const entity = story.briefing.entities[0];
    assert.ok(entity, 'the first story names an entity');
    const byKey = await getJson<{ key: string; stories: Array<{ id: string }> }>(
      fx.app,
      `/api/entities/${entityKey(entity.name)}`,
    );
    assert.equal(byKey.status, 200);
    assert.ok(byKey.body.stories.some((s) => s.id === story.id));
    conforms(byKey.body, '/entities/{key}');
    const byName = await getJson<{ key: string }>(fx.app, `/api/entities/${encodeURIComponent(entity.name)}`);
    assert.equal(byName.body.key, byKey.body.key);
    assert.equal((await getJson(fx.app, '/api/entities/nobody-at-all-zz')).status, 404);
  });

  test('GET /api/search finds a story by a word of its headline', async () => {
    const word = stories[0].headline.split(/\W+/).find((w) => w.length > 5) ?? stories[0].headline;
    const { status, body } = await getJson<{ query: string; hits: SearchHit[] }>(
      fx.app,
      `/api/search?q=${encodeURIComponent(word)}&limit=5`,
    );
    assert.equal(status, 200);
    assert.equal(body.query, word);
    assert.ok(body.hits.length > 0 && body.hits.length <= 5);
    conforms(body, '/search');
  });

  test('search with FTS syntax characters answers, never a 500', async () => {
    for (const q of ['"', 'a AND', '(*)', 'NEAR(', "'; DROP TABLE", '-x']) {
      const { status } = await getJson(fx.app, `/api/search?q=${encodeURIComponent(q)}`);
      assert.equal(status, 200, q);
    }
  });

  test('search without q, with a blank q or a bad limit is a 400', async () => {
    for (const query of ['', 'q=', 'q=%20%20', 'q=x&limit=0', `q=${'x'.repeat(501)}`]) {
      const { status, body } = await getJson(fx.app, `/api/search?${query}`);
      assert.equal(status, 400, query);
      assert.equal(body.error.code, 'bad-request');
    }
  });
});

describe('errors and headers', () => {
  test('an unknown /api route is a JSON 404', async () => {
    const { status, body, res } = await getJson(fx.app, '/api/nope');
    assert.equal(status, 404);
    assert.equal(body.error.code, 'not-found');
    assert.match(res.headers.get('content-type') ?? '', /json/);
  });

  test('every response carries the CSP, nosniff and no-referrer, errors included', async () => {
    for (const path of ['/api/stories', '/api/nope', '/api/stories?limit=0', '/elsewhere']) {
      const res = await fx.app.request(path);
      assert.equal(
        res.headers.get('content-security-policy'),
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        path,
      );
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
    }
  });

  test('HEAD answers like GET without a body', async () => {
    const res = await fx.app.request('/api/stories', { method: 'HEAD' });
    assert.equal(res.status, 200);
    assert.equal(await res.text(), '');
  });
});
