import { expect } from '@open-wc/testing';
import { computeReport, prepareDataset, defaultInstruments, ageBand, municipalityOf, toCsv, generateSample, checkEnvelope } from '../../src/reports/index.js';
import { danishDate } from '../../src/reports/dataset.js';
import { answersValidator } from '../../src/reports/validator.js';
import type { BreakdownRow } from '../../src/reports/types.js';
import { period, residentPart, status, store } from './fixtures.js';

/** A break-down row as a compact tuple: residents, f2f, phone, digital, sessions, active, started, ended, ongoing. */
const row = (r: BreakdownRow) => [
  r.key,
  r.residents,
  r.sessions.faceToFace,
  r.sessions.phone,
  r.sessions.digital,
  r.sessions.total,
  r.courses.active,
  r.courses.started,
  r.courses.ended,
  r.courses.ongoing,
];

describe('reports: bilag 1 indicators (hand-computed fixture)', () => {
  const report = computeReport(store, period);

  it('skips and counts invalid envelopes, one per reason, and counts duplicates and superseded master data', () => {
    expect(report.input).to.deep.equal({
      received: 28,
      used: 19,
      invalid: 7,
      invalidByReason: { not_object: 1, instrument: 1, codebook_version: 1, resident_id: 1, completed_at: 1, part: 1, answers: 1, response_id: 0 },
      duplicates: 1,
      replaced: 0,
      superseded: 1,
    });
  });

  it('counts distinct residents with a session, an open course or an evaluation in the period', () => {
    // r1, r2, r3 (statuses only), r4 (course only), r7 (evaluation only); not r5, r6.
    expect(report.totals.residents).to.equal(5);
    expect(report.residentsWithoutMasterData).to.equal(2);
  });

  it('counts each status response in the period as one session, by contact form, a duplicate once', () => {
    expect(report.totals.sessions).to.deep.equal({ faceToFace: 3, phone: 2, digital: 1, total: 6 });
  });

  it('counts courses open in the period, started, ended and ongoing at its end (two courses for r1, boundaries)', () => {
    expect(report.totals.courses).to.deep.equal({ active: 4, started: 3, ended: 2, ongoing: 2 });
  });

  it('moves a course across the boundary with the period', () => {
    const later = computeReport(store, { from: '2025-02-16', to: '2025-12-31' });
    expect(later.totals.courses).to.deep.equal({ active: 4, started: 4, ended: 2, ongoing: 2 });
    expect(later.reportedSessions.evaluations).to.equal(0);
  });

  it("reports the advisors' session counts of evaluations ending in the period, apart from the status-based count", () => {
    expect(report.reportedSessions).to.deep.equal({ faceToFace: 5, phone: 2, digital: 0, total: 7, evaluations: 1 });
  });

  it('breaks down by counselling type: residents by master data, sessions by their own type', () => {
    expect(report.breakdowns.counsellingType.map(row)).to.deep.equal([
      ['type2', 1, 0, 1, 0, 1, 0, 0, 0, 0],
      ['type3', 1, 1, 1, 0, 2, 2, 1, 1, 1],
      ['type4', 2, 2, 0, 1, 3, 2, 2, 1, 1],
      ['unknown', 1, 0, 0, 0, 0, 0, 0, 0, 0],
    ]);
  });

  it("breaks down by age band, with a resident's activity under their latest course's master data", () => {
    expect(report.breakdowns.ageBand.map(row)).to.deep.equal([
      ['15-24', 0, 0, 0, 0, 0, 0, 0, 0, 0],
      ['25-34', 1, 1, 1, 1, 3, 2, 1, 1, 1],
      ['35-44', 0, 0, 0, 0, 0, 0, 0, 0, 0],
      ['45-54', 1, 0, 0, 0, 0, 1, 1, 0, 1],
      ['55-64', 0, 0, 0, 0, 0, 0, 0, 0, 0],
      ['65-74', 1, 2, 0, 0, 2, 1, 1, 1, 0],
      ['75+', 0, 0, 0, 0, 0, 0, 0, 0, 0],
      ['unknown', 2, 0, 1, 0, 1, 0, 0, 0, 0],
    ]);
  });

  it('breaks down by gender', () => {
    expect(report.breakdowns.gender.map(row)).to.deep.equal([
      ['female', 1, 1, 1, 1, 3, 2, 1, 1, 1],
      ['male', 1, 2, 0, 0, 2, 1, 1, 1, 0],
      ['other', 0, 0, 0, 0, 0, 0, 0, 0, 0],
      ['not_stated', 1, 0, 0, 0, 0, 1, 1, 0, 1],
      ['unknown', 2, 0, 1, 0, 1, 0, 0, 0, 0],
    ]);
  });

  it("breaks down by municipality, from the postcode; each course under its own postcode's municipality", () => {
    expect(report.breakdowns.municipality.map(row)).to.deep.equal([
      ['101', 0, 0, 0, 0, 0, 1, 0, 1, 0], // r1's first course, København N
      ['169', 1, 0, 0, 0, 0, 1, 1, 0, 1], // r4, 2640 Hedehusene (four municipalities; the first)
      ['461', 1, 2, 0, 0, 2, 1, 1, 1, 0], // r2, Odense
      ['751', 1, 1, 1, 1, 3, 1, 1, 0, 1], // r1, now in Aarhus
      ['unknown', 2, 0, 1, 0, 1, 0, 0, 0, 0],
    ]);
  });

  it('gives the answer distribution of every choice question of the status survey, per counselling type too', () => {
    const status = report.distributions.filter((d) => d.instrument === 'status');
    expect(status.map((d) => d.field)).to.deep.equal([
      'counsellingType',
      'contact',
      'expectedAdvice',
      'financialOverview',
      'disposableIncomeOverview',
      'adviceRating',
    ]);
    const contact = status.find((d) => d.field === 'contact')!;
    expect(contact.respondents).to.equal(6);
    expect(contact.counts).to.deep.equal({ face_to_face: 3, phone: 2, digital: 1 });
    expect(contact.byCounsellingType.type2).to.deep.equal({ respondents: 1, counts: { face_to_face: 0, phone: 1, digital: 0 } });
    expect(contact.byCounsellingType.type3).to.deep.equal({ respondents: 2, counts: { face_to_face: 1, phone: 1, digital: 0 } });
    expect(contact.byCounsellingType.type4).to.deep.equal({ respondents: 3, counts: { face_to_face: 2, phone: 0, digital: 1 } });
    expect(status.find((d) => d.field === 'counsellingType')!.counts).to.deep.equal({ type2: 1, type3: 2, type4: 3 });
    expect(status.find((d) => d.field === 'financialOverview')!.counts).to.deep.equal({ high: 0, some: 6, low: 0, none: 0, dont_know: 0 });
  });

  it('gives the distributions of master data (courses in the period) and evaluations (in the period) too', () => {
    const gender = report.distributions.find((d) => d.instrument === 'master-data' && d.field === 'gender')!;
    expect(gender.respondents).to.equal(4); // r1's two courses, r2, r4
    expect(gender.counts).to.deep.equal({ female: 2, male: 1, other: 0, not_stated: 1 });
    const problems = report.distributions.find((d) => d.instrument === 'master-data' && d.field === 'problems')!;
    expect(problems.kind).to.equal('multiple');
    expect([problems.respondents, problems.counts.rent_arrears, problems.counts.overview, problems.counts.eviction]).to.deep.equal([4, 4, 4, 0]);
    const recommend = report.distributions.find((d) => d.instrument === 'evaluation' && d.field === 'recommend')!;
    expect([recommend.respondents, recommend.counts.yes]).to.deep.equal([3, 3]); // r1, r2, r7
    const endReason = report.distributions.find((d) => d.instrument === 'evaluation' && d.field === 'endReason')!;
    expect([endReason.respondents, endReason.counts.completed]).to.deep.equal([1, 1]);
    expect(endReason.byCounsellingType.type3.respondents).to.equal(1);
  });

  it("validates master data and evaluation parts with the instruments' schemas", () => {
    const [md] = store as Record<string, unknown>[];
    const answers = md.answers as Record<string, unknown>;
    expect(checkEnvelope(md, defaultInstruments)).to.equal(undefined);
    expect(checkEnvelope({ ...md, answers: { ...answers, postcode: '9999' } }, defaultInstruments)).to.equal('answers');
    expect(checkEnvelope({ ...md, answers: { ...answers, age: 14 } }, defaultInstruments)).to.equal('answers');
    const resident = residentPart('x', '2025-01-01T10:00:00Z', 'some', 'some');
    expect(checkEnvelope(resident, defaultInstruments)).to.equal(undefined);
    expect(checkEnvelope({ ...resident, part: 'advisor' }, defaultInstruments)).to.equal('answers');
  });

  it('finds duplicates among many responses of one resident', () => {
    const many = Array.from({ length: 80 }, (_, i) => status('busy', `2025-0${1 + (i % 6)}-${String(1 + Math.floor(i / 6)).padStart(2, '0')}`, 'type3', 'phone'));
    const r = computeReport([...many, ...many.slice(0, 50).map((e) => ({ ...e, completedAt: '2025-12-01T10:00:00Z' }))], { from: '2025-01-01', to: '2025-12-31' });
    expect(r.input.duplicates).to.equal(50);
    expect(r.totals.sessions.phone).to.equal(80);
  });

  it("compares each resident's first status with their evaluation on the two overview questions", () => {
    const { changes } = report;
    expect(changes.evaluations).to.equal(3);
    expect(changes.withoutBaseline).to.equal(1); // r7
    expect(changes.residents.map((r) => [r.residentId, r.statusDate, r.evaluationDate])).to.deep.equal([
      ['r1', '2024-11-01', '2025-02-16'], // the baseline may lie before the period
      ['r2', '2025-03-05', '2025-06-30'], // 22:30 Danish time is still 30 June
    ]);
    expect(changes.residents[0].fields.financialOverview).to.deep.equal({ first: 'low', last: 'high', change: 'improved' });
    expect(changes.residents[0].fields.disposableIncomeOverview).to.deep.equal({ first: 'some', last: 'dont_know', change: 'not_comparable' });
    expect(changes.residents[1].fields.financialOverview.change).to.equal('worse');
    expect(changes.residents[1].fields.disposableIncomeOverview.change).to.equal('same');
    expect(changes.summary[0]).to.deep.equal({
      field: 'financialOverview',
      counts: { improved: 1, same: 0, worse: 1, not_comparable: 0 },
      matrix: { low: { high: 1 }, some: { none: 1 } },
    });
    expect(changes.summary[1].counts).to.deep.equal({ improved: 0, same: 1, worse: 0, not_comparable: 1 });
  });

  it("takes a second evaluation's baseline from the statuses after the first evaluation", () => {
    const r = computeReport(
      [
        status('x', '2025-01-05', 'type3', 'face_to_face', 'low', 'low'),
        residentPart('x', '2025-02-01T10:00:00Z', 'some', 'some'),
        status('x', '2025-03-01', 'type3', 'face_to_face', 'none', 'none'),
        residentPart('x', '2025-05-01T10:00:00Z', 'high', 'none'),
      ],
      { from: '2025-01-01', to: '2025-12-31' },
    );
    expect(r.changes.residents.map((c) => [c.statusDate, c.fields.financialOverview.change, c.fields.disposableIncomeOverview.change])).to.deep.equal([
      ['2025-01-05', 'improved', 'improved'],
      ['2025-03-01', 'improved', 'same'],
    ]);
  });

  it('never throws on any input, and reports nothing from nothing', () => {
    for (const junk of [[], [undefined, 1, 'x', [], {}, { instrument: 'status', answers: [] }], null as unknown as unknown[]]) {
      const r = computeReport(junk, period);
      expect(r.totals.residents).to.equal(0);
    }
    const weird = JSON.parse('{"instrument":"status","codebookVersion":"1","residentId":"r","completedAt":"2025-01-01T00:00:00Z","answers":{"__proto__":{"x":1}}}');
    expect(computeReport([weird], period).input.invalid).to.equal(1);
  });

  it('rejects a period that is not two ordered ISO dates', () => {
    expect(() => computeReport(store, { from: '2025-07-01', to: '2025-01-01' })).to.throw(RangeError);
    expect(() => computeReport(store, { from: '2025-1-1', to: '2025-12-31' })).to.throw(RangeError);
  });

  it('gives the same report from a prepared dataset as from the envelopes', () => {
    const dataset = prepareDataset(store, defaultInstruments);
    expect(computeReport(dataset, period)).to.deep.equal(report);
  });

  it('checks master data for the dates the report relies on even without its schema', () => {
    const base = { instrument: 'master-data', codebookVersion: '1', residentId: 'r', completedAt: '2025-01-01T10:00:00Z' };
    expect(checkEnvelope({ ...base, answers: { startDate: '2025-02-30x' } }, new Map())).to.equal('answers');
    expect(checkEnvelope({ ...base, answers: { startDate: '2025-02-01', endDate: '2025-01-01' } }, new Map())).to.equal('answers');
    expect(checkEnvelope({ ...base, answers: { startDate: '2025-02-01' } }, new Map())).to.equal(undefined);
  });
});

