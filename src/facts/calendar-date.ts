/**
 * True for a real calendar day written YYYY-MM-DD ("2022-02-30" and "2022-13-01" are not).
 *
 * @example
 *   isCalendarDate('2024-02-29') // true
 *   isCalendarDate('2023-02-29') // false
 */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  // Read by arithmetic (the proleptic Gregorian calendar Date.parse reads, year 0000 a leap year):
  // the facts check asks it of every date of every document.
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1]);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The definition isCalendarDate answers by arithmetic: the date as Date.parse and toISOString read it (for the tests). */
export function isCalendarDateByParse(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}
