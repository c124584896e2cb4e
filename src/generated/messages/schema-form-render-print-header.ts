// Do not modify this file by hand! Written by scripts/split-locales.js from lit-localize's output.
// The translations of src/schema-form/render/print-header.ts, made when a page first asks for a language.
import { registerMessages } from '../../localization/messages.js';
import { templates as t0 } from '../locales/en/schema-form-render-print-header.js';

registerMessages({
  "en": t0,
});