describe('reports: helpers', () => {
  it('puts ages in ten-year bands from 15, 75 and over last', () => {
    expect([15, 24, 25, 34, 64, 65, 74, 75, 110].map(ageBand)).to.deep.equal(['15-24', '15-24', '25-34', '25-34', '55-64', '65-74', '65-74', '75+', '75+']);
    expect([14, 30.5, '30', undefined].map(ageBand)).to.deep.equal(['unknown', 'unknown', 'unknown', 'unknown']);
  });

  it('finds the municipality of a postcode, preferring the one the town is named after', () => {
    expect(municipalityOf('2200')).to.equal('101'); // København N: København, Frederiksberg
    expect(municipalityOf('2610')).to.equal('175'); // Rødovre: København, Hvidovre, Rødovre
    expect(municipalityOf('2640')).to.equal('169'); // Hedehusene: none named so, the first
    expect(municipalityOf('8000')).to.equal('751');
    expect(municipalityOf('9999')).to.equal(undefined);
  });

  it('dates a timestamp by the Danish calendar, summer time included', () => {
    expect(danishDate('2025-01-15T23:30:00Z')).to.equal('2025-01-16');
    expect(danishDate('2025-06-30T21:59:59Z')).to.equal('2025-06-30');
    expect(danishDate('2025-06-30T22:00:00Z')).to.equal('2025-07-01');
    expect(danishDate('2025-03-30T00:59:59Z')).to.equal('2025-03-30'); // 01:59 CET
    expect(danishDate('2025-10-25T22:30:00Z')).to.equal('2025-10-26'); // 00:30 CEST
    expect(danishDate('2025-10-26T22:30:00Z')).to.equal('2025-10-26'); // 23:30 CET
    expect(danishDate('2025-12-31T23:00:00Z')).to.equal('2026-01-01');
  });

  it('writes CSV that Danish Excel opens: BOM, semicolons, CRLF, quoting, no formulas', () => {
    expect(toCsv([['Svar', 'Antal'], ['Ja; helt', 3], ['Sagde "nej"', 0], ['=HYPERLINK("x")', -1], [null, 2.5]])).to.equal(
      '\uFEFFSvar;Antal\r\n"Ja; helt";3\r\n"Sagde ""nej""";0\r\n"\'=HYPERLINK(""x"")";-1\r\n;2,5\r\n',
    );
  });
});

