import { fieldsOf } from '../engine/field-model.js';
import { conditionHolds, isEmpty, type Answers, type Instrument } from '../engine/instrument.js';

/**
 * Whether answers pass an instrument's schema: the same verdict as
 * `instrument.schema.safeParse(answers).success`, for reports over many thousands of stored
 * responses. Each field is checked with the field's own zod schema, and a verdict is
 * remembered per value (a report sees the same codes, dates and postcodes over and over);
 * conditional fields and cross-field rules are checked as `defineInstrument` checks them.
 * An instrument with a rule this does not know is checked with its whole schema instead.
 * The memory lives as long as the returned function: make one per report.
 */
export function answersValidator(instrument: Instrument): (answers: Answers) => boolean {
  const rules = instrument.rules ?? [];
  if (rules.some((r) => r.kind !== 'dateOrder' && r.kind !== 'exclusive')) {
    return (answers) => instrument.schema.safeParse(answers).success;
  }
  const fields = fieldsOf(instrument).map((f) => ({
    id: f.id,
    // The field as declared in the shape: with its optional wrapper and every check.
    schema: instrument.shape[f.id],
    when: f.meta.when,
    requiredWhenShown: f.meta.requiredWhenShown === true,
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
      if (f.when) {
        const shown = conditionHolds(f.when, answers);
        if (shown ? f.requiredWhenShown && isEmpty(value) : !isEmpty(value)) return false;
      }
    }
    for (const rule of rules) {
      if (rule.kind === 'dateOrder') {
        const start = answers[rule.start];
        const end = answers[rule.end];
        if (typeof start === 'string' && typeof end === 'string' && end < start) return false;
      } else if (rule.kind === 'exclusive') {
        const chosen = answers[rule.field];
        if (Array.isArray(chosen) && chosen.length > 1 && chosen.includes(rule.code)) return false;
      }
    }
    return true;
  };
}
