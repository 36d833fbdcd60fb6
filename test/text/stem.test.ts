import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fold, lightStem, stem, verbStem } from '../../src/text/index.ts';

test('lightStem folds plurals, possessives and British spellings, not verb endings', () => {
  const cases: Array<[string, string]> = [
    ['ambassadors', 'ambassador'],
    ["russia's", 'russia'],
    ['russia’s', 'russia'],
    ['recognised', 'recognized'],
    ['analysed', 'analyzed'],
    ['colours', 'color'],
    ['churches', 'church'],
    ['boxes', 'box'],
    ['studies', 'study'],
    ['bus', 'bus'],
    ['famous', 'famous'],
    ['crisis', 'crisis'],
    ['killed', 'killed'],
  ];
  for (const [word, expected] of cases) assert.equal(lightStem(word), expected, word);
});

test('stem drops plurals, -ed, -ing and a final -e, so verb forms meet', () => {
  for (const group of [
    ['recognised', 'recognizes', 'recognize', 'recognizing'],
    ['evacuated', 'evacuating', 'evacuate'],
    ['policies', 'policy'],
  ]) {
    const stems = new Set(group.map(stem));
    assert.equal(stems.size, 1, `${group.join('/')} → ${[...stems].join(', ')}`);
  }
  // Short words keep their endings: "red", "sing" and "need" are not inflections.
  assert.equal(stem('red'), 'red');
  assert.equal(stem('sing'), 'sing');
  assert.equal(stem('need'), 'need');
});

test('stem keeps a number, thousands separators dropped', () => {
  assert.equal(stem('1,250'), '1250');
  assert.equal(stem('1990s'), '1990s');
});

test('stem keeps words news tells apart apart', () => {
  assert.notEqual(stem('police'), stem('policy'));
  assert.notEqual(stem('general'), stem('generate'));
});

test('verbStem maps irregular past forms to their base first', () => {
  assert.equal(verbStem('died'), verbStem('die'));
  assert.equal(verbStem('took'), verbStem('taking'));
  assert.equal(verbStem('fled'), verbStem('flee'));
});

test('fold removes accents and spells undecomposed letters in ASCII', () => {
  assert.equal(fold('Yıldırım Łódź Ørsted Straße’s'), "yildirim lodz orsted strase's");
  assert.equal(fold('Plain `ASCII`'), "plain 'ascii'");
});
