/**
 * CSV as spreadsheets read it (RFC 4180): fields with commas, quotes or line breaks are quoted,
 * quotes doubled, lines end in CRLF. Text cells starting with = + - @ get a leading ' so a
 * spreadsheet does not run them as formulas.
 *
 * @example toCsv(['period', 'count'], [['2022-03-01', 3]]) === 'period,count\r\n2022-03-01,3\r\n'
 */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

function cell(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
