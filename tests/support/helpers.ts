import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SchemaForm } from '../../src/schema-form/schema-form.component.js';
import type { Answers } from '../../src/engine/instrument.js';
import { activeLocale, requestLocale, type Locale } from '../../src/localization/locale.js';

export const shadow = (el: SchemaForm) => el.shadowRoot!;
export const text = (el: SchemaForm) => (shadow(el).textContent ?? '').replace(/\s+/g, ' ');
export const $ = <T extends Element = HTMLElement>(el: SchemaForm, selector: string) => shadow(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: SchemaForm, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];

/** Clicks the element's own submit button, as a user does. */
export async function clickSubmit(el: SchemaForm) {
  $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
  await el.updateComplete;
}

export async function setLocale(locale: Locale) {
  await requestLocale(locale);
  await waitUntil(() => activeLocale() === locale, `locale ${locale}`);
}

/** The focused element inside the form's shadow root, if focus is in the form. */
export function focused(el: SchemaForm): Element | null {
  return document.activeElement === el ? shadow(el).activeElement : null;
}

/**
 * Fills the form with the keyboard only, as a user would: Tab from field to field, arrow keys
 * in radio groups, Space on checkboxes, typing in text fields, Enter on the submit button.
 * Dates keep their default. Returns the number of key presses.
 */
export async function completeByKeyboard(el: SchemaForm, answers: Answers): Promise<number> {
  let presses = 0;
  const press = async (key: string) => {
    presses++;
    await sendKeys({ press: key });
    await el.updateComplete;
  };
  const done = new Set<string>();
  // A failing run must end before mocha's timeout, or its key presses outlive the test.
  const deadline = Date.now() + 8000;
  for (let i = 0; i < 150 && Date.now() < deadline; i++) {
    await press('Tab');
    const active = focused(el);
    if (!active) continue;
    if (active instanceof HTMLButtonElement && active.type === 'submit') {
      await press('Enter');
      return presses;
    }
    if (!(active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement)) continue;
    const id = active.name;
    const want = answers[id];
    if (want === undefined) continue;
    if (active instanceof HTMLInputElement && active.type === 'radio') {
      // Arrow keys move through the group and check the option they land on.
      for (let k = 0; k < 20 && focused(el) instanceof HTMLInputElement; k++) {
        const current = focused(el) as HTMLInputElement;
        if (current.checked && current.value === want) break;
        await press(current.value === want ? 'Space' : 'ArrowDown');
      }
    } else if (active instanceof HTMLInputElement && active.type === 'checkbox') {
      if ((want as string[]).includes(active.value) !== active.checked) await press('Space');
    } else if (active instanceof HTMLInputElement && active.type === 'date') {
      continue;
    } else if (!done.has(id)) {
      done.add(id);
      await sendKeys({ type: String(want) });
      presses++;
      await el.updateComplete;
    }
  }
  throw new Error('Never reached the submit button');
}

/** Answers the form by clicking and typing into its controls, as a user's changes (not a prefill). */
export async function fillByUser(el: SchemaForm, answers: Answers) {
  for (const [id, value] of Object.entries(answers)) {
    await el.updateComplete;
    const codes = Array.isArray(value) ? value : [value];
    const choice = $$<HTMLInputElement>(el, `input[name="${id}"][type=radio], input[name="${id}"][type=checkbox]`);
    if (choice.length) {
      for (const input of choice) if (codes.includes(input.value) !== input.checked) input.click();
      continue;
    }
    const input = $<HTMLInputElement | HTMLTextAreaElement>(el, `[name="${id}"]`);
    if (!input) throw new Error(`No control for ${id}`);
    input.value = String(value);
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await el.updateComplete;
}
