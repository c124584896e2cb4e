// Export of everything in the demo's store: JSON (the envelopes as they are) and CSV that
// Danish Excel opens correctly (UTF-8 with BOM, `;` between cells, CRLF).
import type { Resident, StoredResponse } from './store.js';

const cell = (value: unknown) => {
  if (value === undefined || value === null) return '';
  let s = Array.isArray(value) ? value.join(',') : String(value);
  // A cell starting with = + - @ would run as a formula in a spreadsheet.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[;"\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** One row per response; one column per question (`instrument.question`), answers as codes. */
export function toCsv(people: readonly Resident[], stored: readonly StoredResponse[]): string {
  const names = new Map(people.map((p) => [p.id, p.name]));
  const questions = [...new Set(stored.flatMap((r) => Object.keys(r.envelope.answers).map((q) => `${r.envelope.instrument}.${q}`)))].sort();
  const head = ['residentId', 'residentName', 'instrument', 'part', 'completedAt', 'locale', 'codebookVersion', 'caseId', ...questions];
  const rows = stored.map(({ envelope: e }) => {
    const part = (e as { part?: string }).part;
    return [e.residentId, names.get(e.residentId), e.instrument, part, e.completedAt, e.locale, e.codebookVersion, e.caseId,
      ...questions.map((q) => (q.startsWith(`${e.instrument}.`) ? e.answers[q.slice(e.instrument.length + 1)] : undefined))];
  });
  return '\uFEFF' + [head, ...rows].map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n';
}

export function toJson(people: readonly Resident[], stored: readonly StoredResponse[]): string {
  return JSON.stringify({ exportedAt: new Date().toISOString(), residents: people, responses: stored.map((r) => r.envelope) }, null, 2);
}

export function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
