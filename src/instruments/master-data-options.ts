import { msg } from '@lit/localize';
import '../generated/messages/instruments-master-data-options.js';
import { other } from './wording.js';

// The answer options only the master data asks for: a module of their own, so a page with
// another instrument does not download their translations (src/generated/messages/).

// Answers these scales share (their ids keep the `answer.` prefix: message ids are stable).
export const notStated = () => msg('Uoplyst', { id: 'answer.notStated' });
export const preferNotToSay = () => msg('Ønsker ikke at oplyse', { id: 'answer.preferNotToSay' });

export const genders = {
  female: () => msg('Kvinde', { id: 'gender.female' }),
  male: () => msg('Mand', { id: 'gender.male' }),
  other,
  not_stated: preferNotToSay,
} as const;

export const housingSituations = {
  social_family: () => msg('Almen familiebolig', { id: 'housing.socialFamily' }),
  social_youth: () => msg('Almen ungdomsbolig', { id: 'housing.socialYouth' }),
  social_senior: () => msg('Almen ældrebolig', { id: 'housing.socialSenior' }),
  private_rental: () => msg('Privat lejebolig', { id: 'housing.privateRental' }),
  cooperative: () => msg('Andelsbolig', { id: 'housing.cooperative' }),
  owner: () => msg('Ejerbolig', { id: 'housing.owner' }),
  staying_with_others: () => msg('Bor midlertidigt hos andre', { id: 'housing.stayingWithOthers' }),
  homeless: () => msg('Uden fast bolig', { id: 'housing.homeless' }),
  other,
} as const;

export const educationLevels = {
  none: () => msg('Ingen fuldført uddannelse', { id: 'education.none' }),
  primary: () => msg('Grundskole (folkeskole)', { id: 'education.primary' }),
  upper_secondary: () => msg('Gymnasial uddannelse', { id: 'education.upperSecondary' }),
  vocational: () => msg('Erhvervsfaglig uddannelse', { id: 'education.vocational' }),
  short_higher: () => msg('Kort videregående uddannelse', { id: 'education.shortHigher' }),
  medium_higher: () => msg('Mellemlang videregående uddannelse (fx professionsbachelor)', { id: 'education.mediumHigher' }),
  long_higher: () => msg('Lang videregående uddannelse (kandidat, ph.d.)', { id: 'education.longHigher' }),
  other: () => msg('Anden uddannelse, fx udenlandsk', { id: 'education.other' }),
  not_stated: notStated,
} as const;

export const incomeSources = {
  employed: () => msg('Lønindkomst', { id: 'income.employed' }),
  self_employed: () => msg('Selvstændig', { id: 'income.selfEmployed' }),
  flexjob: () => msg('Fleksjob eller ledighedsydelse', { id: 'income.flexjob' }),
  unemployment_benefit: () => msg('Arbejdsløshedsdagpenge', { id: 'income.unemploymentBenefit' }),
  social_assistance: () =>
    msg('Kontanthjælp, uddannelseshjælp eller selvforsørgelses- og hjemrejseydelse', { id: 'income.socialAssistance' }),
  sickness_benefit: () => msg('Sygedagpenge', { id: 'income.sicknessBenefit' }),
  rehabilitation: () => msg('Ressourceforløbs-, jobafklarings- eller revalideringsydelse', { id: 'income.rehabilitation' }),
  disability_pension: () => msg('Førtidspension', { id: 'income.disabilityPension' }),
  old_age_pension: () => msg('Folkepension eller efterløn', { id: 'income.oldAgePension' }),
  student_grant: () => msg('SU', { id: 'income.studentGrant' }),
  none: () => msg('Ingen indkomst', { id: 'income.none' }),
  other,
  not_stated: notStated,
} as const;

/** Problem areas; the examples are the source's own. */
export const problemAreas = {
  rent_arrears: () => msg('Huslejerestance', { id: 'problem.rentArrears' }),
  eviction: () => msg('Udsættelsessag / fogedsag', { id: 'problem.eviction' }),
  overview: () => msg('Manglende overblik over økonomien og budget', { id: 'problem.overview' }),
  debt_public: () => msg('Gæld til det offentlige (fx SKAT, Udbetaling Danmark)', { id: 'problem.debtPublic' }),
  debt_private: () => msg('Gæld til private (fx kviklån, bank, inkasso)', { id: 'problem.debtPrivate' }),
  utility_arrears: () => msg('Restance på el, vand eller varme', { id: 'problem.utilityArrears' }),
  tax: () => msg('Skat (fx forskudsopgørelse, modregning)', { id: 'problem.tax' }),
  housing_benefit: () => msg('Boligstøtte (boligsikring/boligydelse)', { id: 'problem.housingBenefit' }),
  public_benefits: () => msg('Sociale ydelser og afgørelser', { id: 'problem.publicBenefits' }),
  life_event: () => msg('Ændret livssituation (fx skilsmisse, sygdom, mistet indkomst)', { id: 'problem.lifeEvent' }),
  other,
} as const;
