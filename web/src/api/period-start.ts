/**
 * The first day of the period a date falls in, as the API's `dyad` names periods: the Monday of
 * its ISO week, the 1st of its month, or the 1st of January.
 *
 * @example periodStart('2022-03-02', 'WEEK') === '2022-02-28'
 */
export function periodStart(date: string, interval: 'WEEK' | 'MONTH' | 'YEAR'): string {
  if (interval === 'YEAR') return `${date.slice(0, 4)}-01-01`;
  if (interval === 'MONTH') return `${date.slice(0, 7)}-01`;
  const day = new Date(`${date}T00:00:00Z`);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - sinceMonday);
  return day.toISOString().slice(0, 10);
}

/** The first day of the next period. */
export function nextPeriod(period: string, interval: 'WEEK' | 'MONTH' | 'YEAR'): string {
  const day = new Date(`${period}T00:00:00Z`);
  if (interval === 'WEEK') day.setUTCDate(day.getUTCDate() + 7);
  else if (interval === 'MONTH') day.setUTCMonth(day.getUTCMonth() + 1);
  else day.setUTCFullYear(day.getUTCFullYear() + 1);
  return day.toISOString().slice(0, 10);
}

/**
 * The buckets with the periods the API leaves out (no contacts) put back as zeros, from the
 * first bucket to the last. Past `max` periods the buckets are returned as they are, so a
 * decade of weeks stays drawable.
 *
 * @example fillPeriods([{ period: '2022-01-01', count: 2 }, { period: '2022-03-01', count: 1 }], 'MONTH')
 *   // → Jan 2, Feb 0, Mar 1
 */
export function fillPeriods(buckets: { period: string; count: number }[], interval: 'WEEK' | 'MONTH' | 'YEAR', max = 600): { period: string; count: number }[] {
  if (buckets.length < 2) return buckets;
  const counts = new Map(buckets.map((b) => [b.period, b.count]));
  const last = buckets[buckets.length - 1].period;
  const out: { period: string; count: number }[] = [];
  for (let p = buckets[0].period; p <= last; p = nextPeriod(p, interval)) {
    if (out.length === max) return buckets;
    out.push({ period: p, count: counts.get(p) ?? 0 });
  }
  return out;
}
