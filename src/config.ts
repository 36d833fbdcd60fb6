/**
 * Every default and threshold of Parallax, one section per stage. Each value says why it is what it is
 * and what it was calibrated on. Stages take their section as their options (overridable per call).
 */

/** Reading inputs. */
export const ingest = {
  /** Inputs larger than this are rejected (PX106): a news article is rarely over 2 MB even as HTML; 20 MB leaves room for heavy pages. Also the cap on decompressed gzip output (gzip bombs). */
  maxBytes: 20 * 1024 * 1024,
  /** Share of control bytes (other than tab/newline/CR/FF) above which a file is called binary: text never has them, binaries have many. */
  maxControlRatio: 0.01,
  /** How many leading bytes the binary test looks at: 64 KiB is enough to tell and keeps a 20 MB file cheap. */
  sniffBytes: 64 * 1024,
  /** File extensions read from folders (and the same with `.gz`); anything else in a folder is skipped quietly. */
  extensions: ['.txt', '.text', '.html', '.htm', '.xhtml', '.xml', '.rss', '.atom', '.rdf', '.feed', '.json'],
  /** Extensions that mean HTML; every other extension means plain text unless the content sniffs as HTML. */
  htmlExtensions: ['.html', '.htm', '.xhtml'],
  /** A text with at least this many HTML tags (`<p>`, `<div>`, ...) is HTML even without `<html>`: prose never has 8 tags, a page fragment always does. */
  minTagsForHtml: 8,
  /** Extensions that name a feed (RSS, Atom, RDF, JSON Feed); their content is still sniffed, the extension only decides which diagnostic a non-feed gets. A `.json` file that is not a JSON Feed is skipped with PX114. */
  feedExtensions: ['.xml', '.rss', '.atom', '.feed', '.json', '.rdf'],
  /** URL fetch: give up after this many milliseconds (connect + headers + body; PX115). News pages answer in 0.2–3 s; 15 s tolerates a slow server without stalling a batch. */
  fetchTimeoutMs: 15_000,
  /** URL fetch: redirects followed at most (PX118). Publishers chain http→https→www→canonical (3); 5 is the usual browser-like margin below loops. */
  maxRedirects: 5,
  /** URL fetch: media types accepted (PX117). HTML and XHTML pages, RSS/Atom/RDF/XML feeds, JSON Feed and plain text; anything else (images, PDF) is refused before its body is read. */
  fetchContentTypes: [
    'text/html',
    'application/xhtml+xml',
    'application/rss+xml',
    'application/atom+xml',
    'application/rdf+xml',
    'application/xml',
    'text/xml',
    'application/feed+json',
    'application/json',
    'text/plain',
  ],
  /** URL fetch: refuse hosts that resolve to loopback, private, link-local or other non-public addresses (PX116), so a shared server cannot be made to read its own network. `--allow-private` turns it off. */
  allowPrivate: false,
} as const;

