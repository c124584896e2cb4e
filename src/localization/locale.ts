import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { messagesFor } from './messages.js';
import { loadLazyMessages } from '../schema-form/render/lazy-messages.js';

export type Locale = 'da' | 'en';
export const locales: readonly Locale[] = [sourceLocale, ...targetLocales];

export interface LocalizationControls {
  getLocale(): string;
  setLocale(locale: string): Promise<void>;
}

/**
 * Our messages in `locale`, for a host that owns `configureLocalization` (see
 * `useHostLocalization`): every loaded element's, and those of the views every element loads
 * when first asked for (review, template), which a host's copy of the table would miss.
 */
export const loadTemplates = async (locale: Locale) => {
  await loadLazyMessages();
  return messagesFor(locale);
};

let controls: LocalizationControls | undefined;

/**
 * For a host page that uses @lit/localize itself. `configureLocalization` may run only once per
 * page, so such a host owns it: it calls it, includes our `loadTemplates()` in its `loadLocale`, and
 * hands its controls over here before any of our elements connect. Otherwise our elements call
 * it themselves, on first use.
 */
export function useHostLocalization(hostControls: LocalizationControls): void {
  controls = hostControls;
}

function ensureControls(): LocalizationControls {
  controls ??= configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: async (locale) => ({ templates: messagesFor(locale) }),
  });
  return controls;
}

const warned = new Set<string>();

/** `da-DK` → `da`; an unknown language falls back to Danish, with one warning per language. */
export function normalizeLocale(lang: string | null | undefined): Locale {
  const base = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if ((locales as readonly string[]).includes(base)) return base as Locale;
  if (base && !warned.has(base)) {
    warned.add(base);
    console.warn(`Language "${lang}" is not available; showing Danish. Available: ${locales.join(', ')}.`);
  }
  return sourceLocale as Locale;
}

/** The element's `lang`, else its nearest ancestor's (across shadow roots), else the document's. */
export function langOf(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang;
}

/**
 * Until a page asks for another language than Danish, @lit/localize's runtime is not set up:
 * `msg()` returns the Danish source as it is, and a Danish page keeps none of the runtime's
 * code and state in memory.
 */
export function activeLocale(): Locale {
  return controls ? normalizeLocale(controls.getLocale()) : (sourceLocale as Locale);
}

/**
 * @lit/localize keeps one active locale per page: an element that asks for another language
 * switches the page, and every element re-renders. The last request wins.
 */
export function requestLocale(locale: Locale): Promise<void> {
  if (!controls && locale === sourceLocale) return Promise.resolve();
  const c = ensureControls();
  return c.getLocale() === locale ? Promise.resolve() : c.setLocale(locale);
}
