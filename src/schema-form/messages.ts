import { msg, str } from '@lit/localize';
import '../generated/messages/schema-form-messages.js';
import type { FieldError } from '../engine/validate.js';
import type { FieldModel } from '../engine/field-model.js';
import type { PrefillProblem } from '../engine/prefill.js';

/** Every string the form itself shows, as functions: called at render time, in the current language. */
export const ui = {
  submit: () => msg('Indsend', { id: 'form.submit' }),
  optional: () => msg('(valgfri)', { id: 'form.optional' }),
  errorPrefix: () => msg('Fejl:', { id: 'form.errorPrefix' }),
  summaryTitle: () => msg('Der er et problem', { id: 'form.summary.title' }),
  prefillTitle: () => msg('Nogle forudfyldte svar kunne ikke bruges', { id: 'form.prefill.title' }),
  prefillHint: () =>
    msg('Felterne nedenfor står tomme, hvor værdien ikke kunne bruges. Udfyld dem, og indsend igen.', { id: 'form.prefill.hint' }),
  missingResident: () =>
    msg('Formularen kan ikke indsendes: den mangler et beboer-id (attributten resident-id). Kontakt den, der har sat systemet op.', {
      id: 'form.missingResident',
    }),
  cprResident: () =>
    msg('Kan ikke indsendes: beboer-id’et ligner et CPR-nummer, som ikke må gemmes. Brug beboerens id fra systemet.', {
      id: 'form.cprResident',
    }),
  submitted: () => msg('Svarene er indsendt.', { id: 'form.submitted' }),
  requiredLeft: (missing: number, total: number) =>
    msg(str`${missing} af ${total} påkrævede spørgsmål mangler svar.`, { id: 'form.progress.left' }),
  allAnswered: () => msg('Alle påkrævede spørgsmål er besvaret.', { id: 'form.progress.done' }),
  sending: () => msg('Sender …', { id: 'form.sending' }),
  submitFailed: () =>
    msg('Svarene kunne ikke sendes. Intet er gået tabt: svarene står stadig i formularen. Prøv igen.', {
      id: 'form.submitFailed',
    }),
  draftRestored: (time: string) =>
    msg(str`Vi har hentet dine svar, som ikke var sendt endnu (gemt ${time}).`, { id: 'form.draft.restored' }),
  discardDraft: () => msg('Start forfra uden de gemte svar', { id: 'form.draft.discard' }),
};

export function errorText(error: FieldError, field: FieldModel | undefined): string {
  const own = field?.meta.messages?.[error.code];
  if (own) return own();
  const p = error.params ?? {};
  switch (error.code) {
    case 'required':
      if (field?.kind === 'single') return msg('Vælg et svar.', { id: 'error.required.single' });
      if (field?.kind === 'multiple') return msg('Vælg mindst ét svar.', { id: 'error.required.multiple' });
      return msg('Udfyld feltet.', { id: 'error.required' });
    case 'invalid_option':
      return msg('Vælg et af de viste svar.', { id: 'error.invalidOption' });
    case 'integer': {
      const { min, max } = p as { min?: number; max?: number };
      if (min !== undefined && max !== undefined) {
        return msg(str`Skriv et helt tal fra ${min} til ${max}.`, { id: 'error.integer.range' });
      }
      if (min !== undefined) return msg(str`Skriv et helt tal på mindst ${min}.`, { id: 'error.integer.min' });
      return msg('Skriv et helt tal.', { id: 'error.integer' });
    }
    case 'too_long':
      return msg(str`Skriv højst ${String(p.max)} tegn.`, { id: 'error.tooLong' });
    case 'invalid_date':
      return msg('Skriv en gyldig dato.', { id: 'error.invalidDate' });
    case 'date_order':
      return msg('Slutdatoen må ikke ligge før startdatoen.', { id: 'error.dateOrder' });
    case 'exclusive': {
      const label = field?.meta.options?.[String(p.code)]?.() ?? String(p.code);
      return msg(str`"${label}" kan ikke kombineres med andre svar.`, { id: 'error.exclusive' });
    }
    case 'not_applicable':
      return msg('Spørgsmålet skal ikke besvares ud fra de andre svar.', { id: 'error.notApplicable' });
  }
  return msg('Svaret er ikke gyldigt.', { id: 'error.invalid' });
}

export function prefillProblemText(problem: PrefillProblem, field: FieldModel | undefined): string {
  const name = field?.meta.label() ?? problem.field ?? '';
  switch (problem.code) {
    case 'not_json':
      return msg('Værdien (attributten value) er ikke gyldig JSON.', { id: 'prefill.notJson' });
    case 'not_object':
      return msg('Værdien skal være et svar-objekt.', { id: 'prefill.notObject' });
    case 'unknown_field':
      return msg(str`Ukendt felt "${name}" blev ignoreret.`, { id: 'prefill.unknownField' });
    case 'invalid_value':
      if (problem.value) {
        return msg(str`Datoen "${problem.value}" i "${name}" findes ikke og blev ignoreret.`, { id: 'prefill.invalidDate' });
      }
      return msg(str`Svaret på "${name}" er ikke gyldigt og blev ignoreret.`, { id: 'prefill.invalidValue' });
  }
}
