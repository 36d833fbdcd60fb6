/**
 * Number claims: a number with what it counts ("149 dead", "15,000 Soviet lives", "about 17 countries",
 * "$2 million"). Years and numbers inside date expressions are not counts and are skipped.
 */
import type { AnalyzedArticle } from '../model/annotations.ts';
import type { Claim } from '../model/claim.ts';
import type { Statement } from './collect-statements.ts';
import { contentWords, fold, isStopword, stem, wordsOf } from './content-words.ts';
import { verbStem } from './verb-stem.ts';

/** A number claim with what alignment needs: the counted noun's class, its modifiers and nearby words. */
export interface NumberClaim {
  claim: Claim;
  num: number;
  /** Stems of the words before the counted noun ("soviet" in "15,000 Soviet lives"). */
  modifiers: string[];
  /** Content words around the number (the number itself excluded). */
  context: Set<string>;
  /**
   * What the verb of the count says happened, as the verb's synonym groups (`#0`, `#1`, ...) or its own
   * stem when it is in none ("evacuated 212 residents" → the group of evacuate); absent without a
   * verb next to the count, and for units of measure (whose verbs say nothing about what is measured).
   */
  verb?: string[];
  /** True for a unit of measure or money (metres, percent, euros). */
  measure?: boolean;
  /** True when its sentence credits the figure to a named source ("according to the Harbour Police"). */
  credited?: boolean;
}

/** Options of number extraction (from `config.reconcile`). */
export interface NumberOptions {
  countSynonyms: ReadonlyArray<readonly string[]>;
  contextWindow: number;
  countVerbSynonyms: ReadonlyArray<readonly string[]>;
  measureNouns: readonly string[];
}

const NUMBER =
  /(?:\b(about|around|some|nearly|almost|roughly|approximately|over|more than|at least|up to|fewer than|less than|at most)\s+)?([$€£])?\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(million|billion|thousand|trillion)\b)?/gi;
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const CURRENCY: Record<string, string> = { $: 'dollar', '€': 'euro', '£': 'pound' };

/** Finds the number claims of every statement. */
export function extractNumbers(
  statements: Statement[],
  items: AnalyzedArticle[],
  options: NumberOptions,
): NumberClaim[] {
  const classOf = new Map<string, string>();
  for (const group of options.countSynonyms) for (const w of group) classOf.set(stem(w), stem(group[0]));
  const verbGroups = new Map<string, string[]>();
  options.countVerbSynonyms.forEach((group, i) => {
    for (const w of group) verbGroups.set(verbStem(w), [...(verbGroups.get(verbStem(w)) ?? []), `#${i}`]);
  });
  const measures = new Set(options.measureNouns.map((w) => stem(w)));
  const byId = new Map(items.map((a) => [a.article.id, a]));
  const out: NumberClaim[] = [];
  for (const s of statements) {
    const analyzed = byId.get(s.article)!;
    const { article, annotations } = analyzed;
    const dates = annotations.dates.filter((d) => d.end > s.start && d.start < s.end);
    for (const m of s.text.matchAll(NUMBER)) {
      const [whole, hedge, currency, digits, scale] = m;
      const start = s.start + m.index + (hedge ? whole.indexOf(currency ?? digits) : 0);
      const numEnd = s.start + m.index + whole.length;
      if (dates.some((d) => d.start < numEnd && d.end > start)) continue;
      if (/^\d{4}$/.test(digits) && +digits >= 1800 && +digits <= 2100 && !currency && !scale) continue;
      if (/^[-–/:]\d/.test(article.text.slice(numEnd, numEnd + 2))) continue;
      if (/\d[-–/:]$/.test(article.text.slice(Math.max(0, start - 2), start))) continue;
      // A range ("between 212 and 214") gives no single value to compare.
      const lead = article.text.slice(Math.max(s.start, start - 40), start);
      if (/\bbetween\s+(?:about\s+|some\s+)?$/i.test(lead) || /\bbetween\s+[\d,.]+\s+and\s+$/i.test(lead))
        continue;
      // The whole of a partitive ("900 of the port's 1,400 employees") is a total, not a rival count.
      if (WHOLE_OF_PARTITIVE.test(lead)) continue;
      const noun = countedNoun(analyzed, partitiveStart(article.text, numEnd, s.end), s.end, classOf);
      if (noun.words.length === 0 && !currency) continue;
      const head = noun.words.length ? stem(fold(noun.words.at(-1)!)) : (CURRENCY[currency] ?? 'money');
      const cls = currency ? `money:${CURRENCY[currency] ?? currency}` : (classOf.get(head) ?? head);
      const num = Number.parseFloat(digits.replace(/,/g, '')) * (scale ? SCALE[scale.toLowerCase()] : 1);
      const end = Math.max(noun.end, numEnd);
      const label = noun.words.length ? noun.words.join(' ').toLowerCase() : 'money';
      const measured = currency || measures.has(head);
      const verb = measured ? null : countVerb(analyzed, start, end, s);
      out.push({
        ...(verb ? { verb: verbGroups.get(verb) ?? [verb] } : {}),
        ...(measured ? { measure: true } : {}),
        ...(CREDITED.test(s.text) ? { credited: true } : {}),
        claim: {
          kind: 'number',
          key: `count:${cls}`,
          topic: `number of ${label}`,
          value: currency ? `${currency}${num}` : String(num),
          citation: { article: s.article, start: hedge ? s.start + m.index : start, end },
          outlet: s.source,
          statement: { article: s.article, start: s.start, end: s.end },
          approximate: Boolean(hedge),
        },
        num,
        modifiers: noun.words.slice(0, -1).map((w) => stem(fold(w))),
        context: contextAround(article.text, s.start, s.end, start, end, options.contextWindow),
      });
    }
  }
  return out;
}

