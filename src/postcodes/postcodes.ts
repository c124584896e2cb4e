/**
 * Danish postcodes and their towns, from the postal service's postcode file (Post Danmark,
 * as of 2020-10-17), derived by scripts/build-postcodes.js into ./table.ts.
 *
 * The table (about 4 KB gzipped) is not part of any element's own bundle: a postcode field
 * loads it with `loadPostcodes()` when it is rendered, and the server entry
 * (`raadgivning-forms/instruments`) registers it up front. Until it is there, no postcode
 * counts as known: a check never passes for want of the data.
 */
export const postcodeSource = { name: 'Post Danmark postal-code file (dk-postnumre.csv)', date: '2020-10-17' } as const;

let table: ReadonlyMap<string, string> | undefined;
let loading: Promise<ReadonlyMap<string, string>> | undefined;

/** Registers the table (the server entry does, statically). */
export function usePostcodeTable(postcodeTowns: ReadonlyMap<string, string>): void {
  table = postcodeTowns;
}

/** Loads the table once, lazily: a separate module, fetched the first time it is asked for. */
export function loadPostcodes(): Promise<ReadonlyMap<string, string>> {
  if (table) return Promise.resolve(table);
  loading ??= import('./table.js').then(
    (m) => (table = m.postcodeTowns),
    (error) => {
      loading = undefined; // Let a later render try again.
      throw error;
    },
  );
  return loading;
}

export function postcodesLoaded(): boolean {
  return table !== undefined;
}

/**
 * Whether a four-digit postcode can be where someone lives. The file's codes under 1000 are not
 * addresses: companies (0783 Facility, 0784 H&M, 0785 Bestseller, 0800 Høje Taastrup), post
 * boxes (0900, 0999 København C), parcel centres (0913, 0914, 0917 Københavns Pakkecenter) and
 * 0960 Udland (abroad). Address postcodes start at 1000.
 */
export const isAddressPostcode = (code: string): boolean => code >= '1000';

/** The town of a known postcode; undefined for an unknown one, or while the table is not loaded. */
export function townOf(postcode: unknown): string | undefined {
  return typeof postcode === 'string' ? table?.get(postcode) : undefined;
}
