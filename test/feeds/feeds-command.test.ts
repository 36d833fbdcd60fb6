/**
 * `parallax feeds add | list | remove | poll` through commander, on a database file in a temp folder,
 * against feeds served on 127.0.0.1. The ingest is a fake (the real one is tested in poll-feeds.test.ts).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Command } from 'commander';
import type { FeedsIo } from '../../src/cli/feeds-command.ts';
import { registerFeedsCommand } from '../../src/cli/program.ts';
import type { IngestFn } from '../../src/feeds/poll-feeds.ts';
import { emptyReport, type IngestReport } from '../../src/service/ingest-report.ts';

const rss = (title: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><item><title>Pier repaired</title><link>https://pier.example/1</link><description>The pier at Osk was repaired.</description></item></channel></rss>`;
let base = '';
const server = createServer((req, res) => {
  if (req.url === '/a.xml')
    return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Osk Herald'));
  if (req.url === '/b.xml')
    return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Brenn Post'));
  if (req.url === '/page')
    return void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>hi</p>');
  res.writeHead(404).end();
});
const tmp = mkdtempSync(join(tmpdir(), 'parallax-feeds-'));
const db = join(tmp, 'test.db');

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
  rmSync(tmp, { recursive: true, force: true });
});

const fakeIngest: IngestFn = async (_store, documents) => {
  const report: IngestReport = emptyReport(0);
  report.documents = documents.length;
  report.added = documents.length;
  report.diagnostics = [
    {
      severity: 'warning',
      code: 'PX503',
      message: 'the toll is likely an error',
      stage: 'reconcile',
      article: 'a1',
    },
    { severity: 'info', code: 'PX302', message: 'a date left unresolved', stage: 'nlp', article: 'a1' },
  ];
  return report;
};

/** Runs `parallax <args>` with the feeds command only; returns the exit code and what was printed. */
async function run(args: string[], extra: Partial<FeedsIo> = {}) {
  let out = '';
  let err = '';
  let code = -1;
  const io: FeedsIo = {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    now: () => new Date('2031-04-02T10:00:00Z'),
    ingest: fakeIngest,
    ...extra,
  };
  const program = new Command('parallax').exitOverride();
  registerFeedsCommand(program, io, (c) => {
    code = c;
  });
  await program.parseAsync([...args, '--db', db], { from: 'user' });
  return { code, out, err };
}

test('feeds add takes feed URLs and OPML lists, and refuses what is neither', async () => {
  const opml = join(tmp, 'list.opml');
  writeFileSync(
    opml,
    `<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body><outline text="Osk" xmlUrl="${base}/a.xml"/><outline text="Brenn" xmlUrl="${base}/b.xml"/></body></opml>`,
  );
  const r = await run(['feeds', 'add', `${base}/a.xml`, opml, `${base}/page`, '--allow-private']);
  assert.equal(r.code, 1);
  assert.match(r.out, new RegExp(`^added: ${base}/a.xml \\(Osk Herald\\)$`, 'm'));
  assert.match(r.out, new RegExp(`^already subscribed: ${base}/a.xml$`, 'm'));
  assert.match(r.out, new RegExp(`^added: ${base}/b.xml$`, 'm'));
  assert.match(r.out, /^2 feeds listed in .*list\.opml$/m);
  assert.match(r.err, /\/page: not added: a page or a text, not a feed or an OPML list/);

  const list = await run(['feeds', 'list']);
  assert.equal(list.code, 0);
  const lines = list.out.trimEnd().split('\n');
  assert.match(lines[0], /^URL +TITLE +STATUS +LAST CHECKED +NEXT CHECK +ERRORS +ARTICLES$/);
  assert.match(lines[1], /a\.xml +Osk Herald +new +- +2031-04-02 10:00 +0 +0$/);
  assert.match(lines[2], /b\.xml +- +new /);
});

test('feeds poll polls what is due, once; feeds remove unsubscribes', async () => {
  const r = await run(['feeds', 'poll', '--allow-private']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /ok: .*a\.xml: 1 items, 1 new articles/);
  assert.match(
    r.err,
    /a\.xml: warning: the toll is likely an error \[PX503\]/,
    "the ingest's diagnostics reach stderr",
  );
  assert.doesNotMatch(r.err, /PX302/, 'notes are for --verbose');
  assert.match(
    r.out,
    /^polled 2 feeds: 2 ok, 0 not modified, 0 failed; 2 new articles; next check 2031-04-02 10:1\d UTC$/m,
  );
  const again = await run(['feeds', 'poll', '--allow-private']);
  assert.match(again.out, /^no feed due; next check/);
  const list = await run(['feeds', 'list']);
  assert.match(list.out, /a\.xml +Osk Herald +ok +2031-04-02 10:00 +2031-04-02 10:1\d +0 +1$/m);

  const removed = await run(['feeds', 'remove', `${base}/b.xml`, `${base}/zzz.xml`]);
  assert.equal(removed.code, 1);
  assert.match(removed.out, /^removed: .*b\.xml$/m);
  assert.match(removed.err, /zzz\.xml: not subscribed/);
});

test('feeds poll --watch sleeps until the next feed is due and stops when signalled', async () => {
  const controller = new AbortController();
  let clock = Date.parse('2031-04-02T11:00:00Z');
  const sleeps: number[] = [];
  const r = await run(['feeds', 'poll', '--watch', '--allow-private', '--quiet'], {
    now: () => new Date(clock),
    signal: controller.signal,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += 20 * 60_000;
      if (sleeps.length === 2) controller.abort();
    },
  });
  assert.equal(r.code, 0);
  assert.equal(r.err, '', 'quiet: no line per feed');
  assert.equal(r.out.trimEnd().split('\n').length, 2, 'two rounds, then stopped');
  assert.ok(
    sleeps.every((ms) => ms >= 1000 && ms <= 60_000),
    String(sleeps),
  );
});

test('feeds poll --verbose adds the notes; feeds add names a fetch failure with its code', async () => {
  const added = await run(['feeds', 'add', `${base}/a.xml`, '--no-check']);
  assert.equal(added.code, 0, added.err);
  const r = await run(['feeds', 'poll', '--allow-private', '--verbose'], {
    now: () => new Date('2031-04-09T10:00:00Z'), // a week on: every feed is due
  });
  assert.match(r.err, /a\.xml: warning: the toll is likely an error \[PX503\]/);
  assert.match(r.err, /a\.xml: note: a date left unresolved \[PX302\]/);
  const missing = await run(['feeds', 'add', `${base}/missing.xml`, '--allow-private']);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /missing\.xml: not added: .*404.*\[PX115\]/);
});
