import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { RawDocument } from '../../src/model/source.ts';
import type { IngestReport } from '../../src/service/ingest-report.ts';
import type { StoredArticle, StoredStory, StoryVersion } from '../../src/store/records.ts';
import { checkSchema, responseSchema } from './check-schema.ts';
import { exampleDocuments, type Fixture, getJson, makeFixture, post } from './setup.ts';

type VersionList = { storyId: string; versions: Array<Omit<StoryVersion, 'briefing' | 'storyId'>> };

let fx: Fixture;
/** One example held back from the first ingest, posted through the API. */
let heldBack: RawDocument;

before(async () => {
  const docs = await exampleDocuments();
  const index = docs.findIndex((d) => d.path?.includes('brennick-flood/03'));
  assert.ok(index >= 0, 'examples/brennick-flood/03-… exists');
  heldBack = docs[index];
  fx = await makeFixture({ documents: docs.filter((_, i) => i !== index) });
});

after(async () => {
  assert.deepEqual(fx.logged, [], 'no unexpected error was logged');
  await fx.deps.store.close();
});

describe('POST /api/ingest: the token', () => {
  const body = { documents: [{ text: 'x' }] };

  test('no token is a 401 with WWW-Authenticate', async () => {
    const { status, body: b, res } = await post(fx.app, '/api/ingest', body, { token: null });
    assert.equal(status, 401);
    assert.equal(b.error.code, 'unauthorized');
    assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer/);
  });

  test('a wrong token is a 401', async () => {
    const { status, body: b } = await post(fx.app, '/api/ingest', body, { token: 'wrong' });
    assert.equal(status, 401);
    assert.match(b.error.message, /not valid/);
  });

  test('a server without PARALLAX_TOKEN refuses writes with a 403 saying so', async () => {
    const closed = await makeFixture({ documents: [], token: null });
    const { status, body: b } = await post(closed.app, '/api/ingest', body, { token: 'anything' });
    assert.equal(status, 403);
    assert.equal(b.error.code, 'writes-disabled');
    assert.match(b.error.message, /PARALLAX_TOKEN is not set/);
    await closed.deps.store.close();
  });

  test('any other write method under /api needs the token too', async () => {
    const res = await fx.app.request('/api/stories', { method: 'DELETE' });
    assert.equal(res.status, 401);
  });
});

describe('POST /api/ingest: bad bodies', () => {
  const cases: Array<[string, string, string, RegExp]> = [
    ['broken JSON', '{"documents": [', 'application/json', /not valid JSON/],
    ['no documents', '{}', 'application/json', /"documents"/],
    ['empty documents', '{"documents": []}', 'application/json', /empty/],
    [
      'a document without text or html',
      '{"documents": [{"title": "t"}]}',
      'application/json',
      /documents\[0\] needs/,
    ],
    [
      'text that is not a string',
      '{"documents": [{"text": 5}]}',
      'application/json',
      /documents\[0\]\.text must be a string/,
    ],
    ['both text and html', '{"documents": [{"text": "a", "html": "<p>a</p>"}]}', 'application/json', /both/],
    [
      'an unknown field',
      '{"documents": [{"text": "a", "body": "b"}]}',
      'application/json',
      /documents\[0\]\.body is not a known field/,
    ],
    [
      'a javascript: url',
      '{"documents": [{"text": "a", "url": "javascript:alert(1)"}]}',
      'application/json',
      /http\(s\)/,
    ],
    ['an empty text body', '   ', 'text/plain', /empty/],
    [
      'a binary body sent as text',
      '\u0000\u0001\u0002\u0003PNG\u0000\u0000\u0000\u0007\u0008'.repeat(40),
      'text/plain',
      /binary \[?PX104|looks binary/,
    ],
  ];
  for (const [name, raw, type, message] of cases) {
    test(`${name} is a 400 naming the problem`, async () => {
      const { status, body } = await post(fx.app, '/api/ingest', raw, { type });
      assert.equal(status, 400, JSON.stringify(body));
      assert.match(body.error.message, message);
      assert.deepEqual(checkSchema(body, responseSchema('/ingest', 'post', 400)), []);
    });
  }

  test('an unsupported content type is a 415', async () => {
    const { status, body } = await post(fx.app, '/api/ingest', 'a,b', { type: 'text/csv' });
    assert.equal(status, 415);
    assert.equal(body.error.code, 'unsupported-media-type');
  });

  test('a body over the limit is a 413, before the token is even looked at', async () => {
    const small = await makeFixture({ documents: [], maxBodyBytes: 1024 });
    const big = { documents: [{ text: 'word '.repeat(400) }] };
    const withToken = await post(small.app, '/api/ingest', big);
    assert.equal(withToken.status, 413);
    assert.equal(withToken.body.error.code, 'payload-too-large');
    assert.match(withToken.body.error.message, /1024 bytes/);
    assert.ok(withToken.res.headers.get('content-security-policy'));
    const declared = await small.app.request('/api/ingest', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'content-length': '999999' },
      body: 'x'.repeat(2000),
    });
    assert.equal(declared.status, 413);
    await small.deps.store.close();
  });
});

