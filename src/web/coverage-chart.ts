/**
 * Coverage at a glance: a server-rendered SVG (no script) of when each outlet published, who reported
 * first, and when the briefing changed, with the same facts in words and as a table beside it.
 */
import { namesNoOutlet, UNKNOWN_OUTLET } from '../brief/outlet-name.ts';
import { humanDate, humanDateTime } from '../render/describe-article.ts';
import { escapeHtml as esc } from '../render/escape-html.ts';

/** One article on the chart: its outlet's name and its own publication time (null when unknown). */
export interface CoverageArticle {
  id: string;
  outlet: string;
  published: string | null;
}

/** One version of the briefing: its number and when it was made. */
export interface CoverageChange {
  version: number;
  at: string;
}

/** The chart's geometry, in SVG units (the SVG scales to its box; text stays readable at 390 px). */
const W = 400;
const LABEL_W = 128;
const RIGHT = 14;
const TOP = 22;
const ROW = 24;
const AXIS = 30;
const LABEL_CHARS = 17;
/** A time with no zone is read as UTC, so the chart does not depend on the server's time zone. */
function instant(value: string): number {
  const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(value) || !/T\d/.test(value) ? value : `${value}Z`;
  return Date.parse(zoned);
}

/** The name shown for an outlet: an unknown one without its article id. */
function shownOutlet(name: string): string {
  return namesNoOutlet(name) ? UNKNOWN_OUTLET : name;
}

/** A short label for an instant on the axis: the day, and the clock when the span is short. */
function tick(ms: number, short: boolean): string {
  const iso = new Date(ms).toISOString();
  const day = humanDate(iso.slice(0, 10)).replace(/ \d{4}$/, '');
  return short ? `${day}, ${iso.slice(11, 16)}` : day;
}

/** Cuts a label to the width of the label column. */
function cut(label: string): string {
  return label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label;
}

/** The chart as a section of the story page (its id and title for the contents), or null when no article is dated. */
export function coverageSection(
  articles: readonly CoverageArticle[],
  changes: readonly CoverageChange[],
): { id: string; title: string; html: string } | null {
  const html = renderCoverage(articles, changes);
  return html ? { id: 'coverage', title: 'Coverage at a glance', html } : null;
}

/** Renders the chart, its words and its table; empty when no article has a publication time. */
export function renderCoverage(
  articles: readonly CoverageArticle[],
  changes: readonly CoverageChange[],
): string {
  const dated = articles
    .filter((a) => a.published && !Number.isNaN(instant(a.published)))
    .map((a) => ({ ...a, ms: instant(a.published as string), name: shownOutlet(a.outlet) }))
    .sort((a, b) => a.ms - b.ms);
  if (dated.length === 0) return '';
  const versions = changes
    .filter((c) => !Number.isNaN(Date.parse(c.at)))
    .map((c) => ({ ...c, ms: Date.parse(c.at) }));
  const times = [...dated.map((a) => a.ms), ...versions.map((v) => v.ms)];
  let start = Math.min(...times);
  let end = Math.max(...times);
  if (end - start < 3_600_000) {
    start -= 1_800_000;
    end += 1_800_000;
  }
  const x = (ms: number) => LABEL_W + ((ms - start) / (end - start)) * (W - LABEL_W - RIGHT);
  const rows = [...new Set(dated.map((a) => a.outlet))];
  const height = TOP + rows.length * ROW + AXIS;
  const first = dated[0];
  const parts: string[] = [];
  rows.forEach((outlet, i) => {
    const y = TOP + i * ROW + ROW / 2;
    const name = shownOutlet(outlet);
    parts.push(
      `<line class="row" x1="${LABEL_W}" y1="${y}" x2="${W - RIGHT}" y2="${y}"/>`,
      `<text class="outlet" x="${LABEL_W - 6}" y="${y + 4}" text-anchor="end">${esc(cut(name))}</text>`,
    );
    for (const a of dated.filter((d) => d.outlet === outlet)) {
      const cx = x(a.ms).toFixed(1);
      const isFirst = a === first;
      parts.push(
        `<circle class="${isFirst ? 'dot first' : 'dot'}" cx="${cx}" cy="${y}" r="${isFirst ? 6 : 4.5}"><title>${esc(
          `${name}: ${humanDateTime(a.published as string)}${isFirst ? ' (first report)' : ''}`,
        )}</title></circle>`,
      );
    }
  });
  for (const v of versions) {
    const vx = x(v.ms).toFixed(1);
    parts.push(
      `<line class="change" x1="${vx}" y1="${TOP - 4}" x2="${vx}" y2="${TOP + rows.length * ROW}"/>`,
      `<text class="change-label" x="${vx}" y="${TOP - 8}" text-anchor="middle">v${v.version}<title>${esc(
        `Briefing version ${v.version}: ${humanDateTime(new Date(v.ms).toISOString().replace('.000Z', 'Z'))}`,
      )}</title></text>`,
    );
  }
  const axisY = TOP + rows.length * ROW + 6;
  const short = end - start < 2 * 86_400_000;
  parts.push(
    `<line class="axis" x1="${LABEL_W}" y1="${axisY}" x2="${W - RIGHT}" y2="${axisY}"/>`,
    `<text class="tick" x="${LABEL_W}" y="${axisY + 16}" text-anchor="start">${esc(tick(start, short))}</text>`,
    `<text class="tick" x="${W - RIGHT}" y="${axisY + 16}" text-anchor="end">${esc(tick(end, short))}</text>`,
  );
  const undated = articles.filter((a) => !dated.some((d) => d.id === a.id)).map((a) => shownOutlet(a.outlet));
  const spanDays = Math.round((dated.at(-1)!.ms - first.ms) / 86_400_000);
  const words = [
    `First report: <strong>${esc(first.name)}</strong>, ${esc(humanDateTime(first.published as string))}.`,
    `${dated.length} dated ${dated.length === 1 ? 'report' : 'reports'} from ${rows.length} ${rows.length === 1 ? 'outlet' : 'outlets'}${
      spanDays > 0 ? ` over ${spanDays + 1} days` : ''
    }.`,
    versions.length
      ? `The briefing changed ${versions.length === 1 ? 'once' : `${versions.length} times`} (the lines marked v1${versions.length > 1 ? `–v${versions.at(-1)!.version}` : ''}).`
      : '',
    undated.length ? `Not dated: ${esc([...new Set(undated)].join(', '))}.` : '',
  ].filter(Boolean);
  const table = `<details class="more"><summary>Coverage as a table</summary>
<table class="coverage-table"><thead><tr><th scope="col">Outlet</th><th scope="col">Published</th></tr></thead><tbody>
${dated.map((a) => `<tr><td>${esc(a.name)}${a === first ? ' (first)' : ''}</td><td><time datetime="${esc(a.published as string)}">${esc(humanDateTime(a.published as string))}</time></td></tr>`).join('\n')}
</tbody></table></details>`;
  return `<figure class="coverage" id="coverage" aria-labelledby="coverage-h">
<h2 id="coverage-h">Coverage at a glance</h2>
<svg class="coverage-chart" viewBox="0 0 ${W} ${height}" role="img" aria-labelledby="coverage-t" focusable="false">
<title id="coverage-t">When each outlet published and when the briefing changed</title>
${parts.join('\n')}
</svg>
<figcaption>${words.join(' ')}</figcaption>
${table}
</figure>`;
}
