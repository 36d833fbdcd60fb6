import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DIAGNOSTIC_CODES } from '../../src/model/index.ts';

test('diagnostic codes are unique, well formed and described', () => {
  const codes = Object.keys(DIAGNOSTIC_CODES);
  for (const code of codes) assert.match(code, /^PX\d{3}$/);
  assert.equal(new Set(codes).size, codes.length);
  for (const text of Object.values(DIAGNOSTIC_CODES)) assert.ok(text.length > 5);
});
