import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/master-data-form/master-data-form.js';
import type { MasterDataForm } from '../../src/master-data-form/master-data-form.component.js';
import { loadPostcodes } from '../../src/postcodes/postcodes.js';
import { validate } from '../../src/engine/validate.js';
import { masterData } from '../../src/instruments/master-data.js';
import { checkEnvelope, defaultInstruments } from '../../src/reports/index.js';
import { masterData as masterEnvelope } from '../reports/fixtures.js';
import { masterDataFixture } from '../fixtures/master-data.js';
import { $ } from '../support/helpers.js';

// Issue 13: the postcode file's codes under 1000 are not where anyone lives (companies such as
// 0784 "H&M", parcel centres, post boxes, 0960 "Udland"), and were accepted as a resident's postcode.
const nonGeographic = ['0783', '0784', '0785', '0800', '0900', '0913', '0914', '0917', '0960', '0999'];

describe('postcodes that are not an address', () => {
  before(() => loadPostcodes());

  it('are refused by the schema, with their own rule, and by the reports', () => {
    for (const postcode of nonGeographic) {
      expect(validate(masterData, { ...masterDataFixture.complete, postcode }).map((e) => e.code), postcode).to.deep.equal(['non_geographic_postcode']);
      const e = masterEnvelope('r1', { counsellingType: 'type3', gender: 'female', age: 30, postcode, startDate: '2026-01-01' });
      expect(checkEnvelope(e, defaultInstruments), postcode).to.equal('answers');
    }
    expect(validate(masterData, { ...masterDataFixture.complete, postcode: '1050' })).to.deep.equal([]);
  });

  it('are refused in the form with a message that says why, and no town beside them', async () => {
    const el = await fixture<MasterDataForm>(html`<master-data-form resident-id="r-1"></master-data-form>`);
    const input = $<HTMLInputElement>(el, '[name=postcode]')!;
    input.focus();
    await sendKeys({ type: '0784' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect($(el, '#e-postcode')!.textContent).to.contain('ikke en bopæl');
    expect($(el, '#n-postcode')?.textContent ?? '').not.to.contain('H&M');
  });
});
