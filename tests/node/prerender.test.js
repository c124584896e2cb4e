// prerender() on a Node server (dist/prerender.js) and the static files written from it
// (dist/prerendered/): the elements' own forms as declarative shadow DOM, in the language asked
// for, with the server's prefill, and safe to put in a page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { prerender } from '../../dist/prerender.js';

const checkedValues = (html, name) => [...html.matchAll(new RegExp(`name="${name}"\\s+value="([^"]+)"\\s+checked`, 'g'))].map((m) => m[1]);

test('renders each element as its declarative shadow root, in Danish or English', async () => {
  const da = await prerender('status-survey');
  assert.match(da, /^<status-survey[^>]*lang="da"[^>]*><template shadowroot="open" shadowrootmode="open"><style>/);
  assert.match(da, /<h2 part="title" class="title">Statusredskab<\/h2>/);
  assert.equal((da.match(/type="radio"/g) ?? []).length, 26);
  const en = await prerender('status-survey', { lang: 'en-GB' });
  assert.match(en, /<h2 part="title" class="title">Status survey<\/h2>/);
  assert.match(await prerender('master-data-form', { lang: 'en' }), /name="postcode"/);
  const resident = await prerender('evaluation-form', { part: 'resident' });
  assert.match(resident, /part="resident"/);
  assert.doesNotMatch(resident, /name="sessionsPhone"/);
  assert.match(resident, /name="satisfaction"/);
  // No hydration markers (the elements render afresh), no property written as a string.
  assert.doesNotMatch(da + en, /lit-part|lit-node|<\?>|checked="/);
  assert.equal(globalThis.window, undefined, 'a server must not be left with a window');
});

test('concurrent calls in different languages each get their own', async () => {
  const results = await Promise.all(['da', 'en', 'da', 'en'].map((lang) => prerender('status-survey', { lang })));
  assert.deepEqual(
    results.map((html) => /class="title">([^<]+)</.exec(html)[1]),
    ['Statusredskab', 'Status survey', 'Statusredskab', 'Status survey'],
  );
});

test("renders the server's prefill, escaped, and leaves today's date to the browser", async () => {
  const html = await prerender('status-survey', {
    residentId: 'r-"1"',
    name: 'status',
    value: { answers: { counsellingType: 'type3', contact: 'phone' } },
    nonce: 'n"0',
  });
  assert.deepEqual(checkedValues(html, 'counsellingType'), ['type3']);
  assert.deepEqual(checkedValues(html, 'contact'), ['phone']);
  assert.deepEqual(checkedValues(html, 'expectedAdvice'), []);
  assert.match(html, /resident-id="r-&quot;1&quot;"/);
  assert.match(html, /value="\{&quot;answers&quot;:\{&quot;counsellingType&quot;:&quot;type3&quot;/);
  assert.match(html, /<style nonce="n&quot;0">/);
  assert.match(html, /name="date"[^>]*value=""/);
  const dated = await prerender('status-survey', { value: { answers: { date: '2026-11-02' } } });
  assert.match(dated, /name="date"[^>]*value="2026-11-02"/);
});

test('an unknown element is an error, never markup', async () => {
  await assert.rejects(() => prerender('img src=x onerror=alert(1)'), /unknown element/);
});

test('the static files are the shadow roots alone, listed with their styles\' CSP hashes', () => {
  const dir = new URL('../../dist/prerendered/', import.meta.url);
  const index = JSON.parse(readFileSync(new URL('index.json', dir), 'utf8'));
  assert.equal(index.length, 10);
  for (const entry of index) {
    const html = readFileSync(new URL(entry.file, dir), 'utf8');
    assert.match(html, /^<template shadowroot="open" shadowrootmode="open"><style>[\s\S]*<\/template>\n$/, entry.file);
    assert.match(html, new RegExp(`<form part="form" lang="${entry.lang}" method="dialog"`), entry.file);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)[1];
    assert.deepEqual(entry.styleHashes, [`'sha256-${createHash('sha256').update(style).digest('base64')}'`]);
  }
});
