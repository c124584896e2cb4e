// The peers (ours twice: rendered by its script, and server-rendered): their pages (generated from questions.js), the files they load, and how the
// harness recognises "form rendered" and "errors shown" in each.
import { readFileSync } from 'node:fs';
import { questions, radioCount, submitLabel, requiredMessage, surveyJsJson, formioSchema } from './questions.js';

const head = (title, extra = '') =>
  `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
${extra}</head>
`;

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

const ours = (body = '') =>
  head('<status-survey>', '<script type="module" src="/ours/status-survey.js"></script>\n') +
  `<body>
<form method="post" action="/submitted">
<status-survey name="status" resident-id="r-bench" case-id="42" value='{"answers":{"counsellingType":"type3","contact":"face_to_face"}}'>${body}</status-survey>
</form>
</body>
</html>
`;

/** Served under /ours/ from ../dist/drop-in/, under /peer/ from bench/node_modules/. */
/** Both rows of ours: the same element and drop-in. */
const oursPeer = {
  package: 'raadgivning-forms',
  element: 'status-survey',
  js: ['/ours/status-survey.js'],
  css: [],
  // The status survey also renders counselling type (3) and contact (3) as radios.
  radios: radioCount + 6,
  submit: 'button.submit',
  errors: '.error-message',
  errorsAlso: '.error-summary',
};

export const peers = [
  { id: 'ours', name: '<status-survey>', ...oursPeer, page: () => ours() },
  {
    // With its form in the page's HTML as a server puts it there (README: "The form in the
    // page's HTML"): the static file for any server, inside the tag.
    id: 'ours-ssr',
    name: '<status-survey>, server-rendered',
    ...oursPeer,
    // Read when the page is first served, after run.js has built dist/.
    page: () => ours(readFileSync(new URL('../dist/prerendered/status-survey.da.html', import.meta.url), 'utf8')),
  },
  {
    id: 'surveyjs',
    name: 'SurveyJS',
    package: 'survey-core + survey-js-ui',
    js: ['/peer/survey-core/survey.core.min.js', '/peer/survey-core/i18n/danish.min.js', '/peer/survey-js-ui/survey-js-ui.min.js'],
    // The default theme. The "fontless" file is the same CSS without its @import of Open Sans from
    // Google Fonts: everything is served locally, and a font fetch would only add noise.
    css: ['/peer/survey-core/survey-core.fontless.min.css'],
    radios: radioCount,
    submit: 'input.sd-navigation__complete-btn, button.sd-navigation__complete-btn',
    errors: '.sd-question__erbox',
    page() {
      return (
        head(
          'SurveyJS',
          this.css.map((h) => `<link rel="stylesheet" href="${h}">\n`).join('') + this.js.map((s) => `<script src="${s}"></script>\n`).join(''),
        ) +
        `<body>
<div id="survey"></div>
<script>
const survey = new Survey.Model(${JSON.stringify(surveyJsJson())});
survey.render(document.getElementById('survey'));
</script>
</body>
</html>
`
      );
    },
  },
  {
    id: 'formio',
    name: 'Form.io',
    package: '@formio/js',
    js: ['/peer/@formio/js/dist/formio.form.min.js'],
    // The renderer's default templates are Bootstrap's: without its CSS the form is unstyled.
    css: ['/peer/bootstrap/dist/css/bootstrap.min.css', '/peer/@formio/js/dist/formio.form.min.css'],
    radios: radioCount,
    submit: 'button[name="data[submit]"]',
    errors: '.formio-errors .error',
    page() {
      return (
        head(
          'Form.io',
          this.css.map((h) => `<link rel="stylesheet" href="${h}">\n`).join('') + this.js.map((s) => `<script src="${s}"></script>\n`).join(''),
        ) +
        `<body>
<div id="formio"></div>
<script>
Formio.createForm(document.getElementById('formio'), ${JSON.stringify(formioSchema())}, {
  language: 'da',
  i18n: { da: ${JSON.stringify({
          required: requiredMessage,
          submit: submitLabel,
          error: 'Ret venligst disse fejl, før du indsender.',
          submitError: 'Tjek formularen, og ret alle fejl, før du indsender.',
        })} },
});
</script>
</body>
</html>
`
      );
    },
  },
  {
    id: 'plain',
    name: 'plain HTML',
    package: '(none)',
    js: [],
    css: [],
    radios: radioCount,
    submit: 'button[type=submit]',
    // No JS: the messages appear through :user-invalid once a submit has been attempted.
    errors: '.error',
    page: () =>
      head(
        'plain HTML form',
        `<style>
body { font: 1rem/1.5 system-ui, sans-serif; max-width: 44rem; margin: 1rem auto; padding: 0 1rem; color: #1a1a1a; }
fieldset { border: 0; padding: 0; margin: 0 0 1.5rem; }
legend { font-weight: 600; margin-bottom: .25rem; }
label { display: block; padding: .125rem 0; }
.error { display: none; color: #b51d09; font-weight: 600; margin: .25rem 0; }
fieldset:has(:user-invalid) .error { display: block; }
button { font: inherit; padding: .5rem 1rem; background: #004993; color: #fff; border: 0; }
</style>
`,
      ) +
      `<body>
<form method="post" action="/submitted">
${questions
  .map(
    (q) => `<fieldset>
<legend>${escapeHtml(q.label)}</legend>
<p class="error" id="e-${q.id}">${escapeHtml(requiredMessage)}</p>
${q.options.map(([value, label]) => `<label><input type="radio" name="${q.id}" value="${value}" required aria-describedby="e-${q.id}"> ${escapeHtml(label)}</label>`).join('\n')}
</fieldset>`,
  )
  .join('\n')}
<button type="submit">${submitLabel}</button>
</form>
</body>
</html>
`,
  },
];