/** Extraction of text and metadata. */
export const extract = {
  /**
   * Elements nested deeper than this are flattened into their ancestor at this depth (their text is
   * kept). Real pages nest at most ~60 levels; without a cap, 5,000 nested <div>s overflowed the
   * stack of the recursive tree walks. Browsers cap their parse tree similarly (Blink at 512).
   */
  maxTreeDepth: 256,
  /** JSON-LD nested deeper than this is ignored (PX215): real pages nest a handful of levels (`@graph` → article → author); 10,000 levels overflowed the stack of a recursive walk. */
  maxJsonLdDepth: 32,
  /** A title, outlet, author or date value longer than this is dropped (PX216): headlines run to ~160 characters, author lists to a few hundred; a million-character "title" is body text in the wrong field. */
  metaValueMaxChars: 500,
  /** An article's text is cut at this many characters (PX218): the longest news features run to ~20,000 words (~130,000 characters); every later stage costs time and memory in proportion to the text, and a 20 MB one-paragraph page took minutes and 2 GB before this cap. */
  maxTextChars: 200_000,
  /** A page's text (outside scripts and styles) is read up to this many characters (PX218): the article and its page chrome fit several times over; past it the tree walks of extraction cost more than any article is worth. */
  maxPageTextChars: 1_000_000,
  /** A text that opens with `{` or `[` and holds this many JSON key-value pairs (`"title": "`) per 100 words is JSON data, not prose (PX217): a JSON Feed wrapped in `<html><body>` has ~3.7; prose quoting a colon has almost none. */
  jsonOpenPairsPer100: 0.5,
  /** Any text holding this many JSON key-value pairs per 100 words is data (PX217). */
  jsonPairsPer100: 3,
  /** At least this share of a text's words keep their letters to one script (Latin, Cyrillic, Han with kana…): every real text is near 1.0 (names in another script are a few words); random characters from many scripts fall to ~0.3 (PX217). */
  minOneScriptShare: 0.7,
  /** Articles with fewer words than this are flagged unusable (PX202). Why 15: real wire briefs are short — 67 of the 772 ECB+ dev news texts have under 40 words (7–66), and at 40 they were never clustered; at 15 only 9 remain unusable (5 of them under 15 words). AEB body F1 is 0.976 at both 40 and 15 (pages are long; navigation stubs fail the prose check). */
  minWords: 15,
  /** A page with a login form and fewer words of prose than this is a login wall (PX212): two short paragraphs around a form are not an article (was 2 × minWords when minWords was 40). */
  loginMaxProseWords: 80,
  /** A paragraph counts as prose when it has this many words and ends like a sentence; list, index and login pages have almost none (PX212). Calibrated on the seeds (shortest body paragraph 17 words) and link lists (3–9 words a line). */
  proseParagraphWords: 12,
  /** Wire copy comes one short sentence a line ("A large fire has destroyed much of a supermarket." is 10 words) and digests as list items; such a line of this many words with function words ("the", "of", "has") counts as prose. Menus, link lists and schedule lines ("Friday 6pm – Opening parade") end without a full stop or lack function words, so they stay out. */
  proseLineWords: 6,
  /** Leading paragraphs (lines) of a plain-text document searched for headline, byline and date lines: headline + standfirst + 3 metadata lines + slack. */
  headerMaxUnits: 8,
  /** A headline has at most this many words; the seeds' headlines have 7–16, a lede sentence 25+. */
  headlineMaxWords: 22,
  /** A headline is at most this long: longer first lines are ledes (seed 004's first line is 170 characters). */
  headlineMaxChars: 160,
  /** At most this many standfirst lines sit between the headline and a byline/date line. */
  standfirstMaxUnits: 2,
  /** Byline and date lines are short: longer lines are body text even when they start with "By". */
  metaLineMaxChars: 140,
  /** Trailing paragraphs (lines) searched for boilerplate, from the end inward. */
  footerMaxUnits: 24,
  /** Items of a trailing "Related:" / "Read more:" list are at most this many words (aggregator topic lists reach ~45). */
  relatedItemMaxWords: 50,
  /** A company blurb between a promotion line and the address/copyright lines is at most this many paragraphs. */
  blurbMaxUnits: 2,
  /** In the fallback (whole-body text), paragraphs whose text is mostly link text are navigation: dropped above this share. */
  maxLinkDensity: 0.5,
  /** Pages with more elements than this skip Readability and use the body-text fallback (0 = no limit): the 181 AEB pages have 77–1,596 elements; a pathological page must not stall a batch. (Readability's own `maxElemsToParse` cannot be used: linkedom's `getElementsByTagName('*')` returns nothing.) */
  readabilityMaxElems: 20000,
  /** HTML scorer: a text block (p, li, td, a div's own text) counts when it has this many characters; shorter ones are labels, buttons, bylines (readability uses the same 25). */
  blockMinChars: 25,
  /** HTML scorer: the best container is raised to its parent when the parent scores at least this share of it… */
  raiseScoreShare: 0.9,
  /** …and the best container already holds this share of the parent's text (the parent only adds chrome-free leftovers). */
  raiseTextShare: 0.8,
  /** HTML scorer: a sibling of the best container joins it when it scores at least this (readability's 10)… */
  siblingMinScore: 10,
  /** …or this share of the best score (readability's 0.2). */
  siblingScoreShare: 0.2,
  /** HTML scorer: a sibling `<p>` this long with little link text joins the content (readability's 80). */
  siblingParagraphChars: 80,
  /** HTML scorer: a box whose class/id or role names chrome (share, related, ad…) is kept when it holds this share of the page's text: such words also sit on whole-page wrappers. */
  chromeMaxShare: 0.4,
  /** HTML scorer: how many ancestors of the best container are looked at for more article chunks (wrappers nest 3–6 deep on AEB pages). */
  raiseMaxLevels: 6,
  /** HTML scorer: an ancestor is taken when the text it adds is at least this share paragraph text (chrome is links and labels)… */
  raiseBlockShare: 0.7,
  /** …and adds at least this share of the paragraph text already chosen (a lone bio paragraph is not a second chunk). */
  raiseMinGain: 0.25,
} as const;

/** Sentence splitting, entities, dates, quotes. */
export const nlp = {
  /** Longest run of characters without a space given to the tokenizer as it is: words, URLs and e-mail addresses of real copy are far shorter; a longer run ("O'O'O'…", "well-well-…" over 46 KB) is read as blanks, because wink's e-mail and suffix patterns take time growing with the square of a token's length (46 KB took 11 s). */
  maxTokenChars: 256,
  /** Longest capitalised run taken as one name: official names run to ~6 words ("Ministry of Foreign Affairs of Ruritania" is 6); longer runs are headlines in title case. */
  maxNameTokens: 8,
  /** Sentences a pronoun speaker may look back for a named person: news copy names the speaker in the same or the previous one or two sentences (seeds: 1). */
  pronounLookbackSentences: 3,
  /** Tokens between a closing quote mark and its reporting verb: "…,” the deputy foreign minister said" is 5; more is another clause. */
  speakerWindowTokens: 8,
  /** Longest quote in characters: a quoted paragraph in the seeds is ~450; 2,000 stops a stray mark from swallowing an article. */
  maxQuoteChars: 2000,
  /** Earliest bare number read as a year: news cites history back to ~1800; smaller four-digit numbers are counts. */
  minYear: 1800,
  /** Latest bare number read as a year: plans reach ~2100; larger four-digit numbers are counts. */
  maxYear: 2100,
} as const;

