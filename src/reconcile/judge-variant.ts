/**
 * Likely errors: which variant of a dispute is probably wrong, and why in words. Four tests:
 * a weekday that does not fit its date, an event dated long before the article's own publication,
 * a date its own article contradicts (another year plus a span of years), and one outlet against all
 * the others.
 */
import type { AnalyzedArticle } from '../model/annotations.ts';
import type { Claim } from '../model/claim.ts';
import { daysApart, gapInWords, spanOf, weekdayOf } from './dates.ts';
import { contradictsOwnYears } from './own-arithmetic.ts';

/** A variant judged a likely error. */
export interface LikelyError {
  article: string;
  value: string;
  reason: string;
}

/**
 * Judges the clusters of an event-date dispute. The cluster with the most evidence against it
 * (weekday mismatches, dates long before publication, being alone against two or more outlets) is
 * the likely error; none when no cluster has evidence or two tie. `items` (by article id) lets the
 * judge read each claim's own article for years that contradict it.
 */
export function judgeDates(
  clusters: string[][],
  claims: Claim[],
  published: ReadonlyMap<string, string | null>,
  maxAgeDays: number,
  items?: ReadonlyMap<string, AnalyzedArticle>,
): LikelyError | null {
  const verdicts = clusters.map((values) => {
    const own = claims.filter((c) => values.includes(c.value));
    const others = claims.filter((c) => !values.includes(c.value));
    const otherValues = [...new Set(others.map((c) => c.value))];
    const reasons: string[] = [];
    for (const c of own) {
      const real = weekdayOf(c.value);
      if (c.weekday && real && real !== c.weekday) {
        const fits = otherValues.filter((v) => weekdayOf(v) === c.weekday);
        reasons.push(
          `"${c.weekday}" does not fit ${c.value}, which was a ${real}` +
            (fits.length ? ` (${fits.join(', ')} ${fits.length > 1 ? 'were' : 'was'} a ${c.weekday})` : ''),
        );
      }
      const item = items?.get(c.citation.article);
      const own = item && contradictsOwnYears(c, otherValues, item);
      if (own) reasons.push(own);
      const pub = published.get(c.citation.article)?.slice(0, 10);
      const span = spanOf(c.value);
      const pubSpan = pub ? spanOf(pub) : null;
      if (pub && span && pubSpan && span[1] < pubSpan[0] && daysApart(c.value, pub) > maxAgeDays) {
        const othersRecent = others.some((o) => {
          const op = published.get(o.citation.article);
          return op ? daysApart(o.value, op.slice(0, 10)) <= maxAgeDays : false;
        });
        if (othersRecent)
          reasons.push(
            `the article was published on ${pub}, ${gapInWords(daysApart(c.value, pub))} after the date it gives, while other outlets date the event ${otherValues.join(' / ')}`,
          );
      }
    }
    const ownOutlets = new Set(own.map((c) => c.outlet));
    const otherOutlets = new Set(others.map((c) => c.outlet).filter((o) => !ownOutlets.has(o)));
    if (ownOutlets.size === 1 && otherOutlets.size >= 2)
      reasons.push(`all ${otherOutlets.size} other outlets that date it give ${otherValues.join(' / ')}`);
    return { own, reasons: [...new Set(reasons)] };
  });
  const ranked = verdicts
    .filter((v) => v.reasons.length > 0)
    .sort((a, b) => b.reasons.length - a.reasons.length);
  if (ranked.length === 0 || (ranked[1] && ranked[1].reasons.length === ranked[0].reasons.length))
    return null;
  const first = ranked[0].own[0];
  return { article: first.citation.article, value: first.value, reason: ranked[0].reasons.join('; ') };
}

/**
 * Judges a number dispute from its value clusters (values that agree, hedges included): a value given
 * by one outlet while two or more others agree on another is the likely error; when its digits are
 * those of the majority value reordered ("430" against "340"), the reason says so.
 */
export function judgeMajority(clusters: Claim[][]): LikelyError | null {
  if (clusters.length !== 2) return null;
  const outlets = (g: Claim[]) => new Set(g.map((c) => c.outlet));
  const [low, top] = [...clusters].sort((a, b) => outlets(a).size - outlets(b).size);
  if (outlets(low).size !== 1 || outlets(top).size < 2) return null;
  const exact = top.filter((c) => !c.approximate);
  const topValue = (exact.length ? exact : top)[0].value;
  const claim = low.find((c) => !c.approximate) ?? low[0];
  const digits = (v: string) => [...v.replace(/\D/g, '')].sort().join('');
  // Only numbers can have transposed digits: names and words have none to compare.
  const transposed =
    /\d/.test(claim.value) &&
    /\d/.test(topValue) &&
    claim.value !== topValue &&
    digits(claim.value) === digits(topValue) &&
    claim.value.replace(/\d/g, '') === topValue.replace(/\d/g, '');
  return {
    article: claim.citation.article,
    value: claim.value,
    reason:
      `${outlets(top).size} other outlets agree on ${topValue}; only one outlet gives ${claim.value}` +
      (transposed ? ` (the same digits as ${topValue} in another order: likely transposed)` : ''),
  };
}
