// The workload every peer renders: the four required questions of the status survey (bilag 3),
// with the codebook's Danish wording and answer codes. Read from the codebook the build writes
// (dist/codebook/status.json, derived from the instrument itself) and from the XLIFF sources of
// the form's own messages, so SurveyJS, Form.io and the plain form show exactly the text of
// <status-survey>, and nothing here can drift from it. run.js builds before it imports this.
import { existsSync, readFileSync } from 'node:fs';

const codebookFile = new URL('../dist/codebook/status.json', import.meta.url);
if (!existsSync(codebookFile)) throw new Error('bench: dist/codebook/status.json is missing: run `npm run build` first');
const codebook = JSON.parse(readFileSync(codebookFile, 'utf8'));

/** The workload's questions: the status survey's required single-choice questions. */
const ids = ['expectedAdvice', 'financialOverview', 'disposableIncomeOverview', 'adviceRating'];
export const questions = ids.map((id) => {
  const field = codebook.fields.find((f) => f.id === id);
  if (!field || field.type !== 'single' || field.required !== 'yes') throw new Error(`bench: ${id} is no longer a required single choice in the codebook`);
  return { id, label: field.question.da, options: field.options.map((o) => [o.code, o.label.da]) };
});

/** 4 + 5 + 5 + 6 */
export const radioCount = questions.reduce((n, q) => n + q.options.length, 0);

/** A message of the form as the Danish source declares it (its XLIFF <source>). */
function sourceOf(id) {
  const xliff = readFileSync(new URL('../locales/en.xlf', import.meta.url), 'utf8');
  const unit = new RegExp(`<trans-unit id="${id.replaceAll('.', '\\.')}"[^>]*>\\s*<source>([^<]*)</source>`).exec(xliff);
  if (!unit) throw new Error(`bench: no message ${id} in locales/en.xlf`);
  return unit[1];
}
export const submitLabel = sourceOf('form.submit');
export const requiredMessage = sourceOf('error.required.single');

/** SurveyJS: one page, four required radio groups. */
export function surveyJsJson() {
  return {
    locale: 'da',
    completeText: submitLabel,
    requiredErrorText: requiredMessage,
    showQuestionNumbers: 'off',
    pages: [
      {
        name: 'status',
        elements: questions.map((q) => ({
          type: 'radiogroup',
          name: q.id,
          title: q.label,
          isRequired: true,
          choices: q.options.map(([value, text]) => ({ value, text })),
        })),
      },
    ],
  };
}

/** Form.io: four required radio components and a submit button. */
export function formioSchema() {
  return {
    display: 'form',
    components: [
      ...questions.map((q) => ({
        type: 'radio',
        key: q.id,
        label: q.label,
        input: true,
        validate: { required: true },
        values: q.options.map(([value, label]) => ({ value, label })),
      })),
      { type: 'button', action: 'submit', key: 'submit', label: submitLabel, input: true, theme: 'primary' },
    ],
  };
}
