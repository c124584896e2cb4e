import { msg } from '@lit/localize';
import '../generated/messages/instruments-evaluation.js';
import { z } from '../engine/zod.js';
import type { FieldMeta } from '../engine/meta.js';
import { amountInput, amountMessages } from '../localization/amount-input.js';
import { defineInstrument, field } from '../engine/instrument.js';
import { partOf } from '../engine/parts.js';
import { codebookVersion } from './codebook.js';
import { counsellingTypes, degreeScale, multiple, single, today } from './options.js';
import { counsellingTypeQuestion, disposableIncomeOverviewQuestion, dontKnow, financialOverviewQuestion, maybe, no, other, yes } from './wording.js';


/** Evaluation is done for counselling types 3 and 4. */
const evaluatedTypes = { type3: counsellingTypes.type3, type4: counsellingTypes.type4 } as const;

const activities = {
  expectations: () => msg('Afklaring af baggrund og forventningsafstemning', { id: 'evaluation.activity.expectations' }),
  income_review: () =>
    msg('Afklaring af indkomst, indkomstmuligheder og faste udgifter', { id: 'evaluation.activity.incomeReview' }),
  budget: () => msg('Budget udarbejdet', { id: 'evaluation.activity.budget' }),
  daily_economy: () =>
    msg('Rådgivning om daglig økonomi og ansvarlig økonomisk adfærd', { id: 'evaluation.activity.dailyEconomy' }),
  debt_overview: () => msg('Gældsoverblik og betalingsevnevurdering', { id: 'evaluation.activity.debtOverview' }),
  debt_screening: () => msg('Screening for behov for gældsrådgivning', { id: 'evaluation.activity.debtScreening' }),
  benefit_applications: () =>
    msg('Hjælp til ansøgning om ydelser (fx boligstøtte)', { id: 'evaluation.activity.benefitApplications' }),
  creditor_contact: () => msg('Kontakt til kreditorer på beboerens vegne', { id: 'evaluation.activity.creditorContact' }),
  payment_plan: () => msg('Afdrags- eller akkordordning forhandlet', { id: 'evaluation.activity.paymentPlan' }),
  debt_relief: () =>
    msg('Hjælp til ansøgning om gældssanering eller eftergivelse', { id: 'evaluation.activity.debtRelief' }),
  holistic_screening: () => msg('Screening for andre behov og henvisning', { id: 'evaluation.activity.holisticScreening' }),
  other,
} as const;

const outcomes = {
  eviction_avoided: () => msg('Udsættelse afværget', { id: 'evaluation.outcome.evictionAvoided' }),
  arrears_cleared: () => msg('Huslejerestance afviklet', { id: 'evaluation.outcome.arrearsCleared' }),
  arrears_plan: () => msg('Aftale om afvikling af huslejerestance', { id: 'evaluation.outcome.arrearsPlan' }),
  income_increased: () => msg('Øget indkomst (fx ydelse bevilget)', { id: 'evaluation.outcome.incomeIncreased' }),
  expenses_reduced: () => msg('Reducerede faste udgifter', { id: 'evaluation.outcome.expensesReduced' }),
  debt_reduced: () => msg('Gælden er nedbragt eller under afvikling', { id: 'evaluation.outcome.debtReduced' }),
  budget_kept: () => msg('Beboeren følger sit budget', { id: 'evaluation.outcome.budgetKept' }),
  referred: () => msg('Henvist til andet tilbud', { id: 'evaluation.outcome.referred' }),
  none: () => msg('Ingen af disse', { id: 'evaluation.outcome.none' }),
} as const;

const endReasons = {
  completed: () => msg('Forløbet er gennemført', { id: 'evaluation.endReason.completed' }),
  referred: () => msg('Henvist til andet tilbud', { id: 'evaluation.endReason.referred' }),
  moved: () => msg('Beboeren er fraflyttet', { id: 'evaluation.endReason.moved' }),
  evicted: () => msg('Beboeren er sat ud', { id: 'evaluation.endReason.evicted' }),
  lost_contact: () => msg('Kontakten er ophørt', { id: 'evaluation.endReason.lostContact' }),
  resident_ended: () => msg('Beboeren ønskede at stoppe', { id: 'evaluation.endReason.residentEnded' }),
  other,
} as const;

const referralTargets = {
  municipality: () => msg('Kommunen (jobcenter, borgerservice)', { id: 'evaluation.referredTo.municipality' }),
  debt_counselling: counsellingTypes.type4,
  legal_aid: () => msg('Retshjælp / juridisk rådgivning', { id: 'evaluation.referredTo.legalAid' }),
  addiction: () => msg('Misbrugsbehandling', { id: 'evaluation.referredTo.addiction' }),
  health: () => msg('Sundhed eller psykiatri', { id: 'evaluation.referredTo.health' }),
  social_housing: () => msg('Boligsocial indsats', { id: 'evaluation.referredTo.socialHousing' }),
  other,
} as const;

const satisfactionScale = {
  very_satisfied: () => msg('Meget tilfreds', { id: 'evaluation.satisfaction.verySatisfied' }),
  satisfied: () => msg('Tilfreds', { id: 'evaluation.satisfaction.satisfied' }),
  neutral: () => msg('Hverken tilfreds eller utilfreds', { id: 'evaluation.satisfaction.neutral' }),
  dissatisfied: () => msg('Utilfreds', { id: 'evaluation.satisfaction.dissatisfied' }),
  very_dissatisfied: () => msg('Meget utilfreds', { id: 'evaluation.satisfaction.veryDissatisfied' }),
  dont_know: dontKnow,
} as const;

