import { expect, fixture } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../../src/define.js';
import type { SchemaForm } from '../../src/schema-form/schema-form.component.js';
import { instrumentFixtures } from '../fixtures/index.js';
import { $$, clickSubmit } from '../support/helpers.js';

/** WCAG 1.4.10 reflow: usable at 320 CSS px, and at 200 % zoom, without sideways scrolling. */
for (const f of instrumentFixtures) {
  const attrs = Object.entries(f.attributes ?? {}).map(([k, v]) => `${k}="${v}"`).join(' ');
  describe(`<${f.tag} ${attrs}> reflows`, () => {
    for (const [name, style] of [
      ['at 320 px', 'width: 320px'],
      ['at 200 % zoom in a 640 px column', 'width: 640px; zoom: 2'],
    ] as const) {
      it(`${name}, with errors shown, nothing sticks out`, async () => {
        const box = await fixture<HTMLDivElement>(
          staticHtml`<div style=${style}><${unsafeStatic(f.tag)} resident-id="r-1" ${unsafeStatic(attrs)}></${unsafeStatic(f.tag)}></div>`,
        );
        const el = box.firstElementChild as SchemaForm;
        await clickSubmit(el);
        const right = box.getBoundingClientRect().right;
        const wide = $$(el, '*').filter((node) => node.getBoundingClientRect().right > right + 1);
        expect(wide.map((n) => n.outerHTML.slice(0, 80))).to.deep.equal([]);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      });
    }
  });
}
