// Do not modify this file by hand! Written by scripts/split-locales.js from lit-localize's output.
export const templates = () => ({
  'answer.maybe': `Maybe`,
  'answer.no': `No`,
  'answer.other': `Other`,
  'answer.partly': `Partly`,
  'answer.yes': `Yes`,
  'field.counsellingType': `Type of counselling`,
  'question.disposableIncomeOverview': `Do you know how much money you have left each month after your fixed expenses?`,
  'question.financialOverview': `Do you currently have an overview of your financial situation?`,
  'scale.dontKnow': `Don't know`,
});