/** Story clustering (see `src/cluster/`; calibrated with `scripts/eval-cluster.ts` on ECB+ dev: 772 docs, 66 gold stories). */
export const cluster = {
  /** Cosine to a story centroid needed to join it in the single pass. ECB+ dev B3 F1 is flat at 90–91 for 0.30–0.36 (with the merge below); 0.34 is the middle. Lower merges sibling events (two different rehab stays), higher splits stories. */
  threshold: 0.34,
  /** Refinement: an article left alone joins a story (2+ articles) at this cosine: late-formed stories collect the early articles that started them. ECB+ is flat for 0.08–0.2; unrelated articles score < 0.05 (fixtures). */
  attachThreshold: 0.15,
  /** Stories whose average pairwise cosine reaches this merge. On ECB+ dev same-story group pairs score 0.23–0.31, sibling events up to 0.26; 0.24–0.26 is the plateau (+1 to +2 B3 F1). Makes the five seeds one story in all 120 orders (without it: 88/120). */
  mergeThreshold: 0.25,
  /** Name features weigh this many times a word of the same TF-IDF. Names are also counted as words, so 1 already doubles them; ECB+ is flat for 0–1.5 and worse at 2+ (more names shared across sibling events than expected). */
  nameWeight: 1,
  /** Date features (each resolved date at year, month and day) weigh this many times a word; 0 = off. Off: on ECB+ they are neutral at these thresholds (90.6 vs 90.7 B3 F1), and in a daily batch relative dates ("on Thursday") resolve to the same day in every article, tying unrelated stories. */
  dateWeight: 0,
  /** Stems shorter than this are dropped: one-letter leftovers ("u", "s") are noise. */
  minWordLength: 2,
  /** Tokens with these Universal POS tags carry no event content (function words, numbers, punctuation). */
  dropPos: ['PUNCT', 'SYM', 'NUM', 'DET', 'ADP', 'PRON', 'AUX', 'CCONJ', 'SCONJ', 'PART', 'INTJ', 'SPACE'],
  /** `1 + ln(tf)`: a long article repeating its topic word should not outweigh its names; raw counts score the same on ECB+ but lean on length. */
  sublinearTf: true,
  /** Review: a member of a story of 3+ whose cosine to the other members falls below this (and that no other story wants) is split off. No effect on ECB+ dev batch scores for 0–0.25 (90.7 throughout: such articles move to a better story instead); 0.1 keeps only clear drift (unit test). */
  splitThreshold: 0.1,
  /** The incremental clusterer reviews the stories touched since the last review after this many additions (batch: once at the end). Not calibrated: a review's cost is proportional to the articles added since the last one (plus re-checks of stories grown by half), so this trades freshness against nothing but latency spikes. */
  reviewEvery: 1000,
  /** Features of an article looked up in the index (its heaviest). ECB+ dev B3 F1 with 10 candidates: 8 → 90.3, 16 → 90.7, 24 → 90.6, 48 → 90.8; 16 costs a third of 48. */
  queryFeatures: 16,
  /** Posting lists keep the last 200–400 stories per feature, so lookups stay bounded; older stories are still reached through the article's rarer features. Not reached on ECB+ dev (772 docs); the 100k synthetic stream (bench:cluster) scores B3 F1 0.895 with it. */
  maxPostings: 200,
  /** Candidate stories (best by partial score) scored exactly per article. ECB+ dev B3 F1 at 16 features: 3 → 88.9, 5 → 90.4, 10 → 90.7, 20 → 90.7. */
  maxCandidates: 10,
  /** `clusterArticles` runs the contrastive post-pass (split sibling events, merge fragments of one event). ECB+ dev B3 F1 without/with: see docs/evaluation.md. */
  refine: true,
  /** Post-pass (`split-siblings.ts`): the two sides of a story's bisection become two stories below this contrastive link (average cosine under the local IDF of the story). ECB+ dev: the sides of the sibling-event stories that split score 0.061–0.063, the closest one-event story 0.070; see docs/evaluation.md for the sweep. */
  splitLink: 0.065,
  /** Post-pass: two stories whose contrastive link reaches this merge. ECB+ dev: fragments of one event score 0.071–0.94, sibling events (two different events of one kind) at most 0.062; 0.08 keeps a margin over the siblings (every merge it makes on dev is right). */
  mergeLink: 0.08,
  /** Post-pass: two stories merge only if their centroid cosine also reaches this. The contrastive link drops the words only one article of the pair holds, so a lone unrelated article can look close to a story through the few words it shares (the unrelated example article joined the shipwreck story without this); ECB+ dev fragments of one event that merge have centroid cosine 0.148–0.56. */
  mergeMinCosine: 0.1,
  /** Post-pass: two stories whose contrastive link lies between `splitLink` and `mergeLink` (a join the split test would keep, too weak for a merge) merge when their centroid cosine reaches this (`fragmentsMerge` in `split-siblings.ts`). Pairs of final stories in that band: ECB+ dev sibling events 0.15–0.44, fragments of one event 0.54 and 0.27 (the latter stays apart); the ECB+ gold folder's pirate fragment 0.51. ECB+ dev B3 F1 (`eval:cluster`, off → 0.45): 91.4 → 91.8, with `--extract` 91.3 → 92.3 (precision 93.5 both); 0.4 and 0.5: see docs/evaluation.md. */
  mergeCloseCosine: 0.45,
  /** Post-pass (`signature-split.ts`): two groups of a story, each stating its own figure (a magnitude, an amount) that no article of the other states, are two events when their contrastive link is below this. Only two ECB+ dev stories hold two such groups: the two Qeshm quakes (5.6 / 5.9, three years apart, the later one undated; link 0.10–0.105) and one ram raid (24_ecbplus, one event; 0.16–0.18); 0.13 lies between. ECB+ dev B3 F1 91.8 → 92.4. */
  signatureLink: 0.13,
  /** Post-pass: smaller stories are not bisected: a side of fewer than 3 articles is too small for its local IDF to say anything (one article's own words). */
  splitMinSize: 6,
  /** Post-pass: larger stories are not bisected: the spectral bisection is O(n²) per story (200 members ≈ 40k cosines × 200 steps); a sibling pair rarely grows that big before a review splits it. */
  splitMaxSize: 200,
  /** Post-pass: each side of a split holds at least this many articles (see `splitMinSize`)… */
  splitMinSide: 3,
  /** …and this share of the story: cuts of 2 or 3 near-copies off a story of 12 are wire copies, not a second event. */
  splitMinShare: 0.25,
  /** Post-pass: merge candidates per story (most similar centroids). ECB+ dev scores the same for 1, 2, 3, 5 and 10 (the right fragment is always the nearest or second nearest); 3 keeps a margin. */
  refineCandidates: 3,
  /** Incremental refine (`refine-stories.ts`): both stories of a merge hold at least this many articles. Between two lone articles the contrastive link is their cosine over shared words, and between two stories of 2 it is dominated by what four articles happen to share (two events in one town merged in the examples); small stories grow through `add` and the review instead. ECB+ dev, batches of 50, 5 orders: all 772 documents 93.5 (no minimum) / 93.3 (2) / 93.1 (3); first 200 one at a time 82.6 / 85.6 / 86.5. */
  refineMergeMinSize: 3,
  /** Incremental refine: a story smaller than `refineMergeMinSize` may still merge into one of at least that size when their centroid cosine reaches this (and the contrastive link `mergeLink`): a 2-article fragment of one event otherwise stays apart for good (the "one event in many words" fixture ended 6 + 2). ECB+ dev, restored clusterer, batches of 50, 5 orders, mean B3 F1: never 93.1, 0.4 → 93.1, 0.3 → 93.6, 0.25 → 93.7, 0.2 → 93.8; first 200 one at a time 86.5 → 86.2 at 0.3. 0.3 keeps a margin from the examples' flood/strike pair (two events in one town). */
  refineSmallMinCosine: 0.3,
  /** The service re-clusters the region of the stories an ingest touched from scratch (`recluster-region.ts`), so its stories do not depend on the order articles came in. ECB+ dev, service vs batch B3 F1 over 5 orders: see docs/evaluation.md. */
  reclusterRegions: true,
  /** Region: centroid cosine at which a neighbouring story is taken in. */
  regionMinCosine: 0.1,
  /** Region: steps out from the stories of the new articles (2 until the nearest-neighbour bound below; 1 with it keeps service = batch on ECB+ dev, see docs/evaluation.md "Re-clustering cost"). */
  regionDepth: 1,
  /** Region: articles at most in one touched story's neighbourhood. Without a bound the 10k synthetic stream of bench:cluster re-clustered most of the store at each refine (55 s → 447 s). */
  regionMaxArticles: 300,
  /** Region: nearest neighbours taken in from each story of it (by centroid cosine). Without it a family of look-alike stories (bench:cluster's synthetic stream: every generation of copies of one text) joined every region it touched, and a refine re-clustered most of the store: see docs/evaluation.md "Re-clustering cost". */
  regionNeighbours: 3,
  /** Time gate: core events (publication day, else the first full date the text writes) more than this many days apart are different stories (see `cluster/time-gate.ts`). stories-dev's look-alike siblings are 7–24 months from their main stories (B3 83.4 → 95.1 at 90 or 180; 89.9 at 365); a running event's reports chain within weeks, and 180 leaves it quiet months. ECB+ dev B3 93.6 → 91.7 (90) / 91.2 (180) / 91.7 (365): its gold keeps a verdict or a sequel 1–2 years on in the event's story. */
  maxEventGapDays: 180,
  /** Time gate: a story splits into runs of event days only when each run holds this many articles. ECB+ dev (gap 90): 1 → 90.7, 2 → 91.7 B3 F1 (a lone article a year off is a follow-up: a verdict, a sentencing); stories-dev 95.1 either way. */
  timeSplitMinRun: 2,
  /** Near-duplicates: MinHash hashes per article (signature length); 128 gives a Jaccard estimate within ±0.09 (2 s.d.). */
  minhashHashes: 128,
  /** Near-duplicates: LSH bands (hashes / bands rows each); 32 bands of 4 rows flag a pair with ≥ 50% chance from Jaccard ≈ 0.38 (1 − (1 − J⁴)³²), 99% from 0.6. */
  minhashBands: 32,
  /** Near-duplicates: words per shingle; 5 is the usual choice for news (shorter shingles match shared phrases of different stories). */
  shingleWords: 5,
  /** Near-duplicates: estimated shingle Jaccard at or above which an article is linked as a copy; fixtures: a wire story with a new headline and lead line 0.95, two stories sharing a boilerplate paragraph 0.29. On ECB+ dev it links 24 pairs, all within one gold story. */
  nearDuplicateJaccard: 0.5,
} as const;

