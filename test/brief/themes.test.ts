import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkBriefing } from '../../src/brief/check-briefing.ts';
import { briefStory } from '../../src/brief/index.ts';
import type { Article } from '../../src/model/article.ts';
import { annotate } from '../../src/nlp/index.ts';
import { reconcileStory } from '../../src/reconcile/index.ts';
import { readFixture } from '../reconcile/hand-annotate.ts';

interface Input {
  story: { id: string; articles: string[] };
  articles: Array<{ id: string; outlet: string; published: string; title: string; paragraphs: string[] }>;
}

/** The fixture's articles run through the real NLP stage (themes need parts of speech). */
function load() {
  const input = readFixture<Input>('brief', 'orvell-dam', 'input.json');
  const items = input.articles.map((a) => {
    const text = a.paragraphs.join('\n\n');
    let at = 0;
    const paragraphs = a.paragraphs.map((p) => {
      const r = { start: at, end: at + p.length };
      at += p.length + 2;
      return r;
    });
    const article: Article = {
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      author: null,
      published: a.published,
      language: 'en',
      text,
      paragraphs,
      extraction: { method: 'plain-text', sources: {}, removed: [] },
      diagnostics: [],
      usable: true,
    };
    return { article, annotations: annotate(article) };
  });
  const findings = reconcileStory(input.story, items);
  return { items, briefing: briefStory(input.story, items, findings) };
}

const { items, briefing } = load();
const outletOf = new Map(items.map((i) => [i.article.id, i.article.outlet]));

test('orvell-dam: themes group sentences of several outlets, each labelled with words of its own lines', () => {
  const themes = briefing.themes ?? [];
  assert.ok(themes.length >= 2 && themes.length <= 5, `${themes.length} themes`);
  for (const t of themes) {
    assert.ok(t.lines.length >= 2 && t.lines.length <= 3, t.label);
    const outlets = new Set(t.lines.map((l) => outletOf.get(l.citations[0].article)));
    assert.equal(outlets.size, t.lines.length, `one line per outlet in ${t.label}`);
    const shown = t.lines.map((l) => l.text.toLowerCase()).join(' ');
    for (const w of t.label
      .toLowerCase()
      .split(/[\s·-]+/)
      .filter(Boolean))
      assert.ok(shown.includes(w), `${w} in ${t.label}`);
  }
  // The fixture's subjects (late warning to farmers, trout spawning beds, spillway repair funding) each form a theme.
  const labels = themes.map((t) => t.label.toLowerCase()).join(' | ');
  assert.match(labels, /trout|spawning|fishing|anglers/);
  assert.match(labels, /funding|repairs|gates/);
  assert.match(labels, /pastures|livestock|cattle/);
});

test('orvell-dam: the summary opens with the event the articles lead with, not the best-covered side topic', () => {
  assert.match(
    briefing.summary[0].text,
    /^Operators of the Orvell dam opened its emergency spillway on Monday \[3 May 2032\]/,
  );
  assert.ok(new Set(briefing.summary[0].citations.map((c) => c.article)).size >= 3);
});

test('orvell-dam: theme lines do not repeat the summary', () => {
  const summary = new Set(briefing.summary.flatMap((l) => l.citations.map((c) => `${c.article}:${c.start}`)));
  for (const t of briefing.themes ?? [])
    for (const l of t.lines)
      assert.ok(!summary.has(`${l.citations[0].article}:${l.citations[0].start}`), l.text);
});

test('orvell-dam: the briefing passes every invariant, themes and papers included', () => {
  assert.deepEqual(
    checkBriefing(
      briefing,
      items.map((i) => i.article),
    ),
    [],
  );
  assert.ok((briefing.papers ?? []).length > 0);
});

test("orvell-dam: a papers line gives an outlet's own fact, its common first word lower-cased", () => {
  const papers = (briefing.papers ?? []).map((l) => l.text);
  assert.ok(
    papers.includes(
      'Northern Ledger reports that the insurer of the Orvell dam sent two assessors on Wednesday [5 May 2032] to examine the control room logs.',
    ),
    papers.join('\n'),
  );
});