describe('reports: the fast answers check', () => {
  it("gives the schema's verdict on valid, mutated and broken answers of every instrument", () => {
    const sample = generateSample({ residents: 60, seed: 3 }) as { instrument: string; part?: string; answers: Record<string, unknown> }[];
    const instrumentOf = (e: { instrument: string; part?: string }) =>
      defaultInstruments.get(e.part ? `${e.instrument}:${e.part}` : e.instrument) ?? defaultInstruments.get(e.instrument)!;
    // Values to plant: every value seen for any field, plus some that no field accepts.
    const values = [...new Set(sample.flatMap((e) => Object.values(e.answers).map((v) => JSON.stringify(v))))].map((v) => JSON.parse(v));
    values.push(undefined, null, '', 'x', -1, 0, 1.5, 111, [], ['other'], ['none', 'referred'], '2025-13-01', '9999', 'a'.repeat(1001));
    let checked = 0;
    let invalid = 0;
    sample.forEach((e, n) => {
      const instrument = instrumentOf(e);
      const fast = answersValidator(instrument);
      const keys = Object.keys(instrument.shape);
      const variants = [e.answers];
      for (let k = 0; k < 6; k++) {
        const key = keys[(n * 7 + k * 3) % keys.length];
        variants.push({ ...e.answers, [key]: values[(n * 13 + k * 31) % values.length] });
      }
      const { [keys[n % keys.length]]: _dropped, ...without } = e.answers;
      variants.push(without);
      for (const answers of variants) {
        const expected = instrument.schema.safeParse(answers).success;
        expect(fast(answers), `${e.instrument} ${JSON.stringify(answers)}`).to.equal(expected);
        // A second time, from its memory.
        expect(fast(answers)).to.equal(expected);
        checked++;
        if (!expected) invalid++;
      }
    });
    expect(checked).to.be.greaterThan(2000);
    expect(invalid).to.be.greaterThan(checked / 4);
  });
});

