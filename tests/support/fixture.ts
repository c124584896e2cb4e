import type { Answers } from '../../src/engine/instrument.js';

/** What the shared form-control suite needs to know about an instrument element. */
export interface FormFixture {
  readonly tag: string;
  /** Attributes every instance in the suite gets (`part="advisor"`, say); none by default. */
  readonly attributes?: Readonly<Record<string, string>>;
  readonly title: { readonly da: string; readonly en: string };
  /** A complete, valid set of answers. */
  readonly complete: Answers;
  /** Fields that an empty submit reports, in order. */
  readonly requiredOnEmpty: readonly string[];
  readonly invalidPrefill: {
    readonly value: unknown;
    /** The answers of `value` that are valid and must survive. */
    readonly kept: Answers;
    readonly problemFields: readonly string[];
  };
  /** One question's wording, verbatim, in both languages. */
  readonly question: { readonly id: string; readonly da: string; readonly en: string };
}