describe('POST /api/ingest: adding and re-adding', () => {
  let report: IngestReport;
  let storyId: string;

  test('a new article joins its story and the story gets a new version with the change', async () => {
    const res = await post<IngestReport>(fx.app, '/api/ingest', heldBack.content, { type: 'text/plain' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    report = res.body;
    assert.deepEqual(checkSchema(report, responseSchema('/ingest', 'post', 200)), []);
    assert.equal(report.documents, 1);
    assert.equal(report.added, 1);
    assert.equal(report.storiesUpdated.length, 1, 'the flood story was updated');
    storyId = report.storiesUpdated[0];
    const story = (await getJson<StoredStory>(fx.app, `/api/stories/${storyId}`)).body;
    assert.equal(story.version, 2);
    const versions = (await getJson<VersionList>(fx.app, `/api/stories/${storyId}/versions`)).body.versions;
    assert.deepEqual(
      versions.map((v) => v.version),
      [2, 1],
    );
    assert.equal(versions[0].changes?.addedArticles.length, 1);
  });

  test('posting the same document again changes nothing', async () => {
    const before = (await getJson<StoredStory>(fx.app, `/api/stories/${storyId}`)).body;
    const again = await post<IngestReport>(fx.app, '/api/ingest', heldBack.content, { type: 'text/plain' });
    assert.equal(again.status, 200);
    assert.equal(again.body.known, 1);
    assert.equal(again.body.added, 0);
    assert.deepEqual(again.body.storiesCreated, []);
    assert.deepEqual(again.body.storiesUpdated, []);
    const after = (await getJson<StoredStory>(fx.app, `/api/stories/${storyId}`)).body;
    assert.equal(after.version, before.version);
    assert.equal(after.updatedAt, before.updatedAt);
  });

  test('JSON documents carry their metadata into the stored article', async () => {
    const text =
      'Lighthouse keepers of Orrin Point vote to stay on\n\nThe three keepers of the Orrin Point light voted on ' +
      'Tuesday to stay at their posts for another winter, the harbour trust said. The trust had planned to ' +
      'automate the lamp this year but said the vote would delay the work until spring. The keepers said the ' +
      'light still warned fishing boats away from the Grell shoals in fog, and that two boats had been helped ' +
      'into harbour this month alone after their radios failed in a storm.';
    const res = await post<IngestReport>(fx.app, '/api/ingest', {
      documents: [
        {
          text,
          title: 'Orrin Point keepers stay',
          outlet: 'Grell Bay Ledger',
          url: 'https://ledger.example/orrin',
        },
      ],
    });
    assert.equal(res.status, 200);
    assert.equal(res.body.added, 1);
    const list = await getJson<{ articles: Array<{ id: string; url: string | null }> }>(
      fx.app,
      '/api/articles?limit=200',
    );
    const stored = list.body.articles.find((a) => a.url === 'https://ledger.example/orrin');
    assert.ok(stored, 'the article is stored with its URL');
    const article = (await getJson<StoredArticle>(fx.app, `/api/articles/${stored.id}`)).body;
    assert.equal(article.outlet, 'Grell Bay Ledger');
    assert.equal(article.addedAt, '2025-03-12T10:00:00.000Z');
  });
});

test('a merged story is still returned, with mergedInto and a Link to its successor', async () => {
  const real = (await getJson<{ stories: StoredStory[] }>(fx.app, '/api/stories?limit=1')).body.stories[0];
  const merged = await makeFixture({ documents: [] });
  const story = (await getJson<StoredStory>(fx.app, `/api/stories/${real.id}`)).body;
  merged.deps.store.getStory = async (id) => (id === 'sold' ? { ...story, id, mergedInto: 'snew' } : null);
  // The route reads the story's head (version, merge) first: the ETag and the cache key come from it.
  merged.deps.store.storyHead = async (id) =>
    id === 'sold' ? { id, version: story.version, mergedInto: 'snew' } : null;
  const { status, body, res } = await getJson<StoredStory>(merged.app, '/api/stories/sold');
  assert.equal(status, 200);
  assert.equal(body.mergedInto, 'snew');
  assert.equal(res.headers.get('link'), '</api/stories/snew>; rel="canonical"');
  await merged.deps.store.close();
});
