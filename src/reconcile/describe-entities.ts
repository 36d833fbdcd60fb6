/**
 * Entity cards: the roles and descriptions the articles give an entity, each with its passages and the
 * outlets that give it. Three sources, all verbatim ranges of the text:
 *
 * - the title the NLP stage split off a name ("Deputy Trade Minister Ilse Varn" → "Deputy Trade Minister");
 * - an appositive after the name: "Ilse Varn, Ruritania's special envoy for trade, said" (a phrase
 *   opening with a determiner, a possessive or "<noun> of", closed by a comma, a period or "who/which");
 * - an appositive before a person's name: "Ruritania's trade minister, Ilse Varn, said" (a phrase at the
 *   start of a clause, closed by the comma right before the name, the name closed by a comma or period).
 *
 * Descriptions holding no lower-case content word ("the UAE" in a list of countries) are not
 * descriptions; neither are phrases that hold a date or a quote mark.
 */
import type { AnalyzedArticle, Mention } from '../model/annotations.ts';
import type { Citation } from '../model/citation.ts';
import type { EntityDescriptionFinding } from '../model/findings.ts';
import { fold, isStopword } from '../text/index.ts';
import { outletOf } from './collect-statements.ts';

const AFTER =
  /^,\s+((?:(?:the|a|an|its|his|her|their)\s|[A-Z][\p{L}.-]*(?:['’]s)|[a-z]+(?:\s[a-z]+)?\s+(?:of|for|at)\s)[^,.;:!?"“”«»()]{2,120}?)(?=\s*(?:,|\.(?:\s|$)|;|\(|\s+(?:who|which|whose)\b))/u;
const BEFORE =
  /(?:^|[.;:!?]\s+|\b(?:from|with|by|to|and|as)\s+)((?:the|a|an|[A-Z][\p{L}.-]*(?:['’]s))\s[^,.;:!?"“”«»()]{2,100}?),\s*$/u;
const MAX_WORDS = 14;
const AUXILIARY = new Set(
  'is are was were be been being has have had do does did will would can could shall should may might must said says'.split(
    ' ',
  ),
);
/** Courtesy titles say nothing about a person's role. */
const COURTESY = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'dame']);

/**
 * Collects the descriptions of every entity. `entityOf` maps `article:start` of a mention to its entity
 * id; returns, per entity id, its descriptions most supported first.
 */
export function describeEntities(
  items: AnalyzedArticle[],
  entityOf: ReadonlyMap<string, string>,
): Map<string, EntityDescriptionFinding[]> {
  const found = new Map<string, Map<string, EntityDescriptionFinding>>();
  const add = (entity: string, text: string, citation: Citation, outlet: string) => {
    const key = fold(text).replace(/^(?:the|a|an)\s+/, '');
    const byText = found.get(entity) ?? new Map<string, EntityDescriptionFinding>();
    const d = byText.get(key) ?? { text, citations: [], outlets: [] };
    if (!d.citations.some((c) => c.article === citation.article && c.start === citation.start))
      d.citations.push(citation);
    if (!d.outlets.includes(outlet)) d.outlets.push(outlet);
    byText.set(key, d);
    found.set(entity, byText);
  };
  for (const { article, annotations } of items) {
    const outlet = outletOf(article);
    const { text } = article;
    for (const m of annotations.mentions) {
      const entity = entityOf.get(`${article.id}:${m.start}`);
      if (!entity) continue;
      const role = roleRange(text, m);
      if (role && !COURTESY.has(fold(m.role ?? '').replace(/\.$/, '')))
        add(entity, text.slice(role.start, role.end), { article: article.id, ...role }, outlet);
      const sentence = annotations.sentences[m.sentence];
      const limit = sentence ? sentence.end : text.length;
      const after = AFTER.exec(text.slice(m.end, Math.min(limit, m.end + 160)));
      if (after && m.kind !== 'place' && isDescription(after[1], annotations, m.sentence)) {
        const start = m.end + after[0].indexOf(after[1]);
        add(entity, after[1], { article: article.id, start, end: start + after[1].length }, outlet);
      }
      if (m.kind !== 'person') continue;
      // Before the name, or before its title ("…ambassador to Ruritania, Dr Ilse Varn").
      const head = role ? role.start : m.start;
      const from = Math.max(sentence ? sentence.start : 0, head - 140);
      const before = BEFORE.exec(text.slice(from, head));
      const closed = /^(?:['’]s)?\s*[,.]/.test(text.slice(m.end, m.end + 4));
      if (before && closed && isDescription(before[1], annotations, m.sentence)) {
        const start = from + before.index + before[0].indexOf(before[1]);
        add(entity, before[1], { article: article.id, start, end: start + before[1].length }, outlet);
      }
    }
  }
  const out = new Map<string, EntityDescriptionFinding[]>();
  for (const [entity, byText] of found)
    out.set(
      entity,
      [...byText.values()].sort((a, b) => b.outlets.length - a.outlets.length),
    );
  return out;
}

/** The range of the title written before a mention (`Mention.role`), when it is found there. */
function roleRange(text: string, m: Mention): { start: number; end: number } | null {
  if (!m.role) return null;
  const from = Math.max(0, m.start - m.role.length - 4);
  let at = text.lastIndexOf(m.role, m.start);
  if (at < from) return null;
  // "Ruritania's trade minister Ilse Varn": the possessive before the title belongs to the role.
  const owner = /[A-Z][\p{L}.-]*['’]s\s+$/u.exec(text.slice(Math.max(0, at - 40), at));
  if (owner) at -= owner[0].length;
  return { start: at, end: text.lastIndexOf(m.role, m.start) + m.role.length };
}

/** True when a phrase reads as a description: short, with a lower-case content word, no date inside. */
function isDescription(
  phrase: string,
  annotations: AnalyzedArticle['annotations'],
  sentence: number,
): boolean {
  const words = phrase.split(/\s+/);
  if (words.length > MAX_WORDS) return false;
  if (!words.some((w) => /^[a-z]/.test(w) && !isStopword(fold(w)))) return false;
  // "…, the union could be barred …": a clause, not a description.
  if (words.some((w) => AUXILIARY.has(w))) return false;
  // "…, the state company Vrelo Hydro, …" closing on a name with no "of"/"for" is a new subject, not a description.
  if (/^\p{Lu}/u.test(words.at(-1)!) && !/\s(?:of|for|at|in|to)\s/.test(phrase) && !/['’]s\s/.test(phrase))
    return false;
  // "many of them …", "and about 200 …": a phrase opening with a lower-case function word is no description.
  if (
    /^[a-z]/.test(words[0]) &&
    isStopword(fold(words[0])) &&
    !/^(?:the|a|an|its|his|her|their)$/.test(words[0])
  )
    return false;
  return !annotations.dates.some((d) => d.sentence === sentence && phrase.includes(d.text));
}
