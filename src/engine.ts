/**
 * The engine: the one place that knows the order of the stages.
 *
 *   analyze(document) → AnalyzedArticle     extract, NLP, quantities, dates (engine/analyze.ts; per document)
 *   groupStories(items, state) → Grouping   dedup, assign to stories, refine (engine/group-stories.ts; serialized)
 *   briefOne(story, items) → briefing       reconcile, brief (engine/brief-one.ts; per story)
 *   rewriteRun(run, llm)                    optional, async, after briefing: the "what happened" lines
 *                                           rewritten by an LLM and checked against their sources
 *                                           (engine/rewrite-summaries.ts; only when `PARALLAX_LLM_URL` is set)
 *
 * `runStages` runs them in that order for a driver: the batch driver (`runPipeline`, behind `parallax
 * brief`) starts from nothing and briefs every story; the service driver (`ingestDocuments`, behind
 * `ingest`, `serve` and `feeds poll`) starts from a store and briefs the stories whose members changed.
 * A queue's serialized step (`briefLater`) stops after grouping and hands the stories to brief back
 * unbriefed; a brief job then runs the last stage on one story (`briefStoryOf`).
 * Reading inputs happens before the engine, storing and rendering after it.
 */
import { analyze, annotateGuarded, extractGuarded, isAnalyzed } from './engine/analyze.ts';
import { briefOne } from './engine/brief-one.ts';
import { type Grouping, type GroupState, groupStories } from './engine/group-stories.ts';
import { type LlmSettings, llmSettingsFrom } from './engine/llm-settings.ts';
import { toArticleOut } from './extract/to-article-out.ts';
import type { AnalyzedArticle } from './model/annotations.ts';
import type { Article } from './model/article.ts';
import type { ArticlesOutput, BriefOutput, StoryBriefing } from './model/briefing.ts';
import type { Diagnostic } from './model/diagnostic.ts';
import type { Findings } from './model/findings.ts';
import type { RawDocument } from './model/source.ts';
import type { Story } from './model/story.ts';
import type { IngestProgress } from './service/ingest-report.ts';

export { analyze, annotateGuarded, guarded, isAnalyzed } from './engine/analyze.ts';
export { briefOne } from './engine/brief-one.ts';
export { type Grouping, type GroupState, groupStories } from './engine/group-stories.ts';
export { type LlmSettings, llmSettingsFrom } from './engine/llm-settings.ts';
export { toArticleOut };

/** Extracts articles from raw documents (extract stage only); one failing document never stops the batch. */
export function extractDocuments(documents: RawDocument[]): Article[] {
  return documents.map(extractGuarded);
}

/** Runs extraction and returns the `parallax articles` output. */
export function articlesOf(documents: RawDocument[], diagnostics: Diagnostic[] = []): ArticlesOutput {
  const articles = extractDocuments(documents);
  return { articles: articles.map(toArticleOut), diagnostics };
}

/** One story as the stages leave it: its articles with annotations, what reconcile found, the briefing. */
export interface StoryRun {
  story: Story;
  items: AnalyzedArticle[];
  findings: Findings;
  briefing: StoryBriefing;
}

/** What a driver supplies to `runStages`: where grouping starts, which stories to brief, stored members. */
export interface StageDriver {
  /** The NLP step (default `annotateGuarded`; a service passes a cached one). */
  annotate?: (article: Article) => AnalyzedArticle | Article;
  /** A document's `analyze` result when it was computed already (by a queue worker), else undefined. */
  analyzed?: (document: RawDocument) => AnalyzedArticle | Article | undefined;
  /** Asked before each document after the first: false stops the analysis there (the rest is returned). */
  more?: (analyzed: number) => boolean;
  /** The state grouping starts from, given the usable analyzed articles. */
  groupState(items: AnalyzedArticle[]): GroupState | Promise<GroupState>;
  /** The stories to brief, with their final ids and members in briefing order. */
  toBrief(grouping: Grouping): Story[] | Promise<Story[]>;
  /** Analyzed members of stories to brief that are not in this run (a store's), by id. */
  members?(ids: string[]): Promise<AnalyzedArticle[]>;
  /** Stop after grouping: the stories `toBrief` gave are returned in `deferred`, not briefed. */
  briefLater?: boolean;
  /** Told as each stage moves on. */
  progress?: (stage: 'extract' | 'cluster' | 'brief', done: number, total: number) => void;
  /** Awaited between two units of CPU work (a server lets its requests run). */
  pause?: () => Promise<void>;
  /**
   * The LLM rewrite of `runStages` (see `rewriteRun`): undefined reads it from the environment
   * (`PARALLAX_LLM_URL`, unset: off), null turns it off. `runStagesSync` never rewrites.
   */
  llm?: LlmSettings;
}