/** Cross-source reconciliation. */
export const reconcile = {
  /** An article's first sentences up to this many are its statements: a long feature has ~300; a page of 5,000 one-word paragraphs made 5,000 statements, all compared pairwise (30 such feed items ran out of memory at 4.5 GB; 59 s and 0.9 GB with these caps). */
  maxArticleStatements: 300,
  /** Statements of a whole story, shared out among its articles (each keeps at least `minArticleStatements`): pairwise comparison costs the square of this. */
  maxStoryStatements: 3000,
  /** Sentences of every article that stay statements however large the story: the lead and the facts after it. */
  minArticleStatements: 12,
  /** Sentences with fewer content words than this are not statements (bylines, headings, "Source"): a news clause has 4+. */
  minStatementWords: 4,
  /** TF-IDF cosine at or above which two sentences of different outlets state the same fact; calibrated on the seed story (paraphrased leads score 0.3–0.6, unrelated sentences < 0.15). */
  factSimilarity: 0.28,
  /** A sentence joins a fact group only if its mean cosine to the members reaches this: stops chaining A~B~C when A and C differ. */
  factGroupMinMean: 0.2,
  /** Titles and honorifics dropped before names are compared: they are not part of a name. */
  honorifics: [
    'mr',
    'mrs',
    'ms',
    'miss',
    'dr',
    'prof',
    'professor',
    'sir',
    'dame',
    'lord',
    'lady',
    'president',
    'prime',
    'minister',
    'deputy',
    'foreign',
    'general',
    'gen',
    'colonel',
    'col',
    'captain',
    'capt',
    'judge',
    'justice',
    'senator',
    'sen',
    'rep',
    'governor',
    'gov',
    'mayor',
    'king',
    'queen',
    'prince',
    'princess',
    'pope',
    'saint',
    'st',
    'rev',
    'reverend',
    'imam',
    'mullah',
    'mawlawi',
    'maulvi',
    'maulana',
    'sheikh',
    'shaikh',
    'haji',
    'hajji',
    'ayatollah',
    'chancellor',
    'ambassador',
    'envoy',
    'spokesman',
    'spokeswoman',
    'the',
  ],
  /** Words joining a name's parts that do not count as parts ("Bank of England" has initials BE). */
  nameLinkWords: ['of', 'the', 'and', 'for', 'de', 'la', 'al', 'el', 'bin', 'ibn', 'von', 'van', 'der'],
  /** Nouns that count the same thing, so "149 dead" and "149 lives" align (stems are compared). */
  countSynonyms: [
    ['dead', 'death', 'killed', 'live', 'life', 'fatality', 'victim', 'body'],
    ['injured', 'wounded', 'injury', 'casualty'],
    [
      'people',
      'person',
      'resident',
      'civilian',
      'individual',
      'crew',
      'passenger',
      'member',
      'worker',
      'employee',
      'citizen',
      'evacuee',
    ],
    ['job', 'position', 'post'],
    ['attendance', 'crowd', 'spectator', 'audience', 'turnout'],
    ['dollar', 'usd', '$'],
  ],
  /**
   * Verbs that tell the same event of a count ("evacuated 212 residents" / "forcing 212 residents from
   * their homes" / "had to leave"); two counts whose verbs are known and differ ("carried 37 residents"
   * against "evacuated 212 residents") count different things. Stems are compared (irregular past forms
   * mapped to their base: "died" → "die"); a verb in no group matches only itself; an ambiguous verb
   * sits in every group it can mean ("take": "took 40 lives", "took 300 people to shelters"). General
   * English groups (displacement, job losses, deaths, injuries, industrial action, employment, arrests),
   * written from a thesaurus, not from the evaluation texts; checked on the example corpus.
   */
  countVerbSynonyms: [
    ['evacuate', 'force', 'leave', 'flee', 'displace', 'move', 'relocate', 'rescue', 'take', 'shelter'],
    ['cut', 'eliminate', 'cost', 'lose', 'axe', 'shed', 'slash', 'destroy', 'replace', 'threaten', 'scrap'],
    ['kill', 'die', 'perish', 'lose', 'drown', 'take', 'claim'],
    ['injure', 'wound', 'hurt', 'treat', 'hospitalize', 'hospitalise'],
    ['join', 'strike', 'walk', 'stay', 'stop', 'protest', 'march', 'rally', 'participate', 'boycott'],
    ['employ', 'hire', 'recruit', 'staff', 'work'],
    ['arrest', 'detain', 'hold', 'jail', 'imprison', 'charge'],
  ],
  /**
   * Words of people killed or hurt, each group led by its noun, then its verbs (the first verb tells
   * the group's counts). A number with no noun right after such a verb, or before "were" and such a
   * word, counts people told with that verb ("injuring 80", "wounding another 70", "50 were
   * injured" meet "80 people were wounded"). Verbs of care ("treated", "hospitalised") are not here: a
   * number before them alone ("12 were hospitalised") stays no count.
   */
  casualtyVerbs: [
    ['dead', 'kill', 'die', 'perish'],
    ['injured', 'injure', 'wound', 'hurt'],
  ],
  /** Units of measure: the verb of "lying 62 metres down" / "found 64 metres below" says nothing about what is measured, so verbs are not compared for them. */
  measureNouns: [
    'metre',
    'meter',
    'kilometre',
    'kilometer',
    'mile',
    'foot',
    'feet',
    'percent',
    'euro',
    'dollar',
    'pound',
    'tonne',
    'ton',
    'hectare',
    'centimetre',
    'kilogram',
  ],
  /** Number claims with the same noun align only when their ±`contextWindow` words share this many content words: the noun alone ("lives") is too weak a key. */
  contextWindow: 10,
  minSharedContext: 2,
  /**
   * Precision first for number disputes. Two counts are rival readings of one figure only when their
   * sentences tell the same thing (TF-IDF cosine at least this; a verb of one meaning on both counts
   * is evidence of its own, so less word overlap is asked: rewritten wire sentences giving one figure
   * score 0.08–0.3 on the dev stories, sentences that merely share a noun and a verb lower), their values are
   * within this ratio (misreported figures are near each other: 140/160, 31/38, €1.2bn/€1.25bn; two
   * different things counted are often far apart: 46 knockouts / 12, 178 punches landed / 369 thrown),
   * and at most this many values remain (more is several things counted, not one disputed).
   */
  rivalMinSimilarity: 0.12,
  rivalMinSimilaritySameVerb: 0.05,
  rivalMaxRatio: 2,
  rivalMaxValues: 3,
  /**
   * A kind of figure (counted noun or unit, and verb meaning) given with more distinct values than this across the
   * story's articles is a family of statistics (points and yards of many players, shares of many
   * parties): its words cannot tell which value belongs to which, so none is disputed. Real
   * disagreements come as two or three readings of one figure (ECB+ audit, `npm run audit:real`).
   */
  rivalMaxFamilyValues: 4,
  /**
   * Counted nouns (stems, as in a claim's key) an event has one value of: the attendance of a match,
   * the turnout of a vote. Two outlets' values of one of them, the only two the story gives and within
   * `onePerEventMaxRatio` of each other, are rivals without sharing other words ("a crowd of 41,200
   * saw …" / "the official attendance … was 42,100").
   */
  onePerEventCounts: ['attendanc', 'turnout'],
  onePerEventMaxRatio: 1.1,
  /** Hedged values ("about 17") within this share of another value are not a dispute. */
  approximateTolerance: 0.1,
  /**
   * A hedged clock time ("about 8.40pm") is taken as rounded to the nearest five minutes: it holds
   * this many minutes either side, so it disputes "8.49pm" but not "8.44pm" (`clock-time-disputes.ts`).
   */
  clockHedgeMinutes: 5,
  /** Two ages of one person are rival readings only in articles published within this many days (`age-disputes.ts`). */
  ageMaxDaysApart: 60,
  /** Two clock times of one event this many minutes apart or more are other moments (or a zone offset), never two readings. */
  clockMaxGapMinutes: 60,
  /**
   * Nouns of one kind of event, so that the subjects of two clauses telling a time may be one ("the
   * blaze broke out" / "the fire broke out"); general English, each group led by its class noun.
   */
  eventNounSynonyms: [
    ['fire', 'blaze', 'inferno', 'flames'],
    ['explosion', 'blast', 'explosions', 'blasts'],
    ['earthquake', 'quake', 'tremor'],
    ['crash', 'collision'],
    ['shooting', 'gunfire', 'shots'],
  ],
  /**
   * Offices a role or description can name ("Velm Mayor", "the mayor of Velm", "chief executive of
   * Orrin Coal"): one holder at a time, so two holders of one office in two outlets are a dispute.
   * General English titles of single-holder offices (not "spokesperson", "captain", "leader": many hold
   * those at once). Lower case, folded; multi-word titles win over their last word.
   */
  officeTitles: [
    'president',
    'prime minister',
    'premier',
    'chancellor',
    'mayor',
    'governor',
    'chief executive',
    'ceo',
    'chairman',
    'chairwoman',
    'chairperson',
    'secretary-general',
    'secretary general',
    'general secretary',
    'director-general',
    'director general',
    'managing director',
    'foreign minister',
    'defence minister',
    'defense minister',
    'finance minister',
    'interior minister',
    'health minister',
    'king',
    'queen',
    'pope',
    'emir',
    'head coach',
    'headteacher',
    'rector',
    'vice-chancellor',
  ],
  /** Event dates this many days apart are compatible (an announcement on one day reported the next, time zones). */
  eventDateToleranceDays: 1,
  /**
   * Dated statements of different outlets are compared on the words within this many characters of
   * the date (about one clause: "sank in a heavy storm in November 1874 on the way from …").
   */
  datedWindowChars: 120,
  /**
   * Two dated statements tell the same event when they share a verb and at least this many words
   * around their dates (the verb counts) ...
   */
  datedMinSharedWords: 2,
  /**
   * ... and these shared words are at least this share of the smaller word set. Calibrated on invented
   * fixtures (same event: 0.3–0.6; another event with the same verb: below 0.2) and checked on the
   * examples and seeds for bogus disputes.
   */
  datedMinOverlap: 0.15,
  /** An event dated more than this many days before the article's own publication date is not "news": a wrong year is likely (a report is rarely more than a few weeks late). */
  maxEventAgeDays: 60,
  /** Sentences among the first this many of an article are its lead (where the main event is dated). */
  leadSentences: 2,
  /** A lead sentence dates the main event only if its cosine to a main-event sentence reaches this ("In a statement on Thursday, the ministry announced the move" ~0.1–0.2; unrelated background < 0.05). */
  leadMinSimilarity: 0.08,
  /** Timeline entries of different outlets merge when dates are compatible and they share this Jaccard of content words; calibrated on seed paraphrases of the same past event (0.15–0.4). */
  timelineMergeJaccard: 0.12,
  /** A clause shorter than this (content words) is too thin to stand alone; the whole sentence is used instead. */
  minClauseWords: 3,
  /**
   * A timeline entry stated by one outlet only is kept when its paragraph's topic relevance (mean share of
   * other outlets using each word), relative to the story's median paragraph, reaches this. Seeds: on-topic
   * single-source paragraphs 0.85–1.3, appended biographies 0.69–0.70 (a thin margin: see the report).
   */
  timelineMinRelevance: 0.75,
  /** A fact's shown sentence should not run longer than this (words): long sentences bundle several facts. */
  maxRepresentativeWords: 45,
  /** Quotes of the same speaker merge when their content words overlap this much (Jaccard) or one contains the other. */
  quoteSimilarity: 0.3,
} as const;

