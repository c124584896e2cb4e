// Writes the codebook as data into dist/codebook/, from the built instruments (run after rollup):
// per instrument, <id>.json (questions, wording in Danish and English, answer codes with both
// labels, type, required, conditions, rules), <id>.csv (the same, one row per answer code;
// UTF-8 with BOM, ";"-separated, CRLF, so Danish Excel opens it), <id>.schema.json (JSON Schema of
// the response envelope, from the Zod schemas) and <id>.md (a readable table).
//
// The wording is not repeated here: Danish is what each msg() returns in the source locale, and
// English what it returns once the English templates are active: every instrument module's
// translations, as its module registered them (dist/localization/messages.js).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configureLocalization } from '@lit/localize';
import { toJSONSchema } from 'zod/v4/core';

// @lit/localize announces locale changes on window; Node has none.
globalThis.window ??= new EventTarget();

const dist = new URL('../dist/', import.meta.url);
const out = new URL('codebook/', dist);
const lib = await import(new URL('instruments.js', dist).href);
const { status, masterData, evaluation, fieldsOf, responseSchema, answerRules, partOf, postcodeSource } = lib;
const instruments = [masterData, status, evaluation];

const { setLocale } = configureLocalization({
  sourceLocale: 'da',
  targetLocales: ['en'],
  loadLocale: async (locale) => ({ templates: await (await import(new URL('localization/messages.js', dist).href)).messagesFor(locale) }),
});

/** Each text of the codebook, evaluated in a locale. */
function texts(instrument) {
  const t = (fn) => (fn ? fn() : undefined);
  return {
    title: t(instrument.title),
    sections: (instrument.sections ?? []).map((s) => ({ title: t(s.title), hint: t(s.hint) })),
    fields: fieldsOf(instrument).map((f) => ({
      label: t(f.meta.label),
      hint: t(f.meta.hint),
      options: f.options.map((code) => t(f.meta.options[code])),
      messages: Object.fromEntries(Object.entries(f.meta.messages ?? {}).map(([k, fn]) => [k, t(fn)])),
    })),
  };
}

const both = (da, en) => (da === undefined ? undefined : { da, en });
const fieldSchema = (f) => toJSONSchema(f.schema);

function codebook(instrument, da, en) {
  return {
    instrument: instrument.id,
    codebookVersion: instrument.codebookVersion,
    title: both(da.title, en.title),
    ...(instrument.parts ? { parts: instrument.parts } : {}),
    sections: (instrument.sections ?? []).map((s, i) => ({
      id: s.id,
      title: both(da.sections[i].title, en.sections[i].title),
      ...(s.hint ? { hint: both(da.sections[i].hint, en.sections[i].hint) } : {}),
    })),
    fields: fieldsOf(instrument).map((f, i) => {
      const json = fieldSchema(f);
      return {
        id: f.id,
        ...(f.meta.section ? { section: f.meta.section } : {}),
        ...(instrument.parts?.includes(f.meta.section) ? { part: f.meta.section } : {}),
        type: f.kind,
        // Only where the field overrides its type's own (a long text as a text area), so the JSON renders the same form.
        ...(f.meta.widget ? { widget: f.meta.widget } : {}),
        required: f.required ? 'yes' : f.meta.requiredWhenShown ? 'when shown' : 'no',
        ...(f.meta.when ? { shownWhen: f.meta.when } : {}),
        ...(f.min !== undefined ? { min: f.min } : {}),
        ...(f.max !== undefined ? { max: f.max } : {}),
        ...(f.maxLength !== undefined ? { maxLength: f.maxLength } : {}),
        ...(f.minItems !== undefined ? { minItems: f.minItems } : {}),
        ...(f.kind === 'text' && json.pattern ? { pattern: json.pattern } : {}),
        ...(f.id === 'postcode' && instrument.id === 'master-data'
          ? { validValues: `a postcode in the ${postcodeSource.name}, ${postcodeSource.date}` }
          : {}),
        question: both(da.fields[i].label, en.fields[i].label),
        ...(f.meta.hint ? { hint: both(da.fields[i].hint, en.fields[i].hint) } : {}),
        ...(f.options.length
          ? { options: f.options.map((code, j) => ({ code, label: both(da.fields[i].options[j], en.fields[i].options[j]) })) }
          : {}),
      };
    }),
    rules: instrument.rules ?? [],
  };
}

