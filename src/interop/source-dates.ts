/**
 * Date fields of event data, checked rather than trusted: GDELT writes YYYYMMDD and
 * YYYYMMDDHHMMSS, ICEWS and PLOVER YYYY-MM-DD. An impossible date (2018-02-30) is a bad row.
 *
 * @example
 *   compactDate('20200318')        // '2020-03-18'
 *   compactDate('20200318104500')  // '2020-03-18'
 *   isoDate('2018-06-01')          // '2018-06-01'
 *   isoDate('2018-13-01')          // null
 */

/** YYYY-MM-DD when it names a real calendar day, else null. */
export function isoDate(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d ? m.slice(1, 4).join('-') : null;
}

/** GDELT's YYYYMMDD or YYYYMMDDHHMMSS → YYYY-MM-DD, or null. */
export function compactDate(text: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{6})?$/.exec(text.trim());
  return m ? isoDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
}
