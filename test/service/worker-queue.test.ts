/**
 * The PostgreSQL job queue (`src/queue/`), run against the test server (`PARALLAX_TEST_DATABASE_URL`;
 * skipped with a message without one):
 * - articles ingested through the queue by two workers end in the same stories, with the same
 *   briefings, as a one-process ingest of the same documents into SQLite;
 * - two ingests of the same documents at once both finish; each article is stored once, and the
 *   stories are those of one ingest;
 * - a `parallax worker` process killed with SIGKILL in the middle of a job: the job is unlocked and run
 *   again by the next worker, and every article ends stored exactly once;
 * - the same in the middle of a story's brief job: the brief is run again, no briefing is lost;
 * - stories touched by several batches before their briefs run: one brief job a story waits, and
 *   each story ends with the briefing of its final members;
 * - while later batches are queued, a changed story's brief waits (bounded); once none is left it
 *   starts, and each story is briefed once.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { TaskList } from 'graphile-worker';
import pg from 'pg';
import type { RawDocument } from '../../src/model/source.ts';
import { ingestViaQueue, waitForBriefs } from '../../src/queue/ingest-via-queue.ts';
import { startWorker } from '../../src/queue/run-worker.ts';
import { ingestDocuments } from '../../src/service/ingest-documents.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { skip, storeQuery, withQueueStore } from './queue-store.ts';
import { type Stories, storiesOf, textDocuments } from './stored-stories.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const AT = '2026-04-02T09:00:00Z';
const CHUNK = 4;

/** Invented wire-style reports: two events, several outlets each, plus one unrelated item. */
function documents(): RawDocument[] {
  const bridge = (outlet: string, n: number, extra: string) =>
    `Title: Ferry link to Osterby closed after crane strikes Varnholm bridge\nOutlet: ${outlet}\nPublished: 2026-04-0${n}\n\n` +
    `A floating crane struck the Varnholm bridge on Tuesday evening, and the ferry link to Osterby was closed while engineers inspected the span. ` +
    `The harbour authority said ${10 + n} vessels were held outside the port overnight. ${extra}\n\n` +
    `Engineers from the regional roads agency said the inspection would take at least two days. Commuters were told to use the northern crossing.`;
  const vote = (outlet: string, n: number, extra: string) =>
    `Title: Lindqvist council votes to rebuild Tarnby school after fire\nOutlet: ${outlet}\nPublished: 2026-03-2${n}\n\n` +
    `The Lindqvist municipal council voted on Monday to rebuild the Tarnby primary school, which burned down in February. ` +
    `Councillor Maren Holt said the new building would open in autumn 2028 and cost 41 million kronor. ${extra}\n\n` +
    `Parents had gathered outside the town hall before the vote. Pupils are taught in temporary classrooms at the sports centre.`;
  const texts = [
    bridge('Harbour Gazette', 1, 'Police closed the approach roads.'),
    vote('Lindqvist Post', 1, 'The vote was 23 to 8.'),
    bridge('Coastline Daily', 2, 'A spokesman declined to say who operated the crane.'),
    vote('Northern Courier', 2, 'Opposition members wanted a cheaper renovation.'),
    bridge('Osterby Radio', 3, 'Residents of Osterby queued for the last ferry.'),
    vote('Tarnby Weekly', 3, 'Teachers welcomed the decision.'),
    `Title: Orchestra names new conductor\nOutlet: Arts Review\nPublished: 2026-03-30\n\nThe Solberg chamber orchestra named Ilse Brandt as its principal conductor from next season. She succeeds a conductor who led the ensemble for twelve years.\n\nThe orchestra will tour four cities in the spring.`,
    bridge('Regional Wire', 4, 'Shipping firms asked for compensation.'),
    vote('Civic Bulletin', 4, 'Construction is to start next year.'),
  ];
  return textDocuments(texts, 'aqueue', 'queue');
}

/** Runs the queue's jobs of `tasks` in this process, pass after pass, until `done` (at most 20 passes). */
async function runJobsUntil(pool: pg.Pool, tasks: TaskList, done: () => Promise<boolean>): Promise<void> {
  const { Logger, runTaskListOnce } = await import('graphile-worker');
  const logger = new Logger(() => () => {});
  for (let round = 0; round < 20; round++) {
    const client = await pool.connect();
    try {
      await runTaskListOnce({ pgPool: pool, logger }, tasks, client).promise;
    } finally {
      client.release();
    }
    if (await done()) return;
  }
  assert.fail('the jobs did not get there in 20 passes');
}

