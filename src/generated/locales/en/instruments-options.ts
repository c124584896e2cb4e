// Do not modify this file by hand! Written by scripts/split-locales.js from lit-localize's output.
export const templates = () => ({
  'counsellingType.type2': `Single-issue guidance`,
  'counsellingType.type3': `Economic counselling`,
  'counsellingType.type4': `Debt counselling`,
  'scale.degree.high': `Yes, to a great extent`,
  'scale.degree.low': `Only to a small extent`,
  'scale.degree.none': `No, not at all`,
  'scale.degree.some': `Yes, to some extent`,
  'scale.rating.good': `Good`,
  'scale.rating.neutral': `Neither good nor bad`,
  'scale.rating.poor': `Poor`,
  'scale.rating.veryGood': `Very good`,
  'scale.rating.veryPoor': `Very poor`,
});
