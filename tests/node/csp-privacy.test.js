// Strict CSP and privacy, checked on the real drop-in bundle in a real page load: a page served
// with a CSP that allows no inline script or style and no eval renders and validates every
// element with no violation, makes no request of its own, and stores nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumPath, chromiumArgs } from '../../scripts/chromium-path.js';

const csp = "default-src 'self'; script-src 'self'; style-src 'self'";
const dropIn = new URL('../../dist/drop-in/', import.meta.url);
const bundle = new URL('all.js', dropIn);

const page = `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>CSP</title>
<script type="module" src="/watch.js"></script>
<script type="module" src="/all.js"></script>
</head><body><main></main></body></html>`;

// Loaded before the bundle, so a violation during start-up is caught too.
const watch = `
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sourceFile || '') + ':' + e.lineNumber);
});`;

let server;
let browser;
let origin;

before(async () => {
  assert.ok(existsSync(bundle), 'dist/drop-in/all.js: run npm run build first');
  server = createServer((req, res) => {
    const headers = { 'Content-Security-Policy': csp, 'Cache-Control': 'no-store' };
    if (req.url === '/') res.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(page);
    else if (req.url === '/watch.js') res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(watch);
    else {
      // The bundle and any chunk it loads, from dist/drop-in only.
      const file = new URL('.' + new URL(req.url, 'http://x').pathname, dropIn);
      if (file.href.startsWith(dropIn.href) && file.pathname.endsWith('.js') && existsSync(file)) {
        res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(readFileSync(file));
      } else res.writeHead(404, headers).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Every form element the bundle registers, exercised as a user and a host would. */
async function exercise(p) {
  return p.evaluate(async () => {
    const tags = ['status-survey', 'master-data-form', 'evaluation-form'].filter((t) => customElements.get(t));
    const report = {};
    const main = document.querySelector('main');
    for (const tag of tags) {
      const el = document.createElement(tag);
      el.setAttribute('resident-id', 'r-1');
      main.append(el);
      await el.updateComplete;
      el.shadowRoot.querySelector('button[type=submit]').click();
      await el.updateComplete;
      const errorsDa = el.shadowRoot.querySelectorAll('.error-message').length;
      const radio = el.shadowRoot.querySelector('input[type=radio]');
      radio.click();
      el.lang = 'en';
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      const english = el.shadowRoot.textContent.includes('There is a problem');
      el.setAttribute('value', '{not json');
      await el.updateComplete;
      const notice = !!el.shadowRoot.querySelector('.notice');
      el.readonly = true;
      await el.updateComplete;
      const readonlyOk = el.shadowRoot.querySelectorAll('dt').length > 0;
      report[tag] = { errorsDa, english, notice, readonlyOk };
      el.remove();
    }
    return report;
  });
}

test('every element renders and validates under a strict CSP with no violation', async () => {
  const p = await browser.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(e.message));
  await p.goto(origin + '/', { waitUntil: 'load' });
  const report = await exercise(p);
  const tags = Object.keys(report);
  assert.ok(tags.includes('status-survey'), `elements exercised: ${tags.join(', ')}`);
  for (const [tag, r] of Object.entries(report)) {
    assert.ok(r.errorsDa > 0, `${tag}: errors shown after an empty submit`);
    assert.ok(r.english, `${tag}: switched to English`);
    assert.ok(r.notice, `${tag}: told about a bad value attribute`);
    assert.ok(r.readonlyOk, `${tag}: read-only view`);
  }
  assert.deepEqual(await p.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  console.log(`CSP: ${tags.length} elements exercised, 0 violations`);
  await p.close();
});

test('the library makes no request and stores nothing', async () => {
  const p = await browser.newPage();
  const requests = [];
  await p.goto(origin + '/', { waitUntil: 'load' });
  // data: URLs are the browser's own (the date input's calendar icon): nothing leaves the page.
  // The library's own code loaded lazily from beside the bundle (the postcode table, when a
  // postcode field first renders) is a plain GET of a static file there, carrying no data.
  const ownCode = (r) => {
    const url = new URL(r.url());
    return r.method() === 'GET' && url.origin === origin && /^\/chunks\/[\w-]+\.js$/.test(url.pathname) && !url.search;
  };
  p.on('request', (r) => !r.url().startsWith('data:') && !ownCode(r) && requests.push(r.url()));
  await exercise(p);
  const stored = await p.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookie: document.cookie,
    databases: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }));
  assert.deepEqual(requests, [], 'requests after load');
  assert.deepEqual(stored, { local: 0, session: 0, cookie: '', databases: 0, caches: 0 });
  await p.close();
});
