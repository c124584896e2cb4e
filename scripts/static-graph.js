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
