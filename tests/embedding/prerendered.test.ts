// A server-rendered form (dist/prerendered/, or prerender() on a Node server) in a host page:
// on screen and usable from the HTML alone, then taken over by the drop-in when it arrives,
// with nothing the user did meanwhile lost and nothing moving on the screen.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SchemaForm } from '../../src/schema-form/schema-form.component.js';
import { axePage, doc } from './support.js';

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** A host page with the server-rendered form and, as yet, no script. */
async function serverPage(file: string, lang = 'da'): Promise<HTMLIFrameElement> {
  const snippet = await (await fetch(`/dist/prerendered/${file}`)).text();
  const page = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Sag</title></head><body>
<main><form id="host" method="post" action="/echo"><status-survey name="status" resident-id="r-1">${snippet}</status-survey></form></main>
</body></html>`;
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title="host page" style="width:900px;height:700px;border:0" .srcdoc=${page}></iframe>`);
  await waitUntil(() => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.querySelector('status-survey'), 'page loaded');
  return frame;
}

/** Loads the drop-in into the page, as its <script type="module"> would once it has arrived. */
async function arrive(frame: HTMLIFrameElement): Promise<SchemaForm> {
  const script = doc(frame).createElement('script');
  script.type = 'module';
  script.src = new URL('/dist/drop-in/status-survey.js', location.href).href;
  doc(frame).head.append(script);
  await waitUntil(() => frame.contentWindow!.customElements.get('status-survey'), 'drop-in defined', { timeout: 8000 });
  const el = doc(frame).querySelector('status-survey') as SchemaForm;
  await el.updateComplete;
  return el;
}

const root = (frame: HTMLIFrameElement) => doc(frame).querySelector('status-survey')!.shadowRoot!;
const boxes = (frame: HTMLIFrameElement) =>
  [...root(frame).querySelectorAll('h2, legend, label, textarea, button.submit')].map((e) => {
    const r = e.getBoundingClientRect();
    return [e.textContent!.trim().slice(0, 20), Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
  });

describe('server-rendered form (declarative shadow DOM)', () => {
  it('is on screen, in the page language, before any script has run, and passes axe', async () => {
    const frame = await serverPage('status-survey.en.html', 'en');
    expect(frame.contentWindow!.customElements.get('status-survey')).to.equal(undefined);
    expect(root(frame).querySelector('h2')!.textContent).to.equal('Status survey');
    const radios = [...root(frame).querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios).to.have.length(26);
    expect(radios.every((r) => r.checkVisibility() && r.getBoundingClientRect().width > 0)).to.equal(true);
    // The server knows no "today": the browser fills the date in.
    expect(root(frame).querySelector<HTMLInputElement>('input[name=date]')!.value).to.equal('');
    expect(await axePage(frame)).to.deep.equal([]);
  });

  it('keeps what the user answered and where the focus was when the script takes over, and nothing moves', async () => {
    const frame = await serverPage('status-survey.da.html');
    const r = root(frame);
    r.querySelector<HTMLInputElement>('input[name=expectedAdvice][value=partly]')!.click();
    const comment = r.querySelector<HTMLTextAreaElement>('textarea[name=comment]')!;
    comment.value = 'Svaret før scriptet kom';
    r.querySelector<HTMLInputElement>('input[name=financialOverview][value=low]')!.focus();
    // Only lay out once the answers are in, so the comparison is of the same content.
    const before = boxes(frame);

    const el = await arrive(frame);
    expect(el.value.answers).to.deep.equal({ date: today(), expectedAdvice: 'partly', comment: 'Svaret før scriptet kom' });
    // The element's own render replaced the server's: its controls are live.
    expect(r.querySelector<HTMLInputElement>('input[name=expectedAdvice][value=partly]')!.checked).to.equal(true);
    const focused = r.activeElement as HTMLInputElement | null;
    expect([focused?.name, focused?.value]).to.deep.equal(['financialOverview', 'low']);
    expect(boxes(frame)).to.deep.equal(before);
    // Nothing the user has not left yet is flagged.
    expect(r.querySelectorAll('.error-message')).to.have.length(0);
  });

  it('goes nowhere when submitted before the script has arrived, then submits normally', async () => {
    const frame = await serverPage('status-survey.da.html');
    const page = doc(frame);
    root(frame).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Still the same document: no navigation, no answers in a URL.
    expect(doc(frame)).to.equal(page);

    const el = await arrive(frame);
    root(frame).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await el.updateComplete;
    await waitUntil(() => root(frame).activeElement?.classList.contains('error-summary'), 'error summary focused');
    expect(root(frame).querySelectorAll('.error-summary li')).to.have.length(6);
  });
});
