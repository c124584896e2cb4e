import type { Answers } from '../engine/instrument.js';

/**
 * Where drafts go when the host turns them on. The library stores nothing unless asked to.
 * A host may supply its own store (its server, IndexedDB, an encrypted store): any method
 * may return a promise.
 */
export interface DraftStore {
  get(key: string): string | null | undefined | Promise<string | null | undefined>;
  set(key: string, value: string): void | Promise<void>;
  remove(key: string): void | Promise<void>;
}

export type DraftStorage = 'session' | 'local';

/** sessionStorage (the default: gone when the tab closes) or localStorage. */
export function webStorageStore(kind: DraftStorage): DraftStore {
  // Storage can be switched off or full; a draft that cannot be kept must not break the form.
  const storage = () => (kind === 'local' ? localStorage : sessionStorage);
  return {
    get: (key) => {
      try {
        return storage().getItem(key);
      } catch {
        return null;
      }
    },
    set: (key, value) => {
      try {
        storage().setItem(key, value);
      } catch {
        // Not kept: the answers are still in the form.
      }
    },
    remove: (key) => {
      try {
        storage().removeItem(key);
      } catch {
        // Nothing to remove.
      }
    },
  };
}

export interface Draft {
  readonly instrument: string;
  readonly codebookVersion: string;
  /** ISO timestamp of the last change. */
  readonly savedAt: string;
  readonly answers: Answers;
}

/** Every key the library writes starts with this, so a host can find and clear them. */
export const draftKeyPrefix = 'raadgivning-forms:draft:';

export function storageKey(instrument: string, draftKey: string): string {
  return `${draftKeyPrefix}${instrument}:${draftKey}`;
}

/** Parses a stored draft; anything that is not one of ours for this instrument is ignored. */
export function parseDraft(text: string | null | undefined, instrument: string): Draft | undefined {
  if (!text) return undefined;
  try {
    const d = JSON.parse(text) as Partial<Draft>;
    if (d && d.instrument === instrument && typeof d.savedAt === 'string' && d.answers && typeof d.answers === 'object') {
      return d as Draft;
    }
  } catch {
    // Not JSON: not ours.
  }
  return undefined;
}
