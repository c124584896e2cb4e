// Do not modify this file by hand! Written by scripts/split-locales.js from lit-localize's output.
export const templates = () => ({
  'evaluation.handover.done': `The advisor's part has been submitted.`,
  'evaluation.handover.start': `Start the resident's part`,
  'evaluation.handover.text': `Now the resident answers their own part. The advisor's answers are not shown on the screen again.`,
  'evaluation.handover.title': `Hand the screen to the resident`,
  'evaluation.step.advisor': `Step 1 of 2: the advisor's part`,
  'evaluation.step.resident': `Step 2 of 2: the resident's part`,
});
