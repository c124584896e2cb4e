import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The postal service's postcode file, kept in the repository (`data/`; see data/README.md). */
export const defaultSource = fileURLToPath(new URL('../data/dk-postnumre.csv', import.meta.url));

/**
 * Reads dk-postnumre.csv (semicolon-separated, UTF-8 with BOM, CRLF) into rows of the named
 * columns, in file order. Stops when a column is missing: the file's layout changed.
 */
export function readPostcodeFile(source, columns) {
  const lines = readFileSync(source, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  const header = lines.shift().split(';');
  const index = columns.map((name) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${source}: no column ${name}`);
    return i;
  });
  return lines.map((line) => {
    const cells = line.split(';');
    return index.map((i) => cells[i]);
  });
}
