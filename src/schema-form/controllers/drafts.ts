import { sanitizePrefill } from '../../engine/prefill.js';
import { parseDraft, storageKey, webStorageStore, type DraftStore } from '../../drafts/drafts.js';
import type { FormHost, FormState } from './form-state.js';

/**
 * Drafts, only when the host sets `draft-key`: every change is saved, the draft is restored on
 * the next load and removed once the host accepts the submit. A host's store that throws or
 * rejects never stops the form (get, set and remove alike): the form goes on without it.
 */
export class DraftController {
  readonly #host: FormHost;
  readonly #state: FormState;

  constructor(host: FormHost, state: FormState) {
    this.#host = host;
    this.#state = state;
  }

  #store(): DraftStore | undefined {
    const host = this.#host;
    if (!host.draftKey || !host.instrument) return undefined;
    return host.draftStore ?? webStorageStore(host.draftStorage);
  }

  #key() {
    // The parts of one instrument are different people's drafts: keep them apart.
    const i = this.#host.instrument;
    return storageKey(i?.part ? `${i.id}:${i.part}` : (i?.id ?? ''), this.#host.draftKey);
  }

  /** Restores the draft, unless a newer prefill or answer (a later `generation`) came first. */
  async restore(generation: number) {
    const store = this.#store();
    if (!store) return;
    let text: string | null | undefined;
    try {
      text = await store.get(this.#key());
    } catch {
      return;
    }
    const instrument = this.#host.instrument!;
    const draft = parseDraft(text, instrument.id);
    if (!draft || generation !== this.#state.generation) return;
    const restored = sanitizePrefill(instrument, draft.answers).answers;
    this.#state.answers = { ...this.#state.answers, ...restored, ...this.#state.early };
    this.#state.restoredFrom = draft.savedAt;
  }

  save() {
    const store = this.#store();
    if (!store) return;
    const instrument = this.#host.instrument!;
    const draft = {
      instrument: instrument.id,
      codebookVersion: instrument.codebookVersion,
      savedAt: new Date().toISOString(),
      answers: this.#state.answers,
    };
    void Promise.resolve()
      .then(() => store.set(this.#key(), JSON.stringify(draft)))
      .catch(() => undefined);
  }

  async remove() {
    try {
      await this.#store()?.remove(this.#key());
    } catch {
      // Left in the store: the host's store failed, the form goes on.
    }
  }
}
