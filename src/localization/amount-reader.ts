// The part of typing an amount that only a form with an amount field loads (see amount-input.ts).
import { msg } from '@lit/localize';
import '../generated/messages/localization-amount-reader.js';
import { activeLocale } from './locale.js';
import { parseAmount } from './format.js';

/** What was typed in a field for each answer, per language: shown again while it still reads as that answer. */
type Typed = Map<string, string>;

/**
 * The answer for a text: the amount, or else the text exactly as typed (to be flagged; the
 * input shows it back unchanged, so "kr. " stays while "kr. 12.500" is being typed), or
 * nothing for a blank.
 */
export function read(text: string, typed: Typed): unknown {
  const locale = activeLocale();
  const parsed = parseAmount(text, locale);
  if (!parsed.ok) return text.trim() ? text : '';
  typed.set(`${locale}${parsed.value}`, text);
  return parsed.value;
}

/** The text for an answer: what the user typed for it in this language, else its digits. */
export const text = (answer: unknown, typed: Typed) => (answer === undefined ? '' : (typed.get(`${activeLocale()}${answer}`) ?? String(answer)));

/** Any entry that is no amount in whole kroner (a fraction, a letter, a negative amount). */
export const message = () => msg('Skriv et beløb i hele kroner på 0 eller mere, fx 12.500 eller 12 500.', { id: 'amount.invalid' });
