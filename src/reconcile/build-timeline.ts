/**
 * Timeline: every dated statement of the story (a sentence, or the clause around its date), merged
 * across outlets when the dates are compatible and the words overlap, sorted by date. The publication
 * date itself is left out unless it is the main event; values judged likely errors are left out.
 */
import type { AnalyzedArticle, DateMention } from '../model/annotations.ts';
import type { Citation } from '../model/citation.ts';
import type { TimelineEvent } from '../model/findings.ts';
import type { Statement } from './collect-statements.ts';
import { trimRange } from './collect-statements.ts';
import { contentWords, jaccard } from './content-words.ts';
import { datesCompatible, spanOf } from './dates.ts';
import { outletVocabulary, paragraphRelevance, relativeToMedian } from './topic-relevance.ts';
import { UnionFind } from './union-find.ts';

/** Options of the timeline (from `config.reconcile`). */
export interface TimelineOptions {
  timelineMergeJaccard: number;
  minClauseWords: number;
  timelineMinRelevance: number;
  eventDateToleranceDays: number;
}

interface Raw {
  date: DateMention;
  citation: Citation;
  set: Set<string>;
  outlet: string;
  item: number;
  /** Topic relevance of the paragraph it comes from. */
  relevance: number;
  main: boolean;
  /** True when its sentence is one of the main fact group's (it states the main event itself). */
  inMainFact: boolean;
  clause: boolean;
  /** Other date values inside the cited range (a sentence naming two dates is a poor representative). */
  otherDates: number;
}

/**
 * Builds the timeline. `mainDates` holds `article:start` of the date mentions that date the main event
 * (merged into one entry whatever their wording, which also cites the main fact's undated sentences,
 * `mainFact`: statement indices); `excluded` holds those of date mentions judged likely errors.
 */
