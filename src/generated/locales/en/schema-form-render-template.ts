// Do not modify this file by hand! Written by scripts/split-locales.js from lit-localize's output.
import { str } from '@lit/localize';

export const templates = () => ({
  'template.many': `Tick all that apply`,
  'template.one': `Tick one box`,
  'template.when': str`Answer only if "${0}" is "${1}".`,
});
