import { z } from './zod.js';
import type { Group } from './instrument.js';

/**
 * A group of repeated rows (see `Group`), with its answer's schema: optional, at most `max` rows,
 * each a strict object of the row's fields (a misspelt key is an error), kept in order.
 */
export const group = (definition: Omit<Group, 'schema'>): Group => ({
  ...definition,
  schema: z.optional(z.array(z.strictObject(definition.shape)).check(z.maxLength(definition.max))),
});
