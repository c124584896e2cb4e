import type { LocaleModule } from '@lit/localize';

type Templates = LocaleModule['templates'];
type Loader = () => Templates;

// Each module that declares messages registers, when it loads, its translations
// (src/generated/messages/, written by scripts/split-locales.js): a page holds the wording of
// the modules it runs, not the evaluation's or the report's for a status survey, and makes each
// table only once it asks for that language (a Danish page never does).
const registered = new Map<string, Loader[]>();
const tables = new Map<string, Templates>();
const listeners = new Set<() => void>();

export function registerMessages(loaders: Record<string, Loader>): void {
  for (const [locale, load] of Object.entries(loaders)) {
    registered.set(locale, [...(registered.get(locale) ?? []), load]);
    // A module that loads after the page switched language (a lazily imported element):
    // its wording joins the table in use, and the elements render again.
    const table = tables.get(locale);
    if (table) {
      Object.assign(table, load());
      listeners.forEach((l) => l());
    }
  }
}

/** Every registered module's messages in `locale`, as one table (the same object each time). */
export function messagesFor(locale: string): Templates {
  const table = tables.get(locale) ?? Object.assign({}, ...(registered.get(locale) ?? []).map((load) => load()));
  tables.set(locale, table);
  return table;
}

/** Called when messages arrive for a language already in use. */
export function onMessagesAdded(listener: () => void): void {
  listeners.add(listener);
}
