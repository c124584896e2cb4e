import { msg } from '@lit/localize';
import '../generated/messages/instruments-master-data.js';
import { z } from '../engine/zod.js';
import { defineInstrument, field } from '../engine/instrument.js';
import { isAddressPostcode, townOf } from '../postcodes/postcodes.js';
import { codebookVersion } from './codebook.js';
import { counsellingTypes, multiple, single, today } from './options.js';
import { educationLevels, genders, housingSituations, incomeSources, problemAreas } from './master-data-options.js';
import { counsellingTypeQuestion } from './wording.js';

/**
 * Four digits, and a postcode in the postal service's file. The second check needs the postcode
 * table: a form loads it before it renders, the server entry registers it up front, and until
 * then no postcode counts as known.
 */
const postcode = () =>
  z.string().check(
    z.regex(/^\d{4}$/),
    z.refine((code: string) => !/^\d{4}$/.test(code) || townOf(code) !== undefined, { params: { rule: 'unknown_postcode' } }),
    // A resident's postcode is where they live: not a company's, a post box's or "Udland".
    z.refine((code: string) => !/^\d{4}$/.test(code) || isAddressPostcode(code), { params: { rule: 'non_geographic_postcode' } }),
  );

/** Bilag 2: master data, registered by the advisor when the resident's course starts. */
export const masterData = defineInstrument({
  id: 'master-data',
  codebookVersion,
  title: () => msg('Stamoplysninger', { id: 'masterData.title' }),
  // Sections follow the codebook's field order, so the error summary reads in page order.
  sections: [
    { id: 'counselling', title: () => msg('Rådgivningen', { id: 'masterData.section.counselling' }) },
    { id: 'resident', title: () => msg('Beboeren', { id: 'masterData.section.resident' }) },
    { id: 'problems', title: () => msg('Problemstilling', { id: 'masterData.section.problems' }) },
    { id: 'course', title: () => msg('Forløbet', { id: 'masterData.section.course' }) },
  ],
  shape: {
    counsellingType: single(counsellingTypes, {
      label: counsellingTypeQuestion,
      section: 'counselling',
    }),
    gender: single(genders, {
      label: () => msg('Køn', { id: 'masterData.gender' }),
      section: 'resident',
    }),
    age: field(z.int().check(z.gte(15), z.lte(110)), {
      label: () => msg('Alder (år ved forløbets start)', { id: 'masterData.age' }),
      section: 'resident',
    }),
    housing: single(housingSituations, {
      label: () => msg('Boligforhold', { id: 'masterData.housing' }),
      section: 'resident',
    }),
    postcode: field(postcode(), {
      label: () => msg('Postnummer', { id: 'masterData.postcode' }),
      note: (code) => (typeof code === 'string' && isAddressPostcode(code) ? townOf(code) : undefined),
      messages: {
        invalid_format: () => msg('Skriv postnummeret med 4 cifre, fx 2200.', { id: 'masterData.postcode.format' }),
        unknown_postcode: () =>
          msg('Der findes ikke et dansk postnummer med de 4 cifre. Tjek nummeret.', { id: 'masterData.postcode.unknown' }),
        non_geographic_postcode: () =>
          msg('Postnumre under 1000 hører til virksomheder, postbokse eller udlandet, ikke en bopæl. Skriv postnummeret, hvor beboeren bor.', {
            id: 'masterData.postcode.nonGeographic',
          }),
      },
      section: 'resident',
    }),
    education: single(educationLevels, {
      label: () => msg('Uddannelsesniveau (højeste fuldførte)', { id: 'masterData.education' }),
      section: 'resident',
    }),
    income: single(incomeSources, {
      label: () => msg('Forsørgelsesgrundlag (primært)', { id: 'masterData.income' }),
      section: 'resident',
    }),
    children: field(z.int().check(z.gte(0), z.lte(20)), {
      label: () => msg('Børn: antal hjemmeboende børn under 18 år', { id: 'masterData.children' }),
      section: 'resident',
    }),
    problems: multiple(problemAreas, {
      label: () => msg('Problemstilling', { id: 'masterData.problems' }),
      section: 'problems',
    }),
    problemsOther: field(z.optional(z.string().check(z.maxLength(500))), {
      label: () => msg('Anden problemstilling, beskriv', { id: 'masterData.problemsOther' }),
      widget: 'textarea',
      when: { field: 'problems', includes: 'other' },
      requiredWhenShown: true,
      section: 'problems',
    }),
    startDate: field(z.iso.date(), {
      label: () => msg('Startdato', { id: 'masterData.startDate' }),
      section: 'course',
    }),
    endDate: field(z.optional(z.iso.date()), {
      label: () => msg('Slutdato', { id: 'masterData.endDate' }),
      hint: () => msg('Udfyldes, når forløbet slutter.', { id: 'masterData.endDate.hint' }),
      section: 'course',
    }),
  },
  rules: [{ kind: 'dateOrder', start: 'startDate', end: 'endDate' }],
  defaults: () => ({ startDate: today() }),
});
