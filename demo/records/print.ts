// Printing: a blank template, one stored record, or everything about one resident (an access
// request), through the elements' own read-only and template views.
import type { ResponseEnvelope } from '../../src/schema-form/events.js';
import type { SchemaForm } from '../../src/schema-form/schema-form.component.js';
import { tagOf } from './labels.js';

const printArea = () => document.querySelector<HTMLElement>('#print-area')!;

const organisationKey = 'raadgivning-demo:organisation';
/** The organisation's name on every print (the elements' print header); kept in this browser. */
export function organisation(): string {
  try {
    return localStorage.getItem(organisationKey) ?? '';
  } catch {
    return '';
  }
}
export function setOrganisation(name: string) {
  try {
    if (name.trim()) localStorage.setItem(organisationKey, name.trim());
    else localStorage.removeItem(organisationKey);
  } catch {
    // Not kept: prints go without it.
  }
}

let residentName = '';
/** The resident whose page is open: their name goes in the print header (never in an envelope). */
export const printFor = (name: string) => (residentName = name);

/** The print header's host-given parts (see the elements' `organisation` and `resident-name`). */
function header(el: SchemaForm) {
  Object.assign(el, { organisation: organisation(), residentName });
  return el;
}

/** A stored record shown read-only, in its instrument's element. */
export function readOnly(envelope: ResponseEnvelope): SchemaForm {
  const el = document.createElement(tagOf(envelope.instrument)) as SchemaForm;
  el.residentId = envelope.residentId;
  if (envelope.part) el.setAttribute('part', envelope.part);
  el.value = envelope;
  el.readonly = true;
  return header(el);
}

export async function printBlank(tag: string, residentId: string) {
  const el = document.createElement(tag) as SchemaForm;
  el.residentId = residentId;
  el.template = true;
  await show([header(el)]);
}

export const printRecord = (envelope: ResponseEnvelope) => show([readOnly(envelope)]);

/** Everything about a resident, each record under a heading in words. */
export async function printResident(heading: string, records: readonly { title: string; envelope: ResponseEnvelope }[]) {
  const h = Object.assign(document.createElement('h1'), { textContent: heading });
  const parts: HTMLElement[] = [h];
  for (const r of records) parts.push(Object.assign(document.createElement('h2'), { textContent: r.title }), readOnly(r.envelope));
  await show(parts);
}

async function show(nodes: HTMLElement[]) {
  printArea().replaceChildren(...nodes);
  await Promise.all(nodes.map((n) => (n as Partial<SchemaForm>).updateComplete));
  window.print();
}
addEventListener('afterprint', () => printArea().replaceChildren());
