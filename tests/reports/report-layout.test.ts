// The report on a phone (360 px) and a desktop (1280 px): legible chart labels, tables that fit
// or scroll visibly in a named, focusable region, no page-wide horizontal scroll, and one
// heading per chart and table (issue 12, "The report view").
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/indicator-report/indicator-report.js';
import type { IndicatorReport } from '../../src/indicator-report/indicator-report.component.js';
import { generateSample } from '../../src/reports/sample.js';
import { activeLocale } from '../../src/localization/locale.js';
import { axeViolations } from '../support/axe.js';

const sample = generateSample({ year: 2025 });

async function make(lang: 'da' | 'en' = 'da') {
  const el = await fixture<IndicatorReport>(html`<indicator-report lang=${lang} from="2025-01-01" to="2025-12-31" .responses=${sample}></indicator-report>`);
  await waitUntil(() => activeLocale() === lang, `locale ${lang}`);
  await el.updateComplete;
  return el;
}

/** Text the eye sees: text nodes not inside a visually hidden (1 px) box. */
function visibleText(el: Element): string {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    let box: Element | null = n.parentElement;
    let hidden = false;
    for (; box && box !== el.parentElement; box = box.parentElement) {
      const r = box.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) hidden = true;
    }
    if (!hidden) text += n.textContent;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** The rendered size of a text node's font in CSS px: its font size times any scaling of an SVG it is in. */
function renderedFontSize(node: Text): { size: number; height: number } {
  const el = node.parentElement!;
  const scale = el instanceof SVGGraphicsElement ? el.getScreenCTM()!.a : 1;
  const range = document.createRange();
  range.selectNodeContents(node);
  const lines = [...range.getClientRects()];
  return { size: parseFloat(getComputedStyle(el).fontSize) * scale, height: Math.min(...lines.map((r) => r.height)) };
}

for (const width of [360, 1280]) {
  describe(`<indicator-report> at ${width} px`, () => {
    before(() => setViewport({ width, height: 900 }));
    after(() => setViewport({ width: 800, height: 600 }));

    it('draws chart labels and values at 12 px or more, as rendered', async () => {
      const el = await make();
      const charts = [...el.shadowRoot!.querySelectorAll('[part~="chart"]')];
      expect(charts.length).to.be.greaterThan(5);
      let texts = 0;
      for (const chart of charts) {
        const walker = document.createTreeWalker(chart, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          if (!n.textContent!.trim()) continue;
          texts++;
          const { size, height } = renderedFontSize(n);
          expect(size, `"${n.textContent}"`).to.be.at.least(12);
          expect(height, `"${n.textContent}" line height`).to.be.at.least(12);
        }
      }
      expect(texts).to.be.greaterThan(20);
    });

    it('fits the page: tables fit or scroll inside a focusable, named region that shows there is more', async () => {
      const el = await make();
      expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(width);
      for (const table of el.shadowRoot!.querySelectorAll('table')) {
        const wrap = table.parentElement!;
        expect(wrap.getBoundingClientRect().right, `${table.dataset.table} inside the page`).to.be.at.most(width);
        if (wrap.scrollWidth <= wrap.clientWidth) continue;
        expect(wrap.getAttribute('role'), table.dataset.table).to.equal('region');
        expect(wrap.tabIndex, table.dataset.table).to.equal(0);
        const name = el.shadowRoot!.getElementById(wrap.getAttribute('aria-labelledby')!)?.textContent?.trim();
        expect(name, `${table.dataset.table} region name`).to.be.ok;
        // The cue: a shadow at the edge with more to scroll to (scroll-attached gradients).
        expect(getComputedStyle(wrap).backgroundImage, `${table.dataset.table} scroll cue`).to.contain('gradient');
      }
    });

    it('says each heading once: a table under a heading does not show it again as its caption', async () => {
      const el = await make();
      const items = [...el.shadowRoot!.querySelectorAll('h2, h3, h4, h5, summary, caption')];
      let heading = '';
      let checked = 0;
      for (const item of items) {
        const text = visibleText(item);
        if (item.localName !== 'caption') {
          heading = text;
          continue;
        }
        checked++;
        if (!text) continue;
        expect(text.startsWith(heading), `caption "${text}" under heading "${heading}"`).to.equal(false);
      }
      expect(checked).to.be.greaterThan(10);
      for (const chart of el.shadowRoot!.querySelectorAll('[part~="chart"]')) {
        expect(chart.querySelector('figcaption, h3, h4, h5'), 'a chart has no title of its own').to.equal(null);
      }
    });

    it('has no axe violations', async () => {
      const el = await make();
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  });
}
