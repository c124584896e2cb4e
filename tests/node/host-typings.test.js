// The editor data made from the manifest (dist/hosts/, scripts/build-typings.js): each element
// with its attributes' values, events and custom properties, as VS Code and JetBrains IDEs read
// them. The React and Vue typings are compiled by the consumer matrix (scripts/test-consumers.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (name) => JSON.parse(readFileSync(new URL(`../../dist/hosts/${name}`, import.meta.url), 'utf8'));
const tags = ['evaluation-form', 'indicator-report', 'master-data-form', 'schema-form', 'status-survey'];

test('VS Code: every tag, an attribute union as its values, every custom property', () => {
  const html = read('vscode.html-custom-data.json');
  assert.deepEqual(html.tags.map((t) => t.name).sort(), tags);
  const survey = html.tags.find((t) => t.name === 'status-survey');
  assert.deepEqual(survey.attributes.find((a) => a.name === 'draft-storage').values.map((v) => v.name), ['session', 'local']);
  assert.deepEqual(html.tags.find((t) => t.name === 'evaluation-form').attributes.find((a) => a.name === 'part').values.map((v) => v.name), ['advisor', 'resident', 'both']);
  const css = read('vscode.css-custom-data.json').properties.map((p) => p.name);
  for (const name of ['--sf-font', '--sf-color-line', '--sf-report-max-width']) assert.ok(css.includes(name), name);
});

test('JetBrains web-types: every tag with its events and their detail types', () => {
  const types = read('web-types.json');
  assert.equal(types.name, 'raadgivning-forms');
  const elements = types.contributions.html.elements;
  assert.deepEqual(elements.map((e) => e.name).sort(), tags);
  const events = elements.find((e) => e.name === 'status-survey').js.events;
  assert.equal(events.find((e) => e.name === 'response-submit').type, 'ResponseEnvelope');
});
