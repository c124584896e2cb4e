import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import '../../generated/messages/schema-form-render-template.js';
import type { Instrument } from '../../engine/instrument.js';
import { fieldsOf, sectionsOf, type FieldModel } from '../../engine/field-model.js';
import { ui } from '../messages.js';
import type { Locale } from '../../localization/locale.js';
import type { PrintHost } from './lazy.js';
import { blankHeader } from './print-header.js';

const t = {
  one: () => msg('Sæt ét kryds', { id: 'template.one' }),
  many: () => msg('Sæt gerne flere kryds', { id: 'template.many' }),
  when: (label: string, answer: string) => msg(str`Besvares kun, hvis "${label}" er "${answer}".`, { id: 'template.when' }),
};

/**
 * The blank paper template (the `template` attribute): every question, conditional ones
 * included, every option with a box to tick, and room to write, under lines for the name, the date
 * and the case number. The same markup prints.
 */
export function renderTemplate(instrument: Instrument, locale: Locale, host: PrintHost) {
  const fields = fieldsOf(instrument);
  const condition = (f: FieldModel) => {
    const when = f.meta.when;
    const other = when && fields.find((o) => o.id === when.field);
    if (!when || !other) return nothing;
    const code = 'equals' in when ? when.equals : when.includes;
    return html`<p class="hint">${t.when(other.meta.label(), other.meta.options?.[code]?.() ?? code)}</p>`;
  };
  const answer = (f: FieldModel) => {
    if (f.kind === 'single' || f.kind === 'multiple') {
      return html`<p class="hint">${f.kind === 'single' ? t.one() : t.many()}</p>
        <ul class="boxes">
          ${f.options.map((code) => html`<li><span class="box"></span>${f.meta.options![code]()}</li>`)}
        </ul>`;
    }
    return html`<span class="line ${f.widget === 'textarea' ? 'tall' : f.kind === 'text' ? '' : 'short'}"></span>`;
  };
  return html`
    <div part="form" class="template" lang=${locale}>
      ${blankHeader(host)}
      <h2 part="title" class="title">${instrument.title()}</h2>
      ${sectionsOf(instrument).map(
        ({ section, fields }) => html`
          <section part="section" class="section">
            ${section ? html`<h3>${section.title()}</h3>` : nothing}
            ${section?.hint ? html`<p class="hint">${section.hint()}</p>` : nothing}
            ${fields.map(
              (f) => html`<div part="field" class="field">
                <p part="label" class="label">
                  ${f.meta.label()}${f.required || f.meta.requiredWhenShown ? nothing : html` <span class="optional">${ui.optional()}</span>`}
                </p>
                ${f.meta.hint ? html`<p class="hint">${f.meta.hint()}</p>` : nothing} ${condition(f)} ${answer(f)}
              </div>`,
            )}
          </section>
        `,
      )}
    </div>
  `;
}
