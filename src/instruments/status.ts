import { msg } from '@lit/localize';
import '../generated/messages/instruments-status.js';
import { defineInstrument, field } from '../engine/instrument.js';
import { codebookVersion } from './codebook.js';
import { counsellingTypes, deferredDate, deferredOptionalText, deferredSingle, degreeScale, ratingScale, today } from './options.js';
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
    // Every field's schema is deferred: a form builds the ones of the answers it is given only.
    date: field(deferredDate(), {
      label: () => msg('Dato for samtalen', { id: 'status.date' }),
      section: 'session',
    }),
    counsellingType: deferredSingle(counsellingTypes, {
      label: counsellingTypeQuestion,
      section: 'session',
    }),
    contact: deferredSingle(contactForms, {
      label: () => msg('Kontaktform', { id: 'status.contact' }),
      section: 'session',
    }),
    expectedAdvice: deferredSingle(expectedAdviceAnswers, {
      label: () => msg('Har du i dag fået rådgivning omkring det, som du havde forventet?', { id: 'status.expectedAdvice' }),
      section: 'questions',
    }),
    financialOverview: deferredSingle(degreeScale, {
      label: financialOverviewQuestion,
      section: 'questions',
    }),
    disposableIncomeOverview: deferredSingle(degreeScale, {
      label: disposableIncomeOverviewQuestion,
      section: 'questions',
    }),
    adviceRating: deferredSingle(ratingScale, {
      label: () => msg('Hvordan synes du om den rådgivning, som du har fået i dag?', { id: 'status.adviceRating' }),
      section: 'questions',
    }),
    comment: field(deferredOptionalText(1000), {
      label: () => msg('Er der andet, du vil sige om rådgivningen i dag?', { id: 'status.comment' }),
      widget: 'textarea',
      section: 'questions',
    }),
  },
  defaults: () => ({ date: today() }),
});
