/**
 * The service path (`ingestDocuments`, behind ingest, serve and feeds poll) rewrites through the
 * engine too: with `PARALLAX_LLM_URL` in the environment the stored briefings carry the checked
 * rewrites, and the ingest's report carries the run's note. Fake server, in-memory SQLite store.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingestDocuments } from '../../src/service/ingest-documents.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import { requestedLines, sentencesAnswer, startFakeLlm } from './fake-llm-server.ts';
import { LLM_DOCS } from './llm-stories.ts';

test('an ingest with PARALLAX_LLM_URL set stores rewritten, checked summary lines', async () => {
  const fake = await startFakeLlm((body) =>
    sentencesAnswer(
      requestedLines(body).map((l) => `Overall, ${l.text.charAt(0).toLowerCase()}${l.text.slice(1)}`),
    ),
  );
  const saved = process.env.PARALLAX_LLM_URL;
  process.env.PARALLAX_LLM_URL = fake.url;
  const store = await openSqliteStore(':memory:');
  try {
    const report = await ingestDocuments(store, LLM_DOCS, { at: '2031-05-03T08:00:00Z' });
    assert.equal(report.added, LLM_DOCS.length);
    assert.ok(report.diagnostics.some((d) => d.code === 'PX508'));
    const stories = await store.listStories({ limit: 10, offset: 0 });
    assert.equal(stories.length, 2);
    for (const s of stories) {
      const story = (await store.getStory(s.id))!;
      assert.ok(story.briefing.summary.length > 0);
      for (const line of story.briefing.summary) {
        assert.match(line.text, /^Overall, the /);
        assert.equal(line.generated?.model, 'fake-model-7b');
      }
    }
  } finally {
    if (saved === undefined) delete process.env.PARALLAX_LLM_URL;
    else process.env.PARALLAX_LLM_URL = saved;
    await store.close();
    await fake.close();
  }
});
