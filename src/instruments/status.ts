import { msg } from '@lit/localize';
import '../generated/messages/instruments-status.js';
import { z } from '../engine/zod.js';
import { defineInstrument, field } from '../engine/instrument.js';
import { codebookVersion } from './codebook.js';
import { counsellingTypes, degreeScale, ratingScale, single, today } from './options.js';
import { counsellingTypeQuestion, disposableIncomeOverviewQuestion, dontKnow, financialOverviewQuestion, no, partly, yes } from './wording.js';

const contactForms = {
  face_to_face: () => msg('Ansigt til ansigt', { id: 'status.contact.faceToFace' }),
  phone: () => msg('Telefon', { id: 'status.contact.phone' }),
  digital: () => msg('Digitalt (video, mail, besked)', { id: 'status.contact.digital' }),
} as const;

const expectedAdviceAnswers = {
  yes: yes,
  partly: partly,
  no: no,
  dont_know: dontKnow,
} as const;

/** Bilag 3: the status survey, used repeatedly during a course of counselling. */
export const status = defineInstrument({
  id: 'status',
  codebookVersion,
  title: () => msg('Statusredskab', { id: 'status.title' }),
  sections: [
    { id: 'session', title: () => msg('Samtalen', { id: 'status.section.session' }) },
    {
      id: 'questions',
      title: () => msg('Spørgsmål til beboeren', { id: 'status.section.questions' }),
      hint: () => msg('Beboeren svarer. Rådgiveren kan læse spørgsmålene op og notere svarene.', { id: 'status.section.questions.hint' }),
    },
  ],
  shape: {
    date: field(z.iso.date(), {
      label: () => msg('Dato for samtalen', { id: 'status.date' }),
      section: 'session',
    }),
    counsellingType: single(counsellingTypes, {
      label: counsellingTypeQuestion,
      section: 'session',
    }),
    contact: single(contactForms, {
      label: () => msg('Kontaktform', { id: 'status.contact' }),
      section: 'session',
    }),
    expectedAdvice: single(expectedAdviceAnswers, {
      label: () => msg('Har du i dag fået rådgivning omkring det, som du havde forventet?', { id: 'status.expectedAdvice' }),
      section: 'questions',
    }),
    financialOverview: single(degreeScale, {
      label: financialOverviewQuestion,
      section: 'questions',
    }),
    disposableIncomeOverview: single(degreeScale, {
      label: disposableIncomeOverviewQuestion,
      section: 'questions',
    }),
    adviceRating: single(ratingScale, {
      label: () => msg('Hvordan synes du om den rådgivning, som du har fået i dag?', { id: 'status.adviceRating' }),
      section: 'questions',
    }),
    comment: field(z.optional(z.string().check(z.maxLength(1000))), {
      label: () => msg('Er der andet, du vil sige om rådgivningen i dag?', { id: 'status.comment' }),
      widget: 'textarea',
      section: 'questions',
    }),
  },
  defaults: () => ({ date: today() }),
});
