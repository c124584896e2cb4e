// The main entry: classes, instruments and helpers, with no side effects. Import
// `./define.js` (or an element's own module) to register the tags.
export { SchemaForm } from './schema-form/schema-form.component.js';
export { StatusSurvey } from './status-survey/status-survey.component.js';
export { MasterDataForm } from './master-data-form/master-data-form.component.js';
export { EvaluationForm, type EvaluationPart } from './evaluation-form/evaluation-form.component.js';
export { IndicatorReport } from './indicator-report/indicator-report.component.js';
export { computeReport, prepareDataset, generateSample, type Report, type Period, type Dataset, type ReportOptions } from './reports/index.js';
export type * from './schema-form/events.js';
// For a host that supplies its own draft store (the draftStore property).
export type { DraftStore, DraftStorage } from './drafts/drafts.js';
export * from './instruments/index.js';
export { useHostLocalization, loadTemplates, locales, type Locale, type LocalizationControls } from './localization/locale.js';
