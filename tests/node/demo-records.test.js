// Records a counsellor can manage in the demo's case system (issue 12): corrections as new
// versions, erasure of one resident, backup files checked before anything is written, search
// and sort, and a browser without IndexedDB.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemo, createResident, openInstrument, choose, fillStatus, submit, checkedValue, fillAdvisorPart, formSelector } from './demo-support.js';

let demo;
before(async () => (demo = await startDemo()));
after(async () => demo?.close());

const status = 'status-survey';
const dir = mkdtempSync(join(tmpdir(), 'demo-records-'));

async function addStatus(page, date, answers) {
  await openInstrument(page, 'status');
  const again = await page.$('[data-action="new-status"]');
  if (again) await again.click();
  await fillStatus(page, date, answers);
  await submit(page, status);
  await page.waitForSelector('[data-action="new-status"]', { timeout: 5000 }).catch(async (e) => {
    await page.screenshot({ path: '/tmp/h1-shots/records-fail.png', fullPage: true });
    throw e;
  });
}

const toList = async (page) => {
  if (await page.$('a[href="#/"]')) await page.click('a[href="#/"]');
  await page.waitForSelector('#app .residents, #app #new-name');
};

test('a corrected status replaces the old one in the timeline and the report, and its history stays', async () => {
  const page = await demo.open();
  await createResident(page, 'Ret Rasmussen');
  await addStatus(page, '2026-09-01');
  await page.click('[data-record="status"] .actions button:nth-child(2)');
  await page.waitForSelector('#app .correcting');
  assert.equal(await checkedValue(page, status, 'financialOverview'), 'low', 'the correction starts from the stored answers');
  await choose(page, status, 'financialOverview', 'high');
  await submit(page, status);
  await page.waitForFunction(() => document.querySelector('#app .confirmation')?.textContent.includes('Rettelsen'));
  const boxes = await page.$$eval('#app [data-record="status"]', (els) => els.map((e) => e.textContent.replace(/\s+/g, ' ')));
  assert.equal(boxes.length, 1, 'one conversation, not two');
  assert.match(boxes[0], /Ja, i høj grad/);
  assert.match(boxes[0], /Rettet: 1 tidligere version/);
  await toList(page);
  await page.click('a[href="#/report"]');
  await page.waitForFunction(() => document.querySelector('indicator-report')?.report);
  assert.equal(await page.$eval('indicator-report', (el) => el.report.totals.sessions.total), 1);
});

test('erasing a resident deletes them and everything about them, and says so first', async () => {
  const page = await demo.open();
  await createResident(page, 'Bliver Boesen');
  await addStatus(page, '2026-09-01');
  await toList(page);
  await createResident(page, 'Slettes Sørensen');
  await addStatus(page, '2026-09-02');
  await page.click('[data-action="new-status"]');
  await page.waitForSelector(`#app ${status} >>> input[name="contact"]`);
  await choose(page, status, 'contact', 'phone'); // a draft, to be erased too
  await page.click('#app .resident-data button.danger');
  await page.waitForSelector('#app .residents');
  const asked = page.dialogs.at(-1);
  assert.equal(asked.type, 'confirm');
  assert.match(asked.message, /Slettes Sørensen.*1 gemt besvarelse/);
  assert.match(await page.$eval('#app .notice', (el) => el.textContent), /Slettes Sørensen og alle data om beboeren er slettet/);
  assert.deepEqual(await page.$$eval('#app .residents li a', (els) => els.map((a) => a.textContent)), ['Bliver Boesen']);
  const left = await page.evaluate(async () => {
    const db = await new Promise((resolve) => (indexedDB.open('raadgivning-demo').onsuccess = (e) => resolve(e.target.result)));
    const all = await new Promise((resolve) => (db.transaction('responses').objectStore('responses').getAll().onsuccess = (e) => resolve(e.target.result)));
    return { residents: [...new Set(all.map((r) => r.residentId))].length, drafts: Object.keys(localStorage).filter((k) => k.includes(':draft:')).length };
  });
  assert.deepEqual(left, { residents: 1, drafts: 0 });
});