/** The stories a one-process ingest into SQLite makes of `docs`, in chunks of `CHUNK`. */
async function oneProcessStories(docs: RawDocument[]) {
  const store = await openSqliteStore(':memory:');
  try {
    await ingestDocuments(store, docs, { at: AT, chunkSize: CHUNK });
    return await storiesOf(store);
  } finally {
    await store.close();
  }
}

/** A test on a fresh PostgreSQL store, with the fixture's documents and a one-process ingest's stories. */
function queueTest(
  name: string,
  body: (t: { docs: RawDocument[]; expected: Stories; url: string; store: Store }) => Promise<void>,
): void {
  test(name, { skip }, async () => {
    const docs = documents();
    const expected = await oneProcessStories(docs);
    await withQueueStore((url, store) => body({ docs, expected, url, store }));
  });
}

queueTest(
  'queued ingest with two workers: the stories and briefings of a one-process ingest',
  async ({ docs, expected, url, store }) => {
    assert.ok(expected.length >= 2, 'the fixture makes several stories');
    const workers = [
      await startWorker(url, store, { sweepMs: 50 }),
      await startWorker(url, store, { sweepMs: 50 }),
    ];
    try {
      const { report } = await ingestViaQueue(url, store, docs, { at: AT, chunkSize: CHUNK, work: false });
      const alive = await storeQuery(url, 'SELECT worker_id FROM parallax_workers');
      assert.equal(alive.length, 2, 'a live worker is never taken for a dead one by the sweeps');
      assert.equal(report.added, docs.length);
      assert.equal(report.documents, docs.length);
      assert.deepEqual(await storiesOf(store), expected);
      const again = await ingestViaQueue(url, store, docs, { at: AT, chunkSize: CHUNK, work: false });
      assert.equal(again.enqueued.queued, 0, 'stored documents are not queued again');
      assert.equal(again.report.known, docs.length);
    } finally {
      for (const w of workers) await w.stop();
    }
  },
);

queueTest(
  'two queued ingests of the same documents at once: both finish, no duplicates, one run’s stories',
  async ({ docs, expected, url, store }) => {
    const runs = await Promise.all([
      ingestViaQueue(url, store, docs, { at: AT, chunkSize: CHUNK }),
      ingestViaQueue(url, store, docs, { at: AT, chunkSize: CHUNK }),
    ]);
    assert.equal(runs[0].enqueued.queued + runs[1].enqueued.queued, docs.length, 'each document queued once');
    for (const run of runs) assert.equal(run.report.documents, docs.length);
    assert.equal(await store.countArticles(), docs.length);
    assert.deepEqual(await storiesOf(store), expected);
  },
);

/** Starts `parallax worker` on `url`; resolves once the process is killed while it holds a job (of `task`, if given). */
async function killWorkerMidJob(
  url: string,
  task?: string,
): Promise<{ signal: NodeJS.Signals | null; job: string; worker: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'parallax.js'), 'worker', '--quiet'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, PARALLAX_DEBUG: '', PARALLAX_DATABASE_URL: url },
  });
  const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_c, signal) => done(signal)));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      // A job locked by a worker that recorded itself (see run-worker.ts).
      const { rows } = await client.query<{ job: string; worker: string }>(
        `SELECT j.task_identifier AS job, j.locked_by AS worker FROM graphile_worker.jobs j
         JOIN parallax_workers w ON w.worker_id = j.locked_by
         WHERE $1::text IS NULL OR j.task_identifier = $1 LIMIT 1`,
        [task ?? null],
      );
      if (rows.length > 0) {
        child.kill('SIGKILL');
        return { signal: await exited, ...rows[0] };
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    child.kill('SIGKILL');
    throw new Error('the worker took no job in two minutes');
  } finally {
    await client.end();
  }
}

