// Do not modify this file by hand! Written by scripts/split-locales.js from lit-localize's output.
export const templates = () => ({
  'print.caseId': `Case number`,
  'print.completedAt': `Completed`,
  'print.date': `Date`,
  'print.instrument': `Form`,
  'print.name': `Name`,
  'print.resident': `Resident`,
  'print.residentId': `Resident id`,
});
