import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatAmount, formatDate, formatDateTime, parseAmount } from '../../src/localization/format.js';
import type { Locale } from '../../src/localization/locale.js';

// The module writes a no-break space between number and unit; a reader sees a space.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatDate', () => {
  it('writes a day in each language\'s long form', () => {
    expect(formatDate('2026-09-01', 'da')).to.equal('1. september 2026');
    expect(formatDate('2026-09-01', 'en')).to.equal('1 September 2026');
    expect(formatDate('2026-12-31', 'da')).to.equal('31. december 2026');
  });

  it('never moves a day: every day of a year keeps its day of the month, in any zone the page is in', () => {
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(formatDate(iso, 'en').split(' ')[0], iso).to.equal(String(Number(iso.slice(8))));
    }
  });

  it('shows what is not a day as stored, rather than a wrong day', () => {
    for (const s of ['2026-02-30', '2026-13-01', 'i går', '', '2026-09-01T10:00:00Z']) expect(formatDate(s, 'da')).to.equal(s);
  });
});

describe('formatDateTime', () => {
  it('writes a completedAt in the reader\'s zone (here given), with Z or an offset', () => {
    expect(plain(formatDateTime('2026-09-01T23:30:00Z', 'da', 'Europe/Copenhagen'))).to.equal('2. september 2026 kl. 01.30');
    expect(plain(formatDateTime('2026-09-01T23:30:00.000+02:00', 'en', 'UTC'))).to.equal('1 September 2026 at 21:30');
    expect(formatDateTime('2026-09-01T10:00:00Z', 'en')).to.match(/September 2026/);
  });

  it('does not guess a zone for a timestamp without one', () => {
    expect(formatDateTime('2026-09-01T10:00:00', 'da')).to.equal('2026-09-01T10:00:00');
    expect(formatDateTime('nonsense', 'en')).to.equal('nonsense');
  });
});

describe('formatAmount', () => {
  it('writes kroner as each language reads them', () => {
    expect(plain(formatAmount(12500, 'da'))).to.equal('12.500 kr.');
    expect(plain(formatAmount(12500, 'en'))).to.equal('DKK 12,500');
    expect(plain(formatAmount(0, 'da'))).to.equal('0 kr.');
    expect(plain(formatAmount(1000, 'da'))).to.equal('1.000 kr.');
  });

  it('keeps number and unit together and never rounds', () => {
    expect(formatAmount(12500, 'da')).to.equal('12.500\u00a0kr.');
    expect(plain(formatAmount(12.5, 'da'))).to.equal('12,5 kr.');
  });
});

describe('parseAmount', () => {
  const ok = (value: number) => ({ ok: true, value });
  const problem = (p: string) => ({ ok: false, problem: p });

  it('reads a Danish amount however it is typed', () => {
    for (const text of ['12.500', '12 500', '12\u00a0500', '12\u202f500', '12500', '12.500 kr.', 'kr. 12.500', ' 12.500kr ', '12.500,-', '12.500,00', 'DKK 12.500'])
      expect(parseAmount(text, 'da'), text).to.deep.equal(ok(12500));
  });

  it('reads an English amount however it is typed', () => {
    for (const text of ['12,500', '12 500', '12\u00a0500', '12500', 'DKK 12,500', 'DKK12,500', '12,500.00'])
      expect(parseAmount(text, 'en'), text).to.deep.equal(ok(12500));
  });

  it('says why a text is not whole kroner, and never guesses', () => {
    const cases: [string, Locale, string][] = [
      ['12,5', 'da', 'not_integer'],
      ['12,50', 'da', 'not_integer'],
      ['12.5', 'en', 'not_integer'],
      // The other language's grouping: twelve and a half, or twelve thousand five hundred?
      ['12,500', 'da', 'not_number'],
      ['12.500', 'en', 'not_number'],
      ['12.50', 'da', 'not_number'],
      ['1.2.3', 'da', 'not_number'],
      ['1.234 567', 'da', 'not_number'],
      ['abc', 'da', 'not_number'],
      ['12 500 abc', 'en', 'not_number'],
      ['', 'da', 'empty'],
      [' kr. ', 'da', 'empty'],
      ['99999999999999999', 'da', 'too_large'],
    ];
    for (const [text, locale, p] of cases) expect(parseAmount(text, locale), `${text} (${locale})`).to.deep.equal(problem(p));
  });

  it('reads back every amount it writes, in both languages', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.constantFrom<Locale>('da', 'en'), (n, locale) => {
        expect(parseAmount(formatAmount(n, locale), locale)).to.deep.equal(ok(n));
      }),
      { numRuns: 500 },
    );
  });
});