/** Briefing assembly. */
export const brief = {
  /** Summary length in sentences: at least 2; at most 6, which the word budget rarely allows (lines run 15–45 words). */
  minSummary: 2,
  maxSummary: 6,
  /**
   * Word budget of the summary ("what happened"), bracketed dates included: about 100 words reads in
   * under a minute and is the length news summaries are judged at (DUC 2004 task 2: 100 words).
   */
  summaryWordBudget: 100,
  /** Summary lines after the main event need this many words: shorter sentences ("He was 45.") carry little alone. */
  minSummaryLineWords: 8,
  /**
   * Summary lines after the main event need this many independent sources: a statement one outlet makes
   * alone is a claim to check, not what happened (precision first). ECB+ leave-one-out: ROUGE-2 18.26
   * with the rule, 18.28 without (65 cases), so it costs nothing measurable.
   */
  minSummarySources: 2,
  /** Two summary sentences may share at most this share of the shorter one's content words (the brief's rule: not more than half). */
  maxSummaryOverlap: 0.5,
  /** Facts listed, most supported first. */
  maxFacts: 8,
  /** Entities listed (persons, organisations, places), most mentioned first. */
  maxEntities: 25,
  /**
   * Entities beyond `maxEntities` still listed when the outlets spell them differently ("Masoud" /
   * "Massoud Dalman") in two articles or more: the merged spellings are what the list is for.
   */
  maxSpelledEntities: 10,
  /** Timeline entries listed (earliest first); a briefing's timeline is context, not an index. */
  maxTimeline: 14,
  /** Scheduled events listed after the timeline ("What's next"), the most widely told first. */
  maxUpcoming: 5,
  /** "Reports that" lines (papers): a sentence is its outlet's when its cosine to every sentence of other outlets stays below this. */
  distinctiveMaxSimilarity: 0.2,
  /** ...and when its paragraph stays near the topic (relative topic relevance, see `reconcile.timelineMinRelevance`): a lone on-topic claim scores ~0.5 (fixture), country profiles ~0.3–0.55; among candidates the most on-topic come first. */
  distinctiveMinRelevance: 0.45,
  /** Questions about single-source numbers and announcements need this relative relevance of their sentence: lower than for distinctive lines, as a lone claim uses fewer shared words (fixture: 0.48–0.57), while blurbs stay below (seeds: 0.27). */
  questionMinRelevance: 0.45,
  /** A sentence is an outlet's own only while the closest sentence of another source holds less than this share of its IDF-weighted words, numbers and names (more is a paraphrase of it). */
  distinctiveMaxSupport: 0.5,
  /** Distinctive sentences per article... */
  maxDistinctive: 3,
  /** ...and up to this many when the lines past `maxDistinctive` each score `distinctiveStrongScore`. */
  maxDistinctiveStrong: 5,
  /** An outlet-only line's score (see `brief/pick-distinctive.ts`) from which it is shown past `maxDistinctive`: a new count or name no other source comes near (1.5 and 2 unsupported; a line of new words alone stays under 1). */
  distinctiveStrongScore: 1,
  /** Words a distinctive line may have when it is shown with the sentence before it (it opens "He …") or to the close of its quotation. */
  distinctiveMaxLineWords: 60,
  /** "Reports that" lines (papers) need this many content words (short ones carry no information of their own). */
  minDistinctiveWords: 7,
  /** An outlet's own lines need this many content words: "The MMSA said about 41,000 people use the pen." (6) is a whole fact; fewer is a fragment. */
  distinctiveMinWords: 5,
  /** Questions listed; each comes from the story's own disputes, single-source claims or announcements. */
  maxQuestions: 6,
  /** Sentences longer than this (words) are poor summary lines. */
  maxSummaryWords: 45,
  /** A statement naming a date this many days or more before the main event is background (history), kept for "How we got here", not the summary: a month separates the news from its history (flood example: the 2019 flood). */
  backgroundDays: 30,
  /** Titles shorter than this (words) are section headings ("What's happened", seen on the seeds' aggregator page), not headlines. */
  minHeadlineWords: 4,
  /** Themes shown: fewer than `minThemes` means the story is too small to have a background worth grouping. */
  minThemes: 2,
  maxThemes: 5,
  /** Sentences clustered into themes, most on-topic first: bounds the O(n²) clustering (20-article bench: ~500 sentences). */
  themeCandidates: 160,
  /** Average-link cosine (TF-IDF) at which two groups of sentences merge: at 0.1 unrelated sentences join themes on the examples (a rescue with a mayor's demand); at 0.2 themes hold one subject (reservoir release, damage and funding, the embankment's history); higher leaves most sentences alone. */
  themeMergeSimilarity: 0.2,
  /** Theme sentences need this relative topic relevance (see `distinctiveMinRelevance`): keeps country profiles and promotion out. */
  themeMinRelevance: 0.5,
  /** Theme sentences need this many content words. */
  minThemeWords: 6,
  /** Sentences shown per theme (one per outlet): a theme seen by one outlet only is that outlet's angle, not a theme. */
  minThemeLines: 2,
  maxThemeLines: 3,
  /** "Outlet reports that …" lines per outlet: its most distinctive statement and whom it alone quotes. */
  maxPaperLines: 2,
} as const;

