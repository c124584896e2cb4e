// Registers every element. This is the drop-in bundle's entry.
import './schema-form/schema-form.js';
import './status-survey/status-survey.js';
import './master-data-form/master-data-form.js';
import './evaluation-form/evaluation-form.js';
import './indicator-report/indicator-report.js';

export * from './index.js';
