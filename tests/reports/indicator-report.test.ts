import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/indicator-report/indicator-report.js';
import type { IndicatorReport } from '../../src/indicator-report/indicator-report.component.js';
import { activeLocale, type Locale } from '../../src/localization/locale.js';
import { setLocale } from '../support/helpers.js';
import { axeViolations } from '../support/axe.js';
import { advisorPart, period, store } from './fixtures.js';

async function make(lang: Locale = 'da') {
  const el = await fixture<IndicatorReport>(
    html`<indicator-report lang=${lang} from=${period.from} to=${period.to} .responses=${store}></indicator-report>`,
  );
  await waitUntil(() => activeLocale() === lang, `locale ${lang}`);
  await el.updateComplete;
  return el;
}

const root = (el: IndicatorReport) => el.shadowRoot!;
/** A table's body as text cells, row by row. */
const cells = (el: IndicatorReport, id: string) =>
  [...root(el).querySelectorAll(`table[data-table="${id}"] tbody tr`)].map((tr) => [...tr.children].map((c) => c.textContent!.replace(/\u00a0/g, ' ').trim()));

/** Captures what a CSV button would download. */
async function download(el: IndicatorReport, id: string): Promise<{ name: string; text: string; type: string }> {
  const original = URL.createObjectURL;
  let blob: Blob | undefined;
  const clicked = new Promise<string>((resolve) => {
    const onClick = (e: Event) => {
      const a = e.composedPath()[0] as HTMLAnchorElement;
      if (a instanceof HTMLAnchorElement && a.download) {
        e.preventDefault();
        root(el).removeEventListener('click', onClick, true);
        resolve(a.download);
      }
    };
    root(el).addEventListener('click', onClick, true);
  });
  URL.createObjectURL = (b: Blob | MediaSource) => {
    blob = b as Blob;
    return original.call(URL, b);
  };
  try {
    root(el).querySelector<HTMLButtonElement>(`button[data-csv="${id}"]`)!.click();
    const name = await clicked;
    return { name, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob!.arrayBuffer()), type: blob!.type };
  } finally {
    URL.createObjectURL = original;
  }
}

