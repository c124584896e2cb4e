// The demo's case system must not lose a counsellor's work (issue 12, defects 1–8): each test
// drives the demo in a real Chromium with real clicks, key presses, reloads and dialogs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startDemo, createResident, openInstrument, formSelector, typeInto, fillStatus, fillMasterData,
  checkedValue, fieldValue, submit, switchLanguage, appText, fillAdvisorPart,
} from './demo-support.js';

let demo;
before(async () => (demo = await startDemo()));
after(async () => demo?.close());

const status = 'status-survey';
const shadowText = (page, sel) => page.$eval(sel, (el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));

test('1: after the advisor part, the evaluation goes on to the hand-over and the resident part', async () => {
  const page = await demo.open();
  await createResident(page, 'Defekt 1');
  await openInstrument(page, 'evaluation');
  await fillAdvisorPart(page);
  await submit(page, 'evaluation-form');
  await page.waitForFunction(
    (sel) => document.querySelector(sel)?.shadowRoot?.querySelector('.handover') || document.querySelector(sel)?.shadowRoot?.textContent.includes('Trin 1 af 2') === false,
    {},
    formSelector('evaluation-form'),
  ).catch(() => undefined);
  await new Promise((r) => setTimeout(r, 300));
  assert.match(await shadowText(page, formSelector('evaluation-form')), /Giv skærmen videre til beboeren/);
  await page.click(`${formSelector('evaluation-form')} >>> .handover button`);
  await page.waitForFunction((sel) => document.querySelector(sel)?.shadowRoot?.textContent.includes('Trin 2 af 2'), {}, formSelector('evaluation-form'));
  assert.ok(await page.$(`${formSelector('evaluation-form')} >>> input[name="satisfaction"]`), 'the resident part asks the resident');
});

test('2: switching language mid-form keeps every unsaved answer', async () => {
  const page = await demo.open();
  await createResident(page, 'Defekt 2');
  await openInstrument(page, 'status');
  await fillStatus(page, '2026-09-01');
  await typeInto(page, status, 'comment', 'Halvvejs');
  await switchLanguage(page, 'en');
  await page.waitForFunction((sel) => document.querySelector(sel)?.shadowRoot?.textContent.includes('Status survey'), {}, formSelector(status));
  assert.equal(await checkedValue(page, status, 'expectedAdvice'), 'partly');
  assert.equal(await checkedValue(page, status, 'financialOverview'), 'low');
  assert.equal(await fieldValue(page, status, 'date'), '2026-09-01');
  assert.equal(await fieldValue(page, status, 'comment'), 'Halvvejs');
});

test('3: submitting the master data leaves the unsaved answers of the status alone', async () => {
  const page = await demo.open();
  await createResident(page, 'Defekt 3');
  await openInstrument(page, 'status');
  await fillStatus(page, '2026-09-01');
  await openInstrument(page, 'master-data');
  await fillMasterData(page);
  await submit(page, 'master-data-form');
  await page.waitForFunction(() => document.querySelector('#app .confirmation, #app .flash')?.textContent.trim());
  await openInstrument(page, 'status');
  assert.equal(await checkedValue(page, status, 'expectedAdvice'), 'partly');
  assert.equal(await checkedValue(page, status, 'adviceRating'), 'good');
  assert.equal(await fieldValue(page, status, 'date'), '2026-09-01');
});

test('4: leaving with unsaved answers asks first, and a reload brings them back', async () => {
  const page = await demo.open();
  await createResident(page, 'Defekt 4');
  await openInstrument(page, 'status');
  await fillStatus(page, '2026-09-01');
  await page.reload();
  assert.deepEqual(page.dialogs.map((d) => d.type), ['beforeunload'], 'the browser asks before the page is left');
  await openInstrument(page, 'status');
  await page.waitForFunction((sel) => document.querySelector(sel)?.shadowRoot?.querySelector('input[name="expectedAdvice"]:checked'), { timeout: 5000 }, formSelector(status));
  assert.equal(await checkedValue(page, status, 'expectedAdvice'), 'partly');
  assert.equal(await fieldValue(page, status, 'date'), '2026-09-01');
});

