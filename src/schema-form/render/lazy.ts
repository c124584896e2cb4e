import type { Answers, Instrument } from '../../engine/instrument.js';
import type { Locale } from '../../localization/locale.js';

/** What a print's header shows beside the answers: the element's own properties. */
export interface PrintHost {
  readonly organisation: string;
  readonly residentName: string;
  readonly residentId: string;
  readonly caseId: string;
  /** Where the header's styles go. */
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The modes an element used for editing never needs: their renderers are chunks of their own. */
export interface ModeRenderers {
  review(instrument: Instrument, answers: Answers, locale: Locale, host: PrintHost, completedAt?: string): unknown;
  template(instrument: Instrument, locale: Locale, host: PrintHost): unknown;
}
export type LazyMode = keyof ModeRenderers;

/** The renderers loaded so far. A server rendering (src/prerender) cannot wait for a chunk: it sets them up front. */
export const renderers: Partial<ModeRenderers> = {};
const loading: Partial<Record<LazyMode, Promise<unknown>>> = {};

/**
 * Loads a mode's renderer the first time an element is in that mode: undefined when it is
 * there already, else the promise the element's update waits for (so `updateComplete` means
 * the mode is rendered). A chunk that cannot load (not served beside the script) is reported
 * in the console once, and the mode stays blank.
 */
export function loadRenderer(mode: LazyMode): Promise<unknown> | undefined {
  if (renderers[mode]) return undefined;
  return (loading[mode] ??= (
    mode === 'review'
      ? import('./review.js').then((m) => (renderers.review = m.renderReview))
      : import('./template.js').then((m) => (renderers.template = m.renderTemplate))
  ).catch(console.error));
}
