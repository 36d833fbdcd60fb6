/**
 * What a queued ingest reports (`src/queue/`), against the test server (`PARALLAX_TEST_DATABASE_URL`;
 * skipped without one). The interleavings a killed or concurrent ingest leaves are set up by hand,
 * so nothing depends on timing:
 * - each document counts exactly once (known, added or exact copy): when a killed run committed a
 *   batch's articles but not its report, when an uncommitted batch also holds another ingest's
 *   documents, and when a batch was committed between the ingest's look at the store and its queueing;
 * - the diagnostics of brief jobs reach the ingest's report, as a batch's do;
 * - a brief job that fails every attempt ends the wait with a PX509 warning naming the story and the
 *   error, leaves the story pending, and the next ingest briefs it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import pg from 'pg';
import type { RawDocument } from '../../src/model/source.ts';
import { queueBriefs, queueMissingBriefs } from '../../src/queue/brief-job.ts';
import { ingestViaQueue } from '../../src/queue/ingest-via-queue.ts';
import { prepareQueue } from '../../src/queue/queue-tables.ts';
import { startWorker } from '../../src/queue/run-worker.ts';
import { ingestDocuments } from '../../src/service/ingest-documents.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { requestedLines, sentencesAnswer, startFakeLlm } from '../engine/fake-llm-server.ts';
import { LLM_DOCS } from '../engine/llm-stories.ts';
import { skip, withQueueStore } from './queue-store.ts';
import { storiesOf, textDocuments } from './stored-stories.ts';

const AT = '2031-06-11T07:00:00Z';

/** Invented reports: a burst water main told by three outlets, and an unrelated chess result. */
function documents(): RawDocument[] {
  const main = (outlet: string, n: number, extra: string) =>
    `Title: Burst water main floods Kellmark market square\nOutlet: ${outlet}\nPublished: 2031-06-0${n}\n\n` +
    `A water main burst under the Kellmark market square before dawn on Monday, flooding cellars and closing the tram line, the city utility said. ` +
    `Crews shut the valves after ${40 + n} minutes and about 300 households were left without water. ${extra}\n\n` +
    `The utility said repairs would take until Wednesday. Traders set up their stalls on the side streets.`;
  return textDocuments(
    [
      main('Kellmark Herald', 1, 'The fire brigade pumped water out of two shops.'),
      main('River Post', 2, 'A spokeswoman said the pipe was laid in 1962.'),
      main('Evening Lantern', 3, 'Tram passengers were sent to buses.'),
      `Title: Veska wins the Holmfirth chess open\nOutlet: Board Weekly\nPublished: 2031-06-05\n\nThe grandmaster Anja Veska won the Holmfirth chess open on Sunday with seven points from nine games. She drew her last game against the defending champion in thirty moves.\n\nThe tournament drew 140 players from twelve countries.`,
    ],
    'aqrep',
    'queue-report',
  );
}

/** Known, added and exact copies of a report (the counts that must sum to its documents). */
const counts = (r: { known: number; added: number; exactCopies: number }) => [
  r.known,
  r.added,
  r.exactCopies,
];

test(
  'a batch whose articles a killed run committed before its report: each document counted once',
  {
    skip,
  },
  () =>
    withQueueStore(async (url, store) => {
      const docs = documents();
      // The killed run queued its documents in batches of two, committed the first batch's articles
      // (as its group job does) and died before writing that batch's report.
      const killed = await ingestViaQueue(url, store, docs, { at: AT, chunkSize: 2, noWait: true });
      assert.equal(killed.enqueued.batches.length, 2);
      await ingestDocuments(store, docs.slice(0, 2), { at: AT, chunkSize: 2, briefLater: true });
      const { report } = await ingestViaQueue(url, store, docs, { at: AT, chunkSize: 2 });
      assert.deepEqual(counts(report), [2, 2, 0], 'stored by the killed run: known; the rest: added');
      assert.equal(report.documents, docs.length);
      assert.equal(await store.countArticles(), docs.length);
      assert.deepEqual(await store.pendingBriefs(), []);
    }),
);

test(
  'an uncommitted batch that also holds another ingest’s documents: only this ingest’s are counted',
  {
    skip,
  },
  () =>
    withQueueStore(async (url, store) => {
      const docs = documents();
      await ingestViaQueue(url, store, docs.slice(0, 3), { at: AT, chunkSize: 4, noWait: true });
      const { report } = await ingestViaQueue(url, store, [docs[0], docs[3]], { at: AT, chunkSize: 4 });
      assert.deepEqual(counts(report), [0, 2, 0]);
      assert.equal(report.documents, 2);
      const later = await ingestViaQueue(url, store, [docs[1]], { at: AT, chunkSize: 4 });
      assert.deepEqual(counts(later.report), [1, 0, 0], 'committed by the other ingest: known');
    }),
);

