// The workload every peer renders: the four required questions of the status survey (bilag 3),
// with the codebook's Danish wording and answer codes (codebook/status.md). One source,
// so SurveyJS, Form.io and the plain form show exactly the same text as <status-survey>.

const degreeScale = [
  ['high', 'Ja, i høj grad'],
  ['some', 'Ja, i nogen grad'],
  ['low', 'Kun i mindre grad'],
  ['none', 'Nej, slet ikke'],
  ['dont_know', 'Ved ikke'],
];

export const questions = [
  {
    id: 'expectedAdvice',
    label: 'Har du i dag fået rådgivning omkring det, som du havde forventet?',
    options: [
      ['yes', 'Ja'],
      ['partly', 'Delvist'],
      ['no', 'Nej'],
      ['dont_know', 'Ved ikke'],
    ],
  },
  {
    id: 'financialOverview',
    label: 'Har du på nuværende tidspunkt overblik over din økonomiske situation?',
    options: degreeScale,
  },
  {
    id: 'disposableIncomeOverview',
    label: 'Har du overblik over, hvor mange penge du har til rådighed efter dine faste udgifter hver måned?',
    options: degreeScale,
  },
  {
    id: 'adviceRating',
    label: 'Hvordan synes du om den rådgivning, som du har fået i dag?',
    options: [
      ['very_good', 'Meget god'],
      ['good', 'God'],
      ['neutral', 'Hverken god eller dårlig'],
      ['poor', 'Dårlig'],
      ['very_poor', 'Meget dårlig'],
      ['dont_know', 'Ved ikke'],
    ],
  },
];

/** 4 + 5 + 5 + 6 */
export const radioCount = questions.reduce((n, q) => n + q.options.length, 0);

export const submitLabel = 'Indsend';
export const requiredMessage = 'Vælg et svar.';

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
