// axe-core ships as a UMD script: loaded for its side effect, it sets window.axe.
import 'axe-core/axe.min.js';
import type { AxeResults, Result } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element, options: object): Promise<AxeResults> };
  }
}

/** The WCAG 2.1 A and AA rules: the level the product promises. */
export const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe over an element (shadow DOM included) and returns its violations, readably. */
export async function axeViolations(element: Element): Promise<string[]> {
  const results = await window.axe.run(element, { runOnly: { type: 'tag', values: wcag21aa }, resultTypes: ['violations'] });
  return results.violations.map(
    (v: Result) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
