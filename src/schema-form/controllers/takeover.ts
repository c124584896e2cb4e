import { isServer } from 'lit';
import type { Answers } from '../../engine/instrument.js';
import type { FieldModel } from '../../engine/field-model.js';
import type { EarlyForm } from '../early-answers.js';

/** The takeover's code, a chunk of its own: only a page with a server-rendered form loads it, while that form paints. */
let early: typeof import('../early-answers.js') | undefined;
import type { FormHost } from './form-state.js';

/** The element as the takeover sees it: Lit's own state of its first render. */
interface TakeoverHost extends FormHost {
  readonly hasUpdated: boolean;
  readonly renderOptions: { renderBefore?: ChildNode | null };
}

/**
 * The takeover of a server-rendered form (a declarative shadow root, `raadgivning-forms/prerender`):
 * it paints first, the user may answer in it, and the element's first render replaces it keeping
 * those answers and the focus.
 */
export class TakeoverController {
  readonly #host: TakeoverHost;
  /** The server-rendered form, moved out before the first render replaces it. */
  #early?: EarlyForm;

  constructor(host: TakeoverHost) {
    this.#host = host;
  }

  /**
   * What the first update waits for: the browser's first frame, when a form from the server is
   * there to paint (taking it over first would hold that frame back by our render).
   */
  painted(): Promise<unknown> | undefined {
    if (this.#host.hasUpdated || !this.#host.renderRoot.firstChild) return undefined;
    return Promise.all([
      new Promise((painted) => requestAnimationFrame(() => setTimeout(painted))),
      import('../early-answers.js').then((m) => (early = m), console.error),
    ]);
  }

  /** Before the first render (willUpdate): moves the server's form out of the shadow root. */
  takeOut() {
    const host = this.#host;
    // Lit would render after a server-rendered form (it keeps it for hydration, which costs
    // bytes we do not ship): take it out, to read what the user did in it once the fields are known.
    if (isServer || host.hasUpdated || !host.renderRoot.firstChild) return;
    // Without its chunk (not served beside the script) the server's form goes, the user's answers in it too.
    if (early) this.#early = early.takeEarlyForm(host.renderRoot as ShadowRoot);
    else (host.renderRoot as ShadowRoot).replaceChildren();
    // Lit meant to render before the server's first node, which is gone now.
    host.renderOptions.renderBefore = null;
  }

  /** What the user answered in the server's form (nothing once the first render is done). */
  answers(fields: readonly FieldModel[]): Answers {
    return this.#early ? early!.earlyAnswers(this.#early, fields) : {};
  }

  /** After the first render (firstUpdated): focus goes back where the user had it. */
  restoreFocus() {
    const focus = this.#early?.focus;
    this.#early = undefined;
    if (!focus) return;
    const controls = [...this.#host.renderRoot.querySelectorAll<HTMLInputElement>(`[name="${CSS.escape(focus.name)}"]`)];
    (controls.find((c) => c.value === focus.value) ?? controls[0])?.focus();
  }
}