/**
 * Where the counted noun starts: after a partitive "of" and its determiner or possessor ("1,180 of its
 * members", "900 of the port's roughly 1,400 employees" → the noun after the possessor's own count is
 * read from "employees"), else right after the number.
 */
export function partitiveStart(text: string, numEnd: number, limit: number): number {
  const m =
    /^\s+of\s+(?:(?:the|its|their|his|her|our|your|these|those|all)\s+)?(?:[\p{L}-]+['’]s?\s+)?(?:(?:about|around|some|roughly|nearly|almost|approximately)\s+)?(?:\d[\d,.]*\s+)?(?=\p{L})/u.exec(
      text.slice(numEnd, limit),
    );
  return m ? numEnd + m[0].length - 1 : numEnd;
}

/** The text before the whole of a partitive: a count, "of", a determiner or possessor, a hedge. */
const WHOLE_OF_PARTITIVE =
  /\d\s+of\s+(?:(?:the|its|their|his|her|our|these|those|all)\s+)?(?:[\p{L}-]+['’]s?\s+)?(?:(?:about|around|some|roughly|nearly|almost|approximately)\s+)?$/u;

/** Tokens that may stand between a verb and its count ("evacuated about 212", "cost all 41"). */
const BETWEEN_POS = new Set(['ADV', 'DET', 'ADP', 'PART', 'ADJ', 'NUM', 'PRON', 'NOUN']);

/**
 * The verb of a count, as a stem: the nearest verb before the number in its clause (at most four
 * tokens back: "evacuated 212 residents", "would cut 340 jobs"), else a verb right after the counted
 * noun ("214 people evacuated", "212 residents were evacuated"), also past a short prepositional phrase
 * ("300 members at the plant walked out"). Reporting verbs ("said") do not count.
 */
function countVerb(
  { article, annotations }: AnalyzedArticle,
  from: number,
  to: number,
  s: { start: number; end: number },
): string | null {
  const tokens = annotations.tokens.filter((t) => t.start >= s.start && t.end <= s.end);
  const first = tokens.findIndex((t) => t.start >= from);
  if (first < 0) return null;
  const norm = (i: number) => verbStem(fold(article.text.slice(tokens[i].start, tokens[i].end)));
  for (let i = first - 1, n = 0; i >= 0 && n < 4; i--, n++) {
    const t = tokens[i];
    if (t.pos === 'VERB' && !REPORTING.has(norm(i))) return norm(i);
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || !BETWEEN_POS.has(t.pos)) break;
  }
  let after = tokens.findIndex((t) => t.start >= to);
  // A short place or time phrase may stand between the noun and its verb ("1,180 members at the port walked out").
  if (after >= 0 && tokens[after].pos === 'ADP') {
    let k = after + 1;
    while (k < tokens.length && k - after <= 3 && ['DET', 'NOUN', 'PROPN', 'ADJ'].includes(tokens[k].pos))
      k++;
    if (k > after + 1 && tokens[k - 1].pos !== 'DET' && tokens[k]?.pos !== 'NOUN') after = k;
  }
  for (let i = after, n = 0; i >= 0 && i < tokens.length && n < 3; i++, n++) {
    const t = tokens[i];
    if (t.pos === 'VERB' && !REPORTING.has(norm(i))) return norm(i);
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') break;
  }
  return null;
}

/** "according to" followed by a capitalised name: the sentence credits its figures to a named source. */
const CREDITED = /\baccording to (?:the )?\p{Lu}/u;

const REPORTING = new Set(
  ['said', 'say', 'told', 'tell', 'report', 'according', 'add', 'note', 'claim'].map(stem),
);

/**
 * The noun phrase right after a number: POS tags when the NLP stage gave them (adjectives/proper nouns
 * then nouns), else up to two non-stopwords, ending at the first plural-looking or known counted word.
 */
function countedNoun(
  { article, annotations }: AnalyzedArticle,
  from: number,
  limit: number,
  classOf: ReadonlyMap<string, string>,
): { words: string[]; end: number } {
  const rest = article.text.slice(from, Math.min(limit, from + 60));
  const words: string[] = [];
  let end = from;
  const tagged = annotations.tokens.filter((t) => t.start >= from && t.end <= limit).slice(0, 4);
  if (tagged.length && tagged.some((t) => t.pos !== 'X')) {
    let sawNoun = false;
    for (const t of tagged) {
      if (!/^\s*$/.test(article.text.slice(end, t.start))) break;
      const isNoun = t.pos === 'NOUN';
      if (sawNoun && !isNoun) break;
      if (!isNoun && !['ADJ', 'PROPN', 'VERB'].includes(t.pos)) break;
      if (t.pos === 'VERB' && !/ed$/.test(t.norm)) break;
      words.push(article.text.slice(t.start, t.end));
      end = t.end;
      sawNoun ||= isNoun;
      if (words.length === 3) break;
    }
    return { words, end };
  }
  for (const w of wordsOf(rest)) {
    if (!/^\s*$/.test(rest.slice(end - from, w.start)) || isStopword(fold(w.word)) || /^\d/.test(w.word))
      break;
    words.push(w.word);
    end = from + w.end;
    if (words.length === 2 || /s$/i.test(w.word) || classOf.has(stem(fold(w.word)))) break;
  }
  return { words, end };
}

function contextAround(
  text: string,
  s: number,
  e: number,
  from: number,
  to: number,
  window: number,
): Set<string> {
  const before = contentWords(text.slice(s, from)).slice(-window);
  const after = contentWords(text.slice(to, e)).slice(0, window);
  return new Set([...before, ...after].filter((w) => !/^\d/.test(w)));
}
