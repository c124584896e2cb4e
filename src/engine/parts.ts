import { declaredShapeOf, defineInstrument, metaOf, type Answers, type Instrument } from './instrument.js';

const cache = new WeakMap<Instrument, Map<string, Instrument>>();

/**
 * One part of an instrument filled in in parts (`parts` in its definition): an instrument of
 * the part's section alone, with the conditions and rules that concern only its fields. It
 * validates and submits on its own; its envelope names the part, and a prefill may hold the
 * other parts' answers, which it sets aside.
 */
export function partOf(instrument: Instrument, part: string): Instrument {
  if (!instrument.parts?.includes(part)) throw new Error(`Instrument "${instrument.id}" has no part "${part}".`);
  let parts = cache.get(instrument);
  if (!parts) cache.set(instrument, (parts = new Map()));
  let result = parts.get(part);
  if (!result) {
    const shape = Object.fromEntries(Object.entries(declaredShapeOf(instrument)).filter(([, declared]) => metaOf(declared)?.section === part));
    const has = (id: string) => Object.prototype.hasOwnProperty.call(shape, id);
    const pick = (answers: Answers) => Object.fromEntries(Object.entries(answers).filter(([id]) => has(id)));
    const defaults = instrument.defaults;
    // Assigned, not spread: a spread would build the part's schema (a getter) right away.
    result = Object.assign(
      defineInstrument({
        id: instrument.id,
        codebookVersion: instrument.codebookVersion,
        title: instrument.title,
        sections: instrument.sections?.filter((s) => s.id === part),
        shape,
        subject: instrument.subject,
        rules: instrument.rules?.filter((r) => (r.kind === 'dateOrder' ? has(r.start) && has(r.end) : has(r.field))),
        defaults: defaults && (() => pick(defaults())),
      }),
      { part, whole: instrument },
    );
    parts.set(part, result);
  }
  return result;
}