test(
  'a batch committed between the ingest’s look at the store and its queueing: known, and an exact copy stays one',
  {
    skip,
  },
  () =>
    withQueueStore(async (url, store) => {
      const docs = documents();
      const copy: RawDocument = { ...docs[0], id: 'aqrepcopy0001', path: 'queue-report/copy.txt' };
      const first = await ingestViaQueue(url, store, [...docs.slice(0, 2), copy], { at: AT, chunkSize: 4 });
      assert.deepEqual(counts(first.report), [0, 2, 1]);
      // The store as the ingest saw it before that batch was committed: nothing stored yet.
      const before: Store = { ...store, knownIds: async () => new Set<string>() };
      const { report } = await ingestViaQueue(url, before, [...docs.slice(0, 2), copy], {
        at: AT,
        chunkSize: 4,
      });
      assert.deepEqual(counts(report), [2, 0, 1], 'stored: known; the exact copy is an exact copy again');
    }),
);

test('the diagnostics of brief jobs reach the queued ingest’s report, as a batch’s do', {
  skip,
}, async () => {
  const fake = await startFakeLlm((req) =>
    sentencesAnswer(
      requestedLines(req).map((l) => `Overall, ${l.text.charAt(0).toLowerCase()}${l.text.slice(1)}`),
    ),
  );
  const saved = process.env.PARALLAX_LLM_URL;
  process.env.PARALLAX_LLM_URL = fake.url;
  try {
    await withQueueStore(async (url, store) => {
      const { report } = await ingestViaQueue(url, store, LLM_DOCS, { at: AT, chunkSize: 10 });
      assert.equal(report.added, LLM_DOCS.length);
      // The brief jobs' rewrite notes, one a story (the serialized step briefs nothing: only they raise it).
      const notes = report.diagnostics.filter((d) => d.code === 'PX508');
      assert.equal(notes.length, report.storiesCreated.length);
      for (const note of notes) assert.match(note.message, /^LLM rewrite by fake-model-7b: /);
    });
  } finally {
    if (saved === undefined) delete process.env.PARALLAX_LLM_URL;
    else process.env.PARALLAX_LLM_URL = saved;
    await fake.close();
  }
});

test(
  'a brief job that fails every attempt: PX509 in the report, the story pending, the next ingest briefs it',
  {
    skip,
    timeout: 120_000,
  },
  () =>
    withQueueStore(async (url, store) => {
      const docs = documents();
      const expected = await oneProcessStories(docs);
      const broken: Store = {
        ...store,
        commitBriefing: async () => {
          throw new Error('the briefing table is read-only');
        },
      };
      const worker = await startWorker(url, broken, { briefAttempts: 1, sweepMs: 200 });
      let failed: Awaited<ReturnType<typeof ingestViaQueue>>;
      try {
        failed = await ingestViaQueue(url, store, docs, { at: AT, chunkSize: 4, work: false });
      } finally {
        await worker.stop();
      }
      const pending = (await store.pendingBriefs()).map((p) => p.id).sort();
      assert.ok(pending.length >= 2, 'the stories wait for a briefing');
      const warnings = failed.report.diagnostics.filter((d) => d.code === 'PX509');
      assert.deepEqual(warnings.map((d) => /^story (\S+):/.exec(d.message)?.[1]).sort(), pending);
      for (const w of warnings) assert.match(w.message, /the briefing table is read-only/);
      // The next ingest of the same inputs queues their briefs again; a working worker writes them.
      const again = await ingestViaQueue(url, store, docs, { at: AT, chunkSize: 4 });
      assert.deepEqual(counts(again.report), [docs.length, 0, 0]);
      assert.deepEqual(await store.pendingBriefs(), []);
      assert.deepEqual(await storiesOf(store), expected);
    }),
);

test(
  'queueing missing briefs: a brief running its last attempt is left alone, one failed for good is queued again',
  {
    skip,
  },
  () =>
    withQueueStore(async (url, store) => {
      await ingestDocuments(store, documents(), { at: AT, briefLater: true });
      const [story] = await store.pendingBriefs();
      const pool = new pg.Pool({ connectionString: url });
      const jobs = async () =>
        (
          await pool.query<{ key: string | null; attempts: number }>(
            "SELECT key, attempts FROM graphile_worker.jobs WHERE task_identifier = 'parallax_brief'",
          )
        ).rows;
      try {
        await prepareQueue(pool);
        await queueBriefs(pool, [story.id], 2);
        // A worker runs its last attempt.
        await pool.query(
          "UPDATE graphile_worker._private_jobs SET attempts = max_attempts, locked_at = now(), locked_by = 'w1'",
        );
        await queueMissingBriefs(pool, store, 2, [story.id]);
        assert.equal((await jobs()).length, 1, 'no second job for a story whose brief runs');
        // That attempt failed: the job failed for good, and the next run queues the story again.
        await pool.query('UPDATE graphile_worker._private_jobs SET locked_at = NULL, locked_by = NULL');
        await queueMissingBriefs(pool, store, 2, [story.id]);
        const after = await jobs();
        assert.deepEqual(
          after.filter((j) => j.key !== null),
          [{ key: `brief:${story.id}`, attempts: 0 }],
        );
      } finally {
        await pool.end();
      }
    }),
);

/** The stories a one-process ingest into SQLite makes of `docs`. */
async function oneProcessStories(docs: RawDocument[]) {
  const store = await openSqliteStore(':memory:');
  try {
    await ingestDocuments(store, docs, { at: AT, chunkSize: 4 });
    return await storiesOf(store);
  } finally {
    await store.close();
  }
}
