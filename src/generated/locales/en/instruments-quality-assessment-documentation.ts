// Do not modify this file by hand! Written by scripts/split-locales.js from lit-localize's output.
export const templates = () => ({
  'quality.documentation.aim': `To ensure consistent recording of activities and results across organisations, and systematic follow-up and learning for the development of quality.`,
  'quality.documentation.description': `A common language for activities and results is to ensure valid comparison across organisations.`,
  'quality.documentation.title': `Documentation`,
  'quality.documentation.tools.1': `The housing organisation consistently uses the status tool, the evaluation tool or the like to record the resident's satisfaction with the counselling, the resident's economic situation and a general evaluation of the courses of counselling.`,
  'quality.documentation.tools.2': `The housing organisation regularly follows up on the economic gains when the economic counselling helps to avoid evictions, reduce rent arrears, etc.`,
  'quality.documentation.tools.3': `The housing organisation has set, and systematically follows up on, goals for the results of the economic counselling and for residents' experience of it.`,
  'quality.documentation.tools.4': `The housing organisation has a fixed procedure for how it keeps learning from the results of the counselling, so that its professional approach is continuously strengthened.`,
  'quality.documentation.tools.description': `The following quality parameters are part of the quality standard for documentation:`,
  'quality.documentation.tools.evaluation': `An evaluation form at the end of a course of counselling`,
  'quality.documentation.tools.indicators': `Selected activity indicators`,
  'quality.documentation.tools.masterData': `Master data to be collected`,
  'quality.documentation.tools.status': `A follow-up form to track the resident's experience of the counselling during a course`,
  'quality.documentation.tools.title': `Documentation tools`,
});
