/**
 * The store's behaviour, the same on every backend (`backends.ts`): search, entities, the JSON
 * contract shape of what reads return, feeds, re-ingest, and two writers at once.
 */
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { readInputs } from '../../src/io/read-inputs.ts';
import { ingestDocuments } from '../../src/service/ingest-documents.ts';
import { entityKey } from '../../src/store/records.ts';
import type { Store } from '../../src/store/store.ts';
import { backends, TEST_DATABASE_URL } from './backends.ts';

const examples = (await readInputs(['examples'], { stdin: process.stdin })).documents;

test('CI runs the store tests on PostgreSQL too (PARALLAX_TEST_DATABASE_URL is set)', (t) => {
  if (process.env.CI !== 'true') {
    if (TEST_DATABASE_URL === undefined)
      t.skip('no PARALLAX_TEST_DATABASE_URL: PostgreSQL store tests not run');
    return;
  }
  assert.ok(TEST_DATABASE_URL, 'CI must export PARALLAX_TEST_DATABASE_URL (.ci/run starts a server)');
});

for (const backend of backends()) {
  describe(`store on ${backend.name}`, async () => {
    const store: Store = await backend.open();
    await ingestDocuments(store, examples, { at: '2026-03-12T08:00:00Z' });
    after(() => store.close());

    test('search finds stories and articles by words, and user syntax cannot break the query', async () => {
      const hits = await store.search('Halcyon wreck', 10);
      assert.ok(hits.some((h) => h.kind === 'story'));
      assert.ok(hits.some((h) => h.kind === 'article' && h.storyId !== null));
      assert.ok(hits.length <= 10);
      assert.ok((await store.search('halcy', 10)).length > 0, 'the last word is a prefix');
      for (const q of ['"unbalanced', 'AND OR NOT', 'title:x*', 'NEAR(a b)', '(((', '*', '', "a' & !b | c:*"])
        await store.search(q, 5);
      assert.deepEqual(await store.search('"(*', 5), []);
      assert.deepEqual(await store.search('zzyzx-no-such-word', 5), []);
    });

    test('an entity page lists every story naming it, under any spelling', async () => {
      const stories = await store.listStories({ limit: 10, offset: 0 });
      const story = (await store.getStory(stories[0].id))!;
      const entity = story.briefing.entities.find((e) => e.aliases.length > 0) ?? story.briefing.entities[0];
      const record = await store.getEntity(entityKey(entity.name));
      assert.ok(record);
      assert.ok(record.stories.some((s) => s.id === story.id));
      for (const alias of entity.aliases) {
        const byAlias = await store.getEntity(entityKey(alias));
        assert.ok(
          byAlias?.stories.some((s) => s.id === story.id),
          `alias ${alias}`,
        );
      }
      assert.equal(await store.getEntity('no-such-entity'), null);
    });

    test('articles and stories read back in the JSON contract shape', async () => {
      const list = await store.listArticles({ limit: 100, offset: 0 });
      assert.equal(list.length, examples.length);
      assert.equal(await store.countArticles(), examples.length);
      const a = (await store.getArticle(list[0].id))!;
      assert.equal(typeof a.text, 'string');
      assert.ok(a.storyId);
      assert.ok(Array.isArray(a.extraction.removed));
      assert.equal((a as unknown as { paragraphs?: unknown }).paragraphs, undefined);
      assert.equal(await store.countStories(), 4);
      assert.equal(await store.getStory('s000000000000'), null);
      const [first] = await store.listStories({ limit: 1, offset: 0 });
      assert.deepEqual(await store.storyHead(first.id), {
        id: first.id,
        version: first.version,
        mergedInto: null,
      });
      assert.equal(await store.storyHead('s000000000000'), null);
      assert.equal(await store.getVersion(list[0].storyId!, 99), null);
      const versions = await store.listVersions(first.id);
      assert.equal(versions[0].version, first.version);
      const loaded = await store.loadArticles([list[1].id, list[0].id]);
      assert.deepEqual(
        loaded.map((x) => x.id),
        [list[1].id, list[0].id],
      );
      assert.ok(Array.isArray(loaded[0].paragraphs));
    });

    test('what an ingest reads: known ids, content hashes, band neighbours, cluster state', async () => {
      const ids = examples.map((d) => d.id);
      assert.equal((await store.knownIds([...ids, 'a-not-stored'])).size, ids.length);
      const state = await store.loadClusterState();
      assert.equal(state.entries.length, examples.length);
      assert.ok(state.df.size > 0);
      assert.ok(state.entries.every((e) => e.vector.length > 0 && e.storyId));
      // Feature counts ride with the vector, so a restored clusterer can weigh them again.
      assert.ok(
        state.entries.every((e) => e.counts?.length === e.vector.length && e.counts.every(([, c]) => c > 0)),
      );
      assert.equal(await store.generation(), 1);
    });

    test('re-ingesting the examples changes nothing', async () => {
      const again = await ingestDocuments(store, examples, { at: '2026-03-14T08:00:00Z' });
      assert.equal(again.known, examples.length);
      assert.equal(again.added, 0);
      assert.equal(await store.countArticles(), examples.length);
    });

    test('feeds: add once, due by time, update status, remove', async () => {
      const s = await backend.open();
      try {
        assert.equal(await s.addFeed('https://example.org/feed.xml', '2026-03-12T08:00:00Z'), true);
        assert.equal(await s.addFeed('https://example.org/feed.xml', '2026-03-12T09:00:00Z'), false);
        assert.equal((await s.dueFeeds('2026-03-12T07:59:59Z')).length, 0);
        assert.equal((await s.dueFeeds('2026-03-12T08:00:00Z')).length, 1);
        await s.updateFeed('https://example.org/feed.xml', {
          status: 'error',
          errorCount: 1,
          lastError: 'HTTP 500',
          nextCheckAt: '2026-03-12T08:30:00Z',
          addArticles: 2,
        });
        const [f] = await s.listFeeds();
        assert.equal(f.status, 'error');
        assert.equal(f.articlesAdded, 2);
        assert.equal(f.lastError, 'HTTP 500');
        assert.equal(await s.removeFeed(f.url), true);
        assert.deepEqual(await s.listFeeds(), []);
      } finally {
        await s.close();
      }
    });

    test('a commit computed from an older generation writes nothing', async () => {
      const s = await backend.open();
      try {
        const commit = {
          at: '2026-03-12T08:00:00Z',
          articles: [],
          stories: [],
          merged: [],
          dfDelta: new Map(),
        };
        assert.equal(await s.commitIngest({ ...commit, generation: 0 }), true);
        assert.equal(await s.commitIngest({ ...commit, generation: 0 }), false);
        assert.equal(await s.generation(), 1);
      } finally {
        await s.close();
      }
    });
  });
}

test('the examples give the same stories, counts and briefings on every backend', async (t) => {
  const all = backends();
  if (all.length < 2) {
    t.skip('only one backend here (no PARALLAX_TEST_DATABASE_URL)');
    return;
  }
  const snapshots: string[] = [];
  for (const backend of all) {
    const store = await backend.open();
    try {
      await ingestDocuments(store, examples, { at: '2026-03-12T08:00:00Z', chunkSize: 5 });
      const stories = await store.listStories({ limit: 100, offset: 0 });
      const briefings = await Promise.all(stories.map(async (s) => (await store.getStory(s.id))!.briefing));
      snapshots.push(
        JSON.stringify({
          articles: await store.countArticles(),
          stories: stories.map((s) => [s.headline, s.articles, s.outlets, s.disputes, s.version]),
          briefings,
        }),
      );
    } finally {
      await store.close();
    }
  }
  assert.equal(snapshots[1], snapshots[0]);
});
