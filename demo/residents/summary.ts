// What a resident's records add up to: the course, the last conversation, what is pending.
// Shared by the resident page and the residents list (which sorts by it).
import type { StoredResponse } from '../store.js';
import { latestRecords, type Record } from '../records/versions.js';
import { recordDate } from '../records/labels.js';

export interface Summary {
  readonly records: readonly Record[];
  /** The latest master-data record: the course. */
  readonly masterData?: StoredResponse;
  readonly start?: string;
  readonly end?: string;
  /** Statuses by conversation date, oldest first. */
  readonly statuses: readonly Record[];
  readonly lastConversation?: string;
  readonly advisorPart?: StoredResponse;
  readonly residentPart?: StoredResponse;
  /** The advisor's part is in, the resident's is not. */
  readonly residentPartPending: boolean;
}

const byCompleted = (a: StoredResponse, b: StoredResponse) => a.envelope.completedAt.localeCompare(b.envelope.completedAt);

/** Oldest first by the date the record is about, then by when it was saved. */
export const byDate = (a: Record, b: Record) =>
  recordDate(a.latest.envelope).localeCompare(recordDate(b.latest.envelope)) || byCompleted(a.latest, b.latest);

export function summarize(stored: readonly StoredResponse[]): Summary {
  const records = latestRecords(stored).sort(byDate);
  const latestOf = (instrument: string, part?: string) =>
    records
      .map((r) => r.latest)
      .filter((r) => r.envelope.instrument === instrument && (part === undefined || r.envelope.part === part))
      .sort(byCompleted)
      .at(-1);
  const masterData = latestOf('master-data');
  const statuses = records.filter((r) => r.latest.envelope.instrument === 'status');
  const advisorPart = latestOf('evaluation', 'advisor');
  const residentPart = latestOf('evaluation', 'resident');
  const a = masterData?.envelope.answers;
  return {
    records,
    masterData,
    start: typeof a?.startDate === 'string' ? a.startDate : undefined,
    end: typeof a?.endDate === 'string' ? a.endDate : undefined,
    statuses,
    lastConversation: statuses.length ? recordDate(statuses.at(-1)!.latest.envelope) : undefined,
    advisorPart,
    residentPart,
    residentPartPending: !!advisorPart && !residentPart,
  };
}

/** For sorting: ongoing courses first, then ended, then residents without master data. */
export const courseRank = (s: Summary) => (s.start && !s.end ? 0 : s.end ? 1 : 2);
