// The prerender entry (`raadgivning-forms/prerender`, Node only): an element's form as HTML, for
// a server to put in its page. The form then shows as soon as the HTML arrives, like a plain
// HTML form, instead of after the script has been fetched and run; the script takes it over
// when it arrives, keeping whatever the user has answered meanwhile. Needs the optional peer
// dependency @lit-labs/ssr, which renders the elements' own templates to declarative shadow DOM.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { nothing } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../status-survey/status-survey.js';
import '../master-data-form/master-data-form.js';
import '../evaluation-form/evaluation-form.js';
import { activeLocale, normalizeLocale, requestLocale, type Locale } from '../localization/locale.js';
import type { EvaluationPart } from '../evaluation-form/evaluation-form.component.js';
import { renderers } from '../schema-form/render/lazy.js';
import { renderReview } from '../schema-form/render/review.js';
import { renderTemplate } from '../schema-form/render/template.js';

// A server renders at once: the views the browser loads as chunks when first asked for are here up front.
Object.assign(renderers, { review: renderReview, template: renderTemplate });

export const prerenderTags = ['status-survey', 'master-data-form', 'evaluation-form'] as const;
export type PrerenderTag = (typeof prerenderTags)[number];

export interface PrerenderOptions {
  /** `da` (the default) or `en`; the element's `lang` attribute. */
  readonly lang?: string;
  readonly residentId?: string;
  readonly caseId?: string;
  /** The element's `name`: its answers go into the enclosing form's FormData. */
  readonly name?: string;
  /**
   * A prefill, as the `value` attribute takes it. Defaults are left to the browser: today's
   * date is filled in when the script arrives, unless the prefill sets a date.
   */
  readonly value?: unknown;
  /** `<evaluation-form>` only: `advisor`, `resident` or `both`. */
  readonly part?: EvaluationPart;
  readonly readonly?: boolean;
  readonly template?: boolean;
  /** Added to the form's `<style>`, for a Content-Security-Policy with a style nonce. */
  readonly nonce?: string;
}

// @lit-labs/ssr writes a property binding of a reflected property as the attribute's string:
// `.checked=${false}` would come out as `checked="false"`, which is checked.
const booleanProperties = / (checked)="(true|false)"/g;
// Markers for hydration, which the elements do not use: they render afresh on upgrade.
const hydrationMarkers = /<!--\/?lit-(?:part|node)[^>]*-->|<\?>/g;

// Indentation between tags, a sixth of the page's form: one space renders the same (no
// element of ours keeps white space, and text and attribute values never hold a raw \`<\`).
const indentation = />\s+</g;

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * @lit/localize announces a locale switch on `window`, which a server has none of. Lend it an
 * event target for the switch only (a few microtasks: the English table is in the bundle), so
 * the rest of the server never sees a `window` and takes itself for a browser.
 */
async function switchLocale(locale: Locale) {
  const g = globalThis as { window?: unknown };
  if (g.window !== undefined) return requestLocale(locale);
  g.window = new EventTarget();
  try {
    await requestLocale(locale);
  } finally {
    delete g.window;
  }
}

/**
 * The element with its form as a declarative shadow root: `<status-survey …><template
 * shadowrootmode="open">…</template></status-survey>`. Put it in the page where the element
 * goes, and load the element's script (or drop-in) as usual.
 */
export async function prerender(tag: PrerenderTag, options: PrerenderOptions = {}): Promise<string> {
  // Never a caller's string as markup: the tag comes from our own list.
  if (!prerenderTags.includes(tag)) throw new Error(`prerender: unknown element "${tag}"; one of ${prerenderTags.join(', ')}.`);
  const locale = normalizeLocale(options.lang ?? 'da');
  // One locale is active per process, and another call may switch it while this one waits:
  // render only once it is ours, synchronously, so no other call can come in between.
  while (activeLocale() !== locale) await switchLocale(locale);
  const value =
    options.value === undefined ? nothing : typeof options.value === 'string' ? options.value : JSON.stringify(options.value);
  const name = unsafeStatic(tag);
  const result = render(
    html`<${name}
      lang=${locale}
      resident-id=${options.residentId ?? nothing}
      case-id=${options.caseId ?? nothing}
      name=${options.name || nothing}
      value=${value}
      part=${options.part ?? nothing}
      ?readonly=${options.readonly}
      ?template=${options.template}
    ></${name}>`,
  );
  let out = collectResultSync(result)
    .replace(hydrationMarkers, '')
    .replace(booleanProperties, (_, attr, on) => (on === 'true' ? ` ${attr}` : ''))
    .replace(indentation, '> <');
  if (options.nonce) out = out.replace(/<style>/g, `<style nonce="${escapeAttribute(options.nonce)}">`);
  return out;
}