describe('<indicator-report>', () => {
  afterEach(() => setLocale('da'));

  it('shows the mandatory indicators of bilag 1 for the period, in Danish', async () => {
    const el = await make();
    expect(root(el).querySelector('h2')!.textContent).to.equal('Aktivitetsindikatorer (bilag 1)');
    expect(cells(el, 'indicators')).to.deep.equal([
      ['Beboere (obligatorisk)', '5'],
      ['Ansigt-til-ansigt-samtaler (obligatorisk)', '3'],
      ['Forløb i perioden (obligatorisk)', '4'],
      ['Forløb startet', '3'],
      ['Forløb afsluttet', '2'],
      ['Forløb i gang ved periodens slutning', '2'],
      ['Telefonsamtaler', '2'],
      ['Digitale samtaler', '1'],
      ['Samtaler i alt', '6'],
    ]);
    expect(root(el).querySelector('.period-text')!.textContent).to.contain('1. januar 2025').and.contain('30. juni 2025');
  });

  it('reports on the calendar year of the latest activity when given no period', async () => {
    const el = await fixture<IndicatorReport>(html`<indicator-report lang="da" .responses=${store}></indicator-report>`);
    expect(el.period).to.deep.equal({ from: '2025-01-01', to: '2025-12-31' });
    expect(root(el).querySelector('.period-text')!.textContent).to.contain('1. januar 2025').and.contain('31. december 2025');
    expect(cells(el, 'indicators')[0]).to.deep.equal(['Beboere (obligatorisk)', '6']); // r6 starts in July
  });

  it('says what it skipped and why', async () => {
    const el = await make();
    const notices = root(el).querySelector('.notices')!.textContent!.replace(/\s+/g, ' ');
    expect(notices).to.contain('7 besvarelser er sprunget over');
    expect(notices).to.contain('anden kodebogsversion (1)');
    expect(notices).to.contain('1 gentagne indsendelser');
    expect(notices).to.contain('2 beboere i perioden har ingen stamoplysninger');
  });

  it('labels break-downs with the codebook wording and the municipality names', async () => {
    const el = await make();
    expect(cells(el, 'by-counsellingType').map((r) => r.slice(0, 3))).to.deep.equal([
      ['Enkeltstående vejledning', '1', '0'],
      ['Økonomisk rådgivning', '1', '1'],
      ['Gældsrådgivning', '2', '2'],
      ['Uoplyst', '1', '0'],
    ]);
    expect(cells(el, 'by-ageBand')[1][0]).to.equal('25–34 år');
    expect(cells(el, 'by-gender').map((r) => r[0])).to.deep.equal(['Kvinde', 'Mand', 'Andet', 'Ønsker ikke at oplyse', 'Uoplyst (ingen stamoplysninger)']);
    expect(cells(el, 'by-municipality').map((r) => r[0])).to.deep.equal([
      'Københavns Kommune',
      'Høje-Taastrup Kommune',
      'Odense Kommune',
      'Aarhus Kommune',
      'Uoplyst (ingen stamoplysninger)',
    ]);
  });

  it('shows the economic results of ended courses, in both languages, and exports them as CSV', async () => {
    const course = (residentId: string, endDate: string, answers: Record<string, unknown>) => {
      const e = advisorPart(residentId, { counsellingType: 'type3', startDate: '2026-01-05', endDate, f2f: 3, phone: 1, digital: 0 });
      return { ...e, answers: { ...e.answers, ...answers } };
    };
    const envelopes = [
      course('a', '2026-03-01', { rentArrearsStart: 12500, rentArrearsEnd: 0, outcomes: ['eviction_avoided', 'arrears_cleared'] }),
      course('b', '2026-04-15', { rentArrearsStart: 8000, rentArrearsEnd: 3000, outcomes: ['arrears_plan'] }),
      course('c', '2026-05-20', { rentArrearsStart: 4000, outcomes: ['eviction_avoided'] }),
    ];
    const el = await fixture<IndicatorReport>(html`<indicator-report lang="da" from="2026-01-01" to="2026-06-30" .responses=${envelopes}></indicator-report>`);
    await el.updateComplete;
    expect(cells(el, 'economy').map((r) => r.map((c) => c.replace(/\s/g, ' ')))).to.deep.equal([
      ['Afsluttede forløb med rådgiverens evaluering', '3'],
      ['Heraf med huslejerestance oplyst ved start og afslutning', '2'],
      ['Huslejerestance ved forløbets start (kr.)', '20.500'],
      ['Huslejerestance ved afslutning (kr.)', '3.000'],
      ['Nedbragt huslejerestance (kr.)', '17.500'],
      ['Udsættelse afværget', '2'],
      ['Huslejerestance afviklet', '1'],
      ['Aftale om afvikling af huslejerestance', '1'],
    ]);
    expect(root(el).querySelector('#h-economy')!.textContent).to.equal('Økonomiske resultater af afsluttede forløb');
    const da = await download(el, 'economy');
    expect(da.name).to.equal('economy_2026-01-01_2026-06-30.csv');
    expect(da.text).to.contain('Nedbragt huslejerestance (kr.);17500\r\n');
    el.setAttribute('lang', 'en');
    await waitUntil(() => activeLocale() === 'en', 'English');
    await el.updateComplete;
    expect(cells(el, 'economy')[4]).to.deep.equal(['Reduction in rent arrears (DKK)', '17,500']);
    expect(cells(el, 'economy')[2][0]).to.equal('Rent arrears at the start (DKK)');
    const en = await download(el, 'economy');
    expect(en.text).to.contain('Economic results of ended courses\r\n').and.contain('Reduction in rent arrears (DKK),17500\r\n');
  });

  it('draws each chart as an image whose text alternative holds every value', async () => {
    const el = await make();
    const charts = [...root(el).querySelectorAll('[part~="chart"] [role="img"]')];
    expect(charts.length).to.be.greaterThan(5);
    for (const chart of charts) {
      expect(chart.getAttribute('role')).to.equal('img');
      expect(chart.getAttribute('aria-label')).to.match(/: .+: \d/);
    }
    const contact = charts.find((c) => c.getAttribute('aria-label')!.startsWith('Kontaktform'))!;
    expect(contact.getAttribute('aria-label')!.replace(/\u00a0/g, ' ')).to.equal('Kontaktform: Ansigt til ansigt: 3 (50 %); Telefon: 2 (33,3 %); Digitalt (video, mail, besked): 1 (16,7 %)');
  });

  it('shows answer distributions with labels from the instrument and the change from first status to evaluation', async () => {
    const el = await make();
    expect(cells(el, 'status-contact')).to.deep.equal([
      ['Ansigt til ansigt', '3', '50 %', '0', '1', '2'],
      ['Telefon', '2', '33,3 %', '1', '1', '0'],
      ['Digitalt (video, mail, besked)', '1', '16,7 %', '0', '0', '1'],
      ['I alt', '6', '100 %', '1', '2', '3'],
    ]);
    expect(cells(el, 'change-financialOverview').map((r) => r.slice(0, 2))).to.deep.equal([
      ['Bedre overblik', '1'],
      ['Samme overblik', '0'],
      ['Mindre overblik', '1'],
      ['Kan ikke sammenlignes ("Ved ikke")', '0'],
    ]);
    expect(cells(el, 'change-residents').map((r) => r.slice(0, 4))).to.deep.equal([
      ['r1', 'case-r1', '2024-11-01', '2025-02-16'],
      ['r2', 'case-r2', '2025-03-05', '2025-06-30'],
    ]);
  });

  it('switches to English with the lang attribute, answer labels included', async () => {
    const el = await make('en');
    expect(root(el).querySelector('h2')!.textContent).to.equal('Activity indicators (appendix 1)');
    expect(cells(el, 'indicators')[0]).to.deep.equal(['Residents (mandatory)', '5']);
    expect(cells(el, 'status-contact')[0].slice(0, 3)).to.deep.equal(['Face to face', '3', '50%']);
    expect(cells(el, 'by-counsellingType')[2][0]).to.equal('Debt counselling');
  });

  it('exports a table as CSV that Danish Excel opens: BOM, semicolons, CRLF', async () => {
    const el = await make();
    const { name, text, type } = await download(el, 'status-contact');
    expect(name).to.equal('status-contact_2025-01-01_2025-06-30.csv');
    expect(type).to.equal('text/csv;charset=utf-8');
    expect(text.charCodeAt(0)).to.equal(0xfeff);
    expect(text.slice(1).split('\r\n')).to.deep.equal([
      'Kontaktform',
      'Svar;Antal;Andel (%);Enkeltstående vejledning;Økonomisk rådgivning;Gældsrådgivning',
      'Ansigt til ansigt;3;50;0;1;2',
      'Telefon;2;33,3;1;1;0',
      'Digitalt (video, mail, besked);1;16,7;0;0;1',
      'I alt;6;100;1;2;3',
      '',
    ]);
  });

  it('exports CSV in English as RFC 4180: commas between cells, decimal points', async () => {
    const el = await make('en');
    const { text } = await download(el, 'status-contact');
    expect(text.slice(1).split('\r\n').slice(1, 4)).to.deep.equal([
      'Answer,Number,Share (%),Single-issue guidance,Economic counselling,Debt counselling',
      'Face to face,3,50,0,1,2',
      'Phone,2,33.3,1,1,0',
    ]);
  });

  it('changes period from its date fields and says so with period-change', async () => {
    const el = await make();
    const from = root(el).querySelector<HTMLInputElement>('input[name=from]')!;
    from.value = '2025-02-16';
    const event = oneEvent(el, 'period-change');
    from.dispatchEvent(new Event('change'));
    expect(((await event) as CustomEvent).detail).to.deep.equal({ from: '2025-02-16', to: '2025-06-30' });
    await el.updateComplete;
    expect(el.from).to.equal('2025-02-16');
    expect(cells(el, 'indicators')[2]).to.deep.equal(['Forløb i perioden (obligatorisk)', '3']);
  });

  it('refuses a period that ends before it starts, and says why', async () => {
    const el = await make();
    const to = root(el).querySelector<HTMLInputElement>('input[name=to]')!;
    to.value = '2024-12-31';
    to.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('må ikke ligge før');
    expect(el.to).to.equal(period.to);
    expect(cells(el, 'indicators')[0][1]).to.equal('5');
  });

  it('recomputes when new responses are set, and shows an empty report without them', async () => {
    const el = await make();
    el.responses = [];
    await el.updateComplete;
    expect(root(el).querySelector('.empty')!.textContent).to.contain('ingen besvarelser');
    expect(cells(el, 'indicators')[0][1]).to.equal('0');
    el.responses = store;
    await el.updateComplete;
    expect(cells(el, 'indicators')[0][1]).to.equal('5');
  });

  it('hides its controls when printed', async () => {
    const el = await make();
    const sheet = [...el.shadowRoot!.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).map((r) => r.cssText).join('\n');
    expect(sheet).to.match(/@media print[\s\S]*\.no-print[\s\S]*display: none/);
    for (const control of root(el).querySelectorAll('button, form')) expect(control.closest('.no-print'), control.outerHTML).to.exist;
  });

  for (const lang of ['da', 'en'] as const) {
    it(`has no WCAG 2.1 A/AA violations (axe) in ${lang === 'da' ? 'Danish' : 'English'}`, async () => {
      const el = await make(lang);
      root(el).querySelector('details')!.open = true;
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }
});
