// Export of everything in the demo's store: JSON (the envelopes as they are) and CSV in the
// dialect of the page's language (Danish: what Danish Excel opens as it is; see src/reports/csv.ts).
import type { Resident, StoredResponse } from './store.js';
import { dialectFor, toCsv as csv, type CsvCell } from '../src/reports/csv.js';
import type { ResponseEnvelope } from '../src/schema-form/events.js';
import { answerLabel, field } from './records/labels.js';
import { lang } from './text.js';

const value = (v: unknown): CsvCell =>
  v === undefined || v === null ? undefined : Array.isArray(v) ? v.join(',') : typeof v === 'number' ? v : String(v);

/**
 * One row per response; one column per question (`instrument.question`), answers as codes, and
 * beside each coded question a `<column>_label` column with its label in the page's language.
 */
export function toCsv(people: readonly Resident[], stored: readonly StoredResponse[]): string {
  const names = new Map(people.map((p) => [p.id, p.name]));
  const questions = [...new Set(stored.flatMap((r) => Object.keys(r.envelope.answers).map((q) => `${r.envelope.instrument}.${q}`)))].sort();
  const answer = (e: ResponseEnvelope, q: string) =>
    q.startsWith(`${e.instrument}.`) ? e.answers[q.slice(e.instrument.length + 1)] : undefined;
  const fieldOf = (q: string) => {
    for (const { envelope: e } of stored)
      if (q.startsWith(`${e.instrument}.`)) {
        const f = field(e, q.slice(e.instrument.length + 1));
        if (f) return f;
      }
    return undefined;
  };
  const coded = new Set(questions.filter((q) => fieldOf(q)?.meta.options));
  // The label as the resident page shows it (records/labels.ts), empty where nothing was answered.
  const label = (e: ResponseEnvelope, q: string) => {
    const v = answer(e, q);
    return v === undefined || v === null || v === '' ? undefined : answerLabel(e, q.slice(e.instrument.length + 1));
  };
  const head = [
    'residentId',
    'residentName',
    'instrument',
    'part',
    'completedAt',
    'locale',
    'codebookVersion',
    'caseId',
    ...questions.flatMap((q) => (coded.has(q) ? [q, `${q}_label`] : [q])),
  ];
  const rows = stored.map(({ envelope: e }) => {
    const part = (e as { part?: string }).part;
    return [
      e.residentId,
      names.get(e.residentId),
      e.instrument,
      part,
      e.completedAt,
      e.locale,
      e.codebookVersion,
      e.caseId,
      ...questions.flatMap((q) => (coded.has(q) ? [value(answer(e, q)), label(e, q)] : [value(answer(e, q))])),
    ];
  });
  return csv([head, ...rows], { dialect: dialectFor(lang()) });
}

export function toJson(people: readonly Resident[], stored: readonly StoredResponse[]): string {
  return JSON.stringify(
    {
      exportedAt: new Date().toISOString(),
      residents: people,
      responses: stored.map((r) => r.envelope),
    },
    null,
    2,
  );
}

export function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), {
    href: url,
    download: name,
  });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
