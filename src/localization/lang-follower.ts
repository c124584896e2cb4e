import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { langOf, normalizeLocale, requestLocale } from './locale.js';
import { onMessagesAdded } from './messages.js';

const followers = new Set<LangFollower>();
let observer: MutationObserver | undefined;
// An element whose module loaded after the page switched language renders its new wording.
onMessagesAdded(() => followers.forEach((f) => f.update()));

/**
 * Keeps an element in the language its `lang` asks for (else its nearest ancestor's, else the
 * document's) and re-renders it whenever the page's locale changes. One observer serves every
 * element on the page. The host still calls `sync()` when its own `lang` attribute changes:
 * the observer cannot see into shadow roots, where a host app may have put the element.
 */
export class LangFollower implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
    updateWhenLocaleChanges(host);
  }

  hostConnected() {
    followers.add(this);
    if (!observer) {
      observer = new MutationObserver(() => followers.forEach((f) => f.sync()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    this.sync();
  }

  hostDisconnected() {
    followers.delete(this);
  }

  update() {
    this.#host.requestUpdate();
  }

  sync() {
    if (this.#host.isConnected) void requestLocale(normalizeLocale(langOf(this.#host)));
  }
}
