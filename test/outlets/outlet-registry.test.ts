/**
 * The outlet registry: names and domains to outlets, the user's file over the defaults, and wire credits.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { outletName } from '../../src/brief/outlet-name.ts';
import { DEFAULT_OUTLETS } from '../../src/outlets/default-outlets.ts';
import { OutletRegistry, outletRegistry, parseOutlets } from '../../src/outlets/outlet-registry.ts';
import { wireCreditOf } from '../../src/outlets/wire-credit.ts';
import { sourceKeyOf } from '../../src/reconcile/collect-statements.ts';

const tmp = mkdtempSync(join(tmpdir(), 'parallax-outlets-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
const registry = new OutletRegistry(DEFAULT_OUTLETS);

test('an outlet is found by its name or an alias (case, spacing, accents and "the" aside) and by its domain', () => {
  assert.equal(registry.byName('AP')?.name, 'Associated Press');
  assert.equal(registry.byName('the  associated press')?.name, 'Associated Press');
  assert.equal(registry.byName('El Pais')?.name, 'El País');
  assert.equal(registry.byName('Harbour Ledger'), undefined);
  assert.equal(registry.byHost('edition.cnn.com')?.name, 'CNN');
  assert.equal(registry.byHost('notcnn.com'), undefined, 'a domain matches whole labels only');
  assert.equal(registry.forArticle({ outlet: null, url: 'https://www.apnews.com/article/x' })?.kind, 'wire');
});

test('outlet naming: the registry name, by the name given or the URL; unknown outlets as before', () => {
  assert.equal(outletName({ id: 'a1', outlet: 'AP' }), 'Associated Press');
  assert.equal(outletName({ id: 'a1', outlet: null, url: 'https://www.bbc.co.uk/news/1' }), 'BBC News');
  assert.equal(outletName({ id: 'a1', outlet: 'Harbour Ledger' }), 'Harbour Ledger');
  assert.equal(outletName({ id: 'a1', outlet: null, url: 'https://ledger.example/x' }), 'ledger.example');
});

test('the user file adds outlets and replaces defaults; a bad file is named with the entry at fault', () => {
  const file = join(tmp, 'outlets.json');
  writeFileSync(
    file,
    JSON.stringify([
      { name: 'Harbour Ledger', aliases: ['The Ledger'], domains: ['ledger.example'], kind: 'local' },
      { name: 'AP Newswire', aliases: ['AP'], domains: ['apnews.com'], kind: 'wire', country: 'US' },
    ]),
  );
  const own = outletRegistry({ PARALLAX_OUTLETS: file });
  assert.equal(own.byName('the ledger')?.name, 'Harbour Ledger');
  assert.equal(own.byHost('ledger.example')?.kind, 'local');
  assert.equal(own.byName('AP')?.name, 'AP Newswire', "the user's entry wins");
  assert.equal(own.byName('Reuters')?.name, 'Reuters', 'the defaults stay');
  assert.equal(
    outletRegistry({}).byName('AP')?.name,
    'Associated Press',
    'without the variable: defaults only',
  );
  assert.throws(
    () => parseOutlets('[{"name": "X", "domains": [], "kind": "tabloid"}]', 'f.json'),
    /f\.json, entry 1: "kind"/,
  );
  assert.throws(() => parseOutlets('{', 'f.json'), /f\.json is not valid JSON/);
  assert.throws(
    () => outletRegistry({ PARALLAX_OUTLETS: join(tmp, 'missing.json') }),
    /missing\.json .*cannot be read/,
  );
});

test("a dateline crediting a registry wire makes the article that wire's copy; other credits do not", () => {
  assert.equal(wireCreditOf('SKARVIK, Norway (AP) — A ferry ran aground.', registry), 'Associated Press');
  assert.equal(wireCreditOf('Headline words\n\nLONDON (Reuters) - Shares fell.', registry), 'Reuters');
  assert.equal(wireCreditOf('TOLMAR (Sextant) - A bridge closed.', registry), null, 'not in the registry');
  assert.equal(wireCreditOf('LONDON (BBC) - A bridge closed.', registry), null, 'not a wire');
  assert.equal(wireCreditOf('A ferry ran aground near Skarvik (AP).', registry), null, 'no dateline');
});

test('independent sources: a republished wire copy counts as the wire; registry aliases count as one outlet', () => {
  const wire = {
    id: 'a1',
    outlet: 'The Associated Press',
    text: 'SKARVIK, Norway (AP) — A ferry ran aground.',
  };
  const republished = {
    id: 'a2',
    outlet: 'Harbour Ledger',
    text: 'SKARVIK, Norway (AP) — A ferry hit rocks.',
  };
  const alias = { id: 'a3', outlet: 'AP', text: 'A ferry ran aground off Skarvik.' };
  const own = { id: 'a4', outlet: 'Harbour Ledger', text: 'SKARVIK — Our reporter saw the ferry.' };
  const byId = new Map([wire, republished, alias, own].map((a) => [a.id, a]));
  const keys = [wire, republished, alias, own].map((a) => sourceKeyOf(a, byId));
  assert.deepEqual(keys, ['Associated Press', 'Associated Press', 'Associated Press', 'Harbour Ledger']);
});
