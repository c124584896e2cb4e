import { fixture, html, waitUntil } from '@open-wc/testing';
import type { AxeResults } from 'axe-core';
import type { SchemaForm } from '../../src/schema-form/schema-form.component.js';
import { wcag21aa } from '../support/axe.js';

/** A host page in an iframe of the given width: a real page load, as a host system does it. */
export async function loadPage(src: string, width = 900): Promise<HTMLIFrameElement> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe title="host page" style="width:${width}px;height:700px;border:0" src=${src}></iframe>`,
  );
  await waitUntil(() => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.URL !== 'about:blank', 'page loaded', {
    timeout: 8000,
  });
  return frame;
}

export const doc = (frame: HTMLIFrameElement) => frame.contentDocument!;

/** The element once it has rendered its form. */
export async function element<T extends SchemaForm = SchemaForm>(frame: HTMLIFrameElement, tag = 'status-survey'): Promise<T> {
  await waitUntil(() => doc(frame).querySelector(tag)?.shadowRoot?.querySelector('h2'), `<${tag}> rendered`, { timeout: 8000 });
  const el = doc(frame).querySelector(tag) as T;
  await el.updateComplete;
  return el;
}

/** Waits for the frame to navigate away from the page it is on (a native form post). */
export function nextLoad(frame: HTMLIFrameElement): Promise<void> {
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
}

let axeSource: Promise<string> | undefined;

/** axe (WCAG 2.1 A/AA) over a whole host page, run inside the page's own window. */
export async function axePage(frame: HTMLIFrameElement): Promise<string[]> {
  axeSource ??= fetch('/node_modules/axe-core/axe.min.js').then((r) => r.text());
  const win = frame.contentWindow as Window & { axe?: { run(c: Element, o: object): Promise<AxeResults> } };
  if (!win.axe) {
    const script = doc(frame).createElement('script');
    script.textContent = await axeSource;
    doc(frame).head.append(script);
  }
  const results = await win.axe!.run(doc(frame).documentElement, { runOnly: { type: 'tag', values: wcag21aa }, resultTypes: ['violations'] });
  return results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** True when the page needs no horizontal scrolling. */
export function fitsWidth(frame: HTMLIFrameElement): boolean {
  const root = doc(frame).documentElement;
  return root.scrollWidth <= root.clientWidth;
}
