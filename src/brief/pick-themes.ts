/**
 * What's behind the headline: themes found by grouping the story's on-topic sentences across outlets
 * (TF-IDF over content words, average-link agglomerative clustering on cosine similarity), each
 * headed by a noun phrase its outlets share (`theme-heading.ts`), else labelled with its key phrases
 * (noun phrases of its own sentences that are frequent in the theme and rare elsewhere in the story),
 * and shown through its best 1–3 cited sentences, one per outlet.
 */
import type { Line, Theme } from '../model/briefing.ts';
import type { Citation } from '../model/citation.ts';
import type { StatementInfo } from '../model/findings.ts';
import {
  contentWords,
  overlapRatio,
  pairwiseCosines,
  type SparseVector,
  sharedTermIdf,
  tfidfVectors,
} from '../text/index.ts';
import { withResolvedDates } from './bracket-dates.ts';
import { cite } from './cite.ts';
import type { BriefContext } from './context.ts';
import { keyPhrases } from './key-phrases.ts';
import { type Chunk, headingChunks, themeHeading } from './theme-heading.ts';

/** Options of theme finding (from `config.brief`). */
export interface ThemeOptions {
  minThemes: number;
  maxThemes: number;
  themeCandidates: number;
  themeMergeSimilarity: number;
  themeMinRelevance: number;
  minThemeWords: number;
  minThemeLines: number;
  maxThemeLines: number;
  maxSummaryOverlap: number;
}

/**
 * Finds the themes; `shown` are lines already in the briefing (the summary), whose passages and near
 * repeats are not shown again. Returns none when the story has fewer than `minThemes` themes.
 */
export function pickThemes(ctx: BriefContext, shown: readonly Line[], options: ThemeOptions): Theme[] {
  if (new Set(ctx.order.map(ctx.nameOf)).size < 2) return [];
  const pool = ctx.findings.statements
    .filter(
      (s) =>
        !s.fragment &&
        s.words >= options.minThemeWords &&
        s.relevance >= options.themeMinRelevance &&
        !ctx.holdsError(s),
    )
    .sort((a, b) => b.relevance - a.relevance)
    .slice(0, options.themeCandidates);
  if (pool.length < 4) return [];
  const words = pool.map((s) => contentWords(ctx.textOf(s)));
  const clusters = agglomerate(tfidfVectors(words, sharedTermIdf), options.themeMergeSimilarity);
  const shownPassages = shown.flatMap((l) => l.citations);
  const shownSets = shown.map((l) => new Set(contentWords(l.text)));
  const chunks = pool.map((s) => chunksOf(ctx, s));
  const themes: Array<{ theme: Theme; weight: number }> = [];
  for (const c of clusters) {
    const members = c.members.map((i) => pool[i]);
    const outlets = new Set(members.map((m) => m.outlet));
    if (members.length < 2 || outlets.size < 2) continue;
    const best = bestLines(ctx, members, c.centrality, shownPassages, shownSets, options);
    if (best.length < options.minThemeLines) continue;
    const found = keyPhrases(ctx, members, best, pool);
    if (!found) continue;
    // Lines must speak to the label: each holds a word of its key phrases.
    const lines = best.filter((l) => contentWords(l.text).some((w) => found.stems.has(w)));
    if (lines.length < options.minThemeLines) continue;
    const label =
      headingOf(ctx, pool, chunks, new Set(members), lines) ?? keyPhrases(ctx, members, lines, pool)?.label;
    if (!label) continue;
    shownSets.push(...lines.map((l) => new Set(contentWords(l.text))));
    themes.push({ theme: { label, lines }, weight: outlets.size * Math.sqrt(members.length) });
  }
  const kept = themes.sort((a, b) => b.weight - a.weight).slice(0, options.maxThemes);
  return kept.length >= options.minThemes ? kept.map((t) => t.theme) : [];
}

/** A statement's noun chunks, read from its tokens with its names and dates set apart. */
function chunksOf(ctx: BriefContext, s: StatementInfo): Chunk[] {
  const within = (r: { start: number; end: number }) => r.start >= s.start && r.end <= s.end;
  return headingChunks({
    text: ctx.article(s.article).text,
    tokens: ctx.tokensIn(s),
    names: ctx.mentionsOf(s.article).filter(within),
    dates: ctx.datesOf(s.article).filter(within),
  });
}

