// Dates and amounts as a reader of each language writes them: "1. september 2026" and
// "12.500 kr." in Danish, "1 September 2026" and "DKK 12,500" in English. Pure (Intl only, no
// DOM), so the read-only view, the print, the demo and Node share one wording of a date.
//
// English amounts carry the ISO code before the number ("DKK 12,500"), as en-GB's Intl writes
// Danish kroner: "kr." alone is also the Swedish, Norwegian and Icelandic unit, and "DKK" is
// what an English reader of Danish paperwork sees on invoices and bank statements.
import type { Locale } from './locale.js';

const tags: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };
const tagOf = (locale: Locale) => tags[locale] ?? tags.da;

// One no-break space between number and unit: a print never breaks "12.500" from "kr.".
const nbsp = '\u00a0';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date-only ISO string (`2026-09-01`) in the locale's long form. It is read as a calendar
 * day, never as an instant, so no time zone moves it a day. Anything else comes back as given:
 * shown as stored rather than hidden.
 */
export function formatDate(iso: string, locale: Locale): string {
  const m = isoDay.exec(iso);
  if (!m) return iso;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  // 2026-02-30 would roll over to 2 March: not a date, so shown as stored.
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return iso;
  return cached(`d|${locale}`, () => new Intl.DateTimeFormat(tagOf(locale), { dateStyle: 'long', timeZone: 'UTC' })).format(day);
}

/**
 * A timestamp with an offset or `Z` (an envelope's `completedAt`) as a long date and a time in
 * the reader's time zone (or `timeZone`, an IANA name). Anything unreadable comes back as given.
 */
export function formatDateTime(iso: string, locale: Locale, timeZone?: string): string {
  // Without an offset, Date reads a timestamp as local time: a guess, so not read at all.
  if (!/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/i.test(iso)) return iso;
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  return cached(
    `t|${locale}|${timeZone ?? ''}`,
    () => new Intl.DateTimeFormat(tagOf(locale), { dateStyle: 'long', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }),
  ).format(when);
}

// Øre only when there are any: an amount is shown as it is, never rounded.
const numbers = (locale: Locale) => cached(`n|${locale}`, () => new Intl.NumberFormat(tagOf(locale), { maximumFractionDigits: 2 }));

/** Kroner: `12.500 kr.` (da), `DKK 12,500` (en). */
export function formatAmount(kroner: number, locale: Locale): string {
  const n = numbers(locale).format(kroner);
  return locale === 'en' ? `DKK${nbsp}${n}` : `${n}${nbsp}kr.`;
}

/** Why a text is not an amount in whole kroner; worded by whoever shows it. */
export type AmountProblem =
  /** Nothing but spaces (or a unit). */
  | 'empty'
  /** A number with a fractional part (`12,5` in Danish, `12.5` in English): not whole kroner. */
  | 'not_integer'
  /** Not a number as the locale writes one (`abc`, `12.50` or `12,500` in Danish, `1,2,3`). */
  | 'not_number'
  /** Beyond what a number holds exactly. */
  | 'too_large';

export type ParsedAmount = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly problem: AmountProblem };

// Spaces a reader types or pastes between digit groups (no-break, narrow no-break) count as one kind.
const otherSpaces = /[\u00a0\u202f]/g;
const separators: Record<Locale, { group: string; decimal: string }> = {
  da: { group: '[. ]', decimal: ',' },
  en: { group: '[, ]', decimal: '\\.' },
};
// The unit before or after the number, as either language writes it.
const unit = /^(?:kr\.?|dkk)\s*|\s*(?:kr\.?|dkk|,-)$/giu;

const patterns = new Map<Locale, RegExp>();
function pattern(locale: Locale): RegExp {
  let p = patterns.get(locale);
  if (!p) {
    const { group, decimal } = separators[locale] ?? separators.da;
    // Digits, or groups of three after the first with one kind of separator throughout (the
    // backreference), then an optional fraction of one or two digits: "12,500" in Danish (or
    // "12.000" in English) may be a reader of the other language grouping, so it is no number.
    p = new RegExp(`^([-\u2212])?(\\d+|\\d{1,3}(${group})\\d{3}(?:\\3\\d{3})*)(?:${decimal}(\\d{1,2}))?$`, 'u');
    patterns.set(locale, p);
  }
  return p;
}

/**
 * An amount in whole kroner as a reader of `locale` types it: Danish "12.500", "12 500",
 * "12500", "12.500 kr.", "kr. 12.500" (or "12.500,-"); English "12,500", "12 500",
 * "DKK 12,500". It never guesses: a fraction ("12,5") or a separator the locale does not
 * group with ("12.50" in Danish), or that may be the other language's grouping ("12,500" in
 * Danish), is a problem, not a number. Øre of zero ("12.500,00") are whole kroner.
 */
export function parseAmount(text: string, locale: Locale): ParsedAmount {
  const bare = text.replace(otherSpaces, ' ').trim().replace(unit, '').trim();
  if (!bare) return { ok: false, problem: 'empty' };
  const m = pattern(locale).exec(bare);
  if (!m) return { ok: false, problem: 'not_number' };
  if (m[4] && /[^0]/.test(m[4])) return { ok: false, problem: 'not_integer' };
  const digits = m[2].replace(/\D/g, '');
  const value = Number(digits) * (m[1] ? -1 : 1);
  if (!Number.isSafeInteger(value)) return { ok: false, problem: 'too_large' };
  return { ok: true, value: value === 0 ? 0 : value };
}
