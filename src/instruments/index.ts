// The instruments as data: usable in Node, with no DOM, for server-side validation.
export { status } from './status.js';
export { masterData } from './master-data.js';
export { evaluation, evaluationParts } from './evaluation.js';
export { codebookVersion } from './codebook.js';
export { partOf } from '../engine/parts.js';
export { responseSchema } from '../engine/envelope.js';
export { answerRules, type JsonSchema } from '../engine/json-schema-rules.js';
export { instrumentFromJson, type InstrumentJson, type InstrumentFromJson, type DefinitionProblem } from '../engine/instrument-json.js';
export { loadPostcodes, postcodesLoaded, townOf, usePostcodeTable, postcodeSource } from '../postcodes/postcodes.js';
export { group } from '../engine/groups.js';
export { defineInstrument, field, type Instrument, type InstrumentDefinition, type Rule, type Section, type Answers, type Group, type Subject } from '../engine/instrument.js';
export { fieldMeta, type FieldMeta, type Condition, type Widget, type Text } from '../engine/meta.js';
export { fieldsOf, type FieldModel, type FieldKind } from '../engine/field-model.js';
export { validate, storedAnswers, type FieldError, type ErrorCode } from '../engine/validate.js';
export { sanitizePrefill, type Prefill, type PrefillProblem } from '../engine/prefill.js';
export {
  qualityAssessment,
  qualityStandards,
  qualityItems,
  qualityElements,
  type PlacedItem,
} from './quality-assessment/quality-assessment.js';
export type { Standard, Element as QualityElement, Item as QualityItem, Prose } from './quality-assessment/model.js';
