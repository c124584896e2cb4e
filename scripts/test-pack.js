// The npm package as a user gets it: `npm pack`, install the tarball into a fresh project, and
// use its entries there. Run by `npm test` after the build; prints one PASS or FAIL line.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'raadgivning-pack-'));
const npm = (args, cwd) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const failures = [];
const check = (ok, what) => {
  if (!ok) failures.push(what);
};

try {
  // 1. The tarball holds what users need, and nothing else.
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', dir], root));
  const files = packed.files.map((f) => f.path);
  for (const needed of ['package.json', 'README.md', 'dist/index.js', 'dist/index.d.ts', 'dist/define.js', 'dist/instruments.js', 'dist/status-survey.js', 'dist/drop-in/status-survey.js', 'dist/custom-elements.json', 'dist/prerender.js', 'dist/prerendered/index.json', 'dist/prerendered/status-survey.da.html', 'dist/hosts/react.d.ts', 'dist/hosts/jsx.d.ts', 'dist/hosts/vue.d.ts', 'dist/hosts/vscode.html-custom-data.json', 'dist/hosts/vscode.css-custom-data.json', 'dist/hosts/web-types.json']) {
    check(files.includes(needed), `tarball lacks ${needed}`);
  }
  // The licences travel with the package, and the drop-ins' with them (each bundle points at them).
  for (const needed of ['LICENSE', 'CHANGELOG.md', 'dist/drop-in/THIRD-PARTY-NOTICES.txt']) check(files.includes(needed), `tarball lacks ${needed}`);
  const notices = readFileSync(join(root, 'dist/drop-in/THIRD-PARTY-NOTICES.txt'), 'utf8');
  for (const pkg of ['lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize', 'zod']) check(notices.includes(`\n${pkg} `), `THIRD-PARTY-NOTICES.txt lacks ${pkg}`);
  check(/BSD 3-Clause License/.test(notices) && /MIT License/.test(notices), 'THIRD-PARTY-NOTICES.txt lacks the BSD-3-Clause or the MIT text');
  for (const bundle of files.filter((f) => /^dist\/drop-in\/[^/]+\.js$/.test(f))) {
    check(readFileSync(join(root, bundle), 'utf8').startsWith('/*! raadgivning-forms (MIT).') && readFileSync(join(root, bundle), 'utf8').split('\n', 1)[0].includes('THIRD-PARTY-NOTICES.txt'), `${bundle}: its first line does not point at THIRD-PARTY-NOTICES.txt`);
  }
  const stray = files.filter((f) => /^(src|tests|demo|bench|scripts|node_modules)\//.test(f) || f.endsWith('.ts') && !f.endsWith('.d.ts'));
  check(stray.length === 0, `tarball holds files users do not need: ${stray.slice(0, 5).join(', ')}`);

  // 2. It installs into a fresh project (dependencies from the registry, or npm's cache).
  const app = join(dir, 'app');
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'host-app', private: true, type: 'module' }));
  // With the optional peer dependency that the prerender entry needs.
  npm(['install', '--prefer-offline', join(dir, packed.filename), '@lit-labs/ssr@^4.1.0'], app);

  // 3. Every entry resolves; the instruments validate in Node, with no DOM.
  // Every entry of the exports map (the wildcard one by its status-survey bundle).
  const { exports, 'web-types': webTypes } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  check(files.includes(webTypes.slice(2)), `package.json "web-types": ${webTypes} is not in the tarball`);
  const entries = Object.keys(exports).map((key) => `raadgivning-forms${key.slice(1).replace('*', 'status-survey')}`);
  for (const [key, target] of Object.entries(exports)) {
    for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
      if (!file.includes('*')) check(files.includes(file.slice(2)), `exports["${key}"]: ${file} is not in the tarball`);
    }
  }
  // Every element of the drop-in has its own entry, so an app can import just that one.
  for (const tag of ['schema-form', 'status-survey', 'master-data-form', 'evaluation-form', 'indicator-report']) {
    check(`./${tag}` in exports, `exports has no "./${tag}" entry`);
  }
  const script = `
    const entries = ${JSON.stringify(entries)};
    for (const e of entries) import.meta.resolve(e);
    const { status, validate } = await import('raadgivning-forms/instruments');
    const errors = validate(status, { date: '2026-01-01' });
    if (!errors.some((e) => e.field === 'expectedAdvice')) throw new Error('instruments: validate did not report a missing answer');
    if (!status.schema.safeParse({ date: '2026-01-01', counsellingType: 'type3', contact: 'phone', expectedAdvice: 'yes', financialOverview: 'some', disposableIncomeOverview: 'high', adviceRating: 'good' }).success) throw new Error('instruments: a complete answer set failed');
    const main = await import('raadgivning-forms');
    if (typeof main.StatusSurvey !== 'function' || typeof main.SchemaForm !== 'function') throw new Error('main entry: no element classes');
    if (globalThis.customElements?.get?.('status-survey')) throw new Error('main entry registered a tag: it must have no side effects');
    const { prerender } = await import('raadgivning-forms/prerender');
    const form = await prerender('status-survey', { lang: 'en' });
    if (!form.includes('shadowrootmode="open"') || !form.includes('Status survey')) throw new Error('prerender: no English form');
  `;
  writeFileSync(join(app, 'check.mjs'), script);
  try {
    execFileSync(process.execPath, ['check.mjs'], { cwd: app, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    failures.push(`in Node: ${(error.stderr || error.message).trim().split('\n').slice(0, 6).join(' | ')}`);
  }

  // 4. TypeScript users get typed tags, properties and events from the published types.
  writeFileSync(
    join(app, 'check.ts'),
    `import 'raadgivning-forms/status-survey';
import { StatusSurvey, type ResponseEnvelope } from 'raadgivning-forms';
import { status } from 'raadgivning-forms/instruments';
const el: StatusSurvey = document.createElement('status-survey');
el.residentId = 'r-1';
el.addEventListener('response-submit', (e) => {
  const envelope: ResponseEnvelope = e.detail;
  console.log(envelope.answers, status.id);
});
document.querySelector('status-survey')?.reportValidity();
`,
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM'], strict: true, noEmit: true, skipLibCheck: true }, files: ['check.ts'] }),
  );
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', app], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    failures.push(`types: ${(error.stdout || error.message).trim().split('\n').slice(0, 6).join(' | ')}`);
  }
  check(existsSync(join(app, 'node_modules/raadgivning-forms/dist/custom-elements.json')), 'custom-elements.json not installed');
} catch (error) {
  failures.push(String(error.stderr || error.message).trim().split('\n').slice(0, 6).join(' | '));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`FAIL npm package: ${failures.length} problem(s)\n  - ${failures.join('\n  - ')}`);
  process.exit(1);
}
console.log('PASS npm package: the packed tarball installs in a fresh project; every entry resolves, the instruments and prerender run in Node, the types check.');
