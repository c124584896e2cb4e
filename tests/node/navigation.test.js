// Answers survive a real navigation away and back (the browser's back button): from the
// back/forward cache, and, when the page cannot be cached, through the browser's form state
// restore (formStateRestoreCallback), which must show the answers, not only hold them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo } from './demo-support.js';

let demo;
before(async () => {
  demo = await startDemo();
});
after(() => demo?.close());

const shown = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('status-survey').shadowRoot;
    return {
      contact: root.querySelector('input[name="contact"]:checked')?.value,
      comment: root.querySelector('textarea[name="comment"]').value,
      persisted: window.persisted,
    };
  });

for (const [label, query, persisted] of [
  ['from the back/forward cache', '', true],
  ['without the back/forward cache', '?nobfcache', false],
]) {
  test(`answers are shown again after leaving and going back, ${label}`, async () => {
    const context = await demo.browser.createBrowserContext();
    try {
      const page = await context.newPage();
      await page.goto(`${demo.origin}/tests/pages/nav-form.html${query}`);
      await page.waitForSelector('status-survey >>> textarea');
      await (await page.$('status-survey >>> input[name="contact"][value="phone"]')).click();
      await page.type('status-survey >>> textarea[name="comment"]', 'Godt møde');
      await Promise.all([page.waitForNavigation(), page.click('#away')]);
      await page.goBack();
      await page.waitForSelector('status-survey >>> textarea');
      await page.waitForFunction(() => window.persisted !== undefined);
      // Restored state arrives after the element is drawn: give it its frame.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
      assert.deepEqual(await shown(page), { contact: 'phone', comment: 'Godt møde', persisted });
    } finally {
      await context.close();
    }
  });
}
