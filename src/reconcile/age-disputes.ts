/**
 * Age disputes: two outlets give one person different ages ("Helga Marrow, 54," / "45-year-old Helga
 * Marrow"). Precision first, an age is a claim only when it is written in apposition to a person's
 * full name (two words or more: a surname alone may be any of a family) right after it ("Name, 54,",
 * "Name (54)") or as "54-year-old Name", in a sentence that dates nothing to another year than its
 * article's (a background "in 2009, Name, 37," is an age at another time). Ages dispute only for one
 * merged person entity (spellings merged), from outlets that give no age of the other side, in
 * articles published within `ageMaxDaysApart` days when both dates are known (a birthday between two
 * reports is no dispute: one year apart needs articles within a week; without both dates, two years
 * apart or more), and exactly two values.
 */
import type { AnalyzedArticle } from '../model/annotations.ts';
import type { Claim } from '../model/claim.ts';
import type { DisputeFinding } from '../model/findings.ts';
import type { Statement } from './collect-statements.ts';
import { disputeOfClaims, outletsApart } from './dispute-values.ts';

/** An age told of one person entity. */
export interface AgeClaim {
  claim: Claim;
  age: number;
  entity: string;
  published: string | null;
}

/** Reads the ages written in apposition to a person's full name in the statements. */
export function extractAges(
  statements: Statement[],
  items: ReadonlyMap<string, AnalyzedArticle>,
  entityOf: ReadonlyMap<string, string>,
  entityName: ReadonlyMap<string, string>,
): AgeClaim[] {
  const out: AgeClaim[] = [];
  for (const s of statements) {
    const analyzed = items.get(s.article);
    if (!analyzed) continue;
    const { article, annotations } = analyzed;
    const text = article.text;
    const year = article.published?.slice(0, 4);
    // A sentence dated to another year tells an age at another time.
    const otherYear = annotations.dates.some(
      (d) => d.start < s.end && d.end > s.start && (!year || d.value.slice(0, 4) !== year),
    );
    if (otherYear || /\b(?:then|at the time|when (?:he|she) was)\b/i.test(s.text)) continue;
    for (const m of annotations.mentions) {
      if (m.kind !== 'person' || m.start < s.start || m.end > s.end) continue;
      if (m.text.trim().split(/\s+/).length < 2) continue;
      const entity = entityOf.get(`${s.article}:${m.start}`);
      if (!entity) continue;
      const after = /^(?:,\s*(\d{1,3}),|\s*\((\d{1,3})\))/.exec(
        text.slice(m.end, Math.min(s.end, m.end + 8)),
      );
      const before = /\b(\d{1,3})-year-old\s+$/.exec(text.slice(Math.max(s.start, m.start - 16), m.start));
      const found = after
        ? { value: after[1] ?? after[2], start: m.end + after[0].search(/\d/) }
        : before
          ? { value: before[1], start: Math.max(s.start, m.start - 16) + before.index }
          : null;
      if (!found) continue;
      const age = Number(found.value);
      if (age < 1 || age > 115) continue;
      const { start } = found;
      out.push({
        claim: {
          kind: 'number',
          key: `age:${entity}`,
          topic: `age of ${entityName.get(entity) ?? m.text}`,
          value: found.value,
          amount: `age:${age}`,
          citation: { article: s.article, start, end: start + found.value.length },
          outlet: s.source,
          statement: { article: s.article, start: s.start, end: s.end },
        },
        age,
        entity,
        published: article.published ?? null,
      });
    }
  }
  return out;
}

/** Ages of one person that two outlets give apart. */
export function findAgeDisputes(ages: AgeClaim[], options: { ageMaxDaysApart: number }): DisputeFinding[] {
  const byEntity = new Map<string, AgeClaim[]>();
  for (const a of ages) {
    const list = byEntity.get(a.entity) ?? [];
    list.push(a);
    byEntity.set(a.entity, list);
  }
  const out: DisputeFinding[] = [];
  for (const group of byEntity.values()) {
    const values = [...new Set(group.map((a) => a.age))];
    if (values.length !== 2) continue;
    const sides = values.map((v) => group.filter((a) => a.age === v));
    if (!outletsApart(...(sides.map((side) => side.map((a) => a.claim)) as [Claim[], Claim[]]))) continue;
    const gap = Math.abs(values[0] - values[1]);
    const maxDays = gap === 1 ? 7 : options.ageMaxDaysApart;
    // Without both publication dates, only ages two or more years apart (no birthday between).
    const apart = sides[0].some((x) =>
      sides[1].some((y) =>
        !x.published || !y.published
          ? gap < 2
          : Math.abs(Date.parse(x.published) - Date.parse(y.published)) / 86_400_000 > maxDays,
      ),
    );
    if (apart) continue;
    out.push(
      disputeOfClaims(
        group.map((a) => a.claim),
        'independent outlets give the same person different ages',
      ),
    );
  }
  return out;
}
