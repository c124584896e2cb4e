/**
 * A table as CSV that Danish Excel opens as it is: UTF-8 with a byte-order mark, `;` between
 * cells (the comma is the Danish decimal separator), CRLF line ends, and a cell quoted when it
 * holds `;`, `"`, a line break or leading/trailing space. A cell that starts with = + - @ is
 * prefixed with ' so a spreadsheet does not run it as a formula.
 */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const cell = (value: string | number | null | undefined) => {
    if (value === null || value === undefined) return '';
    let s = String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[;"\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return '\uFEFF' + rows.map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n';
}