test('a backup file is checked before anything is written: rejected records are listed with the reason, repeats are counted', async () => {
  const page = await demo.open();
  await createResident(page, 'Fil Frandsen');
  await addStatus(page, '2026-09-01');
  const stored = await page.evaluate(async () => {
    const db = await new Promise((resolve) => (indexedDB.open('raadgivning-demo').onsuccess = (e) => resolve(e.target.result)));
    return new Promise((resolve) => (db.transaction('responses').objectStore('responses').getAll().onsuccess = (e) => resolve(e.target.result)));
  });
  const own = stored[0].envelope;
  const other = { id: 'r-import1', name: 'Ny Nielsen', createdAt: '2026-11-01T10:00:00Z' };
  const good = { ...own, residentId: other.id, responseId: 'import-1', answers: { ...own.answers, date: '2026-11-03' } };
  const bad = { ...good, responseId: 'import-2', answers: { ...good.answers, expectedAdvice: 'maybe' } };
  const file = (name, data) => {
    writeFileSync(join(dir, name), typeof data === 'string' ? data : JSON.stringify(data));
    return join(dir, name);
  };
  const upload = async (path) => {
    await toList(page);
    const before = await page.$eval('#app', (el) => el.querySelector('.notice')?.textContent ?? '');
    await (await page.$('#app .export input[type=file]')).uploadFile(path);
    await page.waitForFunction((old) => (document.querySelector('#app .notice')?.textContent ?? old) !== old, {}, before);
    return page.$eval('#app .notice', (el) => el.textContent.replace(/\s+/g, ' '));
  };
  const backup = { program: 'raadgivning-forms-demo', format: 1, codebookVersion: '1', residents: [other], responses: [own, good, bad] };
  const first = await upload(file('mixed.json', backup));
  assert.match(first, /Indlæst: 1 besvarelse og 1 beboer\. 1 fandtes allerede/);
  assert.match(first, /1 besvarelse blev afvist:\s*Nr\. 3: Status, r-import1 – Har du i dag fået rådgivning omkring det, som du havde forventet\?: "maybe" er ikke et af svarene/);
  assert.match(await upload(file('mixed.json', backup)), /Intet er indlæst\..*2 fandtes allerede/);
  assert.match(await upload(file('v2.json', { ...backup, codebookVersion: '2' })), /kodebog version 2.*Intet er indlæst/);
  assert.match(await upload(file('other.json', { patients: [] })), /ikke en sikkerhedskopi fra dette program/);
  assert.match(await upload(file('broken.json', '{"program": "raadg')), /kan ikke læses som JSON/);
  assert.equal(await page.$$eval('#app .residents li', (els) => els.length), 2, 'nothing more was written');
});

test('residents can be searched by name and sorted by last conversation and course status', async () => {
  const page = await demo.open();
  for (const [name, date] of [['Anna', '2026-09-01'], ['Bo', '2026-11-01'], ['Carl', '2026-10-01']]) {
    await createResident(page, name);
    await addStatus(page, date);
    await toList(page);
  }
  const names = () => page.$$eval('#app .residents li a', (els) => els.map((a) => a.textContent));
  assert.deepEqual(await names(), ['Anna', 'Bo', 'Carl']);
  await page.select('#app .find select', 'last');
  await page.waitForFunction(() => document.querySelector('#app .residents li a')?.textContent === 'Bo');
  assert.deepEqual(await names(), ['Bo', 'Carl', 'Anna']);
  await page.type('#app .find input[type=search]', 'ca');
  await page.waitForFunction(() => document.querySelectorAll('#app .residents li').length === 1);
  assert.deepEqual(await names(), ['Carl']);
});

test('without IndexedDB the page says so, and the forms and the export still work', async () => {
  const downloads = mkdtempSync(join(tmpdir(), 'demo-noidb-'));
  const context = await demo.browser.createBrowserContext({ downloadBehavior: { policy: 'allow', downloadPath: downloads } });
  const page = await context.newPage();
  page.on('dialog', (d) => d.accept());
  // As in a browser that refuses storage: opening the database fails.
  await page.evaluateOnNewDocument(() => {
    IDBFactory.prototype.open = function () {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  await page.goto(`${demo.origin}/demo/`);
  await page.waitForSelector('#app .notice.error');
  assert.match(await page.$eval('#app .notice.error', (el) => el.textContent), /lader ikke demoen gemme/);
  await createResident(page, 'Privat Petersen');
  await addStatus(page, '2026-09-01');
  assert.equal(await page.$$eval('#app [data-record="status"]', (els) => els.length), 1);
  await toList(page);
  await page.click('#app .export button');
  let file;
  for (let i = 0; i < 50 && !file; i++) {
    file = readdirSync(downloads).find((f) => f.endsWith('.json'));
    if (!file) await new Promise((r) => setTimeout(r, 100));
  }
  assert.ok(file, 'the backup downloads');
  await context.close();
});



test("the resident's part of the evaluation can wait for another day: it shows as pending and opens from the overview", async () => {
  const page = await demo.open();
  await createResident(page, 'Senere Svendsen');
  await openInstrument(page, 'evaluation');
  await fillAdvisorPart(page);
  await submit(page, 'evaluation-form');
  await page.waitForSelector(`${formSelector('evaluation-form')} >>> .handover`);
  // Another day: the page is opened again.
  await page.reload();
  await page.waitForSelector('#app .overview');
  const pending = await page.$eval('#app .pending', (el) => el.textContent);
  assert.match(pending, /Beboerens del af evalueringen er ikke udfyldt/);
  await page.click('#app .pending a[href$="/evaluation"]');
  const resident = '#app evaluation-form[part="resident"]';
  await page.waitForSelector(`${resident} >>> input[name="satisfaction"]`);
  for (const [field, code] of [['satisfaction', 'satisfied'], ['financialOverview', 'some'], ['disposableIncomeOverview', 'high'], ['selfReliance', 'some'], ['situationChange', 'better'], ['recommend', 'yes']]) {
    await page.click(`${resident} >>> input[name="${field}"][value="${code}"]`);
  }
  await page.click(`${resident} >>> button[type=submit]`);
  await page.waitForFunction(() => document.querySelector('#app .confirmation')?.textContent.includes('Evalueringen er færdig'));
  assert.doesNotMatch(await page.$eval('#app .overview', (el) => el.textContent), /Beboerens del af evalueringen/, 'no longer pending');
  assert.deepEqual(await page.$$eval('#app [data-record="evaluation"] h4', (els) => els.map((h) => h.textContent.split(' · ')[0])), [
    'Evaluering – rådgiverens del',
    'Evaluering – beboerens del',
  ]);
});
