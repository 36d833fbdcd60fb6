import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderCoverage } from '../../src/web/coverage-chart.ts';

const ARTICLES = [
  { id: 'a1', outlet: 'Osk Evening Lamp', published: '2031-05-06T10:00:00Z' },
  { id: 'a2', outlet: 'Tennick Tide', published: '2031-05-06T07:30:00+01:00' },
  { id: 'a3', outlet: 'Osk Evening Lamp', published: '2031-05-07' },
  { id: 'a4', outlet: 'outlet unknown (a4)', published: null },
];
const CHANGES = [
  { version: 1, at: '2031-05-06T11:00:00.000Z' },
  { version: 2, at: '2031-05-07T09:00:00.000Z' },
];

describe('coverage at a glance', () => {
  const html = renderCoverage(ARTICLES, CHANGES);

  it('draws one row per dated outlet and one dot per dated article, with no script', () => {
    assert.doesNotMatch(html, /<script|on\w+=/);
    assert.equal((html.match(/<line class="row"/g) ?? []).length, 2);
    assert.equal((html.match(/<circle class="dot/g) ?? []).length, 3);
    assert.match(
      html,
      /<svg class="coverage-chart" viewBox="0 0 400 \d+" role="img" aria-labelledby="coverage-t"/,
    );
  });

  it('names who reported first, comparing instants across time zones', () => {
    assert.equal((html.match(/class="dot first"/g) ?? []).length, 1);
    assert.match(
      html,
      /<circle class="dot first"[^>]*><title>Tennick Tide: 6 May 2031, 07:30 \+01:00 \(first report\)/,
    );
    assert.match(html, /First report: <strong>Tennick Tide<\/strong>/);
  });

  it('marks every change of the briefing, and says which outlets are not dated', () => {
    assert.equal((html.match(/<line class="change"/g) ?? []).length, 2);
    assert.match(html, />v2<title>/);
    assert.match(html, /changed 2 times/);
    assert.match(html, /Not dated: outlet unknown\./);
    assert.doesNotMatch(html, /\(a4\)/);
  });

  it('places the dots in time order along the axis', () => {
    const xs = [...html.matchAll(/<circle class="dot[^"]*" cx="([\d.]+)"/g)].map((m) => Number(m[1]));
    const first = Number(html.match(/class="dot first" cx="([\d.]+)"/)?.[1]);
    assert.equal(Math.min(...xs), first);
  });

  it('is left out when no article is dated', () => {
    assert.equal(renderCoverage([{ id: 'a', outlet: 'X', published: null }], CHANGES), '');
  });
});
