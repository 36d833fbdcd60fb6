/**
 * The n-gram table (`ngram-table.ts`): eld's database written as sorted lines and searched, giving
 * eld's detector the same scores, hence the same languages, as eld's own object literal.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { type NgramData, readNgramTable, writeNgramTable } from '../../src/extract/ngram-table.ts';

/** A small invented database: three languages, a handful of n-grams. */
const tiny: NgramData = {
  type: 'T3',
  languages: { 0: 'xx', 1: 'yy', 2: 'zz' },
  ngrams: {
    ' qua': { 0: 12, 2: 3 },
    'ulm ': { 1: 40 },
    ' ab ': { 2: 7, 0: 1 },
    'ßør ': { 1: 0, 2: 99 },
    ' zz': { 0: 5 },
  },
};

test('every n-gram of the table reads back as its scores, in ascending language order', () => {
  const data = readNgramTable(writeNgramTable(tiny, '9.9.9'), '9.9.9');
  assert.ok(data);
  assert.equal(data.type, 'T3');
  assert.deepEqual(data.languages, tiny.languages);
  for (const [key, scores] of Object.entries(tiny.ngrams)) {
    assert.deepEqual(data.ngrams[key], scores, key);
    assert.deepEqual(Object.keys(data.ngrams[key] ?? {}), Object.keys(scores));
  }
});

test('an n-gram the table lacks is undefined, as a missing property of the literal', () => {
  const data = readNgramTable(writeNgramTable(tiny, '1'), '1');
  assert.equal(data?.ngrams[' qub'], undefined);
  assert.equal(data?.ngrams[''], undefined);
  assert.equal(data?.ngrams['zz z'], undefined);
  assert.equal(data?.ngrams[' aa '], undefined);
});

test('a table written from another eld version, or no table, is refused (null)', () => {
  assert.equal(readNgramTable(writeNgramTable(tiny, '2.1.0'), '2.2.0'), null);
  assert.equal(readNgramTable('not a table\n', '2.1.0'), null);
  assert.equal(readNgramTable('', '2.1.0'), null);
});

test('an n-gram holding a separator cannot be written', () => {
  const bad: NgramData = { ...tiny, ngrams: { 'a\tb ': { 0: 1 } } };
  assert.throws(() => writeNgramTable(bad, '1'), /separator/);
});

/** eld's own medium database and detector factory (not exported by the package: reached by path). */
async function eldInternals() {
  const entry = import.meta.resolve('eld/medium');
  const { ngramsData } = (await import(new URL('../ngrams/medium.js', entry).href)) as {
    ngramsData: NgramData;
  };
  const { createEld } = (await import(new URL('../languageDetector.js', entry).href)) as {
    createEld(): {
      instance: { detect(t: string): { language: string; getScores(): Record<string, number> } };
      loadData(d: unknown): unknown;
    };
  };
  return { ngramsData, createEld };
}

test("eld's medium database through the table: every n-gram the same, every detection the same", async () => {
  const { ngramsData, createEld } = await eldInternals();
  const data = readNgramTable(writeNgramTable(ngramsData, 'v'), 'v');
  assert.ok(data);
  const differ = Object.keys(ngramsData.ngrams).filter(
    (k) => !isDeepStrictEqual(data.ngrams[k], ngramsData.ngrams[k]),
  );
  assert.deepEqual(differ, []);

  const fromLiteral = createEld();
  fromLiteral.loadData(ngramsData);
  const fromTable = createEld();
  fromTable.loadData(data);
  const texts = [
    'The harbour board voted late on Monday to keep the night ferry running through the winter.',
    'Le conseil du port a voté lundi soir le maintien du bac de nuit pendant tout l’hiver.',
    'Der Hafenrat stimmte am Montagabend dafür, die Nachtfähre den ganzen Winter fahren zu lassen.',
    'La junta del puerto votó el lunes por la noche mantener el transbordador nocturno todo el invierno.',
    'Il consiglio del porto ha votato lunedì sera per mantenere il traghetto notturno per tutto l’inverno.',
    'Het havenbestuur stemde maandagavond om de nachtveerboot de hele winter te laten varen.',
    'Рада порту в понеділок увечері проголосувала за збереження нічного порому на всю зиму.',
    'Kurul pazartesi akşamı gece feribotunun kış boyunca çalışmaya devam etmesine karar verdi.',
    'ok',
    '',
  ];
  for (const text of texts) {
    const a = fromLiteral.instance.detect(text);
    const b = fromTable.instance.detect(text);
    assert.equal(b.language, a.language, text);
    assert.deepEqual(b.getScores(), a.getScores(), text);
  }
});
