/**
 * The brief stage of one pending story, outside the serialized step (a queue's brief job): the
 * story's members as the last ingest left them are briefed by the engine (`briefStoryOf`) and the
 * briefing is written only if those are still its members (`Store.commitBriefing`). When an
 * ingest changed them meanwhile, nothing is written: that ingest marked the story pending again
 * and asked for another brief, which takes the newer members — so the newest membership's
 * briefing is the one that stays.
 */
import { briefStoryOf, isAnalyzed, type LlmSettings, llmSettingsFrom, rewriteRun } from '../engine.ts';
import type { AnalyzedArticle, Annotations } from '../model/annotations.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { Store } from '../store/store.ts';
import { annotateCached } from './ingest-documents.ts';
import { storyWrite } from './story-write.ts';

/** How one pending story's brief ended. */
export type BriefOutcome =
  /** a new version was written */
  | 'written'
  /** the briefing came out as the current one: the story is no longer pending, no version */
  | 'unchanged'
  /** the story is not pending (briefed already, or merged into another) */
  | 'none'
  /** its members or version moved on while it was briefed: nothing written */
  | 'stale';

/** Options of `briefPending`. */
export interface BriefPendingOptions {
  /** Annotations kept for stored articles (a queue's), by id; the others are annotated again. */
  storedAnnotations?: (ids: string[]) => Promise<Map<string, Annotations>>;
  /** Told of the diagnostics of members that could not be annotated again, and of the LLM rewrite's. */
  onDiagnostics?: (diagnostics: Diagnostic[]) => void;
  /** The LLM rewrite (`rewriteRun`), as in the ingest's own briefs: undefined reads it from the environment, null turns it off. */
  llm?: LlmSettings;
}

/** Briefs the pending story `id` of `store` and writes its briefing (see the module comment). */
export async function briefPending(
  store: Store,
  id: string,
  options: BriefPendingOptions = {},
): Promise<BriefOutcome> {
  const [pending] = await store.pendingBriefs([id]);
  if (pending === undefined) return 'none';
  const kept = (await options.storedAnnotations?.(pending.articles)) ?? new Map<string, Annotations>();
  const items: AnalyzedArticle[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const article of await store.loadArticles(pending.articles)) {
    const annotations = kept.get(article.id);
    const result = annotations ? { article, annotations } : annotateCached(article);
    if (isAnalyzed(result)) items.push(result);
    else diagnostics.push(...result.diagnostics.slice(article.diagnostics.length));
  }
  if (diagnostics.length > 0) options.onDiagnostics?.(diagnostics);
  const order = new Map(pending.articles.map((a, i) => [a, i]));
  items.sort((x, y) => order.get(x.article.id)! - order.get(y.article.id)!);
  // A brief job briefs as an ingest would: the LLM rewrite, when one is configured, runs here too.
  const rewritten = await rewriteRun(
    { stories: [briefStoryOf({ id, articles: pending.articles }, items)], diagnostics: [] },
    options.llm === undefined ? llmSettingsFrom(process.env) : options.llm,
  );
  if (rewritten.diagnostics.length > 0) options.onDiagnostics?.(rewritten.diagnostics);
  const run = rewritten.stories[0];
  const previous = (await store.currentBriefings([id])).get(id);
  const write = storyWrite(id, run.briefing, run.items, previous, pending.at);
  if (!(await store.commitBriefing(write, pending.membersVersion))) return 'stale';
  return write.version === null ? 'unchanged' : 'written';
}
