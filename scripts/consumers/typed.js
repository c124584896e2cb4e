// Typed hosts: React 19 with TypeScript strict, and Vue 3 with vue-tsc and strictTemplates. Each
// type-checks the README's snippets exactly as printed (the fenced block after a
// `<!-- consumer: app/file -->` line), with the library's own .d.ts files checked too
// (skipLibCheck off), and must reject a misspelt prop with the error a user would see.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './bundlers.js';
import { inChromium } from './browser.js';

/** A complete status survey, by code. */
const statusAnswers = { date: '2026-01-01', counsellingType: 'type3', contact: 'phone', expectedAdvice: 'yes', financialOverview: 'some', disposableIncomeOverview: 'high', adviceRating: 'good' };

/** The README's snippets for one app: { 'src/StatusStep.tsx': code }. */
export function snippets(root, app) {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const found = Object.fromEntries([...readme.matchAll(/<!-- consumer: ([\w-]+)\/(\S+) -->\n```\w*\n([\s\S]*?)\n```/g)].filter((m) => m[1] === app).map((m) => [m[2], `${m[3]}\n`]));
  if (!Object.keys(found).length) throw new Error(`README.md has no <!-- consumer: ${app}/… --> snippet`);
  return found;
}

/** Runs a type checker that must fail, and returns its output: only the expected errors may be in it. */
function typeErrors(command, args, cwd) {
  try {
    run(command, args, cwd);
  } catch (error) {
    return `${error.stdout}${error.stderr}`;
  }
  throw new Error(`${command} passed, but src/Typo.* misspells a prop: a typo must be a type error`);
}

