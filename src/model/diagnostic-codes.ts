/**
 * The one catalog of diagnostic codes. Codes are stable: tests and other tools match on them.
 * Add new codes; never renumber or reuse one.
 *
 * PX1xx ingest (reading inputs), PX2xx extract (text and metadata), PX3xx nlp,
 * PX4xx cluster, PX5xx reconcile and brief, PX9xx CLI and run level.
 */
export const DIAGNOSTIC_CODES = {
  // ingest
  PX101: 'input not found',
  PX102: 'input unreadable (permission or I/O error)',
  PX103: 'input is empty',
  PX104: 'input looks binary, not text or HTML',
  PX105: 'input is not valid UTF-8 (decoded as windows-1252 or its declared charset)',
  PX106: 'input too large',
  PX107: 'gzip data is corrupt',
  PX108: 'unsupported file type skipped',
  PX109: 'folder holds no usable files',
  PX110: 'two inputs yield the same id; a suffix made them unique',
  PX111: 'feed item has only a summary, not the full text',
  PX112: 'feed could not be parsed',
  PX113: 'feed items without any text were skipped, or the feed holds no items',
  PX114: 'JSON file is not a JSON Feed; skipped',
  PX115: 'URL could not be fetched (network error, timeout or HTTP status)',
  PX116: 'URL refused: its host resolves to a loopback, private or link-local address',
  PX117: 'URL refused: unsupported content type',
  PX118: 'URL refused: too many redirects or a bad redirect',
  PX119: 'OPML file holds no feed URLs',
  PX120: 'XML file is neither a feed, an OPML list nor a page',
  PX121: 'feed item date could not be read',
  PX122: 'OPML list inside a folder not followed',
  // extract
  PX201: 'no article text found',
  PX202: 'article text is too short to be a news article',
  PX203: 'trailing boilerplate removed',
  PX204: 'byline found at the end of the text and removed',
  PX205: 'header lines read as metadata',
  PX206: 'no publication date found',
  PX207: 'no title found',
  PX208: 'HTML extracted with readability',
  PX209: 'HTML extracted with the fallback (whole-body text)',
  PX210: 'publication date unparsable',
  PX211: 'leading boilerplate removed',
  PX212: 'page looks like a list, index or login page, not an article',
  PX213: 'dateline read at the start of the body',
  PX214: 'language could not be determined',
  PX230: 'HTML extracted with the content scorer',
  PX231: "HTML extracted with the content scorer, completed with readability's paragraphs",
  PX232: "HTML extracted from the page's JSON-LD articleBody",
  PX215: "the page's JSON-LD nests too deep; the deeper levels were ignored",
  PX217: 'the text is data (JSON) or random characters, not an article',
  PX218: 'the text is longer than the size cap; the rest was left out',
  PX216: 'a metadata value (title, outlet, author) held markup or was too long; cleaned or dropped',
  // nlp
  PX301: 'no sentences found',
  PX302: 'date expression could not be resolved',
  // cluster
  PX401: 'exact duplicate dropped',
  // reconcile / brief
  PX501: 'story has too little content for a briefing section',
  PX502: 'no statement is supported by two outlets: the summary rests on single sources',
  PX503: 'an outlet gives a value that is likely an error',
  PX504: 'a surname-only mention fits several people and was left unmerged',
  PX505:
    "an article without a publication date had its relative dates resolved against the story's time frame",
  PX506:
    'the LLM rewrite of "what happened" failed (endpoint unreachable, timeout, HTTP error or bad setting); the extractive lines stay',
  PX507:
    'the LLM gave an unusable answer (not the JSON asked for) for some stories; their extractive lines stay',
  PX508:
    'LLM rewrite: lines accepted, and lines rejected by the grounding check (a name, number or date not in the cited passages)',
  PX509:
    "a story's briefing failed in every attempt of its brief job; the story keeps its last briefing and the next ingest briefs it again",
  // cli / run
  PX901: 'no inputs given',
  PX902: 'some inputs were rejected',
  PX903: 'internal error while processing this input (a bug in Parallax); the input was skipped',
} as const;

/** A stable diagnostic code from the catalog. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
