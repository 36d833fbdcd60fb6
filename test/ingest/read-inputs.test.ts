/**
 * readInputs: files, folders, stdin and every kind of bad input (which must never throw).
 */
import assert from 'node:assert/strict';
import {
  chmodSync,
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { readInputs } from '../../src/io/read-inputs.ts';

const fx = new URL('../fixtures/ingest/', import.meta.url).pathname.replace(/\/$/, '');
const tmp = mkdtempSync(join(tmpdir(), 'parallax-ingest-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const codes = (r: { diagnostics: Array<{ code: string }> }): string[] => r.diagnostics.map((d) => d.code);

test('a folder is read recursively, sorted, only article extensions and their .gz', async () => {
  const folder = `${fx}/mixed-folder`;
  const r = await readInputs([folder]);
  assert.deepEqual(
    r.documents.map((d) => [d.path, d.kind]),
    [
      [`${folder}/a-page.html`, 'html'],
      [`${folder}/b-story.txt`, 'text'],
      [`${folder}/sub/c-story.txt.gz`, 'text'],
      [`${folder}/sub/d-page.htm`, 'html'],
    ],
  );
  assert.deepEqual(r.diagnostics, []);
  assert.ok(r.documents[2].content.startsWith('Late Ferry'), 'gzip decompressed');
  const again = await readInputs([folder]);
  assert.deepEqual(
    again.documents.map((d) => d.id),
    r.documents.map((d) => d.id),
    'ids are stable',
  );
});

test('bad inputs yield diagnostics naming them, and the batch goes on', async () => {
  const good = `${fx}/mixed-folder/b-story.txt`;
  const r = await readInputs([
    `${fx}/empty/input.txt`,
    `${fx}/binary/input.txt`,
    `${fx}/corrupt-gzip/input.txt.gz`,
    `${fx}/does-not-exist.txt`,
    good,
  ]);
  assert.deepEqual(codes(r), ['PX103', 'PX104', 'PX107', 'PX101']);
  assert.deepEqual(
    r.diagnostics.map((d) => d.input),
    [
      `${fx}/empty/input.txt`,
      `${fx}/binary/input.txt`,
      `${fx}/corrupt-gzip/input.txt.gz`,
      `${fx}/does-not-exist.txt`,
    ],
  );
  for (const d of r.diagnostics) assert.ok(d.message.includes(d.input!), 'message names the input');
  assert.deepEqual(
    r.documents.map((d) => d.path),
    [good],
  );
});

test('invalid UTF-8 is decoded as windows-1252 and kept, with warning PX105 naming the file', async () => {
  const path = `${fx}/invalid-utf8/input.txt`;
  const r = await readInputs([path]);
  assert.equal(r.documents.length, 1);
  assert.ok(r.documents[0].content.startsWith('Café owners in Valcourt'));
  assert.deepEqual(
    r.documents[0].diagnostics.map((d) => [d.code, d.severity]),
    [['PX105', 'warning']],
  );
  assert.ok(r.documents[0].diagnostics[0].message.includes(path));
});

test('a UTF-16 file with a byte order mark is decoded, not called binary', async () => {
  const r = await readInputs([`${fx}/utf16-bom/input.txt`]);
  assert.equal(r.documents.length, 1);
  assert.ok(r.documents[0].content.startsWith('Harbour news in UTF-16'));
});

test('a 50 MB file is rejected by its size, quickly, without being read', async () => {
  const big = join(tmp, 'big.txt');
  const fd = openSync(big, 'w');
  writeSync(fd, 'x', 50 * 1024 * 1024 - 1);
  closeSync(fd);
  const t0 = performance.now();
  const r = await readInputs([big]);
  const ms = performance.now() - t0;
  assert.deepEqual(codes(r), ['PX106']);
  assert.equal(r.documents.length, 0);
  assert.ok(ms < 500, `took ${ms} ms`);
});

test('a gzip bomb is capped: decompression stops at maxBytes', async () => {
  const bomb = join(tmp, 'bomb.txt.gz');
  writeFileSync(bomb, gzipSync(Buffer.alloc(8 * 1024 * 1024, 'a')));
  const r = await readInputs([bomb], { maxBytes: 1024 * 1024 });
  assert.deepEqual(codes(r), ['PX106']);
  assert.ok(r.diagnostics[0].message.includes('gzip'));
});

test('"-" reads stdin (capped), path "-"', async () => {
  const stdin = Readable.from([
    Buffer.from('Harbour Notes\n\nThe tide tables '),
    Buffer.from('were corrected.\n'),
  ]);
  const r = await readInputs(['-'], { stdin });
  assert.equal(r.documents.length, 1);
  assert.equal(r.documents[0].path, '-');
  assert.equal(r.documents[0].content, 'Harbour Notes\n\nThe tide tables were corrected.\n');
  const tooBig = await readInputs(['-'], { stdin: Readable.from([Buffer.alloc(2000, 'a')]), maxBytes: 1000 });
  assert.deepEqual(codes(tooBig), ['PX106']);
});

test('the same input twice gives two documents with distinct, deterministic ids (PX110)', async () => {
  const path = `${fx}/mixed-folder/b-story.txt`;
  const r = await readInputs([path, path]);
  assert.equal(r.documents.length, 2);
  assert.notEqual(r.documents[0].id, r.documents[1].id);
  assert.match(r.documents[1].id, /^a[0-9a-f]{12}$/);
  assert.deepEqual(
    r.documents[1].diagnostics.map((d) => d.code),
    ['PX110'],
  );
  const again = await readInputs([path, path]);
  assert.deepEqual(
    again.documents.map((d) => d.id),
    r.documents.map((d) => d.id),
  );
});

test('HTML is sniffed from content whatever the extension, and plain text in .html stays text', async () => {
  const page = join(tmp, 'page.txt');
  writeFileSync(page, '<!doctype html><html><body><p>Harbour</p></body></html>');
  const plain = join(tmp, 'plain.html');
  writeFileSync(plain, 'No tags here, only words about the harbour.');
  const r = await readInputs([page, plain]);
  assert.deepEqual(
    r.documents.map((d) => d.kind),
    ['html', 'text'],
  );
});

test('an empty folder is reported (PX109)', async () => {
  const empty = mkdtempSync(join(tmp, 'empty-'));
  writeFileSync(join(empty, 'readme.md'), 'nothing');
  const r = await readInputs([empty]);
  assert.deepEqual(codes(r), ['PX109']);
});

test('an unreadable file is reported (PX102)', {
  skip: process.getuid?.() === 0 && 'root reads everything',
}, async () => {
  const locked = join(tmp, 'locked.txt');
  writeFileSync(locked, 'secret');
  chmodSync(locked, 0o000);
  const r = await readInputs([locked]);
  assert.deepEqual(codes(r), ['PX102']);
});

test('an OPML list inside a folder is not followed, and a warning names it (PX122)', async () => {
  const folder = join(tmp, 'with-list');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder);
  writeFileSync(
    join(folder, 'story.txt'),
    `Velm ferry sails again\n\n${'The Velm ferry sailed again on Monday. '.repeat(20)}`,
  );
  writeFileSync(
    join(folder, 'subscriptions.opml'),
    '<?xml version="1.0"?><opml version="2.0"><body><outline type="rss" xmlUrl="https://example.org/feed.xml"/></body></opml>',
  );
  const r = await readInputs([folder]);
  assert.deepEqual(
    r.documents.map((d) => d.path),
    [join(folder, 'story.txt')],
  );
  const warning = r.diagnostics.find((d) => d.code === 'PX122');
  assert.ok(warning, codes(r).join(','));
  assert.match(warning.message, /subscriptions\.opml/);
});
