import { msg } from '@lit/localize';
import { defineInstrument, field } from '../engine/instrument.js';
import { codebookVersion } from './codebook.js';
import { counsellingTypes, deferredChoice, deferredDate, deferredOptionalText, degreeScale, ratingScale, today } from './options.js';

const contactForms = {
  face_to_face: () => msg('Ansigt til ansigt', { id: 'status.contact.faceToFace' }),
  phone: () => msg('Telefon', { id: 'status.contact.phone' }),
  digital: () => msg('Digitalt (video, mail, besked)', { id: 'status.contact.digital' }),
} as const;

const expectedAdviceAnswers = {
  yes: () => msg('Ja', { id: 'answer.yes' }),
  partly: () => msg('Delvist', { id: 'answer.partly' }),
  no: () => msg('Nej', { id: 'answer.no' }),
  dont_know: () => msg('Ved ikke', { id: 'scale.dontKnow' }),
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
    counsellingType: field(deferredChoice(counsellingTypes), {
      label: () => msg('Rådgivningstype', { id: 'field.counsellingType' }),
      options: counsellingTypes,
      section: 'session',
    }),
    contact: field(deferredChoice(contactForms), {
      label: () => msg('Kontaktform', { id: 'status.contact' }),
      options: contactForms,
      section: 'session',
    }),
    expectedAdvice: field(deferredChoice(expectedAdviceAnswers), {
      label: () => msg('Har du i dag fået rådgivning omkring det, som du havde forventet?', { id: 'status.expectedAdvice' }),
      options: expectedAdviceAnswers,
      section: 'questions',
    }),
    financialOverview: field(deferredChoice(degreeScale), {
      label: () => msg('Har du på nuværende tidspunkt overblik over din økonomiske situation?', { id: 'question.financialOverview' }),
      options: degreeScale,
      section: 'questions',
    }),
    disposableIncomeOverview: field(deferredChoice(degreeScale), {
      label: () =>
        msg('Har du overblik over, hvor mange penge du har til rådighed efter dine faste udgifter hver måned?', {
          id: 'question.disposableIncomeOverview',
        }),
      options: degreeScale,
      section: 'questions',
    }),
    adviceRating: field(deferredChoice(ratingScale), {
      label: () => msg('Hvordan synes du om den rådgivning, som du har fået i dag?', { id: 'status.adviceRating' }),
      options: ratingScale,
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
