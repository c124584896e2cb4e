import type { Answers } from '../engine/instrument.js';
import type { FieldModel } from '../engine/field-model.js';

/**
 * What the user did in a server-rendered form (see `raadgivning-forms/prerender`) before the
 * script arrived: the form is on screen, and usable, from the HTML alone. The element renders
 * afresh when it upgrades, which empties that shadow root, so this is read first.
 */
export interface EarlyInput {
  /** Per field name: the values of its controls, and whether the user changed any of them. */
  readonly controls: ReadonlyMap<string, { readonly values: readonly string[]; readonly changed: boolean }>;
  /** The control that had focus, to give focus back to after the first render. */
  readonly focus?: { readonly name: string; readonly value: string };
}

type Control = HTMLInputElement | HTMLTextAreaElement;

export function readEarlyInput(root: ShadowRoot): EarlyInput {
  const controls = new Map<string, { values: string[]; changed: boolean }>();
  for (const control of root.querySelectorAll<Control>('input[name], textarea[name]')) {
    const entry = controls.get(control.name) ?? { values: [], changed: false };
    controls.set(control.name, entry);
    // The server's own answers are the controls' defaults: only a difference is the user's.
    if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')) {
      if (control.checked) entry.values.push(control.value);
      entry.changed ||= control.checked !== control.defaultChecked;
    } else {
      entry.values.push(control.value);
      entry.changed ||= control.value !== control.defaultValue;
    }
  }
  const active = root.activeElement as Control | null;
  return { controls, focus: active?.name ? { name: active.name, value: active.value } : undefined };
}

/** The answers the user changed before the upgrade, as the form's own inputs would have set them. */
export function earlyAnswers(input: EarlyInput, fields: readonly FieldModel[]): Answers {
  const answers: Answers = {};
  for (const field of fields) {
    const control = input.controls.get(field.id);
    if (!control?.changed) continue;
    const [first = ''] = control.values;
    if (field.kind === 'multiple') answers[field.id] = field.options.filter((code) => control.values.includes(code));
    else if (field.kind === 'integer') answers[field.id] = integerAnswer(first);
    else answers[field.id] = first;
  }
  return answers;
}

/** An integer field's answer: the number when the text is a whole number, else the text, to be flagged. */
export function integerAnswer(text: string): number | string {
  const trimmed = text.trim();
  return /^-?\d{1,15}$/.test(trimmed) ? Number(trimmed) : trimmed;
}
