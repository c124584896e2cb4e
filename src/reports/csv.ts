/**
 * A table as CSV, in one of two dialects:
 * - `excel-da` (default for Danish): what Danish Excel opens as it is: `;` between cells (the
 *   comma is the Danish decimal separator), numbers with a decimal comma (`62,2`, so `15.4` is
 *   never read as a date), UTF-8 byte-order mark, CRLF.
 * - `rfc4180` (default otherwise): RFC 4180, `,` between cells and `.` decimals, what English
 *   Excel, R, pandas and databases read; with the BOM too, as Excel needs it to read æøå.
 * Either way a cell is quoted when it holds the separator, `"`, a line break or leading/trailing
 * space, and a text cell starting with = + - @ (or tab/CR) gets a leading ' so a spreadsheet does
 * not run it as a formula: residents' free-text comments go into exports.
 */
export type CsvDialect = 'excel-da' | 'rfc4180';
export type CsvCell = string | number | null | undefined;

/** The dialect a reader in this locale's Excel opens without an import dialog. */
export const dialectFor = (locale: string): CsvDialect => (locale.startsWith('da') ? 'excel-da' : 'rfc4180');

export function toCsv(rows: readonly (readonly CsvCell[])[], options: { dialect?: CsvDialect } = {}): string {
  const danish = (options.dialect ?? 'excel-da') === 'excel-da';
  const sep = danish ? ';' : ',';
  const needsQuotes = danish ? /[;"\r\n]|^\s|\s$/ : /[,"\r\n]|^\s|\s$/;
  const cell = (value: CsvCell) => {
    if (value === null || value === undefined) return '';
    if (typeof value === 'number') return danish ? String(value).replace('.', ',') : String(value);
    let s = value;
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return needsQuotes.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return '\uFEFF' + rows.map((row) => row.map(cell).join(sep)).join('\r\n') + '\r\n';
}