export function buildTimeline(
  items: AnalyzedArticle[],
  statements: Statement[],
  mainDates: ReadonlySet<string>,
  mainFact: ReadonlySet<number>,
  excluded: ReadonlySet<string>,
  options: TimelineOptions,
): TimelineEvent[] {
  const raws: Raw[] = [];
  const vocab = outletVocabulary(statements);
  const relevance = relativeToMedian(paragraphRelevance(statements, vocab));
  for (const [i, s] of statements.entries()) {
    if (s.fragment) continue;
    const { article, annotations } = items[s.item];
    const inSentence = annotations.dates.filter((d) => d.start >= s.start && d.end <= s.end);
    for (const d of inSentence) {
      if (excluded.has(`${s.article}:${d.start}`)) continue;
      const main = mainDates.has(`${s.article}:${d.start}`);
      if (!main && article.published && d.value === article.published.slice(0, 10)) continue;
      const [start, end, clause] = clauseAround(article.text, s, d, options.minClauseWords);
      const text = article.text.slice(start, end);
      raws.push({
        date: d,
        citation: { article: s.article, start, end },
        set: new Set(contentWords(text).filter((w) => !/^\d/.test(w))),
        outlet: s.outlet,
        item: s.item,
        relevance: relevance[i],
        main,
        inMainFact: mainFact.has(i),
        clause,
        otherDates: inSentence.filter(
          (x) => x !== d && x.start >= start && x.end <= end && x.value !== d.value,
        ).length,
      });
    }
  }
  const support = [...mainFact]
    .map((i) => statements[i])
    .filter((s) => ![...excluded].some((k) => k.startsWith(`${s.article}:`) && within(k, s)))
    .map((s): Citation => ({ article: s.article, start: s.start, end: s.end }));
  return mergeRaws(raws, support, options).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The clause of the sentence that holds the date (split at ";" and ", but/while/whereas"), when it stands alone.
 * ", and" is not a cut: it joins list items ("oil, gas, and wheat") as often as clauses.
 */
function clauseAround(
  text: string,
  s: Statement,
  d: DateMention,
  minWords: number,
): [number, number, boolean] {
  const sentence = text.slice(s.start, s.end);
  const cuts = [0];
  for (const m of sentence.matchAll(/;\s+|,\s+(?=(?:but|while|whereas)\s)/gi))
    cuts.push(m.index, m.index + m[0].length);
  cuts.push(sentence.length);
  for (let k = 0; k + 1 < cuts.length; k += 2) {
    const a = s.start + cuts[k];
    const b = s.start + cuts[k + 1];
    if (d.start < a || d.end > b) continue;
    if (a === s.start && b === s.end) break;
    let [start, end] = trimRange(text, a, b);
    const lead = /^(?:but|while|whereas)\s+/i.exec(text.slice(start, end));
    if (lead) start += lead[0].length;
    while (end > start && /[\s,;:.]/.test(text[end - 1])) end--;
    const words = contentWords(text.slice(start, end)).filter((w) => !/^\d/.test(w));
    if (words.length >= minWords) return [start, end, true];
    break;
  }
  return [s.start, s.end, false];
}

function within(key: string, s: Statement): boolean {
  const start = Number(key.slice(key.lastIndexOf(':') + 1));
  return start >= s.start && start < s.end;
}

/**
 * Merges raw entries: single link over pairs with compatible dates (one containing the other) and word
 * overlap; an entry within the tolerance of the main event's date and close in words joins the main event.
 */
function mergeRaws(raws: Raw[], support: Citation[], options: TimelineOptions): TimelineEvent[] {
  const uf = new UnionFind(raws.length);
  const mainIdx = raws.map((r, i) => (r.main ? i : -1)).filter((i) => i >= 0);
  for (let i = 1; i < mainIdx.length; i++) uf.union(mainIdx[0], mainIdx[i]);
  for (let i = 0; i < raws.length; i++)
    for (let j = i + 1; j < raws.length; j++) {
      const a = raws[i];
      const b = raws[j];
      if (a.main && b.main) continue;
      const tolerance = a.main || b.main ? options.eventDateToleranceDays : 0;
      if (
        datesCompatible(a.date.value, b.date.value, tolerance) &&
        jaccard(a.set, b.set) >= options.timelineMergeJaccard
      )
        uf.union(i, j);
    }
  const out: TimelineEvent[] = [];
  for (const group of uf.groups()) {
    const members = group.map((i) => raws[i]);
    if (members.some((r) => r.main)) {
      const event = toEvent(members, true);
      for (const c of support)
        if (!event.citations.some((x) => x.article === c.article && x.start < c.end && c.start < x.end))
          event.citations.push(c);
      out.push(event);
      continue;
    }
    const outlets = new Set(members.map((r) => r.outlet));
    if (outlets.size === 1 && Math.max(...members.map((r) => r.relevance)) < options.timelineMinRelevance)
      continue;
    out.push(toEvent(members, false));
  }
  return out;
}

function toEvent(members: Raw[], main: boolean): TimelineEvent {
  const precision = (v: string) => v.length;
  const finest = Math.max(...members.map((m) => precision(m.date.value)));
  const counts = new Map<string, number>();
  for (const m of members)
    if (precision(m.date.value) === finest) counts.set(m.date.value, (counts.get(m.date.value) ?? 0) + 1);
  const date = [...counts].sort((a, b) => b[1] - a[1] || spanOf(a[0])![0] - spanOf(b[0])![0])[0][0];
  const score = (r: Raw) =>
    members.reduce((sum, m) => (m === r ? sum : sum + jaccard(m.set, r.set)), 0) -
    0.5 * r.otherDates +
    (r.clause ? 0.2 : 0) +
    (r.inMainFact ? 1 : 0);
  const rep = [...members].sort((a, b) => score(b) - score(a) || a.item - b.item)[0];
  const citations: Citation[] = [];
  for (const m of [rep, ...members.filter((x) => x !== rep)])
    if (!citations.some((c) => c.article === m.citation.article && c.start === m.citation.start))
      citations.push(m.citation);
  return {
    date,
    representative: rep.citation,
    citations,
    outlets: [...new Set(members.map((m) => m.outlet))],
    main,
  };
}