const situationChanges = {
  better: () => msg('Bedre', { id: 'evaluation.situationChange.better' }),
  same: () => msg('Den samme', { id: 'evaluation.situationChange.same' }),
  worse: () => msg('Dårligere', { id: 'evaluation.situationChange.worse' }),
  dont_know: dontKnow,
} as const;

const recommendAnswers = {
  yes: yes,
  maybe: maybe,
  no: no,
} as const;

const sessions = () => z.int().check(z.gte(0), z.lte(500));
/** Whole kroner, said once here: the form reads "12.500" as 12500, and shows it as an amount. */
const amount = (meta: FieldMeta) =>
  field(z.optional(z.int().check(z.gte(0))), {
    ...meta,
    format: 'amount',
    input: amountInput(),
    messages: amountMessages,
  });

/**
 * Bilag 4: the evaluation at the end of a course, in two parts filled in by two people: the
 * advisor's part first, then the resident's. Each part is an instrument of its own
 * (`evaluationParts`), validated and submitted on its own with `part` in its envelope.
 */
export const evaluation = defineInstrument({
  id: 'evaluation',
  codebookVersion,
  title: () => msg('Evaluering af rådgivningsforløbet', { id: 'evaluation.title' }),
  sections: [
    {
      id: 'advisor',
      title: () => msg('Rådgiverens del', { id: 'evaluation.section.advisor' }),
      hint: () => msg('Udfyldes af rådgiveren, før beboeren svarer.', { id: 'evaluation.section.advisor.hint' }),
    },
    {
      id: 'resident',
      title: () => msg('Beboerens del', { id: 'evaluation.section.resident' }),
      hint: () => msg('Udfyldes af beboeren.', { id: 'evaluation.section.resident.hint' }),
    },
  ],
  parts: ['advisor', 'resident'],
  shape: {
    counsellingType: single(evaluatedTypes, {
      label: counsellingTypeQuestion,
      section: 'advisor',
    }),
    startDate: field(z.iso.date(), {
      label: () => msg('Forløbets startdato', { id: 'evaluation.startDate' }),
      section: 'advisor',
    }),
    endDate: field(z.iso.date(), {
      label: () => msg('Forløbets slutdato', { id: 'evaluation.endDate' }),
      section: 'advisor',
    }),
    sessionsFaceToFace: field(sessions(), {
      label: () => msg('Antal samtaler ansigt til ansigt', { id: 'evaluation.sessionsFaceToFace' }),
      section: 'advisor',
    }),
    sessionsPhone: field(sessions(), {
      label: () => msg('Antal telefoniske samtaler', { id: 'evaluation.sessionsPhone' }),
      section: 'advisor',
    }),
    sessionsDigital: field(sessions(), {
      label: () => msg('Antal digitale samtaler', { id: 'evaluation.sessionsDigital' }),
      section: 'advisor',
    }),
    activities: multiple(activities, {
      label: () => msg('Aktiviteter i forløbet', { id: 'evaluation.activities' }),
      section: 'advisor',
    }),
    outcomes: multiple(outcomes, {
      label: () => msg('Resultater af forløbet', { id: 'evaluation.outcomes' }),
      section: 'advisor',
    }),
    rentArrearsStart: amount({
      label: () => msg('Huslejerestance ved forløbets start (kr.)', { id: 'evaluation.rentArrearsStart' }),
      section: 'advisor',
    }),
    rentArrearsEnd: amount({
      label: () => msg('Huslejerestance ved afslutning (kr.)', { id: 'evaluation.rentArrearsEnd' }),
      section: 'advisor',
    }),
    endReason: single(endReasons, {
      label: () => msg('Årsag til afslutning', { id: 'evaluation.endReason' }),
      section: 'advisor',
    }),
    referredTo: multiple(referralTargets, {
      label: () => msg('Henvist til', { id: 'evaluation.referredTo' }),
      section: 'advisor',
      when: { field: 'outcomes', includes: 'referred' },
      requiredWhenShown: true,
    }, { optional: true }),
    satisfaction: single(satisfactionScale, {
      label: () => msg('Hvor tilfreds er du samlet set med den rådgivning, du har fået?', { id: 'evaluation.satisfaction' }),
      section: 'resident',
    }),
    financialOverview: single(degreeScale, {
      label: financialOverviewQuestion,
      section: 'resident',
    }),
    disposableIncomeOverview: single(degreeScale, {
      label: disposableIncomeOverviewQuestion,
      section: 'resident',
    }),
    selfReliance: single(degreeScale, {
      label: () =>
        msg('Føler du dig bedre i stand til selv at klare din økonomi nu end før forløbet?', { id: 'evaluation.selfReliance' }),
      section: 'resident',
    }),
    situationChange: single(situationChanges, {
      label: () =>
        msg('Er din økonomiske situation bedre, den samme eller dårligere end da du startede?', { id: 'evaluation.situationChange' }),
      section: 'resident',
    }),
    recommend: single(recommendAnswers, {
      label: () => msg('Vil du anbefale rådgivningen til andre?', { id: 'evaluation.recommend' }),
      section: 'resident',
    }),
    comment: field(z.optional(z.string().check(z.maxLength(1000))), {
      label: () => msg('Har du kommentarer til rådgivningen?', { id: 'evaluation.comment' }),
      widget: 'textarea',
      section: 'resident',
    }),
  },
  rules: [
    { kind: 'dateOrder', start: 'startDate', end: 'endDate' },
    { kind: 'exclusive', field: 'outcomes', code: 'none' },
  ],
  defaults: () => ({ endDate: today() }),
});

/** The evaluation's two parts, each an instrument that validates and submits on its own. */
export const evaluationParts = {
  advisor: partOf(evaluation, 'advisor'),
  resident: partOf(evaluation, 'resident'),
} as const;
