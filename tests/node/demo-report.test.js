// The demo's report page with its sample data, on a phone (360 px) and a desktop (1280 px), in
// a real Chromium (issue 12, "The report view"): the page never scrolls sideways, chart text is
// at least 12 px as rendered, a table that does not fit scrolls in a named, focusable region,
// on a desktop the nine-column break-downs fit without scrolling, and axe finds nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { startDemo } from './demo-support.js';

const axePath = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

let demo;
before(async () => (demo = await startDemo()));
after(async () => demo?.close());

async function reportWithSample(width) {
  const page = await demo.open(width);
  await page.goto(`${demo.origin}/demo/#/report`);
  await page.waitForSelector('[data-action="load-sample"]');
  await page.click('[data-action="load-sample"]');
  await page.waitForFunction(() => (document.querySelector('indicator-report')?.report?.totals.residents ?? 0) > 50, { timeout: 30000 });
  await page.waitForFunction(() => document.querySelector('indicator-report').shadowRoot.querySelector('[data-table="economy"]'));
  return page;
}

/** What a reader sees of the report: page width, chart text sizes and the tables that scroll. */
const measure = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('indicator-report').shadowRoot;
    const texts = [];
    for (const chart of root.querySelectorAll('[part~="chart"]')) {
      const walker = document.createTreeWalker(chart, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent.trim()) continue;
        const el = n.parentElement;
        const scale = el instanceof SVGGraphicsElement ? el.getScreenCTM().a : 1;
        texts.push({ text: n.textContent, px: parseFloat(getComputedStyle(el).fontSize) * scale });
      }
    }
    const scrolling = [...root.querySelectorAll('.table-wrap')]
      .filter((w) => w.scrollWidth > w.clientWidth)
      .map((w) => ({
        id: w.querySelector('table').dataset.table,
        region: w.getAttribute('role') === 'region' && w.tabIndex === 0 && !!root.getElementById(w.getAttribute('aria-labelledby'))?.textContent.trim(),
      }));
    return { pageWidth: document.documentElement.scrollWidth, texts, scrolling };
  });

for (const width of [360, 1280]) {
  test(`the report page with sample data at ${width} px`, async () => {
    const page = await reportWithSample(width);
    const m = await measure(page);
    assert.ok(m.pageWidth <= width, `the page scrolls sideways: ${m.pageWidth} px`);
    assert.ok(m.texts.length > 100, 'charts with labels');
    const small = m.texts.filter((t) => t.px < 12);
    assert.deepEqual(small, [], 'chart text under 12 px');
    for (const s of m.scrolling) assert.ok(s.region, `${s.id} scrolls outside a named, focusable region`);
    if (width === 1280) {
      assert.deepEqual(m.scrolling.filter((s) => s.id.startsWith('by-')).map((s) => s.id), [], 'break-downs fit at 1280 px');
    }
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => {
      const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
      const r = await window.axe.run(document.documentElement, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    assert.deepEqual(violations, [], 'axe, WCAG 2.1 AA');
    await page.browserContext().close();
  });
}
