// The demo (demo/) as a counsellor uses it: the dev server that `npm start` runs, and a real
// Chromium driven by puppeteer-core: real clicks, real key presses, real reloads, real dialogs.
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromiumPath, chromiumArgs } from '../../scripts/chromium-path.js';

const rootDir = fileURLToPath(new URL('../../', import.meta.url));

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts the dev server and the browser; returns what the tests need, and `close`. */
export async function startDemo() {
  const port = await freePort();
  const server = await startDevServer({
    config: {
      rootDir,
      port,
      hostname: '127.0.0.1',
      nodeResolve: { exportConditions: ['browser', 'development'] },
      plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${rootDir}tsconfig.json` })],
    },
    readCliArgs: false,
    readFileConfig: false,
    autoExitProcess: false,
    logStartMessage: false,
  });
  // en-US: the order of a date field's segments (month/day/year) is the browser's locale's.
  const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: [...chromiumArgs, '--lang=en-US'] });
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    browser,
    /** A fresh profile (its own IndexedDB and storage) with the demo open. */
    async open(width = 1280, path = '/demo/', { downloadPath } = {}) {
      const context = await browser.createBrowserContext(downloadPath ? { downloadBehavior: { policy: 'allow', downloadPath } } : {});
      const page = await context.newPage();
      await page.setViewport({ width, height: 900 });
      page.dialogs = [];
      page.on('dialog', async (d) => {
        page.dialogs.push({ type: d.type(), message: d.message() });
        await d.accept();
      });
      page.on('pageerror', (e) => (page.errors ??= []).push(String(e)));
      await page.goto(origin + path);
      await page.waitForSelector('#app >>> h2');
      return page;
    },
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}

/** Creates a resident by typing a name and pressing the create button; the resident page opens. */
export async function createResident(page, name) {
  await page.waitForSelector('#new-name');
  await page.type('#new-name', name);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.startsWith('#/resident/'));
  // The page is drawn once the records are read.
  await page.waitForSelector('#app .overview');
}

/** Opens an instrument's tab on the resident page. */
export async function openInstrument(page, instrument) {
  const tab = await page.waitForSelector(`[data-instrument-tab="${instrument}"]`);
  await tab.click();
  // The page is drawn anew once the records are read: wait for it.
  await page.waitForSelector(`[data-instrument-tab="${instrument}"][aria-current="page"]`);
}

/** The editable form of an instrument on the page (not a read-only record). */
export const formSelector = (tag) => `#app ${tag}:not([readonly]):not([template])`;

/** Clicks an answer's radio or checkbox inside a form. */
export async function choose(page, tag, field, code) {
  await page.click(`${formSelector(tag)} >>> input[name="${field}"][value="${code}"]`);
}

/** Types into a text or number field inside a form (clears it first). */
export async function typeInto(page, tag, field, text) {
  const input = await page.waitForSelector(`${formSelector(tag)} >>> [name="${field}"]`);
  await input.click({ count: 3 });
  await page.keyboard.press('Backspace');
  await input.type(String(text));
}

/** Types an ISO date into a date field, segment by segment (month, day, year in en-US). */
export async function typeDate(page, tag, field, iso) {
  const [y, m, d] = iso.split('-');
  const input = await page.waitForSelector(`${formSelector(tag)} >>> input[name="${field}"]`);
  // focus() lands on the first segment (a click lands on whichever is under the pointer). A
  // form drawn anew while the page settles resets a half-typed date, as it would for a user:
  // type it again then.
  for (let i = 0; i < 3; i++) {
    await input.evaluate((el) => el.focus());
    // Today's date is there already: clear each segment first, then type from the first.
    for (const key of ['Backspace', 'Tab', 'Backspace', 'Tab', 'Backspace']) await page.keyboard.press(key);
    await input.evaluate((el) => el.focus());
    await page.keyboard.type(`${m}${d}${y}`);
    if ((await input.evaluate((el) => el.value)) === iso) return;
  }
}

/** The value of a field as the form holds it (what the user sees). */
export function fieldValue(page, tag, field) {
  return page.$eval(`${formSelector(tag)} >>> [name="${field}"]`, (el) => el.value);
}

export function checkedValue(page, tag, field) {
  return page.evaluate(
    (sel, f) => document.querySelector(sel)?.shadowRoot?.querySelector(`input[name="${f}"]:checked`)?.value ?? null,
    formSelector(tag),
    field,
  );
}

/** Presses the form's own submit button. */
export async function submit(page, tag) {
  await page.click(`${formSelector(tag)} >>> button[type=submit]`);
}

/** Switches the page's language with the language menu, as a user does. */
export async function switchLanguage(page, lang) {
  await page.select('#lang', lang);
  await page.waitForFunction((l) => document.documentElement.lang === l, {}, lang);
}

/** Status answers (all required ones). */
export const statusAnswers = {
  counsellingType: 'type3',
  contact: 'face_to_face',
  expectedAdvice: 'partly',
  financialOverview: 'low',
  disposableIncomeOverview: 'some',
  adviceRating: 'good',
};

/** Answers every choice of a status survey by clicking; the date is typed. */
export async function fillStatus(page, date, answers = statusAnswers) {
  await page.waitForSelector(`${formSelector('status-survey')} >>> input[name="date"]`);
  await typeDate(page, 'status-survey', 'date', date);
  for (const [field, code] of Object.entries(answers)) await choose(page, 'status-survey', field, code);
}

/** Fills the master data form: every required field, by clicking and typing. */
export async function fillMasterData(page, { startDate = '2026-08-20', endDate } = {}) {
  const tag = 'master-data-form';
  await page.waitForSelector(`${formSelector(tag)} >>> input[name="gender"]`);
  await choose(page, tag, 'counsellingType', 'type3');
  await choose(page, tag, 'gender', 'female');
  await typeInto(page, tag, 'age', 41);
  await choose(page, tag, 'housing', 'social_family');
  await typeInto(page, tag, 'postcode', '8000');
  await choose(page, tag, 'education', 'vocational');
  await choose(page, tag, 'income', 'employed');
  await typeInto(page, tag, 'children', 2);
  await choose(page, tag, 'problems', 'rent_arrears');
  await typeDate(page, tag, 'startDate', startDate);
  if (endDate) await typeDate(page, tag, 'endDate', endDate);
}

/** The visible text of the app (light DOM and the forms' shadow roots). */
export function appText(page) {
  return page.$eval('#app', (el) => el.innerText.replace(/\s+/g, ' '));
}

/** Fills the evaluation's advisor part: one face-to-face and one phone session. */
export async function fillAdvisorPart(page, { startDate = '2026-08-20', endDate = '2026-10-20' } = {}) {
  const tag = 'evaluation-form';
  await page.waitForSelector(`${formSelector(tag)} >>> input[name="counsellingType"]`);
  await choose(page, tag, 'counsellingType', 'type3');
  await typeDate(page, tag, 'startDate', startDate);
  await typeDate(page, tag, 'endDate', endDate);
  await typeInto(page, tag, 'sessionsFaceToFace', 1);
  await typeInto(page, tag, 'sessionsPhone', 1);
  await typeInto(page, tag, 'sessionsDigital', 0);
  await choose(page, tag, 'activities', 'budget');
  await choose(page, tag, 'outcomes', 'budget_kept');
  await choose(page, tag, 'endReason', 'completed');
}
