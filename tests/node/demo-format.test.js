// Output people read (issue 12): every date and amount the demo's own pages show a counsellor
// (residents list, overview, timeline, record boxes) is in the page's language's long form,
// never an ISO string or a bare number.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo, createResident, openInstrument, fillMasterData, fillStatus, fillAdvisorPart, submit, switchLanguage, typeInto } from './demo-support.js';

let demo;
before(async () => (demo = await startDemo()));
after(async () => demo?.close());

/** The demo's own text, outside the form elements (they word their own dates). */
const ownText = (page) =>
  page.$eval('#app', (app) => {
    const copy = app.cloneNode(true);
    copy.querySelectorAll('status-survey, master-data-form, evaluation-form').forEach((el) => el.remove());
    document.body.append(copy);
    copy.hidden = false;
    const text = copy.innerText.replace(/\s+/g, ' ');
    copy.remove();
    return text;
  });

const iso = /\b\d{4}-\d{2}-\d{2}\b/;

test('dates and amounts in the case system read as "1. september 2026" and "12.500 kr.", and in English as "1 September 2026" and "DKK 12,500"', async () => {
  const page = await demo.open();
  await createResident(page, 'Format Frederiksen');
  await openInstrument(page, 'master-data');
  await fillMasterData(page, { startDate: '2026-08-20' });
  await submit(page, 'master-data-form');
  await page.waitForSelector('#app [data-record="master-data"]');
  await openInstrument(page, 'status');
  await fillStatus(page, '2026-09-01');
  await submit(page, 'status-survey');
  await page.waitForSelector('[data-action="new-status"]');
  await openInstrument(page, 'evaluation');
  await fillAdvisorPart(page, { startDate: '2026-08-20', endDate: '2026-10-20' });
  await typeInto(page, 'evaluation-form', 'rentArrearsStart', '12500');
  await typeInto(page, 'evaluation-form', 'rentArrearsEnd', '0');
  await submit(page, 'evaluation-form');
  await page.waitForSelector('#app [data-record="evaluation"]');

  const da = await ownText(page);
  assert.doesNotMatch(da, iso, 'no ISO date on the resident page');
  assert.match(da, /I gang siden 20\. august 2026|Afsluttet 20\. oktober 2026/);
  assert.match(da, /Status · 1\. september 2026/);
  assert.match(da, /gemt \d{1,2}\. [a-zæøå]+ 20\d\d kl\. \d\d\.\d\d/, 'saved at, in words');
  assert.match(await page.$eval('[data-fact="rent-arrears"]', (el) => el.textContent.replace(/\s/g, ' ')), /12\.500 kr\. ved start, 0 kr\. ved afslutning/);

  await switchLanguage(page, 'en');
  await page.waitForFunction(() => document.querySelector('#app .overview')?.textContent.includes('Overview'));
  const en = await ownText(page);
  assert.doesNotMatch(en, iso);
  assert.match(en, /Status · 1 September 2026/);
  assert.match(await page.$eval('[data-fact="rent-arrears"]', (el) => el.textContent.replace(/\s/g, ' ')), /DKK 12,500 at the start, DKK 0 at the end/);

  await page.click('a[href="#/"]');
  await page.waitForSelector('#app .residents');
  const list = await ownText(page);
  assert.doesNotMatch(list, iso, 'no ISO date in the residents list');
  assert.match(list, /Last conversation: 1 September 2026/);
});

/** Presses a record's print button; window.print is stubbed, so the print area stays as printed. */
async function printRecord(page, record) {
  await page.evaluate(() => (window.print = () => (window.printed = (window.printed ?? 0) + 1)));
  const before = await page.evaluate(() => window.printed ?? 0);
  await page.click(`#app [data-record="${record}"] .actions button:nth-child(3)`);
  await page.waitForFunction((n) => (window.printed ?? 0) > n, {}, before);
}

const printedText = (page) =>
  page.$eval('#print-area', (area) => [...area.children].map((el) => (el.shadowRoot ?? el).textContent).join(' ').replace(/\s+/g, ' '));

test('a print carries the organisation set on the residents page, the resident and the record’s dates and amounts in words', async () => {
  const page = await demo.open();
  await page.waitForSelector('#organisation');
  await page.type('#organisation', 'Boligsocial Rådgivning Nord');
  await page.click('form.inline:has(#organisation) button');
  await page.waitForFunction(() => document.querySelector('#app .notice')?.textContent.includes('Organisationens navn er gemt'));
  await createResident(page, 'Print Poulsen');
  await openInstrument(page, 'status');
  await fillStatus(page, '2026-09-01');
  await submit(page, 'status-survey');
  await page.waitForSelector('#app [data-record="status"]');
  await printRecord(page, 'status');
  const status = await printedText(page);
  assert.match(status, /Boligsocial Rådgivning Nord/);
  assert.match(status, /Beboer ?Print Poulsen/);
  assert.match(status, /Dato for samtalen ?1\. september 2026/);

  await openInstrument(page, 'evaluation');
  await fillAdvisorPart(page, { startDate: '2026-08-20', endDate: '2026-10-20' });
  await typeInto(page, 'evaluation-form', 'rentArrearsStart', '12.500');
  await submit(page, 'evaluation-form');
  await page.waitForSelector('#app [data-record="evaluation"]');
  await printRecord(page, 'evaluation');
  const evaluation = await printedText(page);
  assert.match(evaluation, /Boligsocial Rådgivning Nord/);
  assert.match(evaluation.replace(/\u00a0/g, ' '), /12\.500 kr\./);
  assert.match(evaluation, /20\. oktober 2026/);
  assert.doesNotMatch(evaluation, /\b2026-\d\d-\d\d\b/);
  assert.deepEqual(page.errors ?? [], []);
});