describe('reports: sample data', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(JSON.stringify(generateSample({ residents: 20, seed: 7 }))).to.equal(JSON.stringify(generateSample({ residents: 20, seed: 7 })));
    expect(JSON.stringify(generateSample({ residents: 20, seed: 8 }))).not.to.equal(JSON.stringify(generateSample({ residents: 20, seed: 7 })));
  });

  it('gives a full report for 300 residents over a year, with only the planted faults skipped', () => {
    const sample = generateSample({ residents: 300, year: 2025, seed: 1 });
    const r = computeReport(sample, { from: '2025-01-01', to: '2025-12-31' });
    expect(r.input.invalid).to.equal(2);
    expect(r.input.invalidByReason.codebook_version + r.input.invalidByReason.resident_id).to.equal(2);
    expect(r.input.duplicates).to.be.greaterThan(0);
    expect(r.totals.residents).to.be.within(250, 300);
    expect(r.totals.sessions.faceToFace).to.be.greaterThan(r.totals.sessions.phone);
    expect(r.totals.courses.ended).to.be.greaterThan(100);
    expect(r.changes.residents.length).to.be.greaterThan(50);
    expect(r.changes.summary[0].counts.improved).to.be.greaterThan(r.changes.summary[0].counts.worse);
    expect(r.breakdowns.municipality.length).to.be.greaterThan(10);
  });
});
