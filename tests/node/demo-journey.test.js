// One counsellor's journey through the demo's case system, end to end, in a real Chromium
// (issue 12): a resident from creation to the ended course in the report, then a backup
// restored into an emptied browser gives the same report.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startDemo, createResident, openInstrument, formSelector, choose, typeDate, fillStatus, fillMasterData,
  checkedValue, fieldValue, submit, switchLanguage, fillAdvisorPart,
} from './demo-support.js';

let demo;
before(async () => (demo = await startDemo()));
after(async () => demo?.close());

const status = 'status-survey';
const evaluation = formSelector('evaluation-form');
const saved = (page) => page.waitForSelector('#app .confirmation');
const report = (page) => page.$eval('indicator-report', (el) => ({ period: el.period, totals: el.report.totals }));

async function openReport(page) {
  if (!(await page.$('a[href="#/report"]'))) {
    await page.click('a[href="#/"]');
    await page.waitForSelector('a[href="#/report"]');
  }
  await page.click('a[href="#/report"]');
  await page.waitForFunction(() => document.querySelector('indicator-report')?.report);
  return report(page);
}

test('a counsellor takes a resident from creation to an ended course, and a backup restores the same report', async () => {
  const downloads = mkdtempSync(join(tmpdir(), 'demo-journey-'));
  const page = await demo.open(1280, '/demo/', { downloadPath: downloads });

  // A new resident; the master data first.
  await createResident(page, 'Journey Jensen');
  await openInstrument(page, 'master-data');
  await fillMasterData(page, { startDate: '2026-08-20' });
  await submit(page, 'master-data-form');
  await saved(page);

  // The first status, dated 2026-09-01; the language switches before it is submitted.
  await openInstrument(page, 'status');
  await fillStatus(page, '2026-09-01');
  await switchLanguage(page, 'en');
  await page.waitForFunction((sel) => document.querySelector(sel)?.shadowRoot?.textContent.includes('Status survey'), {}, formSelector(status));
  assert.equal(await checkedValue(page, status, 'expectedAdvice'), 'partly', 'answers kept across the language switch');
  assert.equal(await fieldValue(page, status, 'date'), '2026-09-01');
  await submit(page, status);
  await page.waitForSelector('[data-action="new-status"]');
  await switchLanguage(page, 'da');

  // The second status, 2026-10-15: half filled in, the page reloads, the answers come back.
  await page.click('[data-action="new-status"]');
  await page.waitForSelector(`${formSelector(status)} >>> input[name="date"]`);
  await typeDate(page, status, 'date', '2026-10-15');
  await choose(page, status, 'counsellingType', 'type3');
  await choose(page, status, 'contact', 'phone');
  await choose(page, status, 'expectedAdvice', 'yes');
  await page.reload();
  assert.deepEqual(page.dialogs.map((d) => d.type), ['beforeunload'], 'asked before leaving unsaved answers');
  await page.waitForSelector('#app h2');
  await openInstrument(page, 'status');
  await page.waitForFunction((sel) => document.querySelector(sel)?.shadowRoot?.querySelector('input[name="expectedAdvice"]:checked'), {}, formSelector(status));
  assert.equal(await fieldValue(page, status, 'date'), '2026-10-15', 'the date came back after the reload');
  assert.equal(await checkedValue(page, status, 'contact'), 'phone');
  assert.equal(await checkedValue(page, status, 'expectedAdvice'), 'yes');
  for (const [field, code] of [['financialOverview', 'some'], ['disposableIncomeOverview', 'some'], ['adviceRating', 'very_good']]) {
    await choose(page, status, field, code);
  }
  await submit(page, status);
  await page.waitForSelector('[data-action="new-status"]');

  // The timeline lists both statuses by their conversation dates, in words.
  const records = await page.$$eval('#app [data-record="status"]', (els) => els.map((e) => [e.dataset.date, e.querySelector('h4').textContent]));
  assert.deepEqual(records, [
    ['2026-09-01', 'Status · 1. september 2026'],
    ['2026-10-15', 'Status · 15. oktober 2026'],
  ]);
  assert.match(await page.$eval('[data-record="status"][data-date="2026-10-15"]', (el) => el.textContent), /bedre end sidst/);

  // The evaluation: the advisor's part, the hand-over, the resident's part.
  await openInstrument(page, 'evaluation');
  const tag = 'evaluation-form';
  await fillAdvisorPart(page, { startDate: '2026-08-20', endDate: '2026-10-20' });
  await submit(page, tag);
  await page.waitForSelector(`${evaluation} >>> .handover button`);
  await page.click(`${evaluation} >>> .handover button`);
  await page.waitForSelector(`${evaluation} >>> input[name="satisfaction"]`);
  for (const [field, code] of [['satisfaction', 'satisfied'], ['financialOverview', 'some'], ['disposableIncomeOverview', 'high'], ['selfReliance', 'some'], ['situationChange', 'better'], ['recommend', 'yes']]) {
    await choose(page, tag, field, code);
  }
  await submit(page, tag);
  await page.waitForFunction(() => document.querySelector('#app .confirmation')?.textContent.includes('Evalueringen er færdig'));
  assert.match(await page.$eval('#app .overview', (el) => el.textContent), /Afsluttet 20\. oktober 2026/);

  // The report counts the resident, both sessions and the ended course.
  const before = await openReport(page);
  assert.deepEqual(before.period, { from: '2026-01-01', to: '2026-12-31' });
  assert.equal(before.totals.residents, 1);
  assert.equal(before.totals.sessions.total, 2);
  assert.equal(before.totals.sessions.faceToFace, 1);
  assert.equal(before.totals.sessions.phone, 1);
  assert.equal(before.totals.courses.ended, 1);
  assert.equal(before.totals.courses.ongoing, 0);

  // Export everything, clear this browser, import the backup: the same report.
  await page.click('a[href="#/"]');
  await page.waitForSelector('#app .residents');
  await page.click('#app .export button');
  // The file appears before Chromium has finished writing it: read it once it is whole.
  let file, backup;
  for (let i = 0; i < 100 && !backup; i++) {
    file = readdirSync(downloads).find((f) => f.endsWith('.json'));
    try {
      if (file) backup = JSON.parse(readFileSync(join(downloads, file), 'utf8'));
    } catch {
      // Still being written.
    }
    if (!backup) await new Promise((r) => setTimeout(r, 100));
  }
  assert.ok(backup, 'the backup was saved');
  assert.equal(backup.residents.length, 1);
  await page.click('#app .export button.danger');
  await page.waitForFunction(() => document.querySelector('#app')?.textContent.includes('Ingen beboere endnu'));
  assert.equal(page.dialogs.at(-1).type, 'confirm');
  const input = await page.$('#app .export input[type=file]');
  await input.uploadFile(join(downloads, file));
  await page.waitForSelector('#app .notice');
  assert.match(await page.$eval('#app .notice', (el) => el.textContent), new RegExp(`Indlæst: ${backup.responses.length} besvarelser og 1 beboer`));
  assert.equal(await page.$$eval('#app .residents li', (els) => els.length), 1);
  assert.deepEqual(await openReport(page), before);
  assert.deepEqual(page.errors ?? [], []);
});
