// Do not modify this file by hand! Written by scripts/split-locales.js from lit-localize's output.
export const templates = () => ({
  'amount.invalid': `Write an amount in whole kroner, 0 or more, e.g. 12,500 or 12 500.`,
});
