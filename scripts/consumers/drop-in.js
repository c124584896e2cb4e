// The plain page: the README's own HTML, the drop-in served from the installed package's
// dist/drop-in/ at the URL the snippet uses, loaded in Chromium. The form must render (its
// questions as radios), with no failed request and no error in the console.
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../chromium-path.js';
import { snippets } from './typed.js';

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

export const dropIn = (root) => ({
  name: 'drop-in',
  what: "the README's plain page with the drop-in, in Chromium: <status-survey> renders its form",
  files: snippets(root, 'drop-in'),
  async run({ app, dir }) {
    const assets = join(dir, 'node_modules/raadgivning-forms/dist/drop-in');
    const server = createServer((req, res) => {
      const path = new URL(req.url, 'http://x').pathname;
      if (path === '/favicon.ico') return res.writeHead(204).end();
      const file = path === '/' ? join(app, 'index.html') : path.startsWith('/assets/raadgivning-forms/') ? join(assets, normalize(path.slice('/assets/raadgivning-forms/'.length))) : '';
      if (!file.startsWith(app) && !file.startsWith(assets)) return res.writeHead(404).end();
      if (!existsSync(file)) return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });
    try {
      const page = await browser.newPage();
      const problems = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
      page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
      await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('status-survey')?.shadowRoot?.querySelectorAll('input[type=radio]').length > 0, { timeout: 10_000 });
      const rendered = await page.evaluate(() => {
        const el = document.querySelector('status-survey');
        return { title: el.shadowRoot.querySelector('[part~=title]')?.textContent.trim(), form: el.form?.getAttribute('action'), residentId: el.residentId };
      });
      if (!rendered.title) throw new Error('the form has no title');
      if (rendered.form !== '/cases/42/status' || rendered.residentId !== 'r-123') throw new Error(`the element is not the page's: ${JSON.stringify(rendered)}`);
      if (problems.length) throw new Error(problems.join('\n'));
    } finally {
      await browser.close();
      server.close();
    }
  },
});