queueTest(
  'a worker killed with SIGKILL mid-job: the job is run again, every article stored once',
  async ({ docs, expected, url, store }) => {
    const queued = await ingestViaQueue(url, store, docs, { at: AT, chunkSize: CHUNK, noWait: true });
    assert.equal(queued.enqueued.queued, docs.length);
    const { signal, job, worker: dead } = await killWorkerMidJob(url);
    assert.equal(signal, 'SIGKILL');
    const recorded = await storeQuery(url, `SELECT 1 FROM parallax_workers WHERE worker_id = '${dead}'`);
    assert.equal(
      recorded.length,
      1,
      'the killed worker was recorded with its connection (found dead at once)',
    );
    const pool = new pg.Pool({ connectionString: url });
    try {
      const locked = await pool.query('SELECT 1 FROM graphile_worker.jobs WHERE locked_by IS NOT NULL');
      assert.equal(locked.rowCount, 1, `the killed worker's ${job} job is still locked`);
      // A new worker finds the dead one (its connection is gone) and unlocks its job at start.
      const worker = await startWorker(url, store, { sweepMs: 200 });
      try {
        const { report } = await ingestViaQueue(url, store, docs, { at: AT, chunkSize: CHUNK, work: false });
        assert.equal(report.documents, docs.length);
      } finally {
        await worker.stop();
      }
      const ids = (await pool.query<{ id: string }>('SELECT id FROM articles')).rows.map((r) => r.id);
      assert.deepEqual(ids.sort(), docs.map((d) => d.id).sort(), 'every article exactly once');
      const left = await pool.query('SELECT 1 FROM graphile_worker.jobs');
      assert.equal(left.rowCount, 0, 'no job left over');
      assert.deepEqual(await storiesOf(store), expected);
    } finally {
      await pool.end();
    }
  },
);

/** Waits until the stories pending now are briefed (a second ingest of stored documents does not wait). */
async function briefsDone(store: Store): Promise<void> {
  const ids = (await store.pendingBriefs()).map((p) => p.id);
  await waitForBriefs(store, ids, { pollMs: 100 });
}

queueTest(
  'a worker killed with SIGKILL mid brief job: the brief is run again, every story briefed',
  async ({ docs, expected, url, store }) => {
    await ingestViaQueue(url, store, docs, { at: AT, chunkSize: CHUNK, noWait: true });
    const { signal, job } = await killWorkerMidJob(url, 'parallax_brief');
    assert.equal(signal, 'SIGKILL');
    assert.equal(job, 'parallax_brief');
    const worker = await startWorker(url, store, { sweepMs: 200 });
    try {
      const { report } = await ingestViaQueue(url, store, docs, { at: AT, chunkSize: CHUNK, work: false });
      assert.equal(report.documents, docs.length);
      await briefsDone(store);
    } finally {
      await worker.stop();
    }
    assert.deepEqual(await store.pendingBriefs(), [], 'no story left without its briefing');
    assert.deepEqual(await storiesOf(store), expected);
    const left = await storeQuery(url, 'SELECT 1 FROM graphile_worker.jobs');
    assert.equal(left.length, 0, 'no job left over');
  },
);

queueTest(
  'stories touched by several batches before their briefs run: one brief job each, final members briefed',
  async ({ docs, expected, url, store }) => {
    await ingestViaQueue(url, store, docs, { at: AT, chunkSize: CHUNK, noWait: true });
    // Only analyze and group jobs run here: the brief jobs wait, one per story whatever its touches.
    const { queueTasks } = await import('../../src/queue/queue-jobs.ts');
    const pool = new pg.Pool({ connectionString: url });
    try {
      const tasks = queueTasks({ pool, store });
      const { parallax_brief: _brief, ...groupOnly } = tasks;
      await runJobsUntil(pool, groupOnly, async () => {
        const left = await pool.query(
          "SELECT 1 FROM graphile_worker.jobs WHERE task_identifier <> 'parallax_brief'",
        );
        return left.rowCount === 0;
      });
      const pending = await store.pendingBriefs();
      assert.ok(
        pending.some((p) => p.membersVersion > 1),
        'a story was touched by more than one batch',
      );
      const briefs = await pool.query<{ key: string }>(
        "SELECT key FROM graphile_worker.jobs WHERE task_identifier = 'parallax_brief' ORDER BY key",
      );
      assert.deepEqual(
        briefs.rows.map((r) => r.key),
        pending.map((p) => `brief:${p.id}`).sort(),
        'one waiting brief job a pending story',
      );
    } finally {
      await pool.end();
    }
    const worker = await startWorker(url, store);
    try {
      await briefsDone(store);
    } finally {
      await worker.stop();
    }
    assert.deepEqual(await storiesOf(store), expected);
  },
);

