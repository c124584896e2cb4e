// The plain page: the README's own HTML, the drop-in served from the installed package's
// dist/drop-in/ at the URL the snippet uses, loaded in Chromium. The form must render (its
// questions as radios) inside the page's form, with no failed request and no console error.
import { join } from 'node:path';
import { inChromium } from './browser.js';
import { snippets } from './typed.js';

export const dropIn = (root) => ({
  name: 'drop-in',
  what: "the README's plain page with the drop-in, in Chromium: <status-survey> renders its form",
  files: snippets(root, 'drop-in'),
  run: ({ app, dir }) =>
    inChromium({ '/assets/raadgivning-forms/': join(dir, 'node_modules/raadgivning-forms/dist/drop-in'), '/': app }, async (page) => {
      const rendered = await page.evaluate(() => {
        const el = document.querySelector('status-survey');
        return { title: el.shadowRoot.querySelector('[part~=title]')?.textContent.trim(), form: el.form?.getAttribute('action'), residentId: el.residentId };
      });
      if (!rendered.title) throw new Error('the form has no title');
      if (rendered.form !== '/cases/42/status' || rendered.residentId !== 'r-123') throw new Error(`the element is not the page's: ${JSON.stringify(rendered)}`);
    }),
});
