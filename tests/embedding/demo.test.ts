// The demo case system (demo/): residents, responses kept in IndexedDB, export, languages.
import { expect, waitUntil } from '@open-wc/testing';
import { toCsv } from '../../demo/export.js';
import { statusFixture } from '../fixtures/status.js';
import { $ } from '../support/helpers.js';
import type { SchemaForm } from '../../src/schema-form/schema-form.component.js';
import { axePage, doc, fitsWidth, loadPage } from './support.js';

describe('demo case system', () => {
  it('creates a resident, keeps a submitted status in this browser and lists it, in both languages', async () => {
    const frame = await loadPage('/demo/', 320);
    const d = () => doc(frame);
    await waitUntil(() => d().querySelector('#new-name'), 'residents view');
    d().querySelector<HTMLInputElement>('#new-name')!.value = 'Demo-beboer';
    d().querySelector<HTMLButtonElement>('#app form button')!.click();
    await waitUntil(() => d().querySelector('[data-instrument-tab="status"]'), 'resident page', { timeout: 5000 });
    d().querySelector<HTMLAnchorElement>('[data-instrument-tab="status"]')!.click();
    await waitUntil(() => d().querySelector('#app status-survey')?.shadowRoot?.querySelector('h2'), 'resident view', { timeout: 5000 });
    const el = d().querySelector('#app status-survey') as SchemaForm;
    expect(el.residentId).to.match(/^r-/);
    expect(d().querySelector('#privacy-note')!.textContent).to.contain('denne browser');
    el.value = statusFixture.complete;
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await waitUntil(() => d().querySelector('.confirmation')?.textContent?.includes('er gemt'), 'saved');
    expect(d().querySelectorAll('#app [data-record="status"]').length).to.equal(1);
    expect(fitsWidth(frame), '320 px').to.equal(true);
    expect(await axePage(frame)).to.deep.equal([]);

    const lang = d().querySelector<HTMLSelectElement>('#lang')!;
    lang.value = 'en';
    lang.dispatchEvent(new Event('change'));
    await waitUntil(() => d().querySelector('[data-instrument-tab="status"]')?.textContent?.trim() === 'Statuses over time', 'English page');
    d().querySelector<HTMLButtonElement>('[data-action="new-status"]')!.click();
    await waitUntil(() => d().querySelector('#app status-survey')?.shadowRoot?.querySelector('h2')?.textContent === 'Status survey', 'English form');
    lang.value = 'da';
    lang.dispatchEvent(new Event('change'));
  });

  it('exports CSV that Danish Excel opens: BOM, semicolons, CRLF, codes with labels beside', () => {
    const csv = toCsv(
      [{ id: 'r-1', name: 'Åse; "A"', createdAt: '2026-01-01T00:00:00Z' }],
      [{ residentId: 'r-1', envelope: { instrument: 'status', codebookVersion: '1', responseId: 'x-1', residentId: 'r-1', completedAt: '2026-01-02T10:00:00Z', locale: 'da', answers: { expectedAdvice: 'yes', comment: '=1+1' } } }],
    );
    expect(csv.startsWith('\uFEFFresidentId;residentName;instrument;')).to.equal(true);
    const [head, row] = csv.split('\r\n');
    expect(head.split(';').slice(-3)).to.deep.equal(['status.comment', 'status.expectedAdvice', 'status.expectedAdvice_label']);
    expect(row).to.equal(`r-1;"Åse; ""A""";status;;2026-01-02T10:00:00Z;da;1;;'=1+1;yes;Ja`);
    expect(csv.endsWith('\r\n')).to.equal(true);
  });
});
