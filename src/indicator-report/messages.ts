import { msg, str } from '@lit/localize';
import '../generated/messages/indicator-report-messages.js';
import type { Change, Dimension, SkipReason } from '../reports/types.js';

/** The report's own wording. Answer labels come from the instruments, not from here. */
export const t = {
  title: () => msg('Aktivitetsindikatorer (bilag 1)', { id: 'report.title' }),
  period: () => msg('Periode', { id: 'report.period' }),
  from: () => msg('Fra', { id: 'report.from' }),
  to: () => msg('Til', { id: 'report.to' }),
  periodError: () => msg('Periodens slutdato må ikke ligge før startdatoen.', { id: 'report.periodError' }),
  badFrom: (value: string) =>
    msg(str`Periodens startdato "${value}" er ikke en dato (ÅÅÅÅ-MM-DD) og er ikke brugt.`, { id: 'report.badFrom' }),
  badTo: (value: string) =>
    msg(str`Periodens slutdato "${value}" er ikke en dato (ÅÅÅÅ-MM-DD) og er ikke brugt.`, { id: 'report.badTo' }),
  print: () => msg('Udskriv', { id: 'report.print' }),
  exportCsv: () => msg('Hent som CSV', { id: 'report.exportCsv' }),
  empty: () => msg('Der er ingen besvarelser i perioden.', { id: 'report.empty' }),
  skipped: (n: number) => msg(str`${n} besvarelser er sprunget over, fordi de ikke kan læses:`, { id: 'report.skipped' }),
  duplicates: (n: number) => msg(str`${n} gentagne indsendelser er kun talt med én gang.`, { id: 'report.duplicates' }),
  replaced: (n: number) =>
    msg(str`${n} besvarelser er rettet senere; kun den seneste udgave er talt med.`, { id: 'report.replaced' }),
  superseded: (n: number) =>
    msg(str`${n} stamoplysninger er erstattet af en senere udgave for samme forløb.`, { id: 'report.superseded' }),
  withoutMasterData: (n: number) =>
    msg(str`${n} beboere i perioden har ingen stamoplysninger; de står som "Uoplyst" i fordelingerne på alder, køn og kommune.`, {
      id: 'report.withoutMasterData',
    }),

  indicators: () => msg('Nøgletal', { id: 'report.indicators' }),
  indicator: () => msg('Indikator', { id: 'report.indicator' }),
  count: () => msg('Antal', { id: 'report.count' }),
  mandatory: () => msg('obligatorisk', { id: 'report.mandatory' }),
  residents: () => msg('Beboere', { id: 'report.residents' }),
  faceToFace: () => msg('Ansigt-til-ansigt-samtaler', { id: 'report.faceToFace' }),
  phone: () => msg('Telefonsamtaler', { id: 'report.phone' }),
  digital: () => msg('Digitale samtaler', { id: 'report.digital' }),
  sessionsTotal: () => msg('Samtaler i alt', { id: 'report.sessionsTotal' }),
  courses: () => msg('Forløb i perioden', { id: 'report.courses' }),
  started: () => msg('Forløb startet', { id: 'report.started' }),
  ended: () => msg('Forløb afsluttet', { id: 'report.ended' }),
  ongoing: () => msg('Forløb i gang ved periodens slutning', { id: 'report.ongoing' }),
  reported: () => msg('Samtaler ifølge rådgivernes evalueringer', { id: 'report.reported' }),
  reportedNote: (n: number) =>
    msg(str`Fra ${n} evalueringer af forløb afsluttet i perioden. Tallene ovenfor tæller statusbesvarelser: én pr. samtale.`, {
      id: 'report.reportedNote',
    }),

  breakdowns: () => msg('Fordelt på målgruppe', { id: 'report.breakdowns' }),
  by: (dimension: Dimension) =>
    ({
      counsellingType: () => msg('Efter rådgivningstype', { id: 'report.by.counsellingType' }),
      ageBand: () => msg('Efter aldersgruppe', { id: 'report.by.ageBand' }),
      gender: () => msg('Efter køn', { id: 'report.by.gender' }),
      municipality: () => msg('Efter kommune', { id: 'report.by.municipality' }),
    })[dimension](),
  dimension: (dimension: Dimension) =>
    ({
      counsellingType: () => msg('Rådgivningstype', { id: 'report.counsellingType' }),
      ageBand: () => msg('Aldersgruppe', { id: 'report.ageBand' }),
      gender: () => msg('Køn', { id: 'report.gender' }),
      municipality: () => msg('Kommune', { id: 'report.municipality' }),
    })[dimension](),
  ageBand: (band: string) => (band === '75+' ? msg('75 år og derover', { id: 'report.age.75plus' }) : msg(str`${band.replace('-', '–')} år`, { id: 'report.age.band' })),
  unknown: () => msg('Uoplyst', { id: 'report.unknown' }),
  unknownNoMasterData: () => msg('Uoplyst (ingen stamoplysninger)', { id: 'report.unknownNoMasterData' }),
  chartResidents: (dimension: string) => msg(str`Beboere efter ${dimension}`, { id: 'report.chartResidents' }),

  changes: () => msg('Udvikling fra første status til evaluering', { id: 'report.changes' }),
  changesIntro: (evaluations: number, compared: number) =>
    msg(str`${evaluations} evalueringer i perioden med beboerens svar; ${compared} kan sammenlignes med beboerens første status.`, {
      id: 'report.changesIntro',
    }),
  change: (c: Change) =>
    ({
      improved: () => msg('Bedre overblik', { id: 'report.change.improved' }),
      same: () => msg('Samme overblik', { id: 'report.change.same' }),
      worse: () => msg('Mindre overblik', { id: 'report.change.worse' }),
      not_comparable: () => msg('Kan ikke sammenlignes ("Ved ikke")', { id: 'report.change.notComparable' }),
    })[c](),
  development: () => msg('Udvikling', { id: 'report.development' }),
  share: () => msg('Andel', { id: 'report.share' }),
  shareCsv: () => msg('Andel (%)', { id: 'report.shareCsv' }),
  transitions: () => msg('Første status (rækker) mod evaluering (kolonner)', { id: 'report.transitions' }),
  perResident: () => msg('Pr. beboer', { id: 'report.perResident' }),
  resident: () => msg('Beboer-id', { id: 'report.resident' }),
  caseId: () => msg('Sags-id', { id: 'report.caseId' }),
  firstStatus: () => msg('Første status', { id: 'report.firstStatus' }),
  evaluation: () => msg('Evaluering', { id: 'report.evaluation' }),
  notAnswered: () => msg('Ikke besvaret', { id: 'report.notAnswered' }),

  economy: () => msg('Økonomiske resultater af afsluttede forløb', { id: 'report.economy' }),
  economyCourses: () => msg('Afsluttede forløb med rådgiverens evaluering', { id: 'report.economyCourses' }),
  economyWithArrears: () => msg('Heraf med huslejerestance oplyst ved start og afslutning', { id: 'report.economyWithArrears' }),
  arrearsReduced: () => msg('Nedbragt huslejerestance (kr.)', { id: 'report.arrearsReduced' }),
  economyNote: (n: number) =>
    msg(str`Beløbene er summer over de ${n} forløb, hvor begge beløb er oplyst; er restancen vokset, er den nedbragte restance negativ.`, {
      id: 'report.economyNote',
    }),

  distributions: () => msg('Svarfordelinger', { id: 'report.distributions' }),
  distributionsIntro: () =>
    msg(
      'Statusbesvarelser med samtaledato i perioden, stamoplysninger for forløb i perioden og evalueringer afsluttet i perioden. Ved spørgsmål med flere svar kan andelene give over 100 %.',
      { id: 'report.distributionsIntro' },
    ),
  answer: () => msg('Svar', { id: 'report.answer' }),
  respondents: (n: number) => msg(str`${n} har svaret`, { id: 'report.respondents' }),
  total: () => msg('I alt', { id: 'report.total' }),
  noAnswers: () => msg('Ingen svar i perioden.', { id: 'report.noAnswers' }),

  skipReason: (reason: SkipReason) =>
    ({
      not_object: () => msg('ikke et svar-objekt', { id: 'report.skip.notObject' }),
      instrument: () => msg('ukendt skema', { id: 'report.skip.instrument' }),
      codebook_version: () => msg('anden kodebogsversion', { id: 'report.skip.codebookVersion' }),
      resident_id: () => msg('mangler beboer-id, eller det ligner et CPR-nummer', { id: 'report.skip.residentId' }),
      completed_at: () => msg('mangler tidspunkt, eller det er ikke et ISO-tidspunkt', { id: 'report.skip.completedAt' }),
      part: () => msg('ukendt del af evalueringen', { id: 'report.skip.part' }),
      answers: () => msg('ugyldige svar', { id: 'report.skip.answers' }),
      response_id: () => msg('ugyldigt svar-id', { id: 'report.skip.responseId' }),
    })[reason](),
};
