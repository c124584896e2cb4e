// Typing an amount (a field whose meta says `format: 'amount'`): "12.500", "12 500" and
// "12.500 kr." are 12500 in Danish, "12,500" in English (format.ts reads them). The reader is a
// chunk of its own, asked for when an amount field first shows in a form, so neither a form
// without one nor a report loads it. Until it is there (a moment after the field shows), the
// form's own reading applies: digits are the number, so "12500" typed at once is still 12500.
import type { FieldMeta, TextInput } from '../engine/meta.js';

let reader: typeof import('./amount-reader.js') | undefined;
let loading: Promise<unknown> | undefined;

/** One amount field's input: it remembers how each answer was typed in it. */
export function amountInput(): TextInput {
  const typed = new Map<string, string>();
  return {
    read: (text) => reader?.read(text, typed),
    text(answer) {
      loading ??= import('./amount-reader.js').then((m) => (reader = m));
      return reader?.text(answer, typed) ?? String(answer ?? '');
    },
  };
}

/** The amount's own error message, once the reader (which words it) is there. */
export const amountMessages = {
  get integer() {
    return reader?.message;
  },
} as FieldMeta['messages'];
