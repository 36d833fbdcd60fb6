import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../../src/nlp/index.ts';
import { loadCases } from './fixture-article.ts';

test('every annotation range of every fixture slices to its text', () => {
  for (const { name, article } of loadCases()) {
    const ann = annotate(article);
    const { text } = article;
    const at = (r: { start: number; end: number }) => text.slice(r.start, r.end);
    assert.ok(ann.sentences.length > 0, name);
    for (const s of ann.sentences) {
      const p = article.paragraphs[s.paragraph];
      assert.ok(s.start >= p.start && s.end <= p.end, `${name}: sentence ${s.index} leaves its paragraph`);
      assert.equal(at(s), at(s).trim(), `${name}: sentence ${s.index} is not trimmed`);
    }
    for (const t of ann.tokens) {
      assert.ok(t.end > t.start, name);
      assert.equal(at(t).toLowerCase(), t.norm, `${name}: token at ${t.start}`);
      const s = ann.sentences[t.sentence];
      assert.ok(t.start >= s.start && t.end <= s.end, `${name}: token outside its sentence`);
    }
    for (const m of [...ann.mentions, ...ann.dates, ...ann.quotes]) assert.equal(at(m), m.text, name);
    for (const q of ann.quotes) {
      if (q.speaker === null) continue;
      assert.ok(q.speakerRange, `${name}: speaker without range`);
      assert.equal(at(q.speakerRange), q.speaker, `${name}: speaker range`);
    }
    for (const m of ann.mentions) if (m.alias) assert.ok(at(m.alias).length > 0, name);
  }
});
