// What happens when a form is submitted: the envelope is stored (a correction as a new version
// that names the one it replaces), the form makes way for a confirmation next to it, and an
// evaluation with an end date ends the course in the master data.
import type { ResponseEnvelope } from '../../src/schema-form/events.js';
import { addAll, responses, type StoredResponse } from '../store.js';
import { t } from '../text.js';
import { ui, update, type Line } from '../state.js';
import { dropForm, onSave, type FormSpec } from './forms.js';
import { idOf, type Versioned } from './versions.js';
import { longDate, recordTitle } from './labels.js';
import { summarize } from '../residents/summary.js';

const newId = () => crypto.randomUUID();

/**
 * The envelope as stored: with a `responseId` (the element makes one; one stored before that
 * gets one here) and, for a correction, `replaces`.
 */
function versioned(envelope: ResponseEnvelope, replaces?: string): ResponseEnvelope {
  const e = envelope as Versioned;
  return { ...envelope, responseId: e.responseId || newId(), ...(replaces && !e.replaces ? { replaces } : {}) };
}

/** Gives a stored record a responseId, so that a correction can name it. */
export async function ensureId(record: StoredResponse): Promise<string> {
  const id = idOf(record.envelope);
  if (id) return id;
  const responseId = newId();
  await responses.put({ ...record, envelope: { ...record.envelope, responseId } as ResponseEnvelope });
  return responseId;
}

/**
 * The evaluation's end date ends the course: a new version of the master data with that end
 * date (issue 12: a course must not stay ongoing until someone stores the master data again).
 */
async function closeCourse(residentId: string, endDate: unknown): Promise<Line | undefined> {
  if (typeof endDate !== 'string') return undefined;
  const { masterData } = summarize(await responses.of(residentId));
  const answers = masterData?.envelope.answers;
  if (!masterData || typeof answers?.startDate !== 'string' || endDate < answers.startDate) return () => t().courseNotClosed;
  if (answers.endDate === endDate) return () => t().courseClosed(longDate(endDate));
  const replaces = await ensureId(masterData);
  const envelope = { ...masterData.envelope, responseId: newId(), replaces, completedAt: new Date().toISOString(), answers: { ...answers, endDate } };
  await responses.add(envelope as ResponseEnvelope);
  return () => t().courseClosed(longDate(endDate));
}

async function save(envelope: ResponseEnvelope, spec: FormSpec) {
  const stored = versioned(envelope, spec.replaces);
  await addAll([{ residentId: stored.residentId, envelope: stored }]);
  const { residentId, instrument } = spec;
  // Worded when shown: the page's language may change while it is there.
  const lines: Line[] = [];
  const correction = spec.variant === 'fix';
  if (correction) {
    lines.push(() => t().savedCorrection(recordTitle(stored).toLowerCase()));
    ui.correcting.delete(`${residentId}|${instrument}`);
  } else if (instrument === 'status') {
    lines.push(() => t().savedStatus(longDate(String(stored.answers.date))));
    ui.newStatus.delete(residentId);
  } else if (instrument === 'master-data') {
    lines.push(() => t().savedMasterData);
  } else if (stored.part === 'advisor') {
    lines.push(() => t().savedAdvisor);
  } else {
    lines.push(() => t().savedResident);
  }
  if (stored.instrument === 'evaluation' && stored.part === 'advisor') {
    const closed = await closeCourse(residentId, stored.answers.endDate);
    if (closed) lines.push(closed);
    if (!correction) lines.push(() => t().residentPartLater);
  }
  // The evaluation's advisor part goes on to the hand-over in the same element, which moves focus there itself.
  const goesOn = !correction && instrument === 'evaluation' && stored.part === 'advisor' && (spec.part ?? 'both') === 'both';
  if (goesOn) ui.evaluationFlow.add(residentId);
  else {
    if (instrument === 'evaluation') ui.evaluationFlow.delete(residentId);
    dropForm(spec);
  }
  ui.confirmation.set(residentId, { instrument, lines, focused: goesOn });
  void update();
}

onSave(save);