/** What `runStages` produces. */
export interface StagesRun {
  /** The article of every analyzed document in input order, near copies linked. */
  articles: Article[];
  grouping: Grouping;
  /** The stories briefed, in the order `toBrief` gave. */
  stories: StoryRun[];
  /** With `briefLater`: the stories to brief (members in briefing order), not briefed. */
  deferred: Story[];
  /** Stage diagnostics beyond the articles' own: dedup, then reconcile. */
  diagnostics: Diagnostic[];
  /** Documents not analyzed because `more` said stop (a later run takes them). */
  rest: RawDocument[];
}

/**
 * The order of the stages, once, for both kinds of driver: a generator that yields whatever a driver
 * returns (a value, or a promise for a service's store) and gets it back; `runStages` awaits each,
 * `runStagesSync` hands values straight back (the batch driver, all in memory).
 */
function* stages(documents: RawDocument[], driver: StageDriver): Generator<unknown, StagesRun, unknown> {
  const progress = driver.progress ?? (() => {});
  const results: Array<AnalyzedArticle | Article> = [];
  for (const doc of documents) {
    if (results.length > 0 && driver.more !== undefined && !driver.more(results.length)) break;
    results.push(driver.analyzed?.(doc) ?? analyze(doc, driver.annotate ?? annotateGuarded));
    progress('extract', results.length, documents.length);
    if (driver.pause) yield* step(driver.pause());
  }
  const analyzed = results.filter(isAnalyzed);
  const state = yield* step(driver.groupState(analyzed));
  const grouping = groupStories(analyzed, {
    ...state,
    onClustered: (done, total) => progress('cluster', done, total),
  });
  const linked = new Map(grouping.articles.map((a) => [a.id, a]));
  const articles = results.map((r) => (isAnalyzed(r) ? linked.get(r.article.id)! : r));
  const byId = new Map(grouping.kept.map((i) => [i.article.id, i]));
  // The NLP stage's notes (dates left unresolved, …) travel with the run, ahead of dedup and reconcile.
  const diagnostics = [...analyzed.flatMap((a) => a.annotations.diagnostics ?? []), ...grouping.diagnostics];
  const stories: StoryRun[] = [];
  const toBrief = yield* step(driver.toBrief(grouping));
  const rest = documents.slice(results.length);
  if (driver.briefLater) return { articles, grouping, stories, deferred: toBrief, diagnostics, rest };
  for (const [n, story] of toBrief.entries()) {
    const missing = story.articles.filter((id) => !byId.has(id));
    if (missing.length > 0 && driver.members !== undefined)
      for (const item of yield* step(driver.members(missing))) byId.set(item.article.id, item);
    const run = briefStoryOf(
      story,
      story.articles.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])),
    );
    diagnostics.push(...run.findings.diagnostics);
    stories.push(run);
    progress('brief', n + 1, toBrief.length);
    if (driver.pause) yield* step(driver.pause());
  }
  return { articles, grouping, stories, deferred: [], diagnostics, rest };
}

/**
 * The brief stage of one story over the analyzed members found (in the story's order; members
 * without annotations are left out of it): the same for a driver's run and a queue's brief job.
 */
export function briefStoryOf(story: Story, items: AnalyzedArticle[]): StoryRun {
  const members = { id: story.id, articles: items.map((i) => i.article.id) };
  const { findings, briefing } = briefOne(members, items);
  return { story: members, items, findings, briefing };
}

/** Hands a driver's answer to the runner and gets it back resolved (typed). */
function* step<T>(value: T | Promise<T>): Generator<unknown, T, unknown> {
  return (yield value) as T;
}

