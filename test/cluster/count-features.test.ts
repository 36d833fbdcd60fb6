import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countFeatures, dateFeatures, nameFeature, wordFeature } from '../../src/cluster/count-features.ts';
import { cluster } from '../../src/config.ts';
import type { Annotations } from '../../src/model/annotations.ts';
import { lightStem } from '../../src/text/index.ts';

const options = { ...cluster, dateWeight: 1 };

test('the light stemmer folds plurals and possessives only', () => {
  assert.equal(lightStem('prizes'), 'prize');
  assert.equal(lightStem('buzzes'), 'buzz');
  assert.equal(lightStem('ambassadors'), 'ambassador');
  assert.equal(lightStem('countries'), 'country');
  assert.equal(lightStem('marches'), 'march');
  assert.equal(lightStem("russia's"), 'russia');
  assert.equal(lightStem('russia’s'), 'russia');
  assert.equal(lightStem('status'), 'status');
  assert.equal(lightStem('crisis'), 'crisis');
  assert.equal(lightStem('famous'), 'famous');
  assert.equal(lightStem('glass'), 'glass');
  assert.equal(lightStem('bus'), 'bus');
  assert.equal(lightStem('running'), 'running');
});

test('the light stemmer folds British spellings into American ones', () => {
  for (const [british, american] of [
    ['recognised', 'recognized'],
    ['recognises', 'recognizes'],
    ['organisations', 'organizations'],
    ['analysed', 'analyzed'],
    ['labour', 'labor'],
    ['neighbours', 'neighbors'],
  ]) {
    assert.equal(lightStem(british), lightStem(american));
  }
  assert.equal(lightStem('four'), 'four');
  assert.equal(lightStem('hour'), 'hour');
  assert.equal(lightStem('rise'), 'rise');
});

test('word features drop stopwords, punctuation, numbers and function-word tags', () => {
  assert.equal(wordFeature('Floods', 'NOUN', options), 'w:flood');
  assert.equal(wordFeature('said', 'VERB', options), null);
  assert.equal(wordFeature('the', 'X', options), null);
  assert.equal(wordFeature(',', 'X', options), null);
  assert.equal(wordFeature('2031', 'X', options), null);
  assert.equal(wordFeature('62,000', 'X', options), null);
  assert.equal(wordFeature('river', 'PUNCT', options), null);
  assert.equal(wordFeature('x', 'NOUN', options), null);
  assert.equal(wordFeature('e-bike', 'NOUN', options), 'w:e-bike');
  assert.equal(wordFeature('http://x.y', 'X', options), null);
});

test('name features are lower-cased mentions without a possessive', () => {
  assert.equal(nameFeature('Ilse  Varga'), 'n:ilse varga');
  assert.equal(nameFeature("Quillon's"), 'n:quillon');
  assert.equal(nameFeature('42'), null);
});

test('an article counts its words and its names apart', () => {
  const annotations: Annotations = {
    article: 'a1',
    sentences: [],
    tokens: [
      { start: 0, end: 5, norm: 'varga', pos: 'PROPN', sentence: 0 },
      { start: 6, end: 12, norm: 'floods', pos: 'NOUN', sentence: 0 },
      { start: 13, end: 16, norm: 'the', pos: 'DET', sentence: 0 },
      { start: 17, end: 22, norm: 'flood', pos: 'NOUN', sentence: 0 },
    ],
    mentions: [{ start: 0, end: 5, text: 'Varga', kind: 'person', sentence: 0, method: 'test' }],
    dates: [
      {
        start: 23,
        end: 30,
        text: 'in 2031',
        value: '2031',
        precision: 'year',
        kind: 'absolute',
        sentence: 0,
      },
    ],
    quotes: [],
  };
  assert.deepEqual(
    countFeatures(annotations, options),
    new Map([
      ['w:varga', 1],
      ['w:flood', 2],
      ['n:varga', 1],
      ['d:2031', 1],
    ]),
  );
});

test('a date gives one feature per precision, so a day and its month still match', () => {
  assert.deepEqual(dateFeatures('2031-03-04'), ['d:2031', 'd:2031-03', 'd:2031-03-04']);
  assert.deepEqual(dateFeatures('2031'), ['d:2031']);
});

test('date features are left out when their weight is 0', () => {
  const annotations: Annotations = {
    article: 'a1',
    sentences: [],
    tokens: [],
    mentions: [],
    dates: [
      { start: 0, end: 4, text: '2031', value: '2031', precision: 'year', kind: 'absolute', sentence: 0 },
    ],
    quotes: [],
  };
  assert.deepEqual(countFeatures(annotations, { ...options, dateWeight: 0 }), new Map());
});
