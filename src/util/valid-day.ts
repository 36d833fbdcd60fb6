/**
 * The calendar check every date reader shares: a real day (no February 30, no month 13) in a plausible
 * news year (1900–2100: not 1066, not +275760, which `Date.parse` happily reads).
 */
export function validDay(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}
