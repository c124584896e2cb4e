import { z } from './zod.js';

/** Wording is a function, called at render time, so a locale switch re-renders it. */
export type Text = () => string;

export type Widget = 'radio' | 'checkbox' | 'integer' | 'text' | 'textarea' | 'date';

/** A field is shown only while another field has a given answer. */
export type Condition =
  | { readonly field: string; readonly equals: string }
  | { readonly field: string; readonly includes: string };

export interface FieldMeta {
  readonly label: Text;
  readonly hint?: Text;
  /** Overrides the widget read from the schema (a long text as a textarea, say). */
  readonly widget?: Widget;
  /** Label per answer code, in display order. */
  readonly options?: Readonly<Record<string, Text>>;
  /** Id of the section the field belongs to. */
  readonly section?: string;
  /** Shown only while the condition holds; its answer is dropped while it does not. */
  readonly when?: Condition;
  /** With `when`: the field must be answered whenever it is shown. */
  readonly requiredWhenShown?: boolean;
  /** A live note under a text field, worked out from its answer as it is typed (a postcode's town, say). */
  readonly note?: (value: unknown) => string | undefined;
  /**
   * How an integer reads: `amount` is whole kroner, shown "12.500 kr." and typed as a reader
   * writes it ("12.500", "12 500"); see src/localization/format.ts.
   */
  readonly format?: 'amount';
  /**
   * How a text field's text becomes its answer, and which text shows for an answer, where the
   * form's own reading (a whole number as digits) is not enough: an amount's "12.500".
   */
  readonly input?: TextInput;
  /** Messages for the field's own checks, by error code: `invalid_format`, or a custom check's `params.rule`. */
  readonly messages?: Readonly<Record<string, Text>>;
}

/** See `FieldMeta.input`. */
export interface TextInput {
  /**
   * The answer for what is typed: a text that does not read as one is kept as it is, to be
   * flagged; undefined leaves it to the form's own reading (while a lazy reader loads).
   */
  read(text: string): unknown;
  /** The text to show for an answer: what the user typed, as long as it reads as that answer. */
  text(answer: unknown): string;
}

/**
 * The project's own registry for form metadata. The global zod registry is the host
 * application's: we keep ours apart, as zod recommends for libraries.
 */
export const fieldMeta = z.registry<FieldMeta>();
