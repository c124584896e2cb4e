// The drop-in bundle in English: each module's English table is made once a page asks for
// English, and @lit/localize's runtime is set up only then. The
// tests from source do not see that; this one runs the real bundle from dist/ (npm test builds it
// first). tests/embedding/drop-ins.test.ts runs every other bundle in both languages.
import { expect, waitUntil } from '@open-wc/testing';
import { statusFixture } from '../fixtures/status.js';
import { $, $$ } from '../support/helpers.js';
import { element, loadPage } from './support.js';

describe('the drop-in bundle in English', () => {
  it('shows every kind of message in English, and goes back to Danish', async () => {
    const frame = await loadPage('/demo/examples/plain-form.html');
    const el = await element(frame);
    expect($(el, 'h2')!.textContent).to.equal(statusFixture.title.da);

    el.lang = 'en';
    await waitUntil(() => $(el, 'h2')!.textContent === statusFixture.title.en, 'English title');
    const legends = $$(el, 'legend').map((l) => l.textContent!.trim());
    expect(legends).to.include(statusFixture.question.en);
    expect($$(el, '.option span').map((s) => s.textContent)).to.include.members(['Face to face', "Don't know"]);
    expect($(el, '.optional')!.textContent).to.equal('(optional)');
    // A message with values (str``): its English template takes them.
    expect($(el, '.progress span')!.textContent).to.equal('6 of 7 required questions still need an answer.');
    expect($(el, 'button[type=submit]')!.textContent!.trim()).to.equal('Submit');

    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await waitUntil(() => $(el, '.error-summary'), 'errors shown');
    expect($(el, '.error-summary h3')!.textContent).to.equal('There is a problem');
    expect($$(el, '.error-message').map((m) => m.textContent!.replace(/\s+/g, ' ').trim())).to.include('Error: Choose an answer.');

    el.lang = 'da';
    await waitUntil(() => $(el, 'h2')!.textContent === statusFixture.title.da, 'Danish again');
    expect($(el, '.error-summary h3')!.textContent).to.equal('Der er et problem');
  });
});