test('5: the timeline lists statuses by conversation date, and records in words, not codes', async () => {
  const page = await demo.open();
  await createResident(page, 'Defekt 5');
  for (const date of ['2026-10-15', '2026-09-01']) {
    await openInstrument(page, 'status');
    const again = await page.$('[data-action="new-status"]');
    if (again) await again.click();
    await fillStatus(page, date);
    await submit(page, status);
    // Saved: the form makes way for the confirmation and the next status.
    await page.waitForSelector('[data-action="new-status"]');
  }
  const dates = await page.$$eval('#app [data-record="status"]', (els) => els.map((e) => e.dataset.date));
  assert.deepEqual(dates, ['2026-09-01', '2026-10-15']);
  await openInstrument(page, 'evaluation');
  await fillAdvisorPart(page);
  await submit(page, 'evaluation-form');
  await page.waitForSelector('#app [data-record="evaluation"]');
  const text = await appText(page);
  assert.doesNotMatch(text, /advisor|resident\b/);
  assert.match(text, /Rådgiverens del/);
});

test('6: after a submit, a confirmation next to the form takes focus and says what was saved', async () => {
  const page = await demo.open(1280);
  await createResident(page, 'Defekt 6');
  await openInstrument(page, 'status');
  await fillStatus(page, '2026-09-01');
  await submit(page, status);
  await page.waitForFunction(() => document.activeElement?.closest?.('.confirmation'), { timeout: 5000 });
  const box = await page.evaluate(() => {
    const el = document.activeElement.closest('.confirmation');
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: innerHeight, text: el.textContent };
  });
  assert.ok(box.top >= 0 && box.bottom <= box.height, `the confirmation is in view (${box.top}–${box.bottom} of ${box.height})`);
  assert.match(box.text, /1\. september 2026/);
});

test('7: the evaluation end date ends the course in the report', async () => {
  const page = await demo.open();
  await createResident(page, 'Defekt 7');
  await openInstrument(page, 'master-data');
  await fillMasterData(page, { startDate: '2026-08-20' });
  await submit(page, 'master-data-form');
  await page.waitForFunction(() => document.querySelector('#app .confirmation, #app .flash')?.textContent.trim());
  await openInstrument(page, 'evaluation');
  await fillAdvisorPart(page, { startDate: '2026-08-20', endDate: '2026-10-20' });
  await submit(page, 'evaluation-form');
  await page.waitForSelector('#app [data-record="evaluation"], #app .flash:not(:empty)');
  await page.goto(`${demo.origin}/demo/#/report`);
  await page.waitForFunction(() => document.querySelector('indicator-report')?.report);
  const courses = await page.$eval('indicator-report', (el) => el.report.totals.courses);
  assert.equal(courses.ended, 1);
  assert.equal(courses.ongoing, 0);
});

test('8: sample data has its own period in the report and goes on its own', async () => {
  const page = await demo.open();
  await createResident(page, 'Defekt 8');
  await openInstrument(page, 'status');
  await fillStatus(page, '2026-09-01');
  await submit(page, status);
  await page.waitForSelector('#app [data-record="status"], #app .flash:not(:empty)');
  await page.goto(`${demo.origin}/demo/#/report`);
  await page.waitForSelector('#app [data-action="load-sample"], #app button');
  await page.click('[data-action="load-sample"]');
  await page.waitForFunction(() => (document.querySelector('indicator-report')?.report?.totals.residents ?? 0) > 50, { timeout: 30000 });
  const period = await page.$eval('indicator-report', (el) => el.period);
  assert.equal(period.from.slice(0, 4), '2025', 'the report shows the sample’s year');
  await page.click('[data-action="remove-sample"]');
  await page.waitForFunction(() => !document.querySelector('[data-action="remove-sample"]'));
  await page.goto(`${demo.origin}/demo/#/`);
  await page.waitForSelector('#app .residents');
  const residents = await page.$$eval('#app .residents li', (els) => els.length);
  assert.equal(residents, 1, 'the counsellor’s own resident stays');
  await page.goto(`${demo.origin}/demo/#/report`);
  await page.waitForFunction(() => document.querySelector('indicator-report')?.report);
  assert.equal(await page.$eval('indicator-report', (el) => el.report.totals.residents), 1);
  assert.equal(await page.$eval('indicator-report', (el) => el.period.from), '2026-01-01');
});
