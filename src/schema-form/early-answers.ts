import type { Answers } from '../engine/instrument.js';
import type { FieldModel } from '../engine/field-model.js';
import { integerAnswer } from './controllers/answers.js';

/**
 * What the user did in a server-rendered form (see `raadgivning-forms/prerender`) before the
 * script arrived: the form is on screen, and usable, from the HTML alone. The element renders
 * afresh when it upgrades, so it moves that form out of its shadow root first and keeps it
 * here until its fields are known.
 */
export interface EarlyForm {
  readonly controls: DocumentFragment;
  /** The control that had focus, to give focus back to after the first render. */
  readonly focus?: { readonly name: string; readonly value: string };
}

type Control = HTMLInputElement | HTMLTextAreaElement;

export function takeEarlyForm(root: ShadowRoot): EarlyForm {
  const active = root.activeElement as Control | null;
  const controls = document.createDocumentFragment();
  controls.append(...root.childNodes);
  return { controls, focus: active?.name ? { name: active.name, value: active.value } : undefined };
}

/**
 * The answers the user changed there, as the form's own inputs would have set them. The
 * server's answers are the controls' defaults: only a difference is the user's.
 */
export function earlyAnswers(form: EarlyForm, fields: readonly FieldModel[]): Answers {
  const answers: Answers = {};
  for (const field of fields) {
    const controls = [...form.controls.querySelectorAll<Control>(`[name="${field.id}"]`)];
    const changed = controls.some((c) =>
      'checked' in c && (c.type === 'radio' || c.type === 'checkbox') ? c.checked !== c.defaultChecked : c.value !== c.defaultValue,
    );
    if (!changed) continue;
    const chosen = controls.filter((c) => 'checked' in c && c.checked).map((c) => c.value);
    if (field.kind === 'multiple') answers[field.id] = field.options.filter((code) => chosen.includes(code));
    else if (field.kind === 'single') answers[field.id] = chosen[0];
    else if (field.kind === 'integer') answers[field.id] = integerAnswer(controls[0].value);
    else answers[field.id] = controls[0].value;
  }
  return answers;
}