/** Rendering briefings (Markdown, HTML, JSON). */
export const render = {
  /** Longest cited passage quoted in a Markdown "Sources" list before it is cut at a word and ellipsised: about two terminal lines, enough to recognise a sentence (checked on the fixture and the seeds). */
  snippetChars: 160,
  /** Longest passage shown in the tooltip of an HTML citation link: a tooltip wider than this wraps badly in Chromium and Firefox. */
  tooltipChars: 200,
  /** Headlines longer than this are set smaller in HTML: a 2rem headline of 200+ characters (seen on the seeds, whose headline is a lead sentence) fills the first screen. */
  longHeadlineChars: 90,
} as const;

/** Language identification (`src/extract/detect-language.ts`; declared languages come first). */
export const language = {
  /** Fewer words than this are too few for n-gram detection: eld is unreliable on a headline-sized text; a short news brief has 40+ words. Test fixtures of 45–60 words are detected right. */
  minWords: 20,
  /** Only this many leading characters are given to eld: the language of a news body is settled in its first paragraphs, and a 20 MB page must not cost a pass over all of it. */
  maxChars: 5000,
  /** The best language's score must exceed the runner-up's by this share (0.1 = 10%): closely related languages (es/pt/gl, da/no) tie on short texts, where a guess is worse than null. */
  minMargin: 0.1,
} as const;

