// Bilag 1: activity indicators and answer distributions from stored response envelopes.
// Pure and DOM-free: runs in Node as well as in the browser.
export { computeReport, checkPeriod, type ReportOptions } from './indicators.js';
export { prepareDataset, checkEnvelope, ageBand, ageBands, type Dataset, type InstrumentRegistry } from './dataset.js';
export { latestVersions, replacedIds } from './versions.js';
export { defaultInstruments } from './registry.js';
export { municipalityOf, municipalityNames } from './municipalities.js';
export { toCsv, dialectFor, type CsvDialect, type CsvCell } from './csv.js';
export { generateSample, type SampleOptions } from './sample.js';
export * from './types.js';
// The quality model's self-assessment: profile, open actions, goals, change since the last one.
export { qualityReport, profileOf, openActionsOf, type QualityReport, type QualityReportOptions, type StandardProfile, type OpenAction, type Goal, type ItemChange, type AssessmentSummary, type AssessmentEnvelope, type QualitySkipReason } from './quality.js';
export { qualityTables, type QualityTables } from './quality-csv.js';
