/**
 * JSON rendering: pretty, with keys in one stable order whatever order the objects were built in.
 */

/**
 * The order of known keys: identity first, then the words, then the evidence, then the nested lists.
 *
 * One global list works for every type of the contract because no two types need two keys the other way
 * round (checked for `BriefOutput`, `ArticleOut`, `StoryBriefing` and its parts, `Citation`, `Diagnostic`).
 * Keys not listed follow, alphabetically.
 */
const KEY_ORDER = [
  'id',
  'severity',
  'code',
  'message',
  'stage',
  'input',
  'name',
  'kind',
  'aliases',
  'roles',
  'headline',
  'topic',
  'date',
  'speaker',
  'path',
  'url',
  'title',
  'outlet',
  'author',
  'published',
  'language',
  'article',
  'articles',
  'value',
  'text',
  'extraction',
  'method',
  'status',
  'sources',
  'removed',
  'start',
  'end',
  'citations',
  'variants',
  'likelyError',
  'reason',
  'summary',
  'facts',
  'disputes',
  'timeline',
  'quotes',
  'entities',
  'perSource',
  'distinctive',
  'questions',
  'themes',
  'label',
  'lines',
  'papers',
  'stories',
  'diagnostics',
];
const RANK = new Map(KEY_ORDER.map((k, i) => [k, i]));

function compareKeys(a: string, b: string): number {
  const ra = RANK.get(a) ?? KEY_ORDER.length;
  const rb = RANK.get(b) ?? KEY_ORDER.length;
  return ra - rb || (a < b ? -1 : a > b ? 1 : 0);
}

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort(compareKeys))
    out[key] = ordered((value as Record<string, unknown>)[key]);
  return out;
}

/**
 * Renders any output (`BriefOutput`, `ArticlesOutput`) as pretty JSON ending with a newline.
 *
 * Keys come in the contract's order (see `KEY_ORDER`); `JSON.parse` of the result equals the input.
 */
export function renderJson(out: unknown): string {
  return `${JSON.stringify(ordered(out), null, 2)}\n`;
}
