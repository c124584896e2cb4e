// Do not modify this file by hand! Written by scripts/split-locales.js from lit-localize's output.
export const templates = () => ({
  'quality.action.status.done': `Done`,
  'quality.action.status.dropped': `Dropped`,
  'quality.action.status.planned': `Planned`,
  'quality.action.status.started': `In progress`,
  'quality.comment': `Comment: current practice and the basis for the rating`,
  'quality.position.no': `No position taken`,
  'quality.position.yes': `Position taken and described`,
  'quality.priority': `Priority`,
  'quality.priority.develop': `Develop`,
  'quality.priority.hint': `Where is it most important to keep today's quality, and where is it most important to develop it?`,
  'quality.priority.keep': `Keep the current quality`,
  'quality.priority.later': `Not now`,
  'quality.rating.1': `1 (not at all)`,
  'quality.rating.5': `5 (fully met)`,
  'quality.rating.hint': `Indicators of good quality (rated on a scale from 1 to 5, where 1 = not at all and 5 = fully met)`,
  'quality.where': `Where is it described?`,
});