queueTest(
  'briefs wait while later batches are queued, start once none is left, and each story is briefed once',
  async ({ docs, expected, url, store }) => {
    await ingestViaQueue(url, store, docs, { at: AT, chunkSize: CHUNK, noWait: true });
    const { queueTasks } = await import('../../src/queue/queue-jobs.ts');
    const { queueBriefs } = await import('../../src/queue/brief-job.ts');
    const pool = new pg.Pool({ connectionString: url });
    let queuedBriefs = 0;
    // The last batch's analysis is held back: the batches before it are committed while it waits.
    const held = new Set(docs.slice(2 * CHUNK).map((d) => d.id));
    let holding = true;
    const { parallax_brief: _brief, ...groupOnly } = queueTasks({ pool, store });
    const tasks = {
      ...groupOnly,
      parallax_analyze: (
        payload: unknown,
        helpers: Parameters<NonNullable<typeof groupOnly.parallax_analyze>>[1],
      ) => {
        if (holding && (payload as { ids: string[] }).ids.some((id) => held.has(id))) throw new Error('held');
        return groupOnly.parallax_analyze!(payload, helpers);
      },
    };
    const runUntil = (committed: number) =>
      runJobsUntil(pool, tasks, async () => {
        const { rows } = await pool.query('SELECT 1 FROM parallax_batches WHERE report IS NOT NULL');
        return rows.length >= committed;
      });
    const waiting = async () =>
      (
        await pool.query<{ key: string; wait: number }>(
          `SELECT key, extract(epoch FROM run_at - now()) AS wait FROM graphile_worker.jobs
           WHERE task_identifier = 'parallax_brief' ORDER BY key`,
        )
      ).rows;
    try {
      await runUntil(2);
      const early = await waiting();
      assert.ok(early.length >= 2, 'the first batches changed stories');
      for (const job of early)
        assert.ok(Number(job.wait) > 5, `${job.key} waits for the batch behind it (${job.wait} s)`);
      // Queued again with a short wait: it waits no longer than that from its first queueing.
      const first = early[0]!.key.slice('brief:'.length);
      await queueBriefs(pool, [first], 5, 1_000);
      assert.ok(Number((await waiting()).find((j) => j.key === early[0]!.key)!.wait) < 2, 'bounded wait');
      holding = false;
      await pool.query(
        `SELECT graphile_worker.reschedule_jobs(array_agg(id), run_at => now()) FROM graphile_worker.jobs
         WHERE task_identifier = 'parallax_analyze'`,
      );
      await runUntil(3);
      const late = await waiting();
      assert.deepEqual(
        late.map((j) => j.key),
        (await store.pendingBriefs()).map((p) => `brief:${p.id}`).sort(),
        'one brief job a pending story',
      );
      for (const job of late) assert.ok(Number(job.wait) <= 0, `${job.key} starts once no batch is left`);
      queuedBriefs = late.length;
    } finally {
      await pool.end();
    }
    let briefs = 0;
    const worker = await startWorker(url, store, {
      onJob: (task) => {
        if (task === 'parallax_brief') briefs++;
      },
    });
    try {
      await briefsDone(store);
    } finally {
      await worker.stop();
    }
    assert.equal(briefs, queuedBriefs, 'each story briefed once');
    assert.deepEqual(await storiesOf(store), expected);
  },
);

test('parallax serve over PostgreSQL: POST /api/ingest queues for the workers and answers with the report', {
  skip,
}, async () => {
  const { runServe } = await import('../../src/cli/serve-command.ts');
  const docs = documents().slice(0, 3);
  await withQueueStore(async (url, store) => {
    const worker = await startWorker(url, store);
    const stop = new AbortController();
    let out = '';
    const served = runServe(
      { db: url, port: 0, host: '127.0.0.1', quiet: true },
      {
        stdout: { write: (s: string) => (out += s) },
        stderr: { write: () => true },
        env: { PARALLAX_TOKEN: 'queue-token' },
        stop: stop.signal,
      },
    );
    try {
      const deadline = Date.now() + 60_000;
      while (!/ at (http:\S+)/.test(out) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      const base = / at (http:\S+)/.exec(out)![1].replace(/\/$/, '');
      const res = await fetch(`${base}/api/ingest`, {
        method: 'POST',
        headers: { authorization: 'Bearer queue-token', 'content-type': 'application/json' },
        body: JSON.stringify({ documents: docs.map((d) => ({ text: d.content })) }),
      });
      assert.equal(res.status, 200);
      const report = (await res.json()) as { added: number; documents: number };
      assert.deepEqual([report.documents, report.added], [3, 3]);
      const pool = new pg.Pool({ connectionString: url });
      try {
        const queued = await pool.query('SELECT 1 FROM parallax_documents WHERE result IS NOT NULL');
        assert.equal(queued.rowCount, 3, 'the documents went through the queue');
      } finally {
        await pool.end();
      }
      assert.equal(await store.countArticles(), 3);
    } finally {
      stop.abort();
      await served;
      await worker.stop();
    }
  });
});
