import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A bundle and every chunk it imports statically: what a page loads before the form can
 * render. Lazily imported chunks (`import()`) are left out. Used by the size budget and the
 * benchmark, so both count the same bytes.
 */
export function staticGraph(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const m of code.matchAll(/(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    staticGraph(join(dirname(entry), m[1]), seen);
  }
  return seen;
}

/**
 * The translation chunks (locales/<locale>/) that the files import lazily: what a page fetches
 * when it switches language. Counted with the bundle, which then holds both languages.
 */
export function translationChunks(files) {
  const chunks = new Set();
  for (const file of files) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\bimport\(\s*["'](\.{1,2}\/(?:[^"']*\/)?locales\/[^"']+)["']\s*\)/g)) {
      chunks.add(join(dirname(file), m[1]));
    }
  }
  return [...chunks].filter((f) => !files.includes(f));
}
