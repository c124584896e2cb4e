// Writes the codebook as data into dist/codebook/, from the built instruments (run after rollup):
// per instrument, <id>.json (questions, wording in Danish and English, answer codes with both
// labels, type, required, conditions, rules), <id>.csv (the same, one row per answer code;
// UTF-8 with BOM, ";"-separated, CRLF, so Danish Excel opens it), <id>.schema.json (JSON Schema of
// the response envelope, from the Zod schemas) and <id>.md (a readable table).
//
// The wording is not repeated here: Danish is what each msg() returns in the source locale, and
// English what it returns once the English templates are active: every instrument module's
// translations, as its module registered them (dist/localization/messages.js).
//
// An instrument's repeated rows (`groups`: the quality model's actions and goals) are listed
// after its fields, each with its own fields; the quality model's standards, elements and
// indicators are written by scripts/codebook-quality.js.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configureLocalization } from '@lit/localize';
import { toJSONSchema } from 'zod/v4/core';
import { qualityMarkdown, qualityStructure } from './codebook-quality.js';

// @lit/localize announces locale changes on window; Node has none.
globalThis.window ??= new EventTarget();

const dist = new URL('../dist/', import.meta.url);
const out = new URL('codebook/', dist);
const lib = await import(new URL('instruments.js', dist).href);
const { status, masterData, evaluation, qualityAssessment, qualityStandards, defineInstrument, fieldsOf, responseSchema, answerRules, partOf, postcodeSource } = lib;
const instruments = [masterData, status, evaluation, qualityAssessment];

/** A group's row fields, read by the engine as an instrument's fields are. */
const groupFields = (instrument, group) => fieldsOf(defineInstrument({ id: instrument.id, codebookVersion: instrument.codebookVersion, title: instrument.title, shape: group.shape }));
const groupsOf = (instrument) => Object.entries(instrument.groups ?? {}).map(([id, group]) => ({ id, group, fields: groupFields(instrument, group) }));

const { setLocale } = configureLocalization({
  sourceLocale: 'da',
  targetLocales: ['en'],
  loadLocale: async (locale) => ({ templates: await (await import(new URL('localization/messages.js', dist).href)).messagesFor(locale) }),
});

/** Each text of the codebook, evaluated in a locale. */
function texts(instrument) {
  const t = (fn) => (fn ? fn() : undefined);
  const fieldTexts = (fields) => fields.map((f) => ({
    label: t(f.meta.label),
    hint: t(f.meta.hint),
    options: f.options.map((code) => t(f.meta.options[code])),
    messages: Object.fromEntries(Object.entries(f.meta.messages ?? {}).map(([k, fn]) => [k, t(fn)])),
  }));
  return {
    title: t(instrument.title),
    sections: (instrument.sections ?? []).map((s) => ({ title: t(s.title), hint: t(s.hint) })),
    fields: fieldTexts(fieldsOf(instrument)),
    groups: groupsOf(instrument).map(({ group, fields }) => ({ label: t(group.label), hint: t(group.hint), fields: fieldTexts(fields) })),
    ...(instrument === qualityAssessment ? { standards: qualityStructure(qualityStandards, t) } : {}),
  };
}

const both = (da, en) => (da === undefined ? undefined : { da, en });
const fieldSchema = (f) => toJSONSchema(f.schema);

/** One field of the codebook: its type, bounds, condition, wording and codes in both languages. */
function fieldEntry(instrument, f, da, en) {
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
    question: both(da.label, en.label),
    ...(f.meta.hint ? { hint: both(da.hint, en.hint) } : {}),
    ...(f.options.length ? { options: f.options.map((code, j) => ({ code, label: both(da.options[j], en.options[j]) })) } : {}),
  };
}

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
    ...(instrument.subject ? { subject: instrument.subject } : {}),
    fields: fieldsOf(instrument).map((f, i) => fieldEntry(instrument, f, da.fields[i], en.fields[i])),
    ...(instrument.groups
      ? {
          groups: groupsOf(instrument).map(({ id, group, fields }, g) => ({
            id,
            ...(group.section ? { section: group.section } : {}),
            maxItems: group.max,
            question: both(da.groups[g].label, en.groups[g].label),
            ...(group.hint ? { hint: both(da.groups[g].hint, en.groups[g].hint) } : {}),
            fields: fields.map((f, i) => fieldEntry(instrument, f, da.groups[g].fields[i], en.groups[g].fields[i])),
          })),
        }
      : {}),
    rules: instrument.rules ?? [],
    ...(da.standards ? { standards: mergeLocales(da.standards, en.standards) } : {}),
  };
}

/** The same structure evaluated in two locales, its wording paired as `{ da, en }`; ids and codes kept as they are. */
const codesOnly = new Set(['id', 'assessed', 'priority', 'answers']);
function mergeLocales(da, en) {
  if (typeof da === 'string') return both(da, en);
  if (Array.isArray(da)) return da.map((x, i) => mergeLocales(x, en[i]));
  if (da && typeof da === 'object') return Object.fromEntries(Object.entries(da).map(([k, v]) => [k, codesOnly.has(k) ? v : mergeLocales(v, en[k])]));
  return da;
}

const csvCell = (v) => {
  const s = v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[;"\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

function csv(book) {
  const header = ['instrument', 'codebookVersion', 'part', 'section', 'field', 'type', 'required', 'shownWhen', 'min', 'max',
    'maxLength', 'question_da', 'question_en', 'code', 'label_da', 'label_en'];
  const rows = [header];
  // A group's fields as `<group>[].<field>`: one row per answer code, like the instrument's own.
  const groupFields = (book.groups ?? []).flatMap((g) => g.fields.map((f) => ({ ...f, id: `${g.id}[].${f.id}`, section: g.section })));
  for (const f of [...book.fields, ...groupFields]) {
    const base = [book.instrument, book.codebookVersion, f.part, f.section, f.id, f.type, f.required,
      f.shownWhen && ('equals' in f.shownWhen ? `${f.shownWhen.field} = ${f.shownWhen.equals}` : `${f.shownWhen.field} includes ${f.shownWhen.includes}`),
      f.min, f.max, f.maxLength, f.question.da, f.question.en];
    if (!f.options) rows.push([...base, '', '', '']);
    else for (const o of f.options) rows.push([...base, o.code, o.label.da, o.label.en]);
  }
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(';')).join('\r\n') + '\r\n';
}

function markdown(book) {
  if (book.standards) return qualityMarkdown(book);
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
