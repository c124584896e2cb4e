// The instruments as data: usable in Node, with no DOM, for server-side validation.
export { status } from './status.js';
export { codebookVersion } from './codebook.js';
export { defineInstrument, field, type Instrument, type InstrumentDefinition, type Rule, type Section, type Answers } from '../engine/instrument.js';
export { fieldMeta, type FieldMeta, type Condition, type Widget, type Text } from '../engine/meta.js';
export { fieldsOf, type FieldModel, type FieldKind } from '../engine/field-model.js';
export { validate, storedAnswers, type FieldError, type ErrorCode } from '../engine/validate.js';
export { sanitizePrefill, type Prefill, type PrefillProblem } from '../engine/prefill.js';
