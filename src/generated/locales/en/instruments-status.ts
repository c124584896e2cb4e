// Do not modify this file by hand! Written by scripts/split-locales.js from lit-localize's output.
export const templates = () => ({
  'status.adviceRating': `What do you think of the advice you received today?`,
  'status.comment': `Is there anything else you would like to say about today's advice?`,
  'status.contact': `Contact form`,
  'status.contact.digital': `Digital (video, e-mail, message)`,
  'status.contact.faceToFace': `Face to face`,
  'status.contact.phone': `Phone`,
  'status.date': `Date of the conversation`,
  'status.expectedAdvice': `Did you get advice today on what you expected?`,
  'status.section.questions': `Questions for the resident`,
  'status.section.questions.hint': `The resident answers. The advisor may read the questions aloud and record the answers.`,
  'status.section.session': `The conversation`,
  'status.title': `Status survey`,
});
