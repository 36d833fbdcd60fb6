/**
 * The options of the cluster stage (their defaults and calibration live in `src/config.ts`).
 */

/** Options of `clusterArticles`; every field has a default in `config.cluster`. */
export interface ClusterOptions {
  /** Minimum cosine between an article and a story centroid for the article to join the story. */
  threshold: number;
  /** In the refinement pass, minimum cosine for an article alone in its story to join another story. */
  attachThreshold: number;
  /** Factor applied to name features (mentions) relative to word features, before normalisation. */
  nameWeight: number;
  /** Factor applied to date features (resolved date mentions) relative to word features. */
  dateWeight: number;
  /** Average pairwise cosine between two stories at or above which they are merged. */
  mergeThreshold: number;
  /** Words shorter than this (after stemming) are not features. */
  minWordLength: number;
  /** Parts of speech (Universal POS) whose tokens are never word features. */
  dropPos: readonly string[];
  /** Use `1 + ln(tf)` instead of raw counts, so one word repeated does not dominate an article. */
  sublinearTf: boolean;
  /** In a review, an article of a story of 3+ whose cosine to the other members is below this is split off (drift). */
  splitThreshold: number;
  /** The incremental clusterer reviews the stories touched so far after this many additions. */
  reviewEvery: number;
  /** Candidate search looks up only this many of an article's heaviest features. */
  queryFeatures: number;
  /** Each feature's posting list keeps (at least) the last this many stories that gained it. */
  maxPostings: number;
  /** At most this many candidate stories (best by partial score) are scored exactly. */
  maxCandidates: number;
  /** Run the contrastive post-pass (`split-siblings.ts`) after the review in `clusterArticles`. */
  refine: boolean;
  /** Post-pass: a story's bisection is kept when the contrastive link of its two sides is below this (see `split-siblings.ts`). */
  splitLink: number;
  /** Post-pass: two stories merge when their contrastive link reaches this. */
  mergeLink: number;
  /** Post-pass: two stories merge only if their centroid cosine (global TF-IDF) also reaches this. */
  mergeMinCosine: number;
  /** Post-pass: two stories whose contrastive link lies between `splitLink` and `mergeLink` merge when their centroid cosine reaches this (`fragmentsMerge`). */
  mergeCloseCosine: number;
  /** Post-pass: two groups of a story that state conflicting figures (`signature-split.ts`) are kept apart when their contrastive link is below this; 0 turns event values off. */
  signatureLink: number;
  /** Post-pass: only stories of at least this many articles are bisected. */
  splitMinSize: number;
  /** Post-pass: stories of more articles than this are not bisected (the bisection costs O(n²)). */
  splitMaxSize: number;
  /** Post-pass: each side of a split holds at least this many articles… */
  splitMinSide: number;
  /** …and at least this share of the story. */
  splitMinShare: number;
  /** Post-pass: each story is compared with this many candidate stories (most similar centroids) for a merge. */
  refineCandidates: number;
  /** Incremental refine: both stories of a merge hold at least this many articles. */
  refineMergeMinSize: number;
  /** Time gate (`time-gate.ts`): articles and stories whose core events (`event-time.ts`) lie more than this many days apart never join, and a story whose dated members fall into runs this far apart is cut; 0 turns event time off. */
  maxEventGapDays: number;
  /** Time gate: a story is cut into runs of event days only when every run holds at least this many articles. */
  timeSplitMinRun: number;
  /** Incremental refine: a smaller story merges into a large one only at this centroid cosine. */
  refineSmallMinCosine: number;
  /** Incremental refine: cluster the region of the touched stories again from scratch, as a batch would (`recluster-region.ts`), instead of patching it (order independence). */
  reclusterRegions: boolean;
  /** Region: a story joins the region of a touched story when their centroid cosine reaches this. */
  regionMinCosine: number;
  /** Region: neighbours of neighbours are taken this many steps out from the touched stories. */
  regionDepth: number;
  /** Region: each touched story's neighbourhood grows only while it holds at most this many articles (the cost per ingest stays bounded). */
  regionMaxArticles: number;
  /** Region: at most this many nearest neighbours (by centroid cosine) are taken in from each story of it. */
  regionNeighbours: number;
}
