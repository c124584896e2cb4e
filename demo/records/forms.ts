// The form elements of the case system, each made once per resident and instrument (and part)
// and kept across re-renders: a language switch, another form's submit or a list update puts
// the same element back, unsaved answers and all. Drafts are on for every form (one key per
// resident and instrument, in localStorage, so a reload or a closed tab loses nothing), and
// leaving the page with unsaved answers asks first.
import type { SchemaForm } from '../../src/schema-form/schema-form.component.js';
import type { ResponseEnvelope } from '../../src/schema-form/events.js';
import { draftKeyPrefix } from '../../src/drafts/drafts.js';

export interface FormOptions {
  /** Another form of the same instrument, with its own draft: `fix` for a correction. */
  readonly variant?: string;
  /** Answers to start from (master data, a correction). */
  readonly value?: ResponseEnvelope;
  /** The responseId of the record this form corrects. */
  readonly replaces?: string;
  /** The evaluation's part: `advisor`, `resident` or `both` (the default). */
  readonly part?: string;
}

export interface FormSpec extends FormOptions {
  readonly tag: string;
  readonly residentId: string;
  readonly instrument: string;
}

interface Kept {
  readonly el: SchemaForm;
  readonly spec: FormSpec;
}

/** Stores a submitted envelope; the element waits for it and keeps every answer if it fails. */
export type Saver = (envelope: ResponseEnvelope, spec: FormSpec) => Promise<void>;
let saver: Saver = async () => undefined;
export const onSave = (fn: Saver) => (saver = fn);

const kept = new Map<string, Kept>();
/** Keys of forms with answers changed since they were made or last submitted. */
const dirty = new Set<string>();

const keyOfSpec = (s: Pick<FormSpec, 'residentId' | 'instrument' | 'part' | 'variant'>) =>
  [s.residentId, s.instrument, s.part ?? '', s.variant ?? ''].join('|');
export const draftKey = (residentId: string, variant?: string) => `demo-${residentId}${variant ? `-${variant}` : ''}`;

/** The form for a resident and instrument: the same element every time, until it is dropped. */
export function formFor(spec: FormSpec): SchemaForm {
  const key = keyOfSpec(spec);
  const found = kept.get(key);
  if (found) return found.el;
  const el = document.createElement(spec.tag) as SchemaForm & { replaces?: string };
  el.dataset.formKey = key;
  el.residentId = spec.residentId;
  el.draftKey = draftKey(spec.residentId, spec.variant);
  el.draftStorage = 'local';
  if (spec.part) el.setAttribute('part', spec.part);
  if (spec.value) el.value = spec.value;
  if (spec.replaces) el.replaces = spec.replaces;
  el.submitHandler = async (envelope) => {
    await saver(envelope, spec);
    dirty.delete(key);
  };
  kept.set(key, { el, spec });
  return el;
}

type Which = Pick<FormSpec, 'residentId' | 'instrument' | 'part' | 'variant'>;
export const hasForm = (which: Which) => kept.has(keyOfSpec(which));

/** Forgets a form (after its submit, or when the counsellor starts over) and its draft: the next one starts empty. */
export function dropForm(which: Which) {
  const key = keyOfSpec(which);
  kept.delete(key);
  dirty.delete(key);
  const parts = which.instrument === 'evaluation' && (!which.part || which.part === 'both') ? ['advisor', 'resident'] : [which.part];
  try {
    for (const part of parts) localStorage.removeItem(storageKey(which.instrument, part, draftKey(which.residentId, which.variant)));
  } catch {
    // No storage: no draft.
  }
}

/** Forgets every form and draft of a resident (after erasure). */
export function dropResident(residentId: string) {
  for (const key of [...kept.keys()]) {
    if (!key.startsWith(`${residentId}|`)) continue;
    kept.delete(key);
    dirty.delete(key);
  }
  try {
    const mine = [`:${draftKey(residentId)}`, `:${draftKey(residentId, 'fix')}`];
    for (const k of Object.keys(localStorage)) if (k.startsWith(draftKeyPrefix) && mine.some((m) => k.endsWith(m))) localStorage.removeItem(k);
  } catch {
    // No storage: no drafts either.
  }
}

const storageKey = (instrument: string, part: string | undefined, key: string) =>
  `${draftKeyPrefix}${part && part !== 'both' ? `${instrument}:${part}` : instrument}:${key}`;

/** Whether a draft of this resident's instrument (and part) is waiting in this browser. */
export function hasDraft(residentId: string, instrument: string, part?: string): boolean {
  try {
    return localStorage.getItem(storageKey(instrument, part, draftKey(residentId))) !== null;
  } catch {
    return false;
  }
}

const keyOf = (event: Event) => (event.composedPath().find((n) => n instanceof HTMLElement && n.dataset.formKey) as HTMLElement | undefined)?.dataset.formKey;

/** Tracks unsaved answers in the forms under `root` and asks before the page is left with any. */
export function watchUnsaved(root: HTMLElement) {
  root.addEventListener('response-change', (e) => {
    const key = keyOf(e);
    if (key) dirty.add(key);
  });
  root.addEventListener('response-submit', (e) => {
    const key = keyOf(e);
    if (key) dirty.delete(key);
  });
  addEventListener('beforeunload', (e) => {
    if (!dirty.size) return;
    // The browser asks with its own words; the draft is kept either way.
    e.preventDefault();
    e.returnValue = '';
  });
}