/** Polling feeds (`src/feeds/`, `parallax feeds poll`). */
export const feeds = {
  /** Time between two checks of a healthy feed: news feeds change every few minutes to hours; 15 min is the common reader default (and what most publishers' `ttl`/rate limits tolerate), and a conditional GET makes an unchanged feed cost one 304. */
  pollIntervalMs: 15 * 60_000,
  /** Longest wait after errors (the backoff cap) and the longest Retry-After honoured: a feed that is down for days is still tried daily, and a bogus Retry-After of a year cannot silence it. */
  maxBackoffMs: 24 * 60 * 60_000,
  /** Each delay is shortened by up to this share, by an amount fixed by the URL's hash: feeds added together (an OPML import) spread over 10% of the interval instead of being polled in one burst forever. */
  jitterRatio: 0.1,
  /** Feeds fetched at once: enough to hide network latency of a few hundred feeds, few enough not to look like a crawler to a host that serves several of them. Ingests still run one at a time. */
  concurrency: 4,
  /** `feeds poll --watch` sleeps at most this long before looking for due feeds again, so that a feed added by another process is picked up within a minute. */
  watchMaxSleepMs: 60_000,
} as const;

/** The service: incremental ingest into a store (`src/service/`). */
export const service = {
  /**
   * Articles whose annotations an ingest keeps in memory for the next re-brief of their story. Why
   * 500: re-briefing a touched story re-annotates its stored articles (~20–40 ms each here); the
   * stories a stream touches repeatedly are few, and 500 annotated articles take ~100 MB.
   */
  annotationCache: 500,
  /**
   * New documents an ingest commits at once (each chunk is one transaction with its story updates).
   * Why 100: a kill loses at most one chunk (~10–30 s of work here), while a commit and the restore
   * of the touched stories cost ~1% of a chunk's analysis; `--chunk` / `PARALLAX_INGEST_CHUNK` change it.
   */
  chunkDocuments: 100,
  /**
   * Documents one `analyze` job of the PostgreSQL queue takes. Why 5: a job costs ~4 round trips
   * besides the analysis (fetch, result, completion, readiness), 20–50 ms on a loaded machine, about
   * the analysis of one document; five a job cut that to a fifth while a batch of 100 still spreads
   * over 20 jobs (workers).
   */
  queueJobDocuments: 5,
  /**
   * Attempts of a queue job before it fails for good. Why 5: graphile-worker waits about e^n seconds
   * before attempt n + 1, so five attempts span ~1.5 minutes: enough to ride out a database restart
   * or a passing LLM outage, short enough that an ingest waiting for a brief that always fails (a
   * bug) gives up soon, with a PX509 warning, leaving the story for the next ingest to re-queue.
   */
  jobAttempts: 5,
  /**
   * While later batches wait to be grouped (a backlog), a changed story's brief job waits for them,
   * at most this long from the first change it has not briefed yet; once the group step finds no
   * batch left, every waiting brief starts at once. So a story that the queued batches touch again
   * and again is briefed once the backlog is committed, or once a minute while it lasts, not once a
   * batch. Why 60 s, and no quiet time after each change: a batch of 100 took 2–15 s to analyze and
   * commit here depending on the load, and a 10 s quiet time ran out between batches on the loaded
   * machine (four workers briefed as often as without it); a reader sees an updated briefing within
   * about a minute however long the backlog.
   */
  briefBacklogWaitMs: 60_000,
  /**
   * A PostgreSQL store's pool waits this long for a connection once the store is open (opening it
   * still gives up after 5 s, so a wrong host fails fast). Why 60 s: on a loaded machine (two cores,
   * other processes busy) a new connection has taken over 5 s, and an ingest then died half-way
   * (the kill test under load); a minute rides that out and still ends a wait for a dead server.
   */
  poolWaitMs: 60_000,
} as const;

