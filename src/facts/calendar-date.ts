/**
 * True for a real calendar day written YYYY-MM-DD ("2022-02-30" and "2022-13-01" are not).
 *
 * @example
 *   isCalendarDate('2024-02-29') // true
 *   isCalendarDate('2023-02-29') // false
 */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}
