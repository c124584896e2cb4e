// A page in Chromium for the consumers: static files served from 127.0.0.1 (URL prefix → folder),
// and every console error, page error, failed request and Vue warning collected as a problem.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../chromium-path.js';

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css' };

/** Serves `folders` ({ '/assets/x/': dir, '/': dir }), opens `/` and hands the page to `check`. */
export async function inChromium(folders, check) {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const prefix = Object.keys(folders).filter((p) => path.startsWith(p)).sort((a, b) => b.length - a.length)[0];
    let file = prefix === undefined ? '' : join(folders[prefix], normalize(`/${path.slice(prefix.length)}`));
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !file.startsWith(folders[prefix]) || !existsSync(file)) return res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (m) => (m.type() === 'error' || /\[Vue warn\]/.test(m.text())) && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
    await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
    await page.waitForFunction((tag) => document.querySelector(tag)?.shadowRoot?.querySelectorAll('input[type=radio]').length > 0, { timeout: 10_000 }, 'status-survey');
    await check(page);
    if (problems.length) throw new Error(problems.join('\n'));
  } finally {
    await browser.close();
    server.close();
  }
}