/** The optional LLM rewrite of "what happened" (`PARALLAX_LLM_URL`; off when unset; `src/engine/rewrite-summaries.ts`). */
export const llm = {
  /**
   * One request (a story's lines) gives up after this long (`PARALLAX_LLM_TIMEOUT_SECONDS` changes it).
   * Why 60 s: a local 7–8B model on a CPU writes ~5–15 tokens a second, and four sentences of ~30 words
   * plus the JSON around them are ~250 tokens; a GPU server answers in 1–3 s.
   */
  timeoutMs: 60_000,
  /** A cited passage is sent up to this many characters: a summary line's passage is one sentence (~150–300), a longer one is cut, never the prompt's budget. */
  maxPassageChars: 600,
  /** Passages sent a line, its first citations first: the first is the line itself; more wordings of other outlets give the model nothing it may use that the check does not already cover. */
  maxPassagesPerLine: 3,
  /** An answer's body is read up to this many bytes (a story's four sentences are ~2 KB of JSON; a server that streams megabytes is broken). */
  maxResponseBytes: 256 * 1024,
  /** A rewritten sentence may run at most this many times its extractive line's length (plus 40 characters): fluency shortens or keeps, it never adds paragraphs. */
  maxLengthRatio: 1.5,
  /** Sampling temperature asked for: 0 makes a local server's answer repeatable, so a story re-briefed unchanged reads the same. */
  temperature: 0,
} as const;