/** The theme's heading phrase (`theme-heading.ts`), or null when its outlets share none. */
function headingOf(
  ctx: BriefContext,
  pool: readonly StatementInfo[],
  chunks: readonly Chunk[][],
  members: ReadonlySet<StatementInfo>,
  lines: readonly Line[],
): string | null {
  return themeHeading(
    pool.map((s, i) => ({
      text: ctx.article(s.article).text,
      chunks: chunks[i],
      outlet: s.outlet,
      theme: members.has(s),
      shown: lines.some((l) => l.citations[0].article === s.article && l.citations[0].start === s.start),
      stems: new Set(contentWords(ctx.textOf(s))),
    })),
  );
}

/** The theme's best sentences: most central first, one per outlet, reading alone, not shown already. */
function bestLines(
  ctx: BriefContext,
  members: StatementInfo[],
  centrality: number[],
  shownPassages: readonly Citation[],
  shownSets: Set<string>[],
  options: ThemeOptions,
): Line[] {
  const order = members.map((m, i) => ({ m, c: centrality[i] })).sort((a, b) => b.c - a.c);
  const lines: Line[] = [];
  const outlets = new Set<string>();
  const sets: Set<string>[] = [];
  for (const { m } of order) {
    if (lines.length >= options.maxThemeLines) break;
    if (outlets.has(m.outlet) || !ctx.linesAlone(m)) continue;
    if (shownPassages.some((c) => c.article === m.article && c.start < m.end && m.start < c.end)) continue;
    const set = new Set(contentWords(ctx.textOf(m)));
    if ([...shownSets, ...sets].some((s) => overlapRatio(s, set) > options.maxSummaryOverlap)) continue;
    outlets.add(m.outlet);
    sets.push(set);
    lines.push({
      text: withResolvedDates(ctx.article(m.article).text, m, ctx.datesOf(m.article)),
      citations: [cite(m)],
    });
  }
  return lines;
}

/** A cluster: indices of its members, and each member's mean similarity to the others. */
interface Cluster {
  members: number[];
  centrality: number[];
}

/** Average-link agglomerative clustering; merging stops when no two clusters reach `threshold`. */
function agglomerate(vectors: readonly SparseVector[], threshold: number): Cluster[] {
  const n = vectors.length;
  const cosines = pairwiseCosines(vectors);
  const base = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (const j of cosines.neighbours(i)) if (j !== i) base[i * n + j] = cosines.get(i, j);
  const sim = Float64Array.from(base);
  const groups: Array<number[] | null> = vectors.map((_, i) => [i]);
  // Each active row's best partner, kept up to date so a merge step costs O(n), not O(n²).
  const bestOf = new Int32Array(n).fill(-1);
  const refresh = (i: number) => {
    let best = -1;
    for (let j = 0; j < n; j++)
      if (j !== i && groups[j] && (best < 0 || sim[i * n + j] > sim[i * n + best])) best = j;
    bestOf[i] = best;
  };
  for (let i = 0; i < n; i++) refresh(i);
  for (;;) {
    let bi = -1;
    for (let i = 0; i < n; i++)
      if (groups[i] && bestOf[i] >= 0 && (bi < 0 || sim[i * n + bestOf[i]] > sim[bi * n + bestOf[bi]]))
        bi = i;
    if (bi < 0 || sim[bi * n + bestOf[bi]] < threshold) break;
    const bj = bestOf[bi];
    const a = groups[bi]!;
    const b = groups[bj]!;
    // Lance–Williams update for average linkage.
    for (let k = 0; k < n; k++) {
      if (!groups[k] || k === bi || k === bj) continue;
      const v = (a.length * sim[bi * n + k] + b.length * sim[bj * n + k]) / (a.length + b.length);
      sim[bi * n + k] = sim[k * n + bi] = v;
    }
    groups[bi] = [...a, ...b];
    groups[bj] = null;
    for (let k = 0; k < n; k++) {
      if (!groups[k]) continue;
      if (k === bi || bestOf[k] === bi || bestOf[k] === bj) refresh(k);
      // The old partner is still a row maximum except for column bi: a strictly better bi is the only
      // maximum, so a rescan would find exactly bi.
      else if (bestOf[k] >= 0 && sim[k * n + bi] > sim[k * n + bestOf[k]]) bestOf[k] = bi;
    }
  }
  return groups
    .filter((g): g is number[] => g !== null)
    .map((members) => ({
      members,
      centrality: members.map((i) =>
        members.length < 2
          ? 0
          : members.reduce((s, j) => s + (i === j ? 0 : base[i * n + j]), 0) / (members.length - 1),
      ),
    }));
}
