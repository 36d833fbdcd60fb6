/**
 * Clock-time disputes: two outlets give different clock times for one moment of one event ("the blaze
 * broke out about 8.40pm" / "the fire broke out in the roof at 8.49pm"). Precision first, a time is a
 * claim only when its clause says what happened at it and to what:
 * - the time is written with `am`/`pm`, or as a 24-hour time past noon ("20:49"), or with a zone
 *   label ("2045 GMT"); it is told "at" or with a hedge ("about", "around", "approximately"), never as
 *   a bound ("until", "by", "before", "after", "since", "from", "between");
 * - its event is the nearest verb before it in its clause, with its particle ("broke out"), told as a
 *   report (no "will", "would", "could" … before the verb);
 * - its subject is the noun before that verb (a ", which …," clause skipped; for a relative "…, which
 *   broke out", the noun before the comma), in its class of event nouns ("fire" = "blaze"); a time
 *   without a noun subject is no claim, nor one of several ("a second fire", "another blast").
 * Two times dispute only when event verb, subject class and zone label are the same (a 12-hour local
 * time and "GMT" may be an hour apart by the season), no sentence dates them to different days, and
 * they are more than their tolerances apart: an exact time has none, a hedged one is rounded to the
 * nearest five minutes (`clockHedgeMinutes`), so "about 8.40pm" holds 8.35 to 8.45 and disputes
 * "8.49pm", while "about 8.45pm" does not. Times an hour or more apart (`clockMaxGapMinutes`) are
 * other moments or a zone offset, not two readings. A group is shown only with exactly two clusters
 * of compatible times, each from outlets that give no time of the other cluster.
 */
import type { AnalyzedArticle, Token } from '../model/annotations.ts';
import type { Claim } from '../model/claim.ts';
import type { DisputeFinding } from '../model/findings.ts';
import { fold, stem, verbStem } from '../text/index.ts';
import type { Statement } from './collect-statements.ts';
import { disputeOfClaims, outletsApart } from './dispute-values.ts';

/** Options of clock-time disputes (from `config.reconcile`). */
export interface ClockOptions {
  clockHedgeMinutes: number;
  clockMaxGapMinutes: number;
  /** Nouns of one kind of event ("fire", "blaze"), so the subjects of two clauses may be one. */
  eventNounSynonyms: ReadonlyArray<readonly string[]>;
}

/** A clock time told of an event. */
export interface ClockClaim {
  claim: Claim;
  /** Minutes after midnight. */
  minutes: number;
  /** Minutes either side the text allows (a hedge's rounding). */
  tolerance: number;
  /** The zone label written with it ("GMT"), or ''. */
  zone: string;
  /** Its event: verb stem and particle ("break out"). */
  event: string;
  /** Its subject's class (the stem of the first noun of its event noun group, or its own stem). */
  subject: string;
  /** The day its sentence dates (`YYYY-MM-DD`), when it dates one. */
  day: string | null;
}

const TIME =
  /\b(at\s+)?(?:(about|around|approximately|roughly|some)\s+)?(\d{1,2})(?:([.:])(\d{2})|(\d{2})(?=\s+(?:GMT|UTC)\b))(?:\s*([ap])(?:\.m\.|m\b))?(?:\s+(GMT|UTC|BST|CET|CEST|[ECMP][SD]T)\b)?/gi;
const BOUND = /\b(?:until|till|by|before|after|since|from|between|to|and|or|than|past)\s+$/i;
const MODAL = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'shall', 'must']);
const PARTICLE = new Set(['out', 'up', 'off', 'down', 'in', 'over']);
/** Words that make an event noun one of several ('a second fire', 'another blaze', 'the first blast'). */
const ONE_OF_SEVERAL = new Set([
  'another',
  'second',
  'third',
  'first',
  'new',
  'separate',
  'further',
  'other',
  'earlier',
  'later',
  'latest',
]);
const CLAUSE_END = new Set([';', ':', '"', '“', '”', '(', ')']);

/** Reads the clock times of the statements that are told of an event with a noun subject. */
export function extractClockTimes(
  statements: Statement[],
  items: ReadonlyMap<string, AnalyzedArticle>,
  options: ClockOptions,
): ClockClaim[] {
  const classOf = new Map<string, string>();
  for (const group of options.eventNounSynonyms) for (const w of group) classOf.set(stem(w), stem(group[0]));
  const out: ClockClaim[] = [];
  for (const s of statements) {
    const analyzed = items.get(s.article);
    if (!analyzed) continue;
    const { text } = analyzed.article;
    const sentence = text.slice(s.start, s.end);
    const tokens = analyzed.annotations.tokens.filter((t) => t.start >= s.start && t.end <= s.end);
    const days = analyzed.annotations.dates
      .filter((d) => d.start < s.end && d.end > s.start && d.value.length === 10)
      .map((d) => d.value);
    for (const m of sentence.matchAll(TIME)) {
      const [, at, hedge, h, sep, mm, mm4, ampm, zone] = m;
      if (!at && !hedge) continue;
      const start = s.start + m.index! + (at ? at.length : 0);
      const end = s.start + m.index! + m[0].length;
      if (
        BOUND.test(
          text.slice(Math.max(s.start, start - 12 - (at ? at.length : 0)), start - (at ? at.length : 0)),
        )
      )
        continue;
      // Not a decimal or a score: nothing of a figure right after it.
      if (/^[\d%,]|^\.\d/.test(text.slice(end, end + 2))) continue;
      const hour = Number(h);
      const minute = Number(mm ?? mm4);
      if (minute > 59) continue;
      let minutes: number;
      if (ampm) {
        if (hour < 1 || hour > 12) continue;
        minutes = ((hour % 12) + (ampm.toLowerCase() === 'p' ? 12 : 0)) * 60 + minute;
      } else {
        // A 24-hour time: past noon ("20:49"), or with a zone label; "8.49" alone may be a figure.
        if (hour > 23 || (!zone && (sep !== ':' || hour < 13))) continue;
        minutes = hour * 60 + minute;
      }
      const told = eventOf(tokens, start, classOf);
      if (!told) continue;
      out.push({
        claim: {
          kind: 'number',
          key: `time:${told.event}|${told.subject}|${zone?.toUpperCase() ?? ''}`,
          topic: `time the ${told.subjectText} ${told.verbText}`,
          value: text.slice(start, end).trim(),
          amount: `time:${minutes}`,
          citation: { article: s.article, start, end },
          outlet: s.source,
          statement: { article: s.article, start: s.start, end: s.end },
          approximate: Boolean(hedge),
        },
        minutes,
        tolerance: hedge ? options.clockHedgeMinutes : 0,
        zone: zone?.toUpperCase() ?? '',
        event: told.event,
        subject: told.subject,
        day: days.length === 1 ? days[0] : null,
      });
    }
  }
  return out;
}