/** Each error with the lines that explain it; only src/Typo.* may have any, and each expected one. */
function expectOnly(output, expected) {
  // eslint-disable-next-line no-control-regex -- ngc colours its output even into a pipe
  const errors = output.replace(/\x1b\[[0-9;]*m/g, '').split(/\n(?=\S)/).filter((e) => /error TS\d+/.test(e));
  const stray = errors.filter((e) => !e.startsWith('src/Typo.'));
  if (stray.length) throw new Error(`type errors outside src/Typo.*:\n${stray.join('\n')}`);
  for (const [code, text] of expected) {
    if (!errors.some((e) => e.includes(`error ${code}`) && e.includes(text))) throw new Error(`expected ${code} about ${text}; got:\n${errors.join('\n') || output.slice(0, 800)}`);
  }
  if (errors.length !== expected.length) throw new Error(`expected ${expected.length} errors, got ${errors.length}:\n${errors.join('\n')}`);
}

const compilerOptions = { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, skipLibCheck: false, types: [] };

export const typed = (root) => [
  {
    name: 'react',
    what: "React 19 + TypeScript strict: the README's snippets type-check (also with node10 resolution); a misspelt prop, a wrong value and a wrong event type are errors",
    files: {
      ...Object.fromEntries(Object.entries(snippets(root, 'react')).map(([f, c]) => [f, c])),
      'tsconfig.json': JSON.stringify({ compilerOptions: { ...compilerOptions, jsx: 'react-jsx' }, include: ['src'] }),
      // An older setup that ignores package.json "exports" finds the types through "typesVersions".
      'tsconfig.node10.json': JSON.stringify({ compilerOptions: { ...compilerOptions, jsx: 'react-jsx', moduleResolution: 'node10', esModuleInterop: true, skipLibCheck: true }, include: ['src'], exclude: ['src/Typo.tsx'] }),
      'src/Typo.tsx': `import 'raadgivning-forms/status-survey';
import 'raadgivning-forms/react';
export const typo = <status-survey residentIdd="r-1" />;
export const wrongValue = <evaluation-form part="advisors" />;
export const wrongEvent = <status-survey onresponse-submit={(e: CustomEvent<number>) => e.detail.toFixed()} />;
`,
    },
    run: ({ app, dir }) => {
      const tsc = join(dir, 'node_modules/typescript/bin/tsc');
      expectOnly(typeErrors(process.execPath, [tsc, '-p', '.'], app), [
        ['TS2322', 'residentIdd'],
        ['TS2820', '"advisors"'],
        ['TS2322', 'CustomEvent<number>'],
      ]);
      run(process.execPath, [tsc, '-p', 'tsconfig.node10.json'], app);
    },
  },
  {
    name: 'vue',
    what: "Vue 3 + vue-tsc (strictTemplates): the README's snippet type-checks, a misspelt prop is an error; built by Vite with the README's config, it submits in Chromium",
    files: {
      ...snippets(root, 'vue'),
      'tsconfig.json': JSON.stringify({ compilerOptions: { ...compilerOptions, jsx: 'preserve' }, include: ['src/**/*.vue', 'src/**/*.ts'], vueCompilerOptions: { strictTemplates: true } }),
      // The app that runs it: built by Vite with the README's vite.config.js, opened in Chromium.
      'index.html': '<!doctype html><html lang="da"><title>app</title><div id="app"></div><script type="module" src="/src/main.js"></script></html>\n',
      'src/main.js': `import { createApp } from 'vue';
import StatusStep from './StatusStep.vue';
const previous = { answers: ${JSON.stringify(statusAnswers)} };
createApp(StatusStep, { residentId: 'r-1', previous, onSave: (envelope) => (document.body.dataset.saved = JSON.stringify(envelope)) }).mount('#app');
`,
      'src/Typo.vue': `<script setup lang="ts">
import 'raadgivning-forms/status-survey';
import 'raadgivning-forms/vue';
</script>

<template>
  <status-survey :resident-idd="'r-1'" />
  <evaluation-form part="advisors" />
</template>
`,
    },
    async run({ app, dir }) {
      expectOnly(typeErrors(process.execPath, [join(dir, 'node_modules/vue-tsc/bin/vue-tsc.js'), '-p', '.'], app), [
        ['TS2561', "'residentIdd' does not exist"],
        ['TS2820', '"advisors"'],
      ]);
      run(join(dir, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], app);
      // A real click on the element's submit button; the component's `save` emit must get the envelope.
      await inChromium({ '/': join(app, 'dist') }, async (page) => {
        const residentId = await page.evaluate(() => document.querySelector('status-survey').residentId);
        if (residentId !== 'r-1') throw new Error(`Vue did not set the residentId property (${residentId})`);
        await (await page.$('status-survey >>> [part~="submit"]')).click();
        await page.waitForFunction(() => document.body.dataset.saved, { timeout: 5000 });
        const saved = JSON.parse(await page.evaluate(() => document.body.dataset.saved));
        if (saved.residentId !== 'r-1' || saved.answers.contact !== 'phone') throw new Error(`the saved envelope is not the form's: ${JSON.stringify(saved)}`);
      });
    },
  },
  {
    name: 'angular',
    what: "Angular 20 + ngc (strictTemplates): the README's component compiles; a misspelt member in its template is an error",
    files: {
      ...snippets(root, 'angular'),
      'tsconfig.json': JSON.stringify({ compilerOptions: { ...compilerOptions, skipLibCheck: true }, angularCompilerOptions: { strictTemplates: true }, include: ['src'] }),
      // CUSTOM_ELEMENTS_SCHEMA leaves the element's own properties unchecked (README); the
      // component's side of a binding is still checked.
      'src/Typo.component.ts': `import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import 'raadgivning-forms/status-survey';
@Component({ selector: 'app-typo', schemas: [CUSTOM_ELEMENTS_SCHEMA], template: \`<status-survey [residentId]="residentIdd()"></status-survey>\` })
export class TypoComponent {
  residentId() {
    return 'r-1';
  }
}
`,
    },
    run: ({ app, dir }) => expectOnly(typeErrors(process.execPath, [join(dir, 'node_modules/@angular/compiler-cli/bundles/src/bin/ngc.js'), '-p', '.'], app), [['TS2551', "'residentIdd' does not exist"]]),
  },
];
