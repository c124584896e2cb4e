// Backup and restore: everything in one JSON file, to load into another browser. A restore
// checks every envelope with its instrument's schema, says what it rejected and why, skips
// (and counts) what is already here, and writes all or nothing. A file from another program
// or another codebook version writes nothing at all.
import type { ResponseEnvelope } from '../../src/schema-form/events.js';
import { responseSchema } from '../../src/engine/envelope.js';
import { fieldsOf } from '../../src/engine/field-model.js';
import { defaultInstruments } from '../../src/reports/registry.js';
import { residents, responses, restore, type Resident, type StoredResponse } from '../store.js';
import { recordTitle } from '../records/labels.js';
import { t } from '../text.js';

export const program = 'raadgivning-forms-demo';
const codebookVersion = '1';

/** The backup file: every resident, and every stored envelope with its earlier versions. */
export function backup(people: readonly Resident[], stored: readonly StoredResponse[]): string {
  const envelopes = stored.filter((r) => !r.sample).map((r) => r.envelope);
  return JSON.stringify({ program, format: 1, codebookVersion, exportedAt: new Date().toISOString(), residents: people, responses: envelopes }, null, 2);
}

/** One resident's data (an access request): the same format, so it can be restored too. */
export const residentBackup = (person: Resident, stored: readonly StoredResponse[]) => backup([person], stored.filter((r) => r.residentId === person.id));

export interface RestoreResult {
  /** Set when the file as a whole was refused: nothing was written. */
  readonly refused?: string;
  readonly added: number;
  readonly residentsAdded: number;
  /** Already in this browser (or twice in the file): not added again. */
  readonly alreadyHere: number;
  /** Rejected envelopes and residents, with the reason in words. */
  readonly rejected: readonly string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A canonical text of an envelope, to recognise one that is already stored. */
function identity(e: Record<string, unknown>): string {
  if (typeof e.responseId === 'string') return `id:${e.responseId}`;
  const sorted = (v: unknown): unknown =>
    isRecord(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted(v[k])])) : Array.isArray(v) ? v.map(sorted) : v;
  return JSON.stringify(sorted(e));
}

/** Why an envelope cannot be restored, in words; undefined when it can. */
function problem(raw: unknown, residentIds: ReadonlySet<string>): string | undefined {
  if (!isRecord(raw)) return t().why.notRecord;
  const { responseId, replaces, ...envelope } = raw;
  if (responseId !== undefined && typeof responseId !== 'string') return t().why.notText('responseId');
  if (replaces !== undefined && typeof replaces !== 'string') return t().why.notText('replaces');
  const key = typeof envelope.part === 'string' ? `${envelope.instrument}:${envelope.part}` : String(envelope.instrument);
  const instrument = defaultInstruments.get(key) ?? defaultInstruments.get(String(envelope.instrument));
  if (!instrument) return t().why.instrument(String(envelope.instrument));
  const result = responseSchema(instrument).safeParse(envelope);
  if (!result.success) {
    const answers = isRecord(envelope.answers) ? envelope.answers : {};
    return result.error.issues
      .map((i) => {
        const [where, id] = i.path.map(String);
        const f = where === 'answers' && id ? fieldsOf(instrument).find((x) => x.id === id) : undefined;
        if (!f) return `${i.path.join('.') || t().envelope}: ${i.message}`;
        return t().badAnswer(f.meta.label(), JSON.stringify(answers[id] ?? null));
      })
      .join('; ');
  }
  if (!residentIds.has(String(envelope.residentId))) return t().why.resident(String(envelope.residentId));
  return undefined;
}

const describe = (raw: unknown) =>
  isRecord(raw) && typeof raw.instrument === 'string' ? `${recordTitle(raw as unknown as ResponseEnvelope)}, ${String(raw.residentId ?? '?')}` : '?';

/** Restores a backup file's text into this browser. */
export async function restoreBackup(text: string): Promise<RestoreResult> {
  const x = t();
  const nothing = { added: 0, residentsAdded: 0, alreadyHere: 0, rejected: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ...nothing, refused: x.importNotJson };
  }
  // The demo's first export had no program marker, but the same two lists.
  const ours = isRecord(data) && (data.program === program || (data.program === undefined && Array.isArray(data.residents) && Array.isArray(data.responses)));
  if (!isRecord(data) || !ours || !Array.isArray(data.residents) || !Array.isArray(data.responses)) return { ...nothing, refused: x.importOtherProgram };
  const versions = new Set<string>([...(data.codebookVersion !== undefined ? [String(data.codebookVersion)] : [])]);
  for (const e of data.responses) if (isRecord(e) && e.codebookVersion !== undefined) versions.add(String(e.codebookVersion));
  const other = [...versions].find((v) => v !== codebookVersion);
  if (other) return { ...nothing, refused: x.importOtherCodebook(other) };

  const rejected: string[] = [];
  const [here, stored] = await Promise.all([residents.all(), responses.all()]);
  const known = new Map(here.map((p) => [p.id, p]));
  const people: Resident[] = [];
  data.residents.forEach((p: unknown, i: number) => {
    if (!isRecord(p) || typeof p.id !== 'string' || !p.id || typeof p.name !== 'string' || !p.name.trim()) {
      rejected.push(x.rejectedAt(i + 1, x.why.residentEntry));
      return;
    }
    if (known.has(p.id)) return;
    const person = { id: p.id, name: p.name, createdAt: typeof p.createdAt === 'string' ? p.createdAt : new Date().toISOString() };
    known.set(p.id, person);
    people.push(person);
  });
  const ids = new Set(known.keys());
  const seen = new Set(stored.map((r) => identity(r.envelope as unknown as Record<string, unknown>)));
  const records: StoredResponse[] = [];
  let alreadyHere = 0;
  data.responses.forEach((raw: unknown, i: number) => {
    const why = problem(raw, ids);
    if (why) return void rejected.push(x.rejectedAt(i + 1, `${describe(raw)} – ${why}`));
    const identityOf = identity(raw as Record<string, unknown>);
    if (seen.has(identityOf)) return void alreadyHere++;
    seen.add(identityOf);
    const envelope = raw as ResponseEnvelope;
    records.push({ residentId: envelope.residentId, envelope });
  });
  // Residents whose every record was rejected are still restored: nothing is dropped unsaid.
  await restore(people, records);
  return { added: records.length, residentsAdded: people.length, alreadyHere, rejected };
}
