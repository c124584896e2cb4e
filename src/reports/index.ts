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
