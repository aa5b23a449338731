/**
 * A period's name as a reader says it, short for an axis tick and long for a tooltip. Periods are
 * named by their first day, as the API's `dyad` gives them (period-start.ts).
 *
 * @example
 *   periodLabel('2022-03-01', 'MONTH');        // 'Mar 2022'
 *   periodLabel('2022-02-28', 'WEEK', true);   // 'week of 28 Feb 2022'
 *   periodLabel('2022-01-01', 'YEAR');         // '2022'
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const FULL_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function periodLabel(period: string, interval: 'WEEK' | 'MONTH' | 'YEAR', long = false): string {
  const [year, month, day] = period.split('-');
  const m = Number(month) - 1;
  if (interval === 'YEAR') return year;
  if (interval === 'MONTH') return `${(long ? FULL_MONTHS : MONTHS)[m]} ${year}`;
  return `${long ? 'week of ' : ''}${Number(day)} ${MONTHS[m]} ${year}`;
}