/** The event verb (with particle) and noun subject of the clause before a time, or null. */
function eventOf(
  tokens: Token[],
  at: number,
  classOf: ReadonlyMap<string, string>,
): { event: string; verbText: string; subject: string; subjectText: string } | null {
  let i = tokens.findLastIndex((t) => t.end <= at);
  let verb = -1;
  for (let n = 0; i >= 0 && n < 14; i--, n++) {
    const t = tokens[i];
    if (CLAUSE_END.has(t.norm)) return null;
    if (t.pos === 'VERB') {
      verb = i;
      break;
    }
  }
  if (verb < 0) return null;
  // Told as a possibility or a plan: no report of a time.
  for (let k = verb - 1; k >= Math.max(0, verb - 3); k--) if (MODAL.has(tokens[k].norm)) return null;
  const next = tokens[verb + 1];
  const particle =
    next && PARTICLE.has(next.norm) && ['ADP', 'PART', 'ADV'].includes(next.pos) ? next.norm : '';
  // The subject: the noun before the verb, past auxiliaries and adverbs and a ", which …," clause.
  let k = verb - 1;
  while (k >= 0 && ['AUX', 'ADV', 'PART'].includes(tokens[k].pos)) k--;
  if (tokens[k]?.norm === ',') {
    let j = k - 1;
    while (j >= 0 && j > k - 14 && tokens[j].norm !== ',') j--;
    if (j >= 0 && tokens[j].norm === ',' && ['which', 'who', 'that'].includes(tokens[j + 1]?.norm)) k = j - 1;
    else return null;
  }
  // A relative clause's subject ("the blaze, which broke out"): the noun the pronoun follows.
  if (['which', 'that'].includes(tokens[k]?.norm) && tokens[k - 1]?.norm === ',') k -= 2;
  const noun = tokens[k];
  if (!noun || (noun.pos !== 'NOUN' && noun.pos !== 'PROPN')) return null;
  // "a second fire", "another blaze": one of several events, whose times are not readings of one.
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) if (ONE_OF_SEVERAL.has(tokens[j].norm)) return null;
  const own = stem(fold(noun.norm));
  const verbText = particle ? `${tokens[verb].norm} ${particle}` : tokens[verb].norm;
  return {
    event: `${verbStem(tokens[verb].norm)}${particle ? ` ${particle}` : ''}`,
    verbText,
    subject: classOf.get(own) ?? own,
    subjectText: noun.norm,
  };
}

/** Groups clock times of one event and subject and returns those that two outlets give apart. */
export function findClockDisputes(times: ClockClaim[], options: ClockOptions): DisputeFinding[] {
  const byKey = new Map<string, ClockClaim[]>();
  for (const t of times) {
    const list = byKey.get(t.claim.key) ?? [];
    list.push(t);
    byKey.set(t.claim.key, list);
  }
  const out: DisputeFinding[] = [];
  for (const group of byKey.values()) {
    if (new Set(group.map((t) => t.claim.outlet)).size < 2) continue;
    // Clusters of compatible times (single linkage: gap within both tolerances).
    const sorted = [...group].sort((a, b) => a.minutes - b.minutes);
    const clusters: ClockClaim[][] = [[sorted[0]]];
    for (const t of sorted.slice(1)) {
      const last = clusters.at(-1)!;
      if (last.some((x) => t.minutes - x.minutes <= t.tolerance + x.tolerance)) last.push(t);
      else clusters.push([t]);
    }
    if (clusters.length !== 2) continue;
    const [a, b] = clusters;
    if (b[0].minutes - a.at(-1)!.minutes >= options.clockMaxGapMinutes) continue;
    if (
      !outletsApart(
        a.map((t) => t.claim),
        b.map((t) => t.claim),
      )
    )
      continue;
    if (a.some((x) => b.some((y) => x.day && y.day && x.day !== y.day))) continue;
    out.push(
      disputeOfClaims(
        group.map((t) => t.claim),
        'independent outlets give different clock times for the same moment of the event',
      ),
    );
  }
  return out;
}
