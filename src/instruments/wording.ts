import { msg } from '@lit/localize';
import '../generated/messages/instruments-wording.js';

// Wording more than one instrument or answer scale uses, declared once: a question asked in
// two instruments on purpose (so a report can compare the answers) must read the same in both,
// and a translator sees each text once.

// Answers that recur across scales. "Ved ikke" is a real answer, distinct from "not answered".
// (Single exports, not an object: a bundler can then shorten their names.)
export const yes = () => msg('Ja', { id: 'answer.yes' });
export const no = () => msg('Nej', { id: 'answer.no' });
export const partly = () => msg('Delvist', { id: 'answer.partly' });
export const maybe = () => msg('Måske', { id: 'answer.maybe' });
export const dontKnow = () => msg('Ved ikke', { id: 'scale.dontKnow' });
export const other = () => msg('Andet', { id: 'answer.other' });

// Questions more than one instrument asks, with the same id and the same scale.
export const counsellingTypeQuestion = () => msg('Rådgivningstype', { id: 'field.counsellingType' });
export const financialOverviewQuestion = () =>
  msg('Har du på nuværende tidspunkt overblik over din økonomiske situation?', { id: 'question.financialOverview' });
export const disposableIncomeOverviewQuestion = () =>
  msg('Har du overblik over, hvor mange penge du har til rådighed efter dine faste udgifter hver måned?', {
    id: 'question.disposableIncomeOverview',
  });
