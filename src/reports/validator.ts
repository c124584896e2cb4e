import { fieldsOf } from '../engine/field-model.js';
import { ownChecksOf, type Answers, type Instrument } from '../engine/instrument.js';

/**
 * Whether answers pass an instrument's schema: the same verdict as
 * `instrument.schema.safeParse(answers).success`, for reports over many thousands of stored
 * responses. Each field is checked with the field's own zod schema, and a verdict is
 * remembered per value (a report sees the same codes, dates and postcodes over and over);
 * conditional fields and cross-field rules are the instrument's own checks (`ownChecksOf`, the
 * same function the schema and the form run), not a copy of them. An instrument made some
 * other way is checked with its whole schema instead. The memory lives as long as the
 * returned function: make one per report.
 */
export function answersValidator(instrument: Instrument): (answers: Answers) => boolean {
  const own = ownChecksOf(instrument);
  if (!own) return (answers) => instrument.schema.safeParse(answers).success;
  const fields = fieldsOf(instrument).map((f) => ({
    id: f.id,
    // The field as declared in the shape: with its optional wrapper and every check.
    schema: instrument.shape[f.id],
    // Free text is seldom repeated: not worth remembering.
    memo: f.kind === 'text' ? undefined : new Map<unknown, boolean>(),
  }));
  return (answers) => {
    for (const f of fields) {
      const value = answers[f.id];
      let ok: boolean | undefined;
      if (f.memo && (value === undefined || typeof value === 'string' || typeof value === 'number')) {
        ok = f.memo.get(value);
        if (ok === undefined) f.memo.set(value, (ok = f.schema.safeParse(value).success));
      } else {
        ok = f.schema.safeParse(value).success;
      }
      if (!ok) return false;
    }
    return own(answers).length === 0;
  };
}
