/**
 * The group stage, the one serialized step: deduplicate the analyzed articles (against each other
 * and against articles seen before), then assign them to stories and refine the stories touched.
 *
 * A batch clusters its articles from scratch (`clusterArticles`: document frequencies of the whole
 * batch); a service hands in the incremental clusterer restored from its store, which takes the new
 * articles, reviews and refines (running document frequencies, stories that keep growing).
 */
import {
  type Clusterer,
  clusterArticles,
  clusterItemOf,
  type HeldEntry,
  processingOrder,
} from '../cluster/index.ts';
import { findDuplicates, type PriorArticles } from '../dedup/find-duplicates.ts';
import type { AnalyzedArticle } from '../model/annotations.ts';
import type { Article } from '../model/article.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { Story } from '../model/story.ts';

/** What grouping starts from: nothing for a batch; a store's articles and clusterer for a service. */
export interface GroupState {
  /** Articles seen before: new exact copies of them are dropped, near copies linked. */
  prior?: PriorArticles;
  /** An incremental clusterer carrying on from earlier ingests (mutated: it takes the new articles). */
  clusterer?: Clusterer;
  /** Told after each article the incremental clusterer takes. */
  onClustered?: (done: number, total: number) => void;
}

/** The outcome of grouping. */
export interface Grouping {
  /** Every item's article, near copies linked (`duplicateOf`), in the order given. */
  articles: Article[];
  /** The items kept (exact copies dropped), carrying their linked article. */
  kept: AnalyzedArticle[];
  /** Dedup diagnostics (PX401 for each exact copy). */
  diagnostics: Diagnostic[];
  /**
   * The stories. Batch: every story, id from its members, most central member first.
   * Incremental: every story the clusterer holds, id its label there (a driver names it), members unordered.
   */
  stories: Story[];
  /** Incremental only: every held article with its vector and story label. */
  held?: HeldEntry[];
  /** Incremental only: document-frequency increments of the features of the articles added. */
  dfDelta?: Map<string, number>;
}

/** Groups `items` into stories from `state` (see the module comment). */
export function groupStories(items: AnalyzedArticle[], state: GroupState = {}): Grouping {
  const dedup = findDuplicates(
    items.map((i) => i.article),
    {},
    state.prior,
  );
  const linked = new Map(dedup.articles.map((a) => [a.id, a]));
  const keptIds = new Set(dedup.kept.map((a) => a.id));
  const kept = items
    .filter((i) => keptIds.has(i.article.id))
    .map((i) => ({ ...i, article: linked.get(i.article.id)! }));
  const articles = items.map((i) => linked.get(i.article.id) ?? i.article);
  if (state.clusterer === undefined)
    return { articles, kept, diagnostics: dedup.diagnostics, stories: clusterArticles(kept) };

  const clusterer = state.clusterer;
  const dfDelta = new Map<string, number>();
  for (const [n, i] of processingOrder(kept).entries()) {
    const item = clusterItemOf(kept[i]);
    for (const f of item.features.keys()) dfDelta.set(f, (dfDelta.get(f) ?? 0) + 1);
    clusterer.add(item);
    state.onClustered?.(n + 1, kept.length);
  }
  clusterer.review();
  clusterer.refine();
  const held = clusterer.held();
  const members = new Map<string | number, string[]>();
  for (const h of held) {
    const list = members.get(h.story);
    if (list === undefined) members.set(h.story, [h.id]);
    else list.push(h.id);
  }
  const stories = [...members].map(([label, ids]) => ({ id: String(label), articles: ids }));
  return { articles, kept, diagnostics: dedup.diagnostics, stories, held, dfDelta };
}
