import { fieldsOf, type FieldModel } from '../engine/field-model.js';
import type { Instrument } from '../engine/instrument.js';
import type { InstrumentRegistry } from '../reports/dataset.js';
import { municipalityNames } from '../reports/municipalities.js';
import type { Dimension } from '../reports/types.js';
import { t } from './messages.js';

/**
 * How the report words what it computed: numbers, shares and dates in the report's language,
 * and codes by the instruments' own labels (never a second copy of an answer's wording).
 */
export interface Labels {
  readonly locale: string;
  number(n: number): string;
  percent(share: number): string;
  date(iso: string): string;
  field(instrumentId: string, fieldId: string): FieldModel | undefined;
  instrument(id: string): Instrument | undefined;
  option(instrumentId: string, fieldId: string, code: string): string;
  /** A break-down row's key (a code, an age band, a municipality number, or `unknown`). */
  key(dimension: Dimension, key: string): string;
}

export function labelsFor(instruments: InstrumentRegistry, locale: string): Labels {
  const field = (instrumentId: string, fieldId: string): FieldModel | undefined => {
    for (const [key, instrument] of instruments) {
      if (key !== instrumentId && !key.startsWith(`${instrumentId}:`)) continue;
      const f = fieldsOf(instrument).find((x) => x.id === fieldId);
      if (f) return f;
    }
    return undefined;
  };
  const option = (instrumentId: string, fieldId: string, code: string) => field(instrumentId, fieldId)?.meta.options?.[code]?.() ?? code;
  return {
    locale,
    number: (n) => new Intl.NumberFormat(locale).format(n),
    percent: (s) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(s),
    date: (iso) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`)),
    field,
    instrument: (id) => instruments.get(id) ?? [...instruments.entries()].find(([k]) => k.startsWith(`${id}:`))?.[1],
    option,
    key(dimension, key) {
      if (key === 'unknown') return dimension === 'counsellingType' ? t.unknown() : t.unknownNoMasterData();
      switch (dimension) {
        case 'counsellingType':
          return option('status', 'counsellingType', key);
        case 'ageBand':
          return t.ageBand(key);
        case 'gender':
          return option('master-data', 'gender', key);
        case 'municipality':
          return municipalityNames[key] ?? key;
      }
    },
  };
}