/**
 * Runs the stages in order for `driver`, awaiting what it returns (see the module comment), then the
 * LLM rewrite when one is configured (`driver.llm`, else the environment).
 */
export async function runStages(documents: RawDocument[], driver: StageDriver): Promise<StagesRun> {
  const run = stages(documents, driver);
  let next = run.next();
  while (!next.done) next = run.next(await next.value);
  return rewriteRun(next.value, driver.llm === undefined ? llmSettingsFrom(process.env) : driver.llm);
}

/**
 * The async post-step after briefing: with an LLM configured, every story's "what happened" lines
 * rewritten fluently, each sentence kept only when its names, numbers and dates are in its cited
 * passages (`engine/rewrite-summaries.ts`), and the step's diagnostics (once per run) added to the
 * run's. With `llm` null the run itself, untouched; the rewrite's code is loaded only when used.
 */
export async function rewriteRun<T extends { stories: StoryRun[]; diagnostics: Diagnostic[] }>(
  run: T,
  llm: LlmSettings,
): Promise<T> {
  if (llm === null) return run;
  if ('problem' in llm) return { ...run, diagnostics: [...run.diagnostics, llm.problem] };
  const { rewriteSummaries } = await import('./engine/rewrite-summaries.ts');
  const rewritten = await rewriteSummaries(run.stories, llm.endpoint);
  return { ...run, stories: rewritten.stories, diagnostics: [...run.diagnostics, ...rewritten.diagnostics] };
}

/** Runs the stages in order for a driver whose every answer is a value (never a promise). */
export function runStagesSync(documents: RawDocument[], driver: StageDriver): StagesRun {
  const run = stages(documents, driver);
  let next = run.next();
  while (!next.done) {
    if (next.value instanceof Promise) throw new Error('runStagesSync: the driver returned a promise');
    next = run.next(next.value);
  }
  return next.value;
}

/** Everything a batch run of all stages produces, before it is cut down to the JSON contract. */
export interface PipelineRun {
  /** Every article in input order (near-duplicates carry `duplicateOf`). */
  articles: Article[];
  stories: StoryRun[];
  /** Run-level diagnostics: the caller's (ingest) first, then nlp, dedup and reconcile. */
  diagnostics: Diagnostic[];
}

/** Options of a batch run. */
export interface PipelineOptions {
  /** Called as the run moves on: `extract` per document (extraction and NLP), `cluster`, `brief` per story. */
  onProgress?: IngestProgress;
}

/** The batch driver: every stage over raw documents, from nothing, every story briefed. */
export function runPipeline(
  documents: RawDocument[],
  diagnostics: Diagnostic[] = [],
  options: PipelineOptions = {},
): PipelineRun {
  const run = runStagesSync(documents, {
    groupState: () => ({}),
    toBrief: (grouping) => grouping.stories,
    ...(options.onProgress && { progress: options.onProgress }),
  });
  return {
    articles: run.articles,
    stories: run.stories,
    diagnostics: [...diagnostics, ...run.diagnostics],
  };
}

/** Runs every stage over raw documents and returns the `parallax brief` output. */
export function briefDocuments(
  documents: RawDocument[],
  diagnostics: Diagnostic[] = [],
  options: PipelineOptions = {},
): BriefOutput {
  return briefOutputOf(runPipeline(documents, diagnostics, options));
}

/**
 * `briefDocuments` followed by the LLM rewrite (`rewriteRun`) when `llm` configures one (default: read
 * from the environment); with `llm` null the same output as `briefDocuments`.
 */
export async function briefDocumentsRewritten(
  documents: RawDocument[],
  diagnostics: Diagnostic[] = [],
  options: PipelineOptions = {},
  llm: LlmSettings = llmSettingsFrom(process.env),
): Promise<BriefOutput> {
  return briefOutputOf(await rewriteRun(runPipeline(documents, diagnostics, options), llm));
}

/** A batch run cut down to the JSON contract of `parallax brief`. */
function briefOutputOf(run: PipelineRun): BriefOutput {
  return {
    articles: run.articles.map(toArticleOut),
    stories: run.stories.map((s) => s.briefing),
    diagnostics: run.diagnostics,
  };
}
