import { expect } from '@open-wc/testing';
import { checkEnvelope, computeReport, defaultInstruments } from '../../src/reports/index.js';
import { advisorPart, status } from './fixtures.js';
import { codebookVersion } from '../../src/instruments/codebook.js';

// INSTRUMENTS.md, "Envelope rules": the reports accept and reject what the schemas do.
describe('reports: the envelope rules', () => {
  const one = status('r1', '2026-06-30', 'type3', 'phone');

  // The version is the codebook's, declared once: a bump there must move the reports with it.
  it('accepts the codebook version the instruments declare, and refuses any other', () => {
    expect(checkEnvelope({ ...one, codebookVersion }, defaultInstruments)).to.equal(undefined);
    for (const other of [`${codebookVersion}.1`, String(Number(codebookVersion) + 1), Number(codebookVersion), undefined]) {
      expect(checkEnvelope({ ...one, codebookVersion: other }, defaultInstruments), String(other)).to.equal('codebook_version');
    }
  });

  it('accepts a completedAt with an offset, and rejects a timestamp that is not ISO 8601', () => {
    expect(checkEnvelope({ ...one, completedAt: '2026-06-30T23:30:00+02:00' }, defaultInstruments)).to.equal(undefined);
    for (const completedAt of ['June 30, 2026 10:00', '2026-06-30', '2026-06-30T23:30:00', '2026-06-30 10:00:00Z']) {
      expect(checkEnvelope({ ...one, completedAt }, defaultInstruments), completedAt).to.equal('completed_at');
    }
  });

  it('dates an evaluation without an end date by its completedAt in Danish time, offset or not', () => {
    const resident = { ...one, instrument: 'evaluation', part: 'resident', completedAt: '2026-07-01T00:30:00+02:00', answers: {
      satisfaction: 'satisfied', financialOverview: 'high', disposableIncomeOverview: 'some', selfReliance: 'some', situationChange: 'better', recommend: 'yes' } };
    // 00:30 on 1 July in Denmark, 22:30 on 30 June in UTC.
    expect(computeReport([resident], { from: '2026-07-01', to: '2026-07-31' }).totals.residents).to.equal(1);
    expect(computeReport([resident], { from: '2026-06-01', to: '2026-06-30' }).totals.residents).to.equal(0);
  });

  it('rejects a residentId shaped like a CPR number', () => {
    for (const residentId of ['010190-1234', '0101901234']) {
      expect(checkEnvelope({ ...one, residentId }, defaultInstruments), residentId).to.equal('resident_id');
    }
    for (const residentId of ['r-010190-1234', '01019012345', 'beboer 0101901234']) {
      expect(checkEnvelope({ ...one, residentId }, defaultInstruments), residentId).to.equal(undefined);
    }
  });

  it('rejects an evaluation whose outcomes combine "none" with another code', () => {
    const advisor = advisorPart('r1', { counsellingType: 'type3', startDate: '2026-01-01', endDate: '2026-06-30', f2f: 1, phone: 0, digital: 0 });
    expect(checkEnvelope({ ...advisor, answers: { ...advisor.answers, outcomes: ['none'] } }, defaultInstruments)).to.equal(undefined);
    expect(checkEnvelope({ ...advisor, answers: { ...advisor.answers, outcomes: ['none', 'arrears_plan'] } }, defaultInstruments)).to.equal('answers');
    expect(computeReport([{ ...advisor, answers: { ...advisor.answers, outcomes: ['arrears_plan', 'none'] } }], { from: '2026-01-01', to: '2026-12-31' }).input.invalidByReason.answers).to.equal(1);
  });
});
