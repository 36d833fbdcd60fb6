import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectStatements, withoutDateline } from '../../src/reconcile/collect-statements.ts';
import { handAnnotate } from './hand-annotate.ts';

function statementsOf(paragraphs: string[]) {
  const item = handAnnotate({
    id: 'a1',
    outlet: 'Test Outlet',
    published: '2031-03-12',
    title: null,
    paragraphs,
    mentions: [],
    dates: [],
    quotes: [],
  });
  return collectStatements([item], new Map(), 1).map((s) => s.text);
}

test('a statement that opens a paragraph starts after its dateline', () => {
  assert.deepEqual(
    statementsOf([
      'VARNE HARBOUR, Oct 2 (Northwire) - The port authority closed two berths on Tuesday. Cranes stood idle.',
      'OSKAR FIELD -- Workers walked out at dawn.',
      'TREMBLAY (AP) _ The union called the strike.',
    ]),
    [
      'The port authority closed two berths on Tuesday.',
      'Cranes stood idle.',
      'Workers walked out at dawn.',
      'The union called the strike.',
    ],
  );
});

test('a capitalised word and a dash inside a paragraph, or before a lower-case word, is not a dateline', () => {
  const text = 'The strike ended. NATO - the alliance - said nothing. UNIONS - who else?';
  const second = text.indexOf('NATO');
  assert.deepEqual(withoutDateline(text, second, text.indexOf(' UNIONS'), false), [
    second,
    text.indexOf(' UNIONS'),
  ]);
  const lower = 'KELDA - the port said it would reopen.';
  assert.deepEqual(withoutDateline(lower, 0, lower.length, true), [0, lower.length]);
});