const csvCell = (v) => {
  const s = v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[;"\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

function csv(book) {
  const header = ['instrument', 'codebookVersion', 'part', 'section', 'field', 'type', 'required', 'shownWhen', 'min', 'max',
    'maxLength', 'question_da', 'question_en', 'code', 'label_da', 'label_en'];
  const rows = [header];
  for (const f of book.fields) {
    const base = [book.instrument, book.codebookVersion, f.part, f.section, f.id, f.type, f.required,
      f.shownWhen && ('equals' in f.shownWhen ? `${f.shownWhen.field} = ${f.shownWhen.equals}` : `${f.shownWhen.field} includes ${f.shownWhen.includes}`),
      f.min, f.max, f.maxLength, f.question.da, f.question.en];
    if (!f.options) rows.push([...base, '', '', '']);
    else for (const o of f.options) rows.push([...base, o.code, o.label.da, o.label.en]);
  }
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(';')).join('\r\n') + '\r\n';
}

function markdown(book) {
  const cell = (s) => String(s ?? '').replace(/\|/g, '\\|');
  const lines = [`# ${book.title.da} / ${book.title.en} (\`${book.instrument}\`, codebook version ${book.codebookVersion})`, ''];
  lines.push('| id | question (da) | question (en) | type | required | answers |', '|---|---|---|---|---|---|');
  for (const f of book.fields) {
    const type = [f.type, f.min !== undefined || f.max !== undefined ? `${f.min ?? ''}–${f.max ?? ''}` : '', f.maxLength ? `≤ ${f.maxLength}` : '']
      .filter(Boolean).join(' ');
    const required = f.shownWhen ? `${f.required} (${f.shownWhen.field} ${'equals' in f.shownWhen ? '=' : 'has'} \`${f.shownWhen.equals ?? f.shownWhen.includes}\`)` : f.required;
    const answers = (f.options ?? []).map((o) => `\`${o.code}\` ${o.label.da} — ${o.label.en}`).join('<br>');
    lines.push(`| \`${f.id}\`${f.part ? ` (${f.part})` : ''} | ${cell(f.question.da)} | ${cell(f.question.en)} | ${type} | ${required} | ${cell(answers)} |`);
  }
  if (book.rules.length) {
    lines.push('', 'Rules:', ...book.rules.map((r) => (r.kind === 'dateOrder' ? `- \`${r.end}\` ≥ \`${r.start}\`` : `- \`${r.field}\`: \`${r.code}\` cannot be combined with other codes`)));
  }
  return lines.join('\n') + '\n';
}

const danish = instruments.map(texts);
await setLocale('en');
const english = instruments.map(texts);

mkdirSync(out, { recursive: true });
instruments.forEach((instrument, i) => {
  const book = codebook(instrument, danish[i], english[i]);
  const schema = {
    $id: `urn:raadgivning-forms:codebook:${instrument.codebookVersion}:${instrument.id}`,
    title: `${book.title.en}: response envelope, codebook version ${instrument.codebookVersion}`,
    ...toJSONSchema(responseSchema(instrument)),
  };
  // Zod's checks (conditions, rules) have no JSON Schema of their own: add what JSON Schema can say.
  const envelopes = schema.anyOf ?? [schema];
  envelopes.forEach((envelope) => {
    const part = envelope.properties.part?.const;
    Object.assign(envelope.properties.answers, answerRules(part ? partOf(instrument, part) : instrument));
  });
  const file = (ext) => fileURLToPath(new URL(`${instrument.id}.${ext}`, out));
  writeFileSync(file('json'), JSON.stringify(book, null, 2) + '\n');
  writeFileSync(file('csv'), csv(book));
  writeFileSync(file('schema.json'), JSON.stringify(schema, null, 2) + '\n');
  writeFileSync(file('md'), markdown(book));
});
console.log(`dist/codebook/: ${instruments.map((i) => i.id).join(', ')} (json, csv, schema.json, md)`);
