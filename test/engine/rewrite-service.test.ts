/**
 * The service path (`ingestDocuments`, behind ingest, serve and feeds poll) rewrites through the
 * engine too: with `PARALLAX_LLM_URL` in the environment the stored briefings carry the checked
 * rewrites, and the ingest's report carries the run's note; so do brief jobs (briefs out of the
 * serialized step). Fake server, in-memory SQLite store.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { briefPending } from '../../src/service/brief-pending.ts';
import { ingestDocuments } from '../../src/service/ingest-documents.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { requestedLines, sentencesAnswer, startFakeLlm } from './fake-llm-server.ts';
import { LLM_DOCS } from './llm-stories.ts';

/** Runs `body` with a fake LLM that prefixes every line with "Overall," set in the environment, on a fresh store. */
async function withFakeLlm(body: (store: Store) => Promise<void>): Promise<void> {
  const fake = await startFakeLlm((req) =>
    sentencesAnswer(
      requestedLines(req).map((l) => `Overall, ${l.text.charAt(0).toLowerCase()}${l.text.slice(1)}`),
    ),
  );
  const saved = process.env.PARALLAX_LLM_URL;
  process.env.PARALLAX_LLM_URL = fake.url;
  const store = await openSqliteStore(':memory:');
  try {
    await body(store);
  } finally {
    if (saved === undefined) delete process.env.PARALLAX_LLM_URL;
    else process.env.PARALLAX_LLM_URL = saved;
    await store.close();
    await fake.close();
  }
}

/** Every stored story's summary lines are the fake model's checked rewrites. */
async function assertRewritten(store: Store): Promise<void> {
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
}

test('an ingest with PARALLAX_LLM_URL set stores rewritten, checked summary lines', () =>
  withFakeLlm(async (store) => {
    const report = await ingestDocuments(store, LLM_DOCS, { at: '2031-05-03T08:00:00Z' });
    assert.equal(report.added, LLM_DOCS.length);
    assert.ok(report.diagnostics.some((d) => d.code === 'PX508'));
    await assertRewritten(store);
  }));

test('a brief job (briefs out of the serialized step) rewrites as the ingest does', () =>
  withFakeLlm(async (store) => {
    await ingestDocuments(store, LLM_DOCS, { at: '2031-05-03T08:00:00Z', briefLater: true });
    const pending = await store.pendingBriefs();
    assert.equal(pending.length, 2);
    const notes: string[] = [];
    for (const p of pending) {
      const outcome = await briefPending(store, p.id, {
        onDiagnostics: (d) => notes.push(...d.map((x) => x.code)),
      });
      assert.equal(outcome, 'written');
    }
    assert.ok(notes.includes('PX508'));
    await assertRewritten(store);
  }));
