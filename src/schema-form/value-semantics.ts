// What host frameworks expect of a `value` property (issue 13): setting an equal value again
// changes nothing, and a value set before the element was defined is not lost.

/**
 * Re-sets a property the host set on the element before its class was defined (a script that
 * runs before the module): that made an own data property, which hides the class's accessor.
 * The standard upgrade pattern: take it off and set it again, through the accessor. Lit does
 * this for its reactive properties, not for an accessor of our own such as `value`.
 */
export function upgradeProperty(element: object, name: string): void {
  if (!Object.hasOwn(element, name)) return;
  const target = element as Record<string, unknown>;
  const value = target[name];
  delete target[name];
  target[name] = value;
}

/**
 * A copy of a value as it was set, to compare the next one with: a host may change the same
 * object in place and set it again, and that is a new value. Undefined when it cannot be
 * copied (a function inside, say): then every setting counts as new.
 */
export function snapshot(value: unknown): { readonly value: unknown } | undefined {
  try {
    return { value: structuredClone(value) };
  } catch {
    return undefined;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep equality of JSON-like values (the key order of objects does not matter). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
}
