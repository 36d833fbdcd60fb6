/**
 * Number claims: a number with what it counts ("149 dead", "15,000 Soviet lives", "about 17 countries",
 * "$2 million"). Years and numbers inside date expressions are not counts and are skipped.
 */
import type { AnalyzedArticle } from '../model/annotations.ts';
import type { Claim } from '../model/claim.ts';
import type { Statement } from './collect-statements.ts';
import { contentWords, fold, isStopword, stem, wordsOf } from './content-words.ts';

/** A number claim with what alignment needs: the counted noun's class, its modifiers and nearby words. */
export interface NumberClaim {
  claim: Claim;
  num: number;
  /** Stems of the words before the counted noun ("soviet" in "15,000 Soviet lives"). */
  modifiers: string[];
  /** Content words around the number (the number itself excluded). */
  context: Set<string>;
}

/** Options of number extraction (from `config.reconcile`). */
export interface NumberOptions {
  countSynonyms: ReadonlyArray<readonly string[]>;
  contextWindow: number;
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
      const noun = countedNoun(analyzed, numEnd, s.end, classOf);
      if (noun.words.length === 0 && !currency) continue;
      const head = noun.words.length ? stem(fold(noun.words.at(-1)!)) : (CURRENCY[currency] ?? 'money');
      const cls = currency ? `money:${CURRENCY[currency] ?? currency}` : (classOf.get(head) ?? head);
      const num = Number.parseFloat(digits.replace(/,/g, '')) * (scale ? SCALE[scale.toLowerCase()] : 1);
      const end = Math.max(noun.end, numEnd);
      const label = noun.words.length ? noun.words.join(' ').toLowerCase() : 'money';
      out.push({
        claim: {
          kind: 'number',
          key: `count:${cls}`,
          topic: `number of ${label}`,
          value: currency ? `${currency}${num}` : String(num),
          citation: { article: s.article, start: hedge ? s.start + m.index : start, end },
          outlet: s.outlet,
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
